import { connect } from "nats";
import { test, expect } from "./support/fixtures";
import { ChatPage } from "./support/chat-page";
import { chatServer } from "./support/chat-server";
import { requirePython } from "./support/python-client";
import { runProgram } from "../src/codegen/run-program";
import type { Running } from "../src/codegen/run-program";

// The Chat's Code region, run for real: the chat client shown for a tab's settings
// (its name, its rooms with a wildcard, its Post to room), read from the page and run
// unmodified (nats-py from the project's virtualenv, Node with the repository's
// `nats`), is one more person in the conversation — it reads what a tab posts,
// posts what is typed to it, replies and forwards as lab V.4 asks.

const running: Running[] = [];
test.afterEach(async () => {
  await Promise.allSettled(running.splice(0).map((r) => r.stop()));
});

for (const target of ["python", "node"] as const) {
  test(`chat code - the generated ${target} chat client reads a tab's message, posts a typed line to both tabs, replies and forwards`, async ({ openTab, privateNats }) => {
    const python = target === "python" ? requirePython() : undefined;
    const server = await chatServer(privateNats);
    const open = async (name: string) => {
      const tab = await openTab({ name, hash: "chat", servers: server.wsUrl });
      const chat = new ChatPage(tab.page);
      await chat.expectJoined("chat.general");
      return chat;
    };
    const [alice, bob] = [await open("alice"), await open("bob")];
    await bob.join("chat.>");
    // alice's region follows her panel: she joins chat.* and posts to chat.dev
    await alice.openCode(target);
    await expect(alice.codeRegion().locator("pre")).toContainText('["chat.general"]');
    await alice.join("chat.*");
    await alice.page.getByLabel("Post to").fill("chat.dev");
    await expect(alice.codeRegion().locator("pre")).toContainText('["chat.general", "chat.*"]');
    const code = await alice.program();
    expect(code).toContain(target === "python" ? 'NAME = "alice"' : 'const NAME = "alice";');
    expect(code).toContain('["chat.general", "chat.*"]');
    expect(code).toContain(target === "python" ? 'POST_TO = "chat.dev"' : 'const POST_TO = "chat.dev";');
    expect(code).toContain(server.natsUrl);

    const program = runProgram({ target, filename: target === "python" ? "chat.py" : "chat.mjs", code }, { python });
    running.push(program);
    await program.waitFor("alice in chat.general, chat.*: a line posts to chat.dev");

    // plain text from a foreign client, printed as the panel shows it: "unnamed: text"
    const foreign = await connect({ servers: server.natsUrl, name: "foreign-node-client" });
    try {
      foreign.publish("chat.general", "plain words from nats pub");
      await foreign.flush();
    } finally {
      await foreign.close();
    }
    await program.waitFor("[chat.general] unnamed: plain words from nats pub");
    // a tab's message, printed like the panel: "from: text" (once per subscription that delivered it)
    await bob.send("hello from bob", "chat.general");
    await program.waitFor("[chat.general] bob: hello from bob");

    // a line typed to the program: posted to chat.dev as alice, with its Nats-Msg-Id; in both tabs' conversations
    program.write("typed into the program\n");
    for (const chat of [alice, bob]) {
      const posted = chat.message("typed into the program");
      await expect(posted).toHaveCount(1);
      await expect(posted).toContainText("alice");
      await expect(posted).toContainText("chat.dev");
    }
    await alice.inspectButton(alice.message("typed into the program"), "alice").click();
    await expect(alice.page.getByRole("dialog")).toContainText("Nats-Msg-Id");
    await alice.page.keyboard.press("Escape");

    // /reply answers the last message received (bob's), on its room; /fwd sends it on, naming its author
    program.write("/reply thanks bob\n");
    const reply = bob.message("thanks bob");
    await expect(reply).toHaveCount(1);
    await expect(reply).toContainText("chat.general");
    await expect(reply.getByRole("blockquote")).toHaveText("↪ bob: hello from bob");
    program.write("/fwd chat.random\n");
    const forwarded = bob.messages().filter({ hasText: "forwarded from chat.general, written by bob" });
    await expect(forwarded).toHaveCount(1);
    await expect(forwarded).toContainText("chat.random");
    await expect(forwarded).toContainText("hello from bob");

    program.endInput();
    expect(await program.exited).toBe(0);
  });
}
