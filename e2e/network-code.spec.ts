import { test, expect } from "./support/fixtures";
import { NetworkPage } from "./support/network-page";
import { requirePython } from "./support/python-client";
import { runProgram } from "../src/codegen/run-program";
import type { Running } from "../src/codegen/run-program";

// The Network's Code region: the program asks the servers who is connected, the
// request the panel makes, and lists what the panel lists.
const running: Running[] = [];
test.afterEach(async () => {
  await Promise.allSettled(running.splice(0).map((r) => r.stop()));
});

test("network code - the Python program lists a named foreign client with its subscription, and this tab", async ({ openTab, foreign, nats, uid }) => {
  const python = requirePython();
  foreign.subscribe(`fr.${uid}.>`, { queue: "lab" });
  await foreign.flush();
  const tab = await openTab({ name: `tab-${uid}`, hash: "network" });
  const network = new NetworkPage(tab.page);
  await network.expectClient("foreign-node-client", [`fr.${uid}.>`]);

  await network.openCode();
  await expect(network.codeRegion().getByLabel("Programs connect to")).toHaveValue(nats.natsUrl);
  // one program only: nothing to choose
  await expect(network.codeRegion().getByLabel("What the program does")).toHaveCount(0);
  const code = await network.program("Python");
  expect(code).toContain('SUBJECT = "$SYS.REQ.ACCOUNT.PING.CONNZ"');

  const program = runProgram({ target: "python", filename: "connz.py", code }, { python });
  running.push(program);
  expect(await program.exited).toBe(0);
  expect(program.lines).toEqual(expect.arrayContaining([expect.stringMatching(/^foreign-node-client {2}\[nats\.js /), `    fr.${uid}.>  queue lab  (0 msgs)`]));
  expect(program.lines).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^tab-${uid} {2}\\[nats\\.ws `))]));
});
