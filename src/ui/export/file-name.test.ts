import { describe, expect, it } from "vitest";
import { exportFileName, fileStamp, safeName } from "./file-name";

describe("export file names - what and when", () => {
  it("what, then the local date and time to the second", () => {
    const at = new Date(2026, 11, 2, 2, 15, 3, 999);
    expect(exportFileName("subjects-log", at, "csv")).toBe("subjects-log-2026-12-02T02-15-03.csv");
    expect(exportFileName("hotline-calls", at.getTime(), "json")).toBe("hotline-calls-2026-12-02T02-15-03.json");
    expect(fileStamp(new Date(2027, 0, 9, 23, 5, 7))).toBe("2027-01-09T23-05-07");
  });

  it("only characters every file system takes", () => {
    expect(safeName("Counter values: compteur")).toBe("Counter-values-compteur");
    expect(safeName("journal île-de-France / été")).toBe("journal-ile-de-France-ete");
    expect(safeName("../../etc/passwd")).toBe("etc-passwd");
    expect(safeName('a<b>c:d"e|f?g*h\\i')).toBe("a-b-c-d-e-f-g-h-i");
    expect(safeName("fr.grand_est.>")).toBe("fr.grand_est");
    expect(safeName("💬")).toBe("export");
    expect(safeName("")).toBe("export");
    expect(safeName("x".repeat(300))).toHaveLength(80);
  });
});
