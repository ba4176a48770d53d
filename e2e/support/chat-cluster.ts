import { expect } from "@playwright/test";
import { ADMIN, startNatsCluster } from "../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../scripts/nats-server-process.mjs";
import { ensureChatStream } from "../../scripts/chat-stream.mjs";

/** Three nodes the app's origin may reach, and the CHAT stream on them with three replicas (once the cluster has a leader). */
export async function startChatCluster(): Promise<NatsServer[]> {
  const nodes = await startNatsCluster({ allowedOrigins: [`http://127.0.0.1:${process.env.PLAYGROUND_APP_PORT}`] });
  const urls = nodes.map((n) => n.natsUrl);
  await expect
    .poll(async () => (await ensureChatStream(urls, { ...ADMIN, replicas: 3, timeoutMs: 2000 }).then(() => "ready", (e: Error) => e.message)), { timeout: 60_000, intervals: [500] })
    .toBe("ready");
  return nodes;
}
