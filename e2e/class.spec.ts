import { test, expect } from "./support/fixtures";
import { chatServer } from "./support/chat-server";
import { ChatPage } from "./support/chat-page";
import { NetworkPage } from "./support/network-page";
import { CounterPage } from "./support/counter-page";
import { startClass } from "./support/class-process";

const STUDENTS = ["student-01", "student-02", "student-03", "student-04", "student-05"];

// A class of five simulated students runs against the server while a person uses a tab.
test("class - a tab sees a class of 5: the students online in Chat, their connections in Network, a student's counter", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const cls = startClass(server.natsUrl, STUDENTS.length);
  try {
    await cls.ready;
    const tab = await openTab({ name: "teacher", hash: "chat", servers: server.wsUrl });

    const chat = new ChatPage(tab.page);
    await chat.expectJoined("chat.general");
    for (const student of STUDENTS) await expect(chat.online().getByRole("listitem").filter({ hasText: student })).toHaveCount(1);

    const network = new NetworkPage(tab.page);
    await network.open();
    for (const name of ["student-01-chat", "student-03-counter", "student-05-sub-grand-est", "student-02-agent"]) {
      await expect(network.client(name)).toBeVisible();
    }
    await network.expectClient("student-03-counter", ["compteur.student-03"]);

    const counter = new CounterPage(tab.page);
    await counter.open();
    await counter.listenOn("compteur.student-03");
    // a student's counter publishes every 2 to 10 s
    await expect(counter.latestDetails()).toContainText("student-03-counter", { timeout: 20_000 });
    expect(Number.isInteger(await counter.latestNumber())).toBe(true);

    const { code, output } = await cls.stop();
    expect(code, output).toBe(0);
    expect(output).toContain("Summary: 5 students, 40 connections");
  } finally {
    cls.kill();
  }
});
