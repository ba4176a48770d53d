import { test, expect } from "./support/fixtures";
import { HotlinePage } from "./support/hotline-page";

// Round trips between two browser tabs (two WebSocket connections to one
// nats-server), 200 sequential requests per mode, as the panel measures them.
for (const askWith of ["request()", "explicit inbox"] as const) {
  test(`hotline bench - 200 sequential requests with ${askWith} to an agent in another tab`, async ({ openTab, uid }) => {
    const subject = `hotline.${uid}`;
    const [agent, asker] = await Promise.all(
      ["agent", "asker"].map((name) => openTab({ name, hash: "hotline" }).then((t) => new HotlinePage(t.page))),
    );
    await agent!.answer({ subject });
    await asker!.ask({ subject, code: "ping", askWith, repeat: 200 });
    const summary = asker!.runSummary();
    await expect(summary).toContainText("200/200 done · 200 reply · answered by agent 200");
    const text = (await summary.textContent())!;
    const [, p50, p99, max] = text.match(/p50 ([\d.]+) ms, p99 ([\d.]+) ms, max ([\d.]+) ms/)!;
    const figures = `${askWith}: p50 ${p50} ms, p99 ${p99} ms, max ${max} ms over 200 calls`;
    test.info().annotations.push({ type: "rtt", description: figures });
    console.log(`hotline RTT ${figures}`);
    expect(Number(p50)).toBeLessThan(50);
    await expect.poll(() => agent!.page.getByText("200 handled").count()).toBe(1);
  });
}
