import { useFormat } from "../../i18n/format";
import { MessageInspector } from "../../ui/inspector/MessageInspector";
import { useCounter, useCounterState, useCounterWords } from "./counter-context";

// The Message dialog of the history, mounted only while a value is inspected.
export function CounterInspector() {
  const counter = useCounter();
  const t = useCounterWords().t.inspect;
  const f = useFormat();
  const id = useCounterState((s) => s.inspecting);
  const inspection = id === undefined ? undefined : counter.inspection();
  if (id === undefined || !inspection) return null;
  const { notKept } = inspection;
  return (
    <MessageInspector
      key={id}
      message={inspection.message}
      notKept={notKept && t.notKept({ rows: f.number(notKept.rows), megabytes: f.number(notKept.megabytes) })}
      onClose={counter.closeInspector}
    />
  );
}
