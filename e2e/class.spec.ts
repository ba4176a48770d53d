import { spawn } from "node:child_process";
import path from "node:path";
import { test, expect } from "./support/fixtures";
import { chatServer } from "./support/chat-server";
import { ChatPage } from "./support/chat-page";
import { NetworkPage } from "./support/network-page";
import { CounterPage } from "./support/counter-page";

const root = path.resolve(import.meta.dirname, "..");
const STUDENTS = ["student-01", "student-02", "student-03", "student-04", "student-05"];

/** `npm run class` as a teacher starts it: a child process, ready once every student is in. */
function startClass(natsUrl: string) {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["src/cli/class.ts", "--students", "5", "--duration", "600", "--seed", "5", "--servers", natsUrl], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      if (output.includes("all 5 students are in")) resolve();
    });
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    void exited.then((code) => reject(new Error(`the class ended (${code}) before every student was in:\n${output}`)));
  });
  return {
    ready,
    /** Ctrl-C: the class stops cleanly and prints its summary */
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGINT");
      const code = await exited;
      return { code, output };
    },
    kill: () => child.kill("SIGKILL"),
  };
}

// A class of five simulated students runs against the server while a person uses a tab.
test("class - a tab sees a class of 5: the students online in Chat, their connections in Network, a student's counter", async ({ openTab, privateNats }) => {
  const server = await chatServer(privateNats);
  const cls = startClass(server.natsUrl);
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
