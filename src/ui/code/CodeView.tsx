import { useId, useState } from "react";
import type { KeyboardEvent } from "react";
import type { Conn, Programs, Target } from "../../codegen/codegen-types";
import { clientUrl } from "../../codegen/client-url";
import { useConnection } from "../../nats/use-connection";
import type { Lang } from "../../i18n/lang";
import { useLang } from "../../i18n/use-lang";
import { useMessages } from "../../i18n/use-messages";
import { Field } from "../Field";
import { LabelledSelect } from "../LabelledSelect";
import { codeViewText } from "./code-view-text";
import "./code-view.css";

/** One thing the panel can be doing, as programs: the counter's publisher, or its subscriber… */
export type CodeVariant = { id: string; label: string; programs: (conn: Conn, lang: Lang) => Programs };

const TARGETS: Target[] = ["python", "cli", "node"];

/** The programs' server: the plain NATS address of the server this tab is on (the user may change it). */
function useDefaultUrl(): { url: string; ws: string } {
  const status = useConnection((s) => s.status);
  const servers = useConnection((s) => s.servers);
  const ws = status.type === "connected" ? status.server : (servers[0] ?? "ws://127.0.0.1:9222");
  const info = status.type === "connected" ? { port: status.clientPort, host: status.clientHost } : undefined;
  return { url: clientUrl(ws, info), ws };
}

// The panel's Code region: what it does right now, as a Python, nats CLI or
// Node program, with the server's address, to copy or download.
export function CodeView({ variants, initial }: { variants: CodeVariant[]; initial?: string }) {
  const t = useMessages(codeViewText);
  const lang = useLang((s) => s.lang);
  const id = useId();
  const credentials = useConnection((s) => s.credentials);
  const { url: suggested, ws } = useDefaultUrl();
  const [edited, setUrl] = useState<string | undefined>(undefined);
  const [variantId, setVariant] = useState(initial ?? variants[0]!.id);
  const [target, setTarget] = useState<Target>("python");
  const [note, setNote] = useState<string | undefined>(undefined);
  const variant = variants.find((v) => v.id === variantId) ?? variants[0]!;
  const conn: Conn = { url: (edited ?? suggested).trim() || suggested, credentials };
  const program = variant.programs(conn, lang)[target];
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = TARGETS[(TARGETS.indexOf(target) + step + TARGETS.length) % TARGETS.length]!;
    setTarget(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(program.code);
      setNote(t.copied({ file: program.filename }));
    } catch {
      setNote(t.copyFailed);
    }
  };
  const download = () => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([program.code], { type: "text/plain;charset=utf-8" }));
    a.download = program.filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    // NOTE: named by title, not aria-label/labelledby: getByLabel("Code") must keep finding only the Hotline's Code select
    <div role="region" title={t.title} className="card code-view">
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <div className="code-settings">
        {variants.length > 1 && (
          <LabelledSelect label={t.variant} value={variant.id} options={variants.map((v) => ({ value: v.id, label: v.label }))} onChange={setVariant} />
        )}
        <Field label={t.url} value={edited ?? suggested} onChange={setUrl} hint={t.urlHint({ ws })} />
      </div>
      {credentials && <p className="muted">{t.credentials}</p>}
      <div role="tablist" aria-label={t.programs} className="code-tabs" onKeyDown={onKey}>
        {TARGETS.map((x) => (
          <button key={x} id={`${id}-${x}`} role="tab" type="button" aria-selected={x === target} aria-controls={`${id}-panel`}
            tabIndex={x === target ? 0 : -1} onClick={() => setTarget(x)}>
            {t.targets[x]}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-${target}`}>
        <pre className="code-program" tabIndex={0} translate="no">
          <code>{program.code}</code>
        </pre>
        <div className="code-actions">
          <button type="button" aria-label={t.copyLabel({ target: t.targets[target] })} onClick={() => void copy()}>
            {t.copy}
          </button>
          <button type="button" aria-label={t.downloadLabel({ file: program.filename })} onClick={download}>
            {t.download}
          </button>
          <span className="muted">{t.run[target]({ file: program.filename })}</span>
        </div>
        {note && (
          <p role="status" className="muted">
            {note}
          </p>
        )}
      </div>
    </div>
  );
}
