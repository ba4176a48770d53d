// @ts-check
// Creates or updates the JetStream stream that keeps the chat history, over a
// privileged TCP connection (browser tabs may read the stream, never define it).
//   node scripts/chat-stream.mjs [nats://127.0.0.1:4222[,nats://…]] [--user=admin --pass=…]
// Idempotent: run it as often as you like; `npm start` and the e2e fixtures do.
import { connect, nanos } from "nats";
import { pathToFileURL } from "node:url";

export const CHAT_STREAM = {
  name: "CHAT",
  subjects: ["chat.>"],
  /** each room keeps its last 1000 messages (tabs read the last 100 per room) */
  maxMsgsPerSubject: 1000,
  maxAgeMs: 7 * 24 * 3600 * 1000,
  /** a flood of made-up rooms cannot fill the disk */
  maxBytes: 256 * 1024 * 1024,
  /** a publish retried with the same Nats-Msg-Id within this window is stored once */
  duplicateWindowMs: 2 * 60 * 1000,
};

/**
 * @param {import("./chat-stream.mjs").ChatStreamOptions} options
 * @returns {Partial<import("nats").StreamConfig> & { name: string }}
 */
function desiredConfig(options) {
  return {
    name: CHAT_STREAM.name,
    subjects: CHAT_STREAM.subjects,
    retention: /** @type {import("nats").RetentionPolicy} */ ("limits"),
    storage: /** @type {import("nats").StorageType} */ (options.storage ?? "file"),
    discard: /** @type {import("nats").DiscardPolicy} */ ("old"),
    max_msgs_per_subject: options.maxMsgsPerSubject ?? CHAT_STREAM.maxMsgsPerSubject,
    max_msgs: -1,
    max_bytes: options.maxBytes ?? CHAT_STREAM.maxBytes,
    max_age: nanos(options.maxAgeMs ?? CHAT_STREAM.maxAgeMs),
    duplicate_window: nanos(options.duplicateWindowMs ?? CHAT_STREAM.duplicateWindowMs),
    num_replicas: options.replicas ?? 1,
  };
}

/** @param {unknown} err */
const describe = (err) => {
  const e = /** @type {Error & {code?: string, api_error?: {description?: string}}} */ (err);
  if (e?.code === "503") return "JetStream is not enabled on this server: add a `jetstream { store_dir: … }` block to its config";
  if (e?.code === "PERMISSIONS_VIOLATION" || /permission/i.test(e?.message ?? "")) {
    return `permission denied (${e.message}): connect as the admin user (--user/--pass), not as a visitor`;
  }
  return e?.api_error?.description ?? e?.message ?? String(err);
};

/**
 * @param {string | string[]} servers
 * @param {import("./chat-stream.mjs").ChatStreamOptions} [options]
 * @returns {Promise<import("./chat-stream.mjs").ChatStreamResult>}
 */
export async function ensureChatStream(servers, options = {}) {
  const nc = await connect({
    servers,
    name: "chat-stream-setup",
    user: options.user,
    pass: options.pass,
    timeout: options.timeoutMs ?? 5000,
  }).catch((err) => {
    const e = /** @type {Error & {code?: string}} */ (err);
    if (e.code === "AUTHORIZATION_VIOLATION") throw new Error("the server refused these credentials: use its admin user (--user/--pass)");
    throw new Error(`no NATS server answered (${e.code ?? e.message}): is nats-server running and is this its client port?`);
  });
  try {
    const jsm = await nc.jetstreamManager({ timeout: options.timeoutMs ?? 5000 }).catch((err) => {
      throw new Error(describe(err));
    });
    const want = desiredConfig(options);
    const existing = await jsm.streams.info(CHAT_STREAM.name).catch((err) => {
      if (/stream not found/i.test(/** @type {Error} */ (err).message)) return undefined;
      throw new Error(describe(err));
    });
    if (!existing) {
      await jsm.streams.add(want).catch((err) => {
        throw new Error(describe(err));
      });
      return { action: "created", name: CHAT_STREAM.name, subjects: CHAT_STREAM.subjects };
    }
    const have = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (existing.config));
    // storage cannot change on a live stream: keep whatever it was created with
    const { storage: _storage, ...changeable } = want;
    const differs = Object.entries(changeable).some(([k, v]) => JSON.stringify(have[k]) !== JSON.stringify(v));
    if (!differs) return { action: "unchanged", name: CHAT_STREAM.name, subjects: CHAT_STREAM.subjects };
    await jsm.streams.update(CHAT_STREAM.name, { ...existing.config, ...changeable }).catch((err) => {
      throw new Error(describe(err));
    });
    return { action: "updated", name: CHAT_STREAM.name, subjects: CHAT_STREAM.subjects };
  } finally {
    await nc.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const flag = (/** @type {string} */ k) => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const { ADMIN } = await import("./nats-server-process.mjs");
  const servers = (args.find((a) => !a.startsWith("--")) ?? "nats://127.0.0.1:4222").split(",");
  try {
    const r = await ensureChatStream(servers, {
      user: flag("user") ?? process.env.NATS_USER ?? ADMIN.user,
      pass: flag("pass") ?? process.env.NATS_PASSWORD ?? ADMIN.pass,
    });
    console.log(`stream ${r.name} (${r.subjects.join(", ")}) ${r.action} on ${servers.join(", ")}`);
  } catch (err) {
    console.error(`could not prepare the chat stream on ${servers.join(", ")}: ${/** @type {Error} */ (err).message}`);
    process.exit(1);
  }
}
