import { describe, expect, it } from "vitest";
import type { CsvColumn } from "./csv";
import { columnsOf, csvField, csvLine, csvText, toCsv, toCsvParts } from "./csv";

type Row = { subject: string; payload: unknown; at: Date; n: number };

const columns: CsvColumn<Row>[] = [
  { header: "subject", value: (r) => r.subject },
  { header: "payload", value: (r) => r.payload },
  { header: "received at", value: (r) => r.at },
  { header: "n", value: (r) => r.n },
];

describe("csv - RFC 4180 fields", () => {
  it("quotes a field holding a comma, a quote, CR or LF, and doubles its quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('"')).toBe('""""');
    expect(csvField("line1\nline2")).toBe('"line1\nline2"');
    expect(csvField("line1\r\nline2")).toBe('"line1\r\nline2"');
    expect(csvField("cr\ronly")).toBe('"cr\ronly"');
    expect(csvField(" spaced ")).toBe(" spaced ");
    expect(csvField("tab\there")).toBe("tab\there");
  });

  it("unicode and empty fields stay as they are", () => {
    expect(csvField("fr.île_de_france.75.paris")).toBe("fr.île_de_france.75.paris");
    expect(csvField("日本語 😀")).toBe("日本語 😀");
    expect(csvField("")).toBe("");
    expect(csvLine(["", "", ""])).toBe(",,\r\n");
  });

  it("values written predictably: numbers as JavaScript writes them, dates in ISO, nothing for null", () => {
    expect(csvText(1234.5)).toBe("1234.5");
    expect(csvText(-0.000001)).toBe("-0.000001");
    expect(csvText(1e21)).toBe("1e+21");
    expect(csvText(Number.NaN)).toBe("NaN");
    expect(csvText(12n)).toBe("12");
    expect(csvText(true)).toBe("true");
    expect(csvText(null)).toBe("");
    expect(csvText(undefined)).toBe("");
    expect(csvText(new Date(Date.UTC(2026, 11, 2, 2, 15, 3, 7)))).toBe("2026-12-02T02:15:03.007Z");
    expect(csvText(new Date(Number.NaN))).toBe("");
    expect(csvText({ a: 1, b: [1, "x"], big: 2n })).toBe('{"a":1,"b":[1,"x"],"big":"2"}');
    expect(csvField({ a: "x,y" })).toBe('"{""a"":""x,y""}"');
    expect(csvText(() => 1)).toBe("");
  });

  it("a header row, then one row per record, each ended by CRLF", () => {
    const at = new Date(Date.UTC(2026, 0, 1));
    const text = toCsv(columns, [
      { subject: "fr.grand_est.67.colmar", payload: 'hi, "you"\nbye', at, n: 1 },
      { subject: "fr.*", payload: null, at, n: 2 },
    ]);
    expect(text).toBe(
      'subject,payload,received at,n\r\nfr.grand_est.67.colmar,"hi, ""you""\nbye",2026-01-01T00:00:00.000Z,1\r\nfr.*,,2026-01-01T00:00:00.000Z,2\r\n',
    );
    expect(toCsv(columns, [])).toBe("subject,payload,received at,n\r\n");
  });

  it("headers are quoted like fields", () => {
    expect(toCsv([{ header: "a,b", value: () => 1 }], [{}])).toBe('"a,b"\r\n1\r\n');
  });

  it("columns of plain objects: every key, in the order first met", () => {
    const rows = [{ a: 1, b: 2 }, { b: 3, c: { d: 4 } }];
    const cols = columnsOf<Record<string, unknown>>(rows);
    expect(cols.map((c) => c.header)).toEqual(["a", "b", "c"]);
    expect(toCsv(cols, rows)).toBe('a,b,c\r\n1,2,\r\n,3,"{""d"":4}"\r\n');
  });

  it("formula guard, when asked: text that a spreadsheet would run gets a quote", () => {
    expect(csvField("=HYPERLINK(\"x\")", { guardFormulas: true })).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+1", { guardFormulas: true })).toBe("'+1");
    expect(csvField("-5", { guardFormulas: true })).toBe("'-5");
    expect(csvField(-5, { guardFormulas: true })).toBe("-5");
    expect(csvField("@sum", {})).toBe("@sum");
  });

  it("10 000 rows encode in several slices, yielding in between, to the same text as in one go", async () => {
    const rows: Row[] = Array.from({ length: 10_000 }, (_, i) => ({
      subject: `fr.region_${i % 13}.${i % 97}.city`,
      payload: i % 3 === 0 ? `n°${i}, "quoted"\r\nnext` : { i, tags: ["a", i] },
      at: new Date(Date.UTC(2026, 11, 2) + i),
      n: i / 7,
    }));
    let yields = 0;
    const yieldThen = (run: () => void) => {
      yields++;
      setTimeout(run, 0);
    };
    const { parts, slices } = await toCsvParts(columns, rows, { yieldThen });
    expect(slices).toBe(10);
    expect(yields).toBe(9);
    expect(parts.join("")).toBe(toCsv(columns, rows));
    const small = await toCsvParts(columns, rows.slice(0, 10), { yieldThen, size: 3 });
    expect(small.slices).toBe(4);
    expect(small.parts.join("")).toBe(toCsv(columns, rows.slice(0, 10)));
  });
});
