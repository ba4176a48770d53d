// Test support: settings for every generator, plain and hostile (quotes, backslashes,
// newlines, braces, non-ASCII), so that every program is checked with both.
import { chatPrograms } from "./chat-code";
import type { Conn, Lang, Programs } from "./codegen-types";
import { counterPrograms } from "./counter-code";
import { agentPrograms, requesterPrograms } from "./hotline-code";
import { connzPrograms } from "./network-code";
import { publisherPrograms, subscriptionsPrograms } from "./subjects-code";

export const NASTY = `it's "quoted" \\ back\nslash {{x}} $HOME \`cmd\` é 😀 %s`;

export function everyProgram(conn: Conn, lang: Lang, text: string): Programs[] {
  return [
    counterPrograms({ subject: text, intervalMs: 1500, step: -3, start: 7, role: "publisher" }, conn, lang),
    counterPrograms({ subject: text, intervalMs: 10000, step: 2, start: 0, role: "subscriber" }, conn, lang),
    counterPrograms({ subject: text, intervalMs: 100, step: 5, start: -1, role: "publisher", announce: { publisherHeader: text, stepHeader: text } }, conn, lang),
    subscriptionsPrograms({ patterns: [text, "fr.*.>", "a"] }, conn, lang),
    subscriptionsPrograms({ patterns: [] }, conn, lang),
    publisherPrograms({ subject: text, payload: text }, conn, lang),
    publisherPrograms({ subject: text, payload: `${text} {n} {time} {subject}`, headers: [[text, text], ["X", "1"]], count: 3, everyMs: 250 }, conn, lang),
    publisherPrograms({ subject: text, payload: "", everyMs: 1000 }, conn, lang),
    agentPrograms({ subject: text, queue: text, agentName: text }, conn, lang),
    requesterPrograms({ subject: text, json: JSON.stringify({ code: "echo", data: { text, n: [1, 2.5, true, null] } }), timeoutMs: 1500, mode: "inbox" }, conn, lang),
    requesterPrograms({ subject: text, json: text, timeoutMs: 2000, mode: "request" }, conn, lang),
    requesterPrograms({ subject: text, json: '{"__proto__": {"x": 1}}', timeoutMs: 2000, mode: "request" }, conn, lang),
    chatPrograms({ name: text, rooms: [text, "chat.>"], postTo: text }, conn, lang),
    connzPrograms(conn, lang),
  ];
}
