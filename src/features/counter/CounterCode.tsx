import { useShallow } from "zustand/react/shallow";
import { counterPrograms } from "../../codegen/counter-code";
import { useFormat } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import type { CodeVariant } from "../../ui/code/CodeView";
import { CodeView } from "../../ui/code/CodeView";
import { useCounterState } from "./counter-context";
import type { Replaced } from "./counter-code-settings";
import { codeVariantNow, CounterCodeVariant, publisherCodeOf, subscriberCodeOf } from "./counter-code-settings";
import { counterCodeText } from "./counter-code-text";

// The Counter's Code region (loaded when the Code button is first pressed): the
// publisher and the subscriber as the panel is set, as Python, nats CLI and Node.
export default function CounterCode() {
  const t = useMessages(counterCodeText);
  const f = useFormat();
  const source = useCounterState(useShallow((s) => ({ form: s.form, publishingWith: s.publishingWith, listening: s.listening })));
  const publishing = useCounterState((s) => s.publishing);
  const publisher = publisherCodeOf(source);
  const subscriber = subscriberCodeOf(source);
  const variants: CodeVariant[] = [
    { id: CounterCodeVariant.Publisher, label: t.variants.publisher, programs: (conn, lang) => counterPrograms(publisher.settings, conn, lang) },
    { id: CounterCodeVariant.Subscriber, label: t.variants.subscriber, programs: (conn, lang) => counterPrograms(subscriber.settings, conn, lang) },
  ];
  // a setting the panel refuses is not in the programs: said, whichever variant is shown
  const say = (r: Replaced) => t.settings[r.setting]({ by: r.setting === "subject" ? r.by : f.number(Number(r.by)) });
  return (
    <div className="stack">
      {publisher.replaced.length > 0 && <p className="note">{t.replaced({ list: f.list(publisher.replaced.map(say)) })}</p>}
      <CodeView variants={variants} initial={codeVariantNow(publishing)} />
    </div>
  );
}
