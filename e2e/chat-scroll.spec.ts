import { connect } from "nats";
import { test, expect } from "./support/fixtures";
import { ChatPage } from "./support/chat-page";
import { chatServer } from "./support/chat-server";

// The conversation follows new messages while its reader is at the bottom, and
// leaves a reader who scrolled back exactly where they are.
test("chat scroll - at the bottom the newest message stays in view; scrolled back, new messages never move what you read", async ({
  openTab,
  privateNats,
}) => {
  const server = await chatServer(privateNats);
  const alice = new ChatPage((await openTab({ name: "alice", hash: "chat", servers: server.wsUrl })).page);
  const bob = new ChatPage((await openTab({ name: "bob", hash: "chat", servers: server.wsUrl })).page);
  await alice.expectJoined("chat.general");
  await bob.expectJoined("chat.general");
  const foreign = await connect({ servers: server.natsUrl });
  const say = async (from: number, to: number) => {
    for (let i = from; i <= to; i++) foreign.publish("chat.general", `line ${i}`);
    await foreign.flush();
  };
  try {
    await say(1, 60);
    for (const tab of [alice, bob]) await expect(tab.message("line 60")).toBeInViewport();

    // bob scrolls back to the start with the mouse wheel
    await bob.messages().first().hover();
    // (the wheel returns before a smooth scroll ends: measure once the list is at its top)
    const scroller = bob.page.locator(".chat-scroll");
    await bob.page.mouse.wheel(0, -100_000);
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
    await expect(bob.message("line 1")).toBeInViewport();
    const line1 = await bob.message("line 1").boundingBox();

    await say(61, 80);
    await expect(alice.message("line 80")).toBeInViewport();
    await expect(bob.message("line 80")).toHaveCount(1);
    await expect(bob.message("line 80")).not.toBeInViewport();
    await expect(bob.message("line 1")).toBeInViewport();
    expect((await bob.message("line 1").boundingBox())?.y).toBe(line1?.y);

    // back at the bottom, bob follows again
    await bob.page.mouse.wheel(0, 100_000);
    await expect.poll(() => scroller.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(1);
    await expect(bob.message("line 80")).toBeInViewport();
    await say(81, 81);
    await expect(bob.message("line 81")).toBeInViewport();
  } finally {
    await foreign.close();
  }
});
