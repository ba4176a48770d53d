import { createPublisher } from "../features/subjects/publisher/publisher-controller";
import { createReceiver } from "../features/subjects/receiver/receiver-controller";
import type { LogRow } from "../features/subjects/receiver/attribution";
import { DEFAULT_ATTRIBUTION } from "../features/subjects/receiver/attribution";
import { isFlagged, mismatchOf } from "../features/subjects/receiver/mismatch";
import { LOG_SIZE } from "../features/subjects/receiver/receiver-store";
import { describeMismatch } from "../features/subjects/receiver/receiver-text";
import { describeBusDetail } from "../nats/bus-text";
import type { FeatureDeps } from "../features/controller";
import type { RunningService } from "./lifecycle";
import type { Printer } from "./printer";

// The Subjects panel's halves, headless: a random city of the dataset every N
// ms, and subscriptions whose deliveries are attributed by the server.
export function runSubjectsPublisher(deps: FeatureDeps, print: Printer, everyMs: number, payload: string): RunningService {
  const publisher = createPublisher(deps);
  publisher.editPayload(payload);
  publisher.editEvery(String(everyMs));
  const stopWatching = publisher.store.subscribe((s, prev) => {
    const sent = s.published - prev.published;
    if (sent === 1) print.line(`published on ${s.lastSubject}`);
    if (sent > 1) print.line(`published ${sent} messages, the last on ${s.lastSubject} (${s.published} in all)`);
    if (s.publishFailure && s.publishFailure !== prev.publishFailure) print.error(`not published: ${describeBusDetail(s.publishFailure)}`);
  });
  print.line(`publishing a random city of the dataset on fr.<region>.<department>.<city> every ${everyMs} ms, as ${deps.client.name}`);
  publisher.toggleAuto();
  return {
    stop() {
      stopWatching();
      publisher.stop();
    },
  };
}

/** A row is complete once every subscription had its chance to deliver it. */
const ROW_SETTLED_MS = DEFAULT_ATTRIBUTION.openMs + 100;
const CHECK_EVERY_MS = 100;

function describeRow(row: LogRow): string {
  const from = row.fromPlayground ? "" : "  (foreign)";
  const mismatch = isFlagged(row) ? `\n    (!) ${describeMismatch(mismatchOf(row)).text}` : "";
  return `${row.subject}  ${JSON.stringify(row.preview)}  ← ${row.chips.map((c) => c.pattern).join(", ")}${from}${mismatch}`;
}

export function runSubscriber(deps: FeatureDeps, print: Printer, patterns: string[]): RunningService {
  const { host } = deps;
  const receiver = createReceiver(deps);
  for (const view of receiver.store.getState().subs) receiver.remove(view.key);
  for (const pattern of patterns) {
    receiver.editPattern(pattern);
    receiver.subscribe();
  }
  const stopStates = receiver.store.subscribe((s, prev) => {
    for (const view of s.subs) {
      const before = prev.subs.find((v) => v.key === view.key);
      if (before?.state === view.state) continue;
      if (view.state === "active") print.line(`subscribed to ${view.pattern}`);
      if (view.state === "refused") print.error(`not subscribed to ${view.pattern}: ${view.refusal ? describeBusDetail(view.refusal) : "refused by the server"}`);
    }
  });

  // Rows print once settled, oldest first; the log keeps the newest 500, so a flood is counted, not listed.
  let printed = 0;
  const printSettled = () => {
    const now = host.now();
    const rows = receiver.store.getState().log.rows;
    const settled = rows.filter((r) => r.id > printed && now - r.at >= ROW_SETTLED_MS).reverse();
    if (settled.length === 0) return;
    const skipped = settled[0]!.id - printed - 1;
    if (skipped > 0) print.line(`… ${skipped} messages not shown (received too fast to list; the log keeps the newest ${LOG_SIZE})`);
    for (const row of settled) print.line(describeRow(row));
    printed = settled.at(-1)!.id;
  };
  const stopChecking = host.every(CHECK_EVERY_MS, printSettled);
  return {
    stop() {
      stopChecking();
      stopStates();
      receiver.stop();
    },
  };
}
