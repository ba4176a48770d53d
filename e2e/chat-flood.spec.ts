import { connect } from "nats";
import { test, expect } from "./support/fixtures";
import { ChatPage } from "./support/chat-page";
import { chatServer, envelope } from "./support/chat-server";

// Trace recording snapshots the DOM on the page's own thread: off here, we measure the app's frames.
test.use({ trace: "off" });

test("chat flood - 20000 messages: the tab stays responsive and keeps 500 per view", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const tab = await openTab({ name: "alice", hash: "chat", servers: server.wsUrl });
  const chat = new ChatPage(tab.page);
  await chat.expectJoined("chat.general");
  // longest gap between animation frames while the flood lands
  await tab.page.evaluate(() => {
    const w = window as unknown as { longestFrame: number; probing: boolean; frames: number[] };
    w.longestFrame = 0;
    w.frames = [];
    w.probing = true;
    let last = performance.now();
    const frame = (now: number) => {
      w.longestFrame = Math.max(w.longestFrame, now - last);
      if (now - last > 50) w.frames.push(Math.round(now - last));
      last = now;
      if (w.probing) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const foreign = await connect({ servers: server.natsUrl });
  const started = Date.now();
  try {
    for (let i = 0; i < 20_000; i++) {
      foreign.publish("chat.general", i % 2 ? `flood ${i}` : envelope(`f${i}`, "flooder", `flood ${i}`));
      if (i % 1000 === 999) await foreign.flush();
    }
    await foreign.flush();
  } finally {
    await foreign.close();
  }
  // a cheap wait while measuring: Playwright's text queries over 500 items would load the page themselves
  await tab.page.waitForFunction(
    () => document.querySelector('[aria-label="Conversation"] > .chat-block:last-child > .chat-msg:last-child .chat-text')?.textContent === "flood 19999",
    undefined,
    { timeout: 30_000, polling: 200 },
  );
  const caughtUpMs = Date.now() - started;
  await tab.page.evaluate(() => ((window as unknown as { probing: boolean }).probing = false));
  await expect(chat.message("flood 19999")).toHaveCount(1);
  await expect(chat.messages()).toHaveCount(500);
  // still usable: typing and sending works right away
  await chat.send("still here");
  await expect(chat.message("still here")).toHaveCount(1);
  const longestFrame = await tab.page.evaluate(() => (window as unknown as { longestFrame: number }).longestFrame);
  test.info().annotations.push({ type: "flood", description: `20000 messages shown after ${caughtUpMs} ms; longest frame ${Math.round(longestFrame)} ms` });
  const slow = await tab.page.evaluate(() => (window as unknown as { frames: number[] }).frames);
  console.log(`[chat flood] 20000 messages: caught up in ${caughtUpMs} ms, longest frame ${Math.round(longestFrame)} ms, frames over 50 ms: ${slow.join(", ")}`);
});
