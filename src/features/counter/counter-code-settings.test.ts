import { describe, expect, it } from "vitest";
import { counterPrograms } from "../../codegen/counter-code";
import { DEFAULT_FORM } from "./counter-logic";
import type { CounterForm } from "./counter-logic";
import { codeVariantNow, publisherCodeOf, subscriberCodeOf } from "./counter-code-settings";
import type { CounterCodeSource } from "./counter-code-settings";

const announce = { publisherHeader: "Playground-Publisher", stepHeader: "Playground-Step" };
const source = (form: Partial<CounterForm> = {}, more: Partial<CounterCodeSource> = {}): CounterCodeSource => ({
  form: { ...DEFAULT_FORM, ...form },
  listening: form.subject?.trim() || DEFAULT_FORM.subject,
  ...more,
});

describe("counter code settings (the panel's settings as programs)", () => {
  it("code - the publisher: the form's subject, interval, step and start value, naming itself in the playground's headers", () => {
    const s = source({ subject: " compteur.lab ", intervalMs: "200", step: "5", start: "10" });
    expect(publisherCodeOf(s)).toEqual({
      settings: { subject: "compteur.lab", intervalMs: 200, step: 5, start: 10, role: "publisher", announce },
      replaced: [],
    });
    const python = counterPrograms(publisherCodeOf(s).settings, { url: "nats://127.0.0.1:4222" }, "en").python.code;
    expect(python).toContain('SUBJECT = "compteur.lab"');
    expect(python).toContain("INTERVAL = 0.2  # s");
    expect(python).toContain('"Playground-Publisher": "counter_publisher.py"');
  });

  it("code - the subscriber: the subject this tab listens to and the step it expects", () => {
    expect(subscriberCodeOf(source({ step: "-3" }))).toEqual({
      settings: { subject: "compteur", intervalMs: 10000, step: -3, start: 0, role: "subscriber" },
      replaced: [],
    });
  });

  it("code - a field the form refuses: what the running publisher uses, else the tab's subject or the default, and said", () => {
    const running = { subject: "compteur.a", intervalMs: 500, step: 4, start: 8 };
    const typing = source({ subject: "compteur.a.", intervalMs: "50", step: "0", start: "8" }, { publishingWith: running, listening: "compteur.a" });
    expect(publisherCodeOf(typing)).toEqual({
      settings: { ...running, role: "publisher", announce },
      replaced: [
        { setting: "subject", by: "compteur.a" },
        { setting: "intervalMs", by: "500" },
        { setting: "step", by: "4" },
      ],
    });
    // the subscriber listens where the tab listens; only its step is a replacement
    expect(subscriberCodeOf(typing)).toEqual({ settings: { ...running, role: "subscriber" }, replaced: [{ setting: "step", by: "4" }] });
    const idle = source({ subject: "a b", start: "x" }, { listening: "compteur.b" });
    expect(publisherCodeOf(idle)).toMatchObject({
      settings: { subject: "compteur.b", intervalMs: 10000, step: 2, start: 0 },
      replaced: [{ setting: "subject", by: "compteur.b" }, { setting: "start", by: "0" }],
    });
  });

  it("code - the variant shown first is what the tab is doing: publishing, else listening", () => {
    expect(codeVariantNow(true)).toBe("publisher");
    expect(codeVariantNow(false)).toBe("subscriber");
  });
});
