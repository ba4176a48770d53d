import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ExportButtons } from "./ExportButtons";
import exportFr from "./export-text.fr";
import { exportEn } from "./export-text";

describe("ExportButtons - two buttons in a named group", () => {
  it("Export JSON and Export CSV, named by the caller, a status region ready", () => {
    const html = renderToStaticMarkup(createElement(ExportButtons, { what: "subjects-log", rows: () => [], label: "Export the message log" }));
    expect(html).toContain('role="group" aria-label="Export the message log" aria-busy="false"');
    expect(html).toContain('<button type="button" data-export="json">Export JSON</button>');
    expect(html).toContain('<button type="button" data-export="csv">Export CSV</button>');
    expect(html).toContain('<span role="status" class="export-status muted"></span>');
  });

  it("disabled when the caller says so", () => {
    const html = renderToStaticMarkup(createElement(ExportButtons, { what: "x", rows: () => [], disabled: true }));
    expect(html).toContain('aria-label="Export"');
    expect(html.match(/disabled=""/g)).toHaveLength(2);
  });

  it("the outcome, in both languages", () => {
    expect(exportEn.done({ file: "a.csv", count: "10,000", n: 10_000 })).toBe("Saved a.csv (10,000 rows)");
    expect(exportEn.done({ file: "a.csv", count: "1", n: 1 })).toBe("Saved a.csv (1 row)");
    expect(exportFr.done({ file: "a.csv", count: "10\u202f000", n: 10_000 })).toBe("Enregistré : a.csv (10\u202f000 lignes)");
    expect(exportFr.done({ file: "a.csv", count: "0", n: 0 })).toBe("Enregistré : a.csv (0 ligne)");
    expect(exportFr.failed({ reason: "x" })).toBe("L'export a échoué : x. Réessayez.");
  });
});
