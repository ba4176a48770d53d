import { useShallow } from "zustand/react/shallow";
import { publisherPrograms, subscriptionsPrograms } from "../../codegen/subjects-code";
import { useMessages } from "../../i18n/use-messages";
import { CodeView } from "../../ui/code/CodeView";
import type { CodeVariant } from "../../ui/code/CodeView";
import { usePublisherState } from "./publisher/publisher-context";
import { useReceiverState } from "./receiver/receiver-context";
import { CodeVariantId, defaultCodeVariant, publisherCode, subscriptionsCode } from "./subjects-code-settings";
import { subjectsCodeText } from "./subjects-code-text";

// Loaded with React.lazy by the Code button: neither the generators nor CodeView are in the panel's first chunk.
export default function SubjectsCode() {
  const t = useMessages(subjectsCodeText);
  const subs = useReceiverState((s) => s.subs);
  const publisher = usePublisherState(
    useShallow((s) => ({ free: s.free, place: s.place, payload: s.payload, headers: s.headers, every: s.every, auto: s.auto })),
  );
  const variants: CodeVariant[] = [
    { id: CodeVariantId.Subscriptions, label: t.variants.subscriptions, programs: (conn, lang) => subscriptionsPrograms(subscriptionsCode(subs), conn, lang) },
    { id: CodeVariantId.Publisher, label: t.variants.publisher, programs: (conn, lang) => publisherPrograms(publisherCode(publisher), conn, lang) },
  ];
  return <CodeView variants={variants} initial={defaultCodeVariant(publisher.auto)} />;
}
