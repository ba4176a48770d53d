import { describe, expect, it } from "vitest";
import { toCsv } from "../../../ui/export/csv";
import type { LogRow } from "./attribution";
import { LOG_CSV_COLUMNS, logRecord } from "./log-export";
import { PREVIEW_CHARS, previewOf } from "./payload-glance";

const AT = Date.UTC(2026, 11, 2, 2, 15, 3, 42);
const sub = (id: number, pattern: string) => ({ id, key: `s${id}`, pattern, colour: id });
const row = (patch: Partial<LogRow> = {}): LogRow => ({
  id: 7, subject: "fr.grand_est.67.strasbourg", preview: "hello", binary: false, size: 5, at: AT, fromPlayground: true,
  chips: [sub(2, "fr.grand_est.>"), sub(3, "fr.*.*.strasbourg")], unexpected: [], missing: [], ...patch,
});
const bytes = (s: string) => new TextEncoder().encode(s);

describe("log export - one record per message, with its deliveries", () => {
  it("a kept message: its whole payload, headers in order (a name may repeat), reply, and the patterns that received it", () => {
    const text = `a,b "c"\nd ${"x".repeat(300)}`;
    const r = logRecord(row({ preview: previewOf(text), size: bytes(text).length }), {
      payload: bytes(text), headers: [["X-Lab", "1"], ["X-Lab", "2"], ["Playground-Msg-Id", "t.1"]], reply: "_INBOX.x",
    });
    expect(r).toEqual({
      id: 7, receivedAt: "2026-12-02T02:15:03.042Z", subject: "fr.grand_est.67.strasbourg", payload: text, payloadEncoding: "text",
      payloadComplete: true, size: bytes(text).length, fromPlayground: true, deliveries: ["fr.grand_est.>", "fr.*.*.strasbourg"],
      headers: [{ name: "X-Lab", value: "1" }, { name: "X-Lab", value: "2" }, { name: "Playground-Msg-Id", value: "t.1" }],
      reply: "_INBOX.x", unexpected: [], missing: [],
    });
  });

  it("a message no longer kept: the log's preview, complete unless it was cut; no headers", () => {
    expect(logRecord(row())).toMatchObject({ payload: "hello", payloadEncoding: "text", payloadComplete: true });
    expect(logRecord(row())).not.toHaveProperty("headers");
    const long = "y".repeat(PREVIEW_CHARS + 5);
    expect(logRecord(row({ preview: previewOf(long), size: long.length }))).toMatchObject({ payloadComplete: false });
    expect(logRecord(row({ preview: "00 01 02 …", binary: true, size: 300 }))).toMatchObject({ payload: "00 01 02 …", payloadEncoding: "hex", payloadComplete: false });
  });

  it("a kept binary payload: whole, in base64", () => {
    const payload = Uint8Array.from([0, 1, 2, 0xff, 0xfe]);
    expect(logRecord(row({ binary: true, size: 5 }), { payload, headers: [] })).toMatchObject({ payload: "AAEC//4=", payloadEncoding: "base64", payloadComplete: true, headers: [] });
  });

  it("mismatches are said per record", () => {
    expect(logRecord(row({ unexpected: ["fr.x"], missing: ["fr.>"] }))).toMatchObject({ unexpected: ["fr.x"], missing: ["fr.>"] });
  });

  it("CSV: one row per message, RFC 4180 quoting of commas, quotes and newlines; patterns by spaces, headers one per line", () => {
    const text = 'a,b "c"\nd';
    const csv = toCsv(LOG_CSV_COLUMNS, [
      logRecord(row({ preview: text, size: bytes(text).length }), { payload: bytes(text), headers: [["X-Lab", "1, 2"], ["X-Other", "z"]] }),
      logRecord(row({ id: 8, chips: [sub(2, "fr.grand_est.>")] })),
    ]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("id,receivedAt,subject,payload,payloadEncoding,payloadComplete,size,fromPlayground,deliveries,headers,reply,unexpected,missing");
    expect(lines[1]).toBe(`7,2026-12-02T02:15:03.042Z,fr.grand_est.67.strasbourg,"a,b ""c""\nd",text,true,9,true,fr.grand_est.> fr.*.*.strasbourg,"X-Lab: 1, 2\nX-Other: z",,,`);
    expect(lines[2]).toBe("8,2026-12-02T02:15:03.042Z,fr.grand_est.67.strasbourg,hello,text,true,5,true,fr.grand_est.>,,,,");
    expect(lines).toHaveLength(4);
  });
});
