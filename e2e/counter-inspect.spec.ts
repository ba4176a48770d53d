import { spawnSync } from "node:child_process";
import { headers } from "nats";
import { test, expect } from "./support/fixtures";
import { expectAccessible } from "./support/axe";
import { languageLeaks } from "./support/language-leaks";
import { CounterPage } from "./support/counter-page";
import { MessageDialog } from "./support/message-dialog";
import { requirePython } from "./support/python-client";

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
/** 512 KB of text: 8192 lines of 64 bytes */
const BIG = Array.from({ length: 8192 }, (_, i) => `line ${String(i).padStart(5, "0")} `.padEnd(63, "~") + "\n").join("");

// The inspector in the Counter: each of the last 20 values opens with what came
// over the wire — a tab's values with the publisher's headers, `nats pub`'s with
// none, and what a foreign client (Node `nats`, nats-py) can send instead of a number.
test("counter inspect - a tab's value has the publisher's headers, a plain one none; JSON with repeated headers and a reply, 256 byte values, 512 KB", async ({ openTab, foreign, uid }) => {
  const subject = `compteur.${uid}`;
  const [alice, bob] = await Promise.all([openTab({ name: "alice" }), openTab({ name: "bob" })]);
  const viewer = new CounterPage(alice.page);
  const dlg = new MessageDialog(alice.page);
  await viewer.listenOn(subject);
  const publisher = new CounterPage(bob.page);
  await publisher.startPublishing({ subject, intervalMs: 600_000, step: 2, start: 10 });
  await expect(viewer.latest()).toHaveText("10");
  await publisher.stopPublishing();

  // a tab's value: the three Playground headers
  const ten = viewer.inspectButton("10");
  await ten.click();
  await expect(dlg.fact("Subject")).toHaveText(subject);
  await expect(dlg.fact("Size")).toHaveText("2 bytes");
  await expect(dlg.fact("Delivered by")).toHaveText(subject);
  await expect.poll(async () => (await dlg.headerRows()).map(([name]) => name)).toEqual(["Playground-Publisher", "Playground-Publisher-Id", "Playground-Step"]);
  const rows = await dlg.headerRows();
  expect(rows[0]).toEqual(["Playground-Publisher", "bob"]);
  expect(rows[1]![1]).toMatch(/^\w+$/);
  expect(rows[2]).toEqual(["Playground-Step", "2"]);
  await expectAccessible(alice.page, "counter, the inspector open on a value");
  await dlg.closeByEscape(ten);

  // `nats pub compteur 12`: no headers, no reply
  foreign.publish(subject, "12");
  const twelve = viewer.inspectButton("12");
  await twelve.click();
  await expect(dlg.noHeaders()).toBeVisible();
  await expect(dlg.fact("Reply subject")).toHaveText("none");
  await dlg.closeByEscape(twelve);

  // JSON, headers with a repeated name, a reply subject
  const h = headers();
  h.append("X-Lab", "V.1");
  h.append("X-Lab", "again");
  foreign.publish(subject, '{"value":14}', { headers: h, reply: "lab.replies.counter" });
  await expect(viewer.latest()).toHaveText('{"value":14}');
  const json = viewer.inspectButton(JSON.stringify('{"value":14}'));
  await json.click();
  await expect(dlg.fact("Reply subject")).toHaveText("lab.replies.counter");
  await expect.poll(() => dlg.headerRows()).toEqual([["X-Lab", "V.1"], ["X-Lab", "again"]]);
  await expect(dlg.showAs()).toHaveValue("json");
  await expect.poll(() => dlg.drawnLines()).toEqual(["{", '  "value": 14', "}"]);
  await dlg.closeByEscape(json);

  // every byte value: not a number, shown as its size and first bytes, never replacement characters
  foreign.publish(subject, ALL_BYTES);
  const binaryText = "256 bytes (binary): 00 01 02 03 04 05 06 07 …";
  await expect(viewer.latest()).toHaveText(binaryText);
  await expect(viewer.history().first()).toContainText(`${binaryText} from unknown at`);
  await expect(viewer.history().first()).toContainText("not a number: the payload is bytes, not UTF-8 text");
  await expect(alice.page.getByText("\ufffd")).toHaveCount(0);
  const binary = viewer.inspectButton(binaryText);
  await binary.click();
  await expect(dlg.showAs()).toHaveValue("hex");
  await expect.poll(async () => (await dlg.drawnLines()).length).toBe(16);
  const hex = await dlg.drawnLines();
  expect(hex[0]).toBe("00000000 0001 0203 0405 0607 0809 0a0b 0c0d 0e0f ................");
  expect(hex[15]).toBe("000000f0 f0f1 f2f3 f4f5 f6f7 f8f9 fafb fcfd feff ................");
  await dlg.closeByEscape(binary);

  // 512 KB of text: the panel shows its start, the inspector all of it
  foreign.publish(subject, BIG);
  await expect(viewer.latest()).toHaveText(`${BIG.slice(0, 80)}…`);
  const big = viewer.inspectButtonOf("line 00000");
  await big.click();
  await expect(dlg.fact("Size")).toHaveText("524,288 bytes");
  await expect(dlg.showAs()).toHaveValue("text");
  await dlg.scrollToEnd();
  await expect(dlg.line("line 08191 ~")).toBeVisible();
  await dlg.showAs().selectOption({ label: "Hex" });
  await dlg.scrollToEnd();
  await expect(dlg.line("0007fff0 7e7e 7e7e 7e7e 7e7e 7e7e 7e7e 7e7e 7e0a ~~~~~~~~~~~~~~~.")).toBeVisible();
  await dlg.closeByEscape(big);
});

