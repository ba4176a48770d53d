import { useMemo } from "react";
import { useNetworkState, useNetworkText } from "./network-context";
import { labSubs, matchesSafely } from "./network-model";
import { layout, MAX_PICTURED } from "./network-layout";
import { clientName } from "./ClientItem";

const W = 640;
const H = 440;
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

// Servers in the middle, clients around, each edge labelled with the client's
// lab subscriptions; a valid "Subject to check" lights up who receives it.
export function NetworkDiagram() {
  const t = useNetworkText();
  const snapshot = useNetworkState((s) => s.snapshot);
  const check = useNetworkState((s) => (s.check.problem ? "" : s.check.text.trim()));
  const placed = useMemo(() => (snapshot ? layout(snapshot.servers, snapshot.clients.slice(0, MAX_PICTURED), W, H) : undefined), [snapshot]);
  if (!snapshot || !placed) return null;
  const tooMany = snapshot.clients.length > MAX_PICTURED;
  return (
    <section className="card network-picture" aria-labelledby="network-picture-title">
      <h2 id="network-picture-title">{t.picture.title}</h2>
      {tooMany ? (
        <p className="muted">{t.picture.tooMany({ clients: snapshot.clients.length, max: MAX_PICTURED })}</p>
      ) : (
        <figure>
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.picture.label} className="network-svg">
            {placed.clients.map((c) => {
              const server = placed.servers.find((s) => s.id === c.serverId) ?? placed.servers[0]!;
              const subs = labSubs(c);
              const receives = check !== "" && c.subs.some((s) => matchesSafely(s.subject, check));
              // labels sit near the client's end of its edge: the middle is crowded with every edge
              const mx = server.x + (c.x - server.x) * 0.62;
              const my = server.y + (c.y - server.y) * 0.62;
              return (
                <g key={c.key} className={receives ? "edge receives" : "edge"} data-client={clientName(c, t.clients.unnamed)} data-receives={receives}>
                  <line x1={server.x} y1={server.y} x2={c.x} y2={c.y} />
                  {subs.slice(0, 2).map((s, i) => (
                    <text key={i} x={mx} y={my + i * 12 - 4} className="edge-label" textAnchor="middle">
                      {cut(s.subject, 26)}
                      {s.queue ? ` (${cut(s.queue, 12)})` : ""}
                    </text>
                  ))}
                  {subs.length > 2 && (
                    <text x={mx} y={my + 20} className="edge-label" textAnchor="middle">
                      +{subs.length - 2}
                    </text>
                  )}
                </g>
              );
            })}
            {placed.servers.map((s) => (
              <g key={s.id} className="server-node">
                <circle cx={s.x} cy={s.y} r={34} />
                <text x={s.x} y={s.y + 4} textAnchor="middle">
                  {cut(s.name, 12)}
                </text>
              </g>
            ))}
            {placed.clients.map((c) => {
              const receives = check !== "" && c.subs.some((s) => matchesSafely(s.subject, check));
              return (
                <g key={c.key} className={`client-node${c.isMe ? " me" : ""}${receives ? " receives" : ""}`}>
                  <rect x={c.x - 58} y={c.y - 16} width={116} height={32} rx={8} />
                  <text x={c.x} y={c.y - 2} textAnchor="middle">
                    {receives ? "✓ " : ""}
                    {cut(clientName(c, t.clients.unnamed), 16)}
                  </text>
                  <text x={c.x} y={c.y + 11} textAnchor="middle" className="client-kind">
                    {cut(t.kinds[c.kind], 18)}
                  </text>
                </g>
              );
            })}
          </svg>
          <figcaption className="muted">{t.picture.caption({ clients: snapshot.clients.length, servers: snapshot.servers.length })}</figcaption>
        </figure>
      )}
    </section>
  );
}
