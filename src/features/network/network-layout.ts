import type { NetClient, NetServer } from "./network-model";

// Where the diagram puts things: servers in a row in the middle, clients on an
// ellipse around them, in list order. Pure, so the picture is stable between refreshes.
export const MAX_PICTURED = 40;

export type Point = { x: number; y: number };
export type Placed = { servers: (NetServer & Point)[]; clients: (NetClient & Point & { angle: number })[] };

export function layout(servers: readonly NetServer[], clients: readonly NetClient[], width: number, height: number): Placed {
  const cx = width / 2;
  const cy = height / 2;
  const gap = Math.min(140, (width * 0.4) / Math.max(1, servers.length));
  const placedServers = servers.map((s, i) => ({ ...s, x: cx + (i - (servers.length - 1) / 2) * gap, y: cy }));
  const rx = width / 2 - 110;
  const ry = height / 2 - 50;
  const placedClients = clients.map((c, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, clients.length);
    return { ...c, angle, x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) };
  });
  return { servers: placedServers, clients: placedClients };
}
