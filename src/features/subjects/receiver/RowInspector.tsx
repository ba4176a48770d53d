import { useMemo } from "react";
import { useFormat } from "../../../i18n/format";
import { MessageInspector } from "../../../ui/inspector/MessageInspector";
import type { InspectedMessage } from "../../../ui/inspector/MessageInspector";
import type { LogRow } from "./attribution";
import type { KeptMessage, NotKept } from "./kept-messages";
import { useReceiverWords } from "./receiver-context";
import { describeNotKept } from "./receiver-text";

/** A row being inspected, with what the controller still keeps of it (looked up once, when Inspect was pressed). */
export type Inspecting = { row: LogRow; found: { kept: KeptMessage } | { notKept: NotKept } };

const NO_BYTES = new Uint8Array(0);

// The Message dialog for one log row: its first delivery's bytes, headers and
// reply, and the patterns of this tab that delivered it (the row's chips).
export function RowInspector({ inspecting: { row, found }, onClose }: { inspecting: Inspecting; onClose(): void }) {
  const w = useReceiverWords();
  const f = useFormat();
  const kept = "kept" in found ? found.kept : undefined;
  const message = useMemo<InspectedMessage>(
    () => ({
      subject: row.subject,
      reply: kept?.reply,
      payload: kept?.payload ?? NO_BYTES,
      headers: kept?.headers ?? [],
      receivedAt: row.at,
      deliveredBy: row.chips.map((c) => c.pattern),
    }),
    [row, kept],
  );
  const notKept = "notKept" in found ? describeNotKept(found.notKept, w.n, f.bytes, w.t) : undefined;
  return <MessageInspector message={message} onClose={onClose} notKept={notKept} />;
}