test("counter inspect - the lab's Python publisher (nats-py): a number with its header", async ({ openTab, nats, uid }) => {
  const python = requirePython();
  const subject = `compteur.${uid}`;
  const tab = await openTab({ name: "alice" });
  const viewer = new CounterPage(tab.page);
  const dlg = new MessageDialog(tab.page);
  await viewer.listenOn(subject);
  const script = `
import asyncio, sys
import nats

async def main():
    nc = await nats.connect(sys.argv[1], name="lab-python")
    await nc.publish(sys.argv[2], b"42", headers={"Lab-Client": "nats-py"})
    await nc.flush()
    await nc.close()

asyncio.run(main())
`;
  const run = spawnSync(python, ["-c", script, nats.natsUrl, subject], { encoding: "utf8", timeout: 30_000 });
  expect(run.status, run.stderr).toBe(0);
  await expect(viewer.latest()).toHaveText("42");
  const open = viewer.inspectButton("42");
  await open.click();
  await expect.poll(() => dlg.headerRows()).toEqual([["Lab-Client", "nats-py"]]);
  await expect.poll(() => dlg.drawnLines()).toEqual(["42"]);
  await dlg.closeByEscape(open);
});

test("counter inspect - in French, dark: the dialog and the binary value speak French, axe finds nothing", async ({ openTab, foreign, uid }) => {
  const subject = `compteur.${uid}`;
  const tab = await openTab({ name: "alice", lang: "fr", colorScheme: "dark" });
  const p = tab.page;
  const dlg = new MessageDialog(p, "fr");
  await p.getByLabel("Sujet").fill(subject);
  await expect(p.getByLabel("Publiée par")).toHaveText(`en attente d'un message sur ${subject}…`);
  foreign.publish(subject, ALL_BYTES);
  const shown = "256 octets (binaire) : 00 01 02 03 04 05 06 07 …";
  await expect(p.getByLabel("Dernière valeur", { exact: true })).toHaveText(shown);
  const open = p.getByRole("button", { name: `Inspecter la valeur ${shown}`, exact: true });
  await expect(open).toHaveText("Inspecter");
  await open.click();
  await expect(dlg.showAs()).toHaveValue("hex");
  await expect(dlg.noHeaders()).toBeVisible();
  await expectAccessible(p, "counter, the inspector open (fr, dark)");
  expect(await languageLeaks(p, "fr")).toEqual([]);
  await dlg.closeByEscape(open);
});
