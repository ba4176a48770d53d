import { describe, expect, it } from "vitest";
import { publisherPrograms, subscriptionsPrograms } from "../../codegen/subjects-code";
import { initialPublisherState } from "./publisher/publisher-store";
import type { PublisherState } from "./publisher/publisher-store";
import { DEFAULT_PATTERNS, SubState } from "./receiver/receiver-store";
import { defaultCodeVariant, publisherCode, subscriptionsCode } from "./subjects-code-settings";

const conn = { url: "nats://127.0.0.1:4222" };
const publisher = (patch: Partial<PublisherState> = {}) => ({ ...initialPublisherState(), ...patch });

describe("subjects code - the panel's settings as the generators' settings", () => {
  it("subscriptions: the listed patterns in order, without the paused and the refused ones", () => {
    const subs = [
      { pattern: DEFAULT_PATTERNS[0], state: SubState.Paused },
      { pattern: DEFAULT_PATTERNS[1], state: SubState.Active },
      { pattern: DEFAULT_PATTERNS[2], state: SubState.Subscribing },
      { pattern: "$SYS.>", state: SubState.Refused },
      { pattern: "time.>", state: SubState.Waiting },
    ];
    expect(subscriptionsCode(subs)).toEqual({ patterns: ["fr.grand_est.>", "fr.*.*.strasbourg", "time.>"] });
    expect(subscriptionsCode([])).toEqual({ patterns: [] });
  });

  it("publisher at rest: the Subject field, the payload template, one message, no headers", () => {
    expect(publisherCode(publisher())).toEqual({ subject: "fr.grand_est.67.strasbourg", payload: "{time}" });
    expect(publisherCode(publisher({ free: "  time.us.east.atlanta ", payload: "#{n} at {time}" }))).toEqual({
      subject: "time.us.east.atlanta",
      payload: "#{n} at {time}",
    });
  });

  it("publisher: the editor's headers in order (a repeated name kept, blank rows none); an invalid one is left out (the panel holds its messages until it is fixed)", () => {
    const headers = [
      { key: 1, name: "X-Lab", value: "42" },
      { key: 2, name: "", value: "" },
      { key: 3, name: "X-Lab", value: "43" },
      { key: 4, name: "bad name", value: "x" },
    ];
    expect(publisherCode(publisher({ headers })).headers).toEqual([
      ["X-Lab", "42"],
      ["X-Lab", "43"],
    ]);
  });

  it("publisher: every N ms only while auto publish is on, with a valid interval", () => {
    expect(publisherCode(publisher({ every: "250" })).everyMs).toBeUndefined();
    expect(publisherCode(publisher({ auto: true, every: "250" })).everyMs).toBe(250);
    expect(publisherCode(publisher({ auto: true, every: "soon" })).everyMs).toBeUndefined();
  });

  it("publisher: a Subject field the panel refuses gives way to the subject its selects built", () => {
    expect(publisherCode(publisher({ free: "fr..paris" })).subject).toBe("fr.grand_est.67.strasbourg");
    expect(publisherCode(publisher({ free: "fr.*.paris" })).subject).toBe("fr.grand_est.67.strasbourg");
    expect(publisherCode(publisher({ free: "" })).subject).toBe("fr.grand_est.67.strasbourg");
  });

  it("the default program is what the panel does now", () => {
    expect(defaultCodeVariant(false)).toBe("subscriptions");
    expect(defaultCodeVariant(true)).toBe("publisher");
  });

  it("the programs carry those settings", () => {
    const subs = subscriptionsPrograms(subscriptionsCode(DEFAULT_PATTERNS.map((pattern) => ({ pattern, state: SubState.Active }))), conn, "en");
    for (const p of DEFAULT_PATTERNS) expect(subs.python.code).toContain(`"${p}"`);
    const headers = [{ key: 1, name: "X-Lab", value: "42" }];
    const pub = publisherPrograms(publisherCode(publisher({ free: "fr.x.y.z", payload: "hi {n}", headers, auto: true, every: "750" })), conn, "en");
    expect(pub.python.code).toContain('SUBJECT = "fr.x.y.z"');
    expect(pub.python.code).toContain('HEADERS = {"X-Lab": "42"}');
    expect(pub.python.code).toContain("EVERY = 0.75");
    expect(pub.node.code).toContain("const EVERY_MS = 750;");
  });
});
