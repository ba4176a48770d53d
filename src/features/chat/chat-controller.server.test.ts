import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, startNatsServer } from "../../../scripts/nats-server-process.mjs";
import type { NatsServer } from "../../../scripts/nats-server-process.mjs";
import { ensureChatStream } from "../../../scripts/chat-stream.mjs";
import { connectNode } from "../../nats/node-connection";
import type { NodeClient } from "../../nats/node-connection";
import { nodeHost } from "../../host/node-host";
import { createChat } from "./chat-controller";
import type { ChatController } from "./chat-controller";
import { onlineIn } from "./chat-presence";
import { describeHistory } from "./chat-views";
import { describeChatNote } from "./chat-words";

// The tab's chat controller, several times in one Node process over TCP, each as
// the visitor a browser tab is, against a real server with the CHAT stream.
describe("chat controller in Node", () => {
  let server: NatsServer;
  const connections: NodeClient[] = [];
  const chats: ChatController[] = [];
  /** a chat whose person chose `name`: the default room (chat.general) joined and its history read */
  const open = async (name: string) => {
    const c = await connectNode({ servers: [server.natsUrl], name });
    connections.push(c);
    const chat = createChat({ client: c.client, host: nodeHost() });
    chats.push(chat);
    chat.editName(name);
    chat.chooseName();
    await expect.poll(() => chat.store.getState().history["chat.general"]?.state, { timeout: 10_000 }).toBe("loaded");
    return chat;
  };
  const said = (chat: ChatController, text: string) => chat.store.getState().entries.filter((e) => e.text === text);
  beforeAll(async () => {
    server = await startNatsServer({ auth: true });
    await ensureChatStream(server.natsUrl, ADMIN);
  });
  afterAll(async () => {
    for (const chat of chats) chat.stop();
    await Promise.allSettled(connections.map((c) => c.close()));
    await server?.dispose();
  });

  it("chat - alice posts, bob replies, alice forwards; bob sees alice online; carol, later, reads it all from history", async () => {
    const [alice, bob] = await Promise.all([open("alice"), open("bob")]);
    expect(alice.store.getState().subscriptions).toEqual(["chat.general"]);
    expect(alice.store.getState().me.id).not.toBe(bob.store.getState().me.id);

    alice.editDraft("hello from alice");
    alice.sendDraft();
    expect(alice.store.getState()).toMatchObject({ draft: "", draftError: undefined });
    await expect.poll(() => said(bob, "hello from alice").length).toBe(1);
    expect(said(bob, "hello from alice")[0]).toMatchObject({ from: "alice", subject: "chat.general", via: ["chat.general"], fromHistory: false });

    bob.startReply(said(bob, "hello from alice")[0]!);
    bob.editDraft("hi alice, bob here");
    bob.sendDraft();
    await expect.poll(() => said(alice, "hi alice, bob here").length).toBe(1);
    expect(said(alice, "hi alice, bob here")[0]).toMatchObject({
      from: "bob",
      subject: "chat.general",
      replyTo: { from: "alice", text: "hello from alice", subject: "chat.general" },
    });

    bob.editJoin("chat.dev");
    bob.joinRoom();
    await expect.poll(() => bob.store.getState().history["chat.dev"]?.state).toBe("loaded");
    alice.startForward(said(alice, "hi alice, bob here")[0]!);
    alice.editForwardTo("chat.dev");
    alice.sendForward();
    expect(alice.store.getState().sendNote).toEqual({ kind: "unheard", action: "forwarded", subject: "chat.dev" });
    expect(describeChatNote(alice.store.getState().sendNote!)).toContain("Forwarded to chat.dev: none of your subscriptions covers it");
    await expect.poll(() => bob.store.getState().entries.filter((e) => e.forwardedFrom).length).toBe(1);
    expect(bob.store.getState().entries.find((e) => e.forwardedFrom)).toMatchObject({
      from: "alice",
      subject: "chat.dev",
      text: "hi alice, bob here",
      via: ["chat.dev"],
      forwardedFrom: { from: "bob", subject: "chat.general" },
    });
    // each message once at bob, whatever arrived live and whatever his chat.dev history read found
    expect(bob.store.getState().entries.map((e) => e.text)).toEqual(["hello from alice", "hi alice, bob here", "hi alice, bob here"]);

    const online = () => onlineIn(bob.store.getState().peers, "chat.general", bob.store.getState().subscriptions);
    await expect.poll(() => online().map((p) => p.name)).toContain("alice");
    expect(online().find((p) => p.name === "alice")).toMatchObject({ id: alice.store.getState().me.id, patterns: ["chat.general"] });

    const carol = await open("carol");
    const history = carol.store.getState();
    expect(describeHistory(Object.entries(history.history))).toBe("History: 2 stored messages read from the CHAT stream (last 100 per room)");
    expect(history.entries.map((e) => [e.from, e.text, e.fromHistory])).toEqual([
      ["alice", "hello from alice", true],
      ["bob", "hi alice, bob here", true],
    ]);
    expect(history.entries[1]!.replyTo).toMatchObject({ from: "alice", text: "hello from alice" });
    // read from the stream, inspected like a live message: the envelope as sent, its Nats-Msg-Id
    carol.inspect(history.entries[0]!);
    const { message } = carol.inspection()!;
    const sent = JSON.parse(new TextDecoder().decode(message.payload)) as { id: string; text: string };
    expect(sent.text).toBe("hello from alice");
    expect(message.headers).toEqual([["Nats-Msg-Id", sent.id]]);
    expect(message.deliveredBy).toEqual(["chat.general"]);
  });
});
