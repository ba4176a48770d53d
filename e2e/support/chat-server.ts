import { ADMIN } from "../../scripts/nats-server-process.mjs";
import type { NatsServer, NatsServerOptions } from "../../scripts/nats-server-process.mjs";
import { ensureChatStream } from "../../scripts/chat-stream.mjs";

// A server of the test's own with the CHAT stream, so the story can use the real
// room names (chat.general, chat.dev) without meeting other tests' messages.
export async function chatServer(privateNats: (o?: NatsServerOptions) => Promise<NatsServer>, options: NatsServerOptions = {}) {
  const server = await privateNats(options);
  if (options.jetstream !== false) await ensureChatStream(server.natsUrl, ADMIN);
  return server;
}

export const envelope = (id: string, from: string, text: string) => JSON.stringify({ id, from, text, sentAt: Date.now() });
