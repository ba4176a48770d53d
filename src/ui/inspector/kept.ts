/** A message as it came off the wire, for the inspector: what its row does not show. */
export type Wire = { data: Uint8Array; headers?: readonly (readonly [string, string])[]; reply?: string };

export type KeptLimits = { maxBytes: number; maxRows: number };

export type Kept<K> = {
  /** keeps the wire of `key`'s first delivery (a later one of the same message changes nothing); the oldest go past the limits */
  keep(key: K, wire: Wire): void;
  get(key: K): Wire | undefined;
  clear(): void;
  /** bytes held: payloads, header names and values, reply subjects */
  bytes(): number;
  rows(): number;
};

const costOf = (w: Wire) => w.data.byteLength + (w.reply?.length ?? 0) + (w.headers ?? []).reduce((sum, [n, v]) => sum + n.length + v.length, 0);

// A delivered payload is a view into the connection's read buffer (nats.ws slices
// each message out of the socket's chunk): keeping the view would keep the chunk.
const own = (data: Uint8Array) => (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice());

/** The newest messages' wires, within a row count and a byte budget (insertion order: the oldest go first). */
export function createKept<K>({ maxBytes, maxRows }: KeptLimits): Kept<K> {
  const kept = new Map<K, { wire: Wire; cost: number }>();
  let bytes = 0;
  return {
    keep(key, wire) {
      if (kept.has(key)) return;
      const mine = { data: own(wire.data), headers: wire.headers, reply: wire.reply };
      const cost = costOf(mine);
      kept.set(key, { wire: mine, cost });
      bytes += cost;
      // the newest always stays: one payload is at most the server's max_payload, well under any budget here
      for (const [k, row] of kept) {
        if (kept.size <= 1 || (bytes <= maxBytes && kept.size <= maxRows)) break;
        kept.delete(k);
        bytes -= row.cost;
      }
    },
    get: (key) => kept.get(key)?.wire,
    clear() {
      kept.clear();
      bytes = 0;
    },
    bytes: () => bytes,
    rows: () => kept.size,
  };
}
