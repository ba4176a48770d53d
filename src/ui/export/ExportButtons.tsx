import { useState } from "react";
import { useFormat } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import type { ExportDeps, ExportRequest } from "./download";
import { exportText } from "./export-text";
import type { ExportFormat } from "./file-name";
import "./export.css";

export type ExportButtonsProps<T> = ExportRequest<T> & {
  /** names the pair of buttons, e.g. "Export the message log"; "Export" by default */
  label?: string;
  disabled?: boolean;
  /** for tests: how to yield between slices and how to save */
  deps?: ExportDeps;
};

type Outcome = { kind: "done"; file: string; rows: number } | { kind: "failed"; reason: string };

const FORMATS: readonly ExportFormat[] = ["json", "csv"];

// "Export JSON" and "Export CSV": while one runs, both wait, and the outcome is
// announced (role=status) with the file's name.
export function ExportButtons<T>({ label, disabled, deps, ...request }: ExportButtonsProps<T>) {
  const t = useMessages(exportText);
  const f = useFormat();
  const [busy, setBusy] = useState<ExportFormat | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const run = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(format);
    setOutcome(undefined);
    try {
      // the encoders are fetched on the first export: a panel's first load does not carry them (~2.5 KB gzip)
      const { exportRows } = await import("./download");
      const r = await exportRows(format, request, deps);
      setOutcome({ kind: "done", file: r.fileName, rows: r.rows });
    } catch (e) {
      setOutcome({ kind: "failed", reason: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={label ?? t.group} aria-busy={busy !== undefined}>
      {FORMATS.map((format) => (
        // aria-disabled, not disabled, while busy: a disabled button would drop the keyboard focus
        <button key={format} type="button" data-export={format} disabled={disabled} aria-disabled={busy !== undefined || undefined} onClick={() => void run(format)}>
          {busy === format ? t.busy : t[format]}
        </button>
      ))}
      <span role="status" className={outcome?.kind === "failed" ? "export-status error" : "export-status muted"}>
        {outcome?.kind === "done" && t.done({ file: outcome.file, count: f.number(outcome.rows), n: outcome.rows })}
        {outcome?.kind === "failed" && t.failed({ reason: outcome.reason })}
      </span>
    </div>
  );
}
