import { useMemo } from "react";
import { Field } from "../../ui/Field";
import { useNetwork, useNetworkState, useNetworkText } from "./network-context";
import type { NetClient } from "./network-model";
import type { NetworkText } from "./network-text";
import { ClientItem } from "./ClientItem";

/** Clients drawn at once; a class of hundreds is narrowed with the filter. */
export const CLIENTS_SHOWN = 200;

const matchesFilter = (c: NetClient, needle: string, t: NetworkText) =>
  needle === "" ||
  (c.name ?? "").toLowerCase().includes(needle) ||
  t.kinds[c.kind].toLowerCase().includes(needle) ||
  c.subs.some((s) => s.subject.toLowerCase().includes(needle) || (s.queue ?? "").toLowerCase().includes(needle));

export function ClientsList() {
  const t = useNetworkText();
  const network = useNetwork();
  const clients = useNetworkState((s) => s.snapshot?.clients);
  const several = useNetworkState((s) => (s.snapshot?.servers.length ?? 0) > 1);
  const filter = useNetworkState((s) => s.filter);
  const showInternal = useNetworkState((s) => s.showInternal);
  const shown = useMemo(() => (clients ?? []).filter((c) => matchesFilter(c, filter.trim().toLowerCase(), t)), [clients, filter, t]);
  return (
    <section className="card" aria-labelledby="network-clients-title">
      <h2 id="network-clients-title">{t.clients.title}</h2>
      <div className="network-tools">
        <Field label={t.clients.filter} value={filter} onChange={(v) => network.editFilter(v)} hint={t.clients.filterHint} />
        <label className="check">
          <input type="checkbox" checked={showInternal} onChange={(e) => network.setShowInternal(e.target.checked)} /> {t.clients.showInternal}
        </label>
      </div>
      <ul aria-label={t.clients.list} className="network-clients">
        {shown.slice(0, CLIENTS_SHOWN).map((c) => (
          <ClientItem key={c.key} client={c} showInternal={showInternal} showServer={several} />
        ))}
      </ul>
      {clients && shown.length === 0 && <p className="muted">{t.clients.none}</p>}
      {shown.length > CLIENTS_SHOWN && <p className="muted">{t.clients.more({ count: shown.length - CLIENTS_SHOWN })}</p>}
    </section>
  );
}
