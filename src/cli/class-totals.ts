import type { ConnectionStats, NodeClient } from "../nats/node-connection";
import type { Student, StudentTally } from "./class-student";

// The class's totals: messages from the connections' own counters, the rest
// from the controllers' stores. Said on one progress line and in the summary.

export type ClassTotals = ConnectionStats &
  Omit<StudentTally, "online"> & {
    connections: number;
    reconnecting: number;
    /** the fewest / most other chat participants one student sees online */
    onlineMin: number;
    onlineMax: number;
  };

const ZERO_TALLY: Omit<StudentTally, "online"> = {
  counterValues: 0,
  cities: 0,
  deliveries: 0,
  requests: 0,
  answered: 0,
  unanswered: 0,
  handled: 0,
  posts: 0,
  postFailures: 0,
};

export function totalsOf(clients: readonly NodeClient[], students: readonly Student[], reconnecting: number): ClassTotals {
  const stats: ConnectionStats = { inMsgs: 0, outMsgs: 0, inBytes: 0, outBytes: 0 };
  for (const c of clients) {
    const s = c.stats();
    stats.inMsgs += s.inMsgs;
    stats.outMsgs += s.outMsgs;
    stats.inBytes += s.inBytes;
    stats.outBytes += s.outBytes;
  }
  const tally = { ...ZERO_TALLY };
  let onlineMin = Infinity;
  let onlineMax = 0;
  for (const student of students) {
    const { online, ...t } = student.tally();
    for (const key of Object.keys(tally) as (keyof typeof tally)[]) tally[key] += t[key];
    onlineMin = Math.min(onlineMin, online);
    onlineMax = Math.max(onlineMax, online);
  }
  return { ...stats, ...tally, connections: clients.length, reconnecting, onlineMin: students.length ? onlineMin : 0, onlineMax };
}

const n = (v: number) => Math.round(v).toLocaleString("en-GB");
const perSecond = (delta: number, ms: number) => (ms > 0 ? (delta * 1000) / ms : 0);

export function progressLine(t: ClassTotals, before: ClassTotals, ms: number, elapsedS: number, durationS: number): string {
  const parts = [
    `${Math.min(elapsedS, durationS)}/${durationS} s`,
    `${n(t.connections)} connections${t.reconnecting ? ` (${t.reconnecting} reconnecting)` : ""}`,
    `in ${n(perSecond(t.inMsgs - before.inMsgs, ms))} msg/s`,
    `out ${n(perSecond(t.outMsgs - before.outMsgs, ms))} msg/s`,
    `requests answered ${n(t.answered)}/${n(t.requests)}`,
    `chat posts ${n(t.posts)}`,
  ];
  return parts.join(" · ");
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** `atStart`: the totals when every student was in, so the rates are the running class's, not its start-up's. */
export function summaryLines(t: ClassTotals, atStart: ClassTotals, students: number, seconds: number): string[] {
  const rate = (v: number) => {
    const r = seconds > 0 ? v / seconds : 0;
    return r < 10 ? r.toFixed(1) : n(r);
  };
  const sent = t.outMsgs - atStart.outMsgs;
  const received = t.inMsgs - atStart.inMsgs;
  return [
    `Summary: ${students} students, ${n(t.connections)} connections${seconds > 0 ? `, ${seconds.toFixed(1)} s once all were in` : ""}`,
    `  messages: ${n(t.outMsgs)} sent (${mb(t.outBytes)}), ${n(t.inMsgs)} received (${mb(t.inBytes)})`,
    ...(seconds > 0
      ? [`  while all were in: ${rate(sent)} sent/s, ${rate(received)} received/s (about ${rate(sent / Math.max(1, students))} and ${rate(received / Math.max(1, students))} per student)`]
      : []),
    `  counter: ${n(t.counterValues)} values published`,
    `  subjects: ${n(t.cities)} cities published, ${n(t.deliveries)} deliveries to the subscribers`,
    `  hotline: ${n(t.requests)} requests, ${n(t.answered)} answered, ${n(t.unanswered)} not (no responders, timeout or failed); agents handled ${n(t.handled)}`,
    `  chat: ${n(t.posts)} posts${t.postFailures ? `, ${n(t.postFailures)} refused` : ""}; each student saw ${t.onlineMin === t.onlineMax ? n(t.onlineMin) : `${n(t.onlineMin)} to ${n(t.onlineMax)}`} of the ${students - 1} others online at the end`,
  ];
}
