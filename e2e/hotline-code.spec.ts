import { test, expect } from "./support/fixtures";
import { HotlinePage } from "./support/hotline-page";
import { requirePython } from "./support/python-client";
import { runProgram } from "../src/codegen/run-program";
import type { Running } from "../src/codegen/run-program";
import type { Target } from "../src/codegen/codegen-types";

// The Hotline's Code region, run for real: the program shown for the panel's
// settings, read from the page and run unmodified (nats-py from the project's
// virtualenv, Node with the repository's `nats`), does what the panel does.

const running: Running[] = [];
test.afterEach(async () => {
  await Promise.allSettled(running.splice(0).map((r) => r.stop()));
});

function run(target: Target, code: string, filename: string, python?: string): Running {
  const r = runProgram({ target, filename, code }, { python });
  running.push(r);
  return r;
}

for (const target of ["python", "node"] as const) {
  test(`hotline code - the generated ${target} agent answers a browser tab's request`, async ({ openTab, uid }) => {
    const python = target === "python" ? requirePython() : undefined;
    const subject = `hotline.${uid}`;
    const name = `${target}-agent-${uid}`;
    const [alice, carol] = await Promise.all(["alice", "carol"].map((n) => openTab({ name: n, hash: "hotline" }).then((t) => new HotlinePage(t.page))));

    // alice's tab answers as `name`: its Code region opens on the agent, with her settings
    await alice!.answer({ subject, name });
    await alice!.openCode({ target });
    await expect(alice!.codeVariant()).toHaveValue("agent");
    const code = await alice!.program();
    expect(code).toContain(subject);
    expect(code).toContain("hotline-agents");
    expect(code).toContain(name);
    // the program takes the calls from now on: the tab stops answering
    await alice!.stopAnswering();

    const agent = run(target, code, target === "python" ? "hotline_agent.py" : "hotline-agent.mjs", python);
    await agent.waitFor(`${name} answers ${subject} in queue group hotline-agents`);
    await carol!.ask({ subject, json: '{"code": "upper", "text": "code runs"}' });
    await expect(carol!.result()).toContainText(`Reply from ${name}`);
    await expect(carol!.result()).toContainText('"CODE RUNS"');
    await agent.waitFor(/"result": ?"CODE RUNS"/);
  });
}

test("hotline code - the generated Python requester, in both modes, gets a browser agent's reply and says no responders", async ({ openTab, uid }) => {
  const python = requirePython();
  const subject = `hotline.${uid}`;
  const [alice, carol] = await Promise.all(["alice", "carol"].map((n) => openTab({ name: n, hash: "hotline" }).then((t) => new HotlinePage(t.page))));
  await alice!.answer({ subject, name: "alice" });

  for (const [askWith, mode] of [["explicit inbox", "inbox"], ["request()", "request"]] as const) {
    await carol!.fill({ subject, json: '{"code": "sum", "values": [1, 2, 3.5]}', timeoutMs: 5000, askWith });
    // carol is not answering: her Code region opens on the requester
    await carol!.openCode({ target: "python" });
    await expect(carol!.codeVariant()).toHaveValue("requester");
    const code = await carol!.program();
    expect(code).toContain(mode === "inbox" ? "reply=inbox" : "await nc.request(");
    expect(code).toContain("TIMEOUT = 5  # s");
    const asked = run("python", code, `hotline_${mode}.py`, python);
    expect(await asked.exited).toBe(0);
    const reply = asked.lines.find((l) => l.startsWith("reply: "));
    expect(reply, asked.lines.join("\n")).toBeDefined();
    expect(JSON.parse(reply!.slice("reply: ".length))).toEqual({ ok: true, code: "sum", result: 6.5, agent: "alice" });
    await expect(alice!.callsHandled().first()).toContainText('"result":6.5');

    // the same program for a subject nobody answers: the region follows the panel's Subject
    await carol!.fill({ subject: `${subject}.nobody` });
    await expect(carol!.codeRegion().locator("pre")).toContainText(`${subject}.nobody`);
    const nobody = run("python", await carol!.program(), `hotline_${mode}.py`, python);
    expect(await nobody.exited).toBe(0);
    expect(nobody.lines).toContain(`no responders: nobody subscribes to ${subject}.nobody`);
  }
});
