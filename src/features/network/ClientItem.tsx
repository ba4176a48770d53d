import { memo } from "react";
import { useFormat } from "../../i18n/format";
import { useNetworkText } from "./network-context";
import type { NetClient } from "./network-model";
import { internalSubs, labSubs } from "./network-model";

export const clientName = (c: NetClient, unnamed: (p: { cid: number }) => string) => c.name ?? unnamed({ cid: c.cid });

type Props = { client: NetClient; showInternal: boolean; showServer: boolean };

export const ClientItem = memo(function ClientItem({ client: c, showInternal, showServer }: Props) {
  const t = useNetworkText();
  const f = useFormat();
  const name = clientName(c, t.clients.unnamed);
  const lab = labSubs(c);
  const internal = internalSubs(c);
  const subs = showInternal ? c.subs : lab;
  const rate = (n: number | undefined) => (n === undefined ? "" : ` (${t.clients.rate({ rate: f.number(n, 1) })})`);
  return (
    <li className={c.isMe ? "network-client me" : "network-client"} aria-label={name}>
      <div className="network-client-head">
        <strong className="network-client-name">{name}</strong>
        {c.isMe && <span className="chip network-me">{t.clients.me}</span>}
        <span className="chip network-kind">{t.kinds[c.kind]}</span>
        {c.lang && (
          <span className="muted mono">
            {c.lang}
            {c.version ? ` ${c.version}` : ""}
          </span>
        )}
        {showServer && <span className="muted">{t.clients.server({ name: c.serverName })}</span>}
      </div>
      <p className="muted network-client-facts">
        {c.start > 0 && <span>{t.clients.since({ when: f.since(c.start, Date.now()) })} · </span>}
        <span>
          {t.clients.messagesIn} {f.number(c.inMsgs)}
          {rate(c.inRate)} · {t.clients.messagesOut} {f.number(c.outMsgs)}
          {rate(c.outRate)}
        </span>
        {c.pendingBytes > 0 && <span className="warning"> · {t.clients.pending({ bytes: f.bytes(c.pendingBytes) })}</span>}
      </p>
      {subs.length === 0 && internal.length === 0 ? (
        <p className="muted">{t.clients.noSubs}</p>
      ) : (
        <ul className="network-subs" aria-label={t.clients.subs({ count: c.subs.length })}>
          {subs.map((s, i) => (
            <li key={`${s.subject} ${s.queue ?? ""} ${i}`} className={s.role === "lab" ? "network-sub" : "network-sub internal"}>
              <code>{s.subject}</code>
              {s.queue && <span className="chip network-queue">{t.clients.queue({ name: s.queue })}</span>}
              {s.role !== "lab" && <span className="muted"> {t.clients.roles[s.role]}</span>}
              <span className="muted"> · {t.clients.delivered({ count: f.number(s.msgs) })}</span>
            </li>
          ))}
          {!showInternal && internal.length > 0 && <li className="muted network-sub internal">{t.clients.internal({ count: internal.length })}</li>}
        </ul>
      )}
    </li>
  );
});
