import { describe, expect, it } from "vitest";
import { checkForm, continuity, DEFAULT_FORM, readPayload } from "./counter-logic";
import { counterEn, describeContinuity } from "./counter-text";
import counterFr from "./counter-text.fr";
import { subjectEn } from "../../subjects/subject-text";
import subjectFr from "../../subjects/subject-text.fr";
import { busEn } from "../../nats/bus-text";
import { fieldError } from "./counter-words";

const english = { t: counterEn, subject: subjectEn, bus: busEn };
const french = { t: counterFr, subject: subjectFr, bus: busEn };

describe("counter-logic", () => {
  it("form - defaults are the lab's: compteur, every 10 s, step 2", () => {
    expect(checkForm(DEFAULT_FORM).settings).toEqual({ subject: "compteur", intervalMs: 10000, step: 2, start: 0 });
  });
  it.each([
    [{ subject: "a..b" }, "subject", "empty token"],
    [{ subject: "compteur.*" }, "subject", "wildcard"],
    [{ intervalMs: "50" }, "intervalMs", "smallest interval is 100 ms"],
    [{ intervalMs: "abc" }, "intervalMs", "'abc' is not a whole number"],
    [{ intervalMs: "1.5" }, "intervalMs", "not a whole number"],
    [{ step: "0" }, "step", "step of 0"],
    [{ step: "" }, "step", "not a whole number"],
    [{ start: "x" }, "start", "not a whole number"],
  ])("form - %j → %s error mentioning %s", (patch, field, text) => {
    const { settings, errors } = checkForm({ ...DEFAULT_FORM, ...patch });
    expect(settings).toBeUndefined();
    expect(fieldError(errors[field as keyof typeof errors], english)).toContain(text);
  });

  it.each([
    [{ subject: "a..b" }, "subject", "mot vide"],
    [{ intervalMs: "50" }, "intervalMs", "l'intervalle minimal est de 100 ms"],
    [{ step: "0" }, "step", "un pas de 0"],
  ])("form - %j → %s error in French mentioning %s", (patch, field, text) => {
    const { errors } = checkForm({ ...DEFAULT_FORM, ...patch });
    expect(fieldError(errors[field as keyof typeof errors], french)).toContain(text);
  });

  it.each([
    ["4", { kind: "number", value: 4 }],
    [" 42\n", { kind: "number", value: 42 }],
    ["-6", { kind: "number", value: -6 }],
    ["hello", { kind: "not-a-number", raw: "hello" }],
    ["", { kind: "not-a-number", raw: "" }],
    ["4abc", { kind: "not-a-number", raw: "4abc" }],
  ])("payload - %j", (text, reading) => {
    expect(readPayload(text)).toEqual(reading);
  });

  it("continuity - in step, gap, jump, restart", () => {
    expect(continuity(undefined, 4, 2)).toEqual({ kind: "first" });
    expect(continuity(4, 6, 2)).toEqual({ kind: "in-step" });
    expect(continuity(4, 10, 2)).toEqual({ kind: "gap", missed: 2, from: 4, to: 10 });
    expect(continuity(4, 7, 2)).toEqual({ kind: "jump", from: 4, to: 7, step: 2 });
    expect(continuity(10, 0, 2)).toEqual({ kind: "restart", from: 10, to: 0 });
    expect(continuity(10, 7, -3)).toEqual({ kind: "in-step" });
    expect(continuity(10, 4, -3)).toEqual({ kind: "gap", missed: 1, from: 10, to: 4 });
  });

  it("continuity - described for people", () => {
    expect(describeContinuity(continuity(4, 10, 2))).toBe("missed 2 values (4 → 10)");
    expect(describeContinuity(continuity(4, 8, 2))).toBe("missed 1 value (4 → 8)");
    expect(describeContinuity(continuity(4, 6, 2))).toBeUndefined();
    expect(describeContinuity(continuity(4, 10, 2), counterFr)).toBe("2 valeurs manquées (4 → 10)");
  });
});
