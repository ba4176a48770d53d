import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { SequenceDiagramProps, SequenceLane, SequenceStep } from "./SequenceDiagram";
import { SequenceDiagram } from "./SequenceDiagram";
import { attrs, count } from "./test-markup";

const lanes: SequenceLane[] = [
  { id: "me", label: "requester", sub: "tab-x3f2" },
  { id: "server", label: "nats-server" },
  { id: "alice", label: "alice", sub: "queue hotline" },
  { id: "bob", label: "bob", sub: "queue hotline" },
  { id: "inbox", label: "reply inbox", sub: "_INBOX.abc" },
];
const render = (steps: SequenceStep[], p: Partial<SequenceDiagramProps> = {}) =>
  renderToStaticMarkup(createElement(SequenceDiagram, { lanes, steps, name: "Sequence", ...p }));

const answered: SequenceStep[] = [
  { from: "me", to: "server", label: 'hotline {"code":"ping"}', at: 0, kind: "request" },
  { from: "server", to: "bob", label: "hotline", kind: "request" },
  { from: "bob", to: "server", label: '{"ok":true,"result":"pong"}', kind: "reply" },
  { from: "server", to: "inbox", label: "_INBOX.abc", at: 0.8, kind: "reply" },
];

describe("SequenceDiagram - lanes and arrows", () => {
  it("a figure named Sequence: lanes with headers, one arrow per step, times in the gutter", () => {
    const html = render(answered);
    expect(html).toMatch(/^<figure class="seq-figure" aria-labelledby="([^"]+)"><figcaption id="\1" class="seq-caption">Sequence<\/figcaption>/);
    expect(attrs(html, "data-lane")).toEqual(["me", "server", "alice", "bob", "inbox"]);
    expect(count(html, /class="seq-lifeline"/)).toBe(5);
    // alice is in the queue group but did not answer
    expect(html).toContain('class="seq-lane seq-idle" data-lane="alice"');
    expect(attrs(html, "data-step-kind")).toEqual(["request", "request", "reply", "reply", "request", "request", "reply", "reply"]);
    expect(html).toContain('data-step="2" data-from="bob" data-to="server"');
    expect(html).toContain(">+0.0 ms</text>");
    expect(html).toContain(">+0.8 ms</text>");
    expect(count(html, /class="seq-time"/)).toBe(2);
    expect(count(html, /class="seq-head-filled"/)).toBe(2);
    expect(count(html, /class="seq-head-open"/)).toBe(2);
  });

  it("the text alternative: an ordered list, a sentence per step", () => {
    const html = render(answered);
    expect(html).toContain('<ol class="sr-only"><li data-step-kind="request">+0.0 ms: request from requester (tab-x3f2) to nats-server — hotline {&quot;code&quot;:&quot;ping&quot;}</li>');
    expect(html).toContain("<li data-step-kind=\"reply\">+0.8 ms: reply from nats-server to reply inbox (_INBOX.abc) — _INBOX.abc</li></ol>");
    expect(render(answered, { showSteps: true })).toContain('<ol class="seq-steps">');
  });

  it("no responders, timeout, error reply and late reply each look different", () => {
    const noResponders = render([
      { from: "me", to: "server", label: "hotline", at: 0, kind: "request" },
      { from: "server", to: "inbox", label: "503 no responders", at: 0.4, kind: "status" },
    ]);
    expect(noResponders).toContain('class="seq-step seq-status" data-step-kind="status"');
    expect(noResponders).toContain('<tspan class="seq-glyph">⊘ </tspan>503 no responders');
    expect(noResponders).toContain("status from the server from nats-server to reply inbox");

    const timeout = render([
      { from: "me", to: "server", label: "hotline", at: 0, kind: "request" },
      { from: "server", to: "alice", label: "hotline", kind: "request" },
      { from: "alice", to: "inbox", label: "no reply in 2000 ms", at: 2000, kind: "timeout" },
      { from: "alice", to: "inbox", label: '{"ok":true}', at: 2600, kind: "late" },
    ]);
    expect(timeout).toMatch(/class="seq-step seq-timeout"[^>]*>.*?<g class="seq-nothing"><path class="seq-cross"[^>]*><\/path><text[^>]*>nothing<\/text><\/g>/);
    // the timeout's arrow has no head: it stops on the way
    expect(timeout.match(/seq-timeout.*?<\/g><\/g>|seq-timeout.*?class="seq-time"/)![0]).not.toContain("seq-head");
    expect(timeout).toMatch(/class="seq-step seq-late"[^>]*>.*?<path class="seq-head-open"/);
    expect(timeout).toContain("{&quot;ok&quot;:true} (late)</text>");
    expect(timeout).toContain("+2000 ms: timeout — nothing came from alice (queue hotline) to reply inbox (_INBOX.abc) — no reply in 2000 ms");
    expect(timeout).toContain("+2600 ms: late reply from alice");

    const error = render([{ from: "alice", to: "inbox", label: '{"ok":false,"error":"unknown code"}', kind: "error-reply" }]);
    expect(error).toContain('class="seq-step seq-error-reply" data-step-kind="error-reply"');
    expect(error).toContain('<tspan class="seq-glyph">⚠\uFE0E </tspan>');
  });

  it("long labels are cut in the picture, whole in the title and the list; unknown lanes only in the list", () => {
    const label = `echo ${"x".repeat(200)}`;
    const html = render([
      { from: "me", to: "server", label, kind: "request" },
      { from: "me", to: "nowhere", label: "lost", kind: "request" },
      { from: "alice", to: "alice", label: "handles it", kind: "request" },
    ]);
    expect(html).toMatch(/>echo x+…<\/text>/);
    expect(count(html, new RegExp(label))).toBe(2);
    expect(attrs(html, "data-step")).toEqual(["0", "2"]);
    expect(html).toContain("request from requester (tab-x3f2) to nowhere — lost");
    expect(html).toContain('data-from="alice" data-to="alice"');
  });

  it("named for assistive technology only", () => {
    const html = render(answered, { showName: false, name: "Séquence" });
    expect(html).toMatch(/^<figure class="seq-figure" aria-label="Séquence">/);
    expect(html).not.toContain("figcaption");
  });
});
