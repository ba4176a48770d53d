import { describe, expect, it } from "vitest";
import { toCsv } from "../../ui/export/csv";
import type { CallResult } from "./hotline-ask";
import { CALL_CSV_COLUMNS, exportedCall } from "./hotline-export";
import { base64 } from "../../ui/export/base64";
import type { KeptMessage } from "./hotline-kept";
import { factsOf } from "./hotline-kept";
import type { CallRecord } from "./hotline-requester-store";

const bytes = (text: string) => new TextEncoder().encode(text);
const AT = Date.UTC(2026, 11, 2, 10, 0, 0);
const NASTY = '{"code": "echo", "data": "a, \\"b\\"\nc"}';
const REPLY = '{"ok":true,"code":"echo","result":"a, \\"b\\"\\nc","agent":"alice"}';

const sent: KeptMessage = { subject: "hotline", reply: "_INBOX.r1", payload: bytes(NASTY), headers: [], receivedAt: AT };
const got: KeptMessage = { subject: "_INBOX.r1", payload: bytes(REPLY), headers: [["X-Trace", "1"], ["X-Trace", "2"]], receivedAt: AT + 2 };
const record = (result: CallResult, o: Partial<CallRecord> = {}): CallRecord => ({
  id: 7,
  at: AT,
  subject: "hotline",
  payload: NASTY,
  code: "echo",
  mode: "inbox",
  timeoutMs: 2000,
  result,
  inspect: { request: factsOf(sent), reply: factsOf(got) },
  ...o,
});
const replied = record({ kind: "reply", body: { format: "json", text: "{…}" }, agent: "alice", rttMs: 1.23456, inbox: "_INBOX.r1" });

describe("hotline export - a call as a record", () => {
  it("everything the history shows, with the request and reply as they went over the wire", () => {
    expect(exportedCall({ call: replied, request: sent, reply: got })).toEqual({
      n: 7,
      at: "2026-12-02T10:00:00.000Z",
      subject: "hotline",
      mode: "inbox",
      timeoutMs: 2000,
      code: "echo",
      outcome: "reply",
      agent: "alice",
      rttMs: 1.235,
      inbox: "_INBOX.r1",
      error: null,
      failure: null,
      late: null,
      request: { subject: "hotline", reply: "_INBOX.r1", headers: [], size: sent.payload.length, at: "2026-12-02T10:00:00.000Z", payload: NASTY, encoding: "utf-8", complete: true },
      reply: {
        subject: "_INBOX.r1",
        reply: null,
        headers: [["X-Trace", "1"], ["X-Trace", "2"]],
        size: got.payload.length,
        at: "2026-12-02T10:00:00.002Z",
        payload: REPLY,
        encoding: "utf-8",
        complete: true,
      },
    });
  });

  it("bytes that are not UTF-8 in base64; bytes no longer kept: the row's clipped text, marked incomplete", () => {
    const binary: KeptMessage = { ...got, payload: new Uint8Array([0xff, 0x00, 0xfe]) };
    expect(exportedCall({ call: replied, request: sent, reply: binary }).reply).toMatchObject({ payload: "/wD+", encoding: "base64", size: 3 });
    const dropped = exportedCall({ call: replied });
    expect(dropped.request).toMatchObject({ payload: NASTY, complete: false, reply: "_INBOX.r1" });
    expect(dropped.reply).toMatchObject({ payload: "{…}", complete: false, headers: [] });
    expect(base64(bytes("é".repeat(40_000)))).toBe(Buffer.from("é".repeat(40_000)).toString("base64"));
  });

  it("no responders (the 503 as the reply), a timeout with a late reply, an error reply, a failure", () => {
    const status: KeptMessage = { subject: "_INBOX.n", payload: new Uint8Array(0), headers: [["Status", "503"]], receivedAt: AT };
    const nobody = record({ kind: "no-responders", rttMs: 0.5, inbox: "_INBOX.n" }, { inspect: { request: factsOf(sent), reply: factsOf(status) } });
    expect(exportedCall({ call: nobody, request: sent, reply: status })).toMatchObject({ outcome: "no-responders", agent: null, rttMs: 0.5, reply: { headers: [["Status", "503"]], size: 0, payload: "" } });
    const late = record(
      { kind: "timeout", timeoutMs: 400, inbox: "_INBOX.r1" },
      { late: { kind: "reply", body: { format: "json", text: "{}" }, agent: "bob", rttMs: 900, inbox: "_INBOX.r1" } },
    );
    expect(exportedCall({ call: late, request: sent, reply: got })).toMatchObject({ outcome: "timeout", agent: null, rttMs: null, late: { outcome: "reply", agent: "bob", rttMs: 900 } });
    const error = record({ kind: "error-reply", error: "unknown code", body: { format: "json", text: "{}" }, agent: "bob", rttMs: 2, inbox: "_INBOX.r1" });
    expect(exportedCall({ call: error })).toMatchObject({ outcome: "error-reply", error: "unknown code", agent: "bob" });
    const failed = record({ kind: "failed", failure: { kind: "bus", detail: { kind: "too-large", subject: "hotline", size: 2, limit: 1 } } }, { inspect: {} });
    expect(exportedCall({ call: failed })).toMatchObject({ outcome: "failed", failure: { kind: "bus", detail: { kind: "too-large" } }, request: null, reply: null, inbox: null });
  });

  it("CSV: one row per call, the JSON texts quoted as RFC 4180 says (commas, quotes, a newline)", () => {
    const csv = toCsv(CALL_CSV_COLUMNS, [exportedCall({ call: replied, request: sent, reply: got })]);
    expect(csv.split("\r\n")[0]).toBe(
      "n,at,subject,mode,timeout_ms,code,outcome,agent,rtt_ms,inbox,error,failure,late_outcome,late_agent,late_rtt_ms,request,request_encoding,reply,reply_encoding,reply_headers,complete",
    );
    expect(csv).toContain(`,"${NASTY.replaceAll('"', '""')}",utf-8,"${REPLY.replaceAll('"', '""')}",utf-8,"X-Trace: 1\nX-Trace: 2",true\r\n`);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({ n: "7", outcome: "reply", agent: "alice", rtt_ms: "1.235", request: NASTY, reply: REPLY, error: "", late_agent: "" });
  });
});

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}
