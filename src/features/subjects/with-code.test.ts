import { describe, expect, it } from "vitest";
import { withCode } from "./with-code";

type Part = string | { type: string; props: { children: string; translate?: string } };
const parts = (text: string, codes: string[]) => {
  const out = withCode(text, codes);
  return (Array.isArray(out) ? out : [out]).map((p: Part) => (typeof p === "string" ? p : { [p.type]: p.props.children, translate: p.props.translate }));
};

describe("with code", () => {
  it("with code - literal parts of a sentence become code, the text stays the same", () => {
    expect(parts("{time}, {n} and {subject} are filled in at each send", ["{time}", "{n}", "{subject}"])).toEqual([
      { code: "{time}", translate: "no" }, ", ", { code: "{n}", translate: "no" }, " and ", { code: "{subject}", translate: "no" },
      " are filled in at each send",
    ]);
  });

  it("with code - the longest literal wins where two start at the same place; none found, the text is as is", () => {
    expect(parts("'fr.>' matches 'fr.x'", ["fr.x", "fr.>", "fr"])).toEqual(["'", { code: "fr.>", translate: "no" }, "' matches '", { code: "fr.x", translate: "no" }, "'"]);
    expect(withCode("nothing here", ["fr.x", ""])).toEqual(["nothing here"]);
    expect(withCode("plain", [])).toBe("plain");
  });
});
