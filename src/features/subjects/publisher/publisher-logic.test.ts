import { describe, expect, it } from "vitest";
import { validatePublishSubject } from "../../../subjects/subject-grammar";
import { allPlaces, FRANCE, franceSubject, randomPlace, settlePlace } from "./france-dataset";
import { checkEvery, fillPayload } from "./publisher-logic";
import { describeEveryProblem, publisherEn } from "./publisher-text";
import frenchPublisher from "./publisher-text.fr";

describe("france dataset", () => {
  it("every subject built from it is a valid publish subject of four tokens", () => {
    const places = allPlaces();
    expect(places.length).toBeGreaterThanOrEqual(60);
    for (const p of places) {
      const subject = franceSubject(p);
      expect(validatePublishSubject(subject), subject).toMatchObject({ ok: true, notes: [] });
      expect(subject).toMatch(/^fr\.[a-z_]+\.[0-9a-z]+\.[a-z_]+$/);
    }
  });

  it("has the lab's regions and subjects", () => {
    expect(FRANCE.length).toBeGreaterThanOrEqual(13);
    expect(FRANCE.flatMap((r) => r.departments).length).toBeGreaterThanOrEqual(30);
    const subjects = allPlaces().map(franceSubject);
    for (const s of ["fr.grand_est.67.colmar", "fr.grand_est.67.strasbourg", "fr.grand_est.68.colmar", "fr.ile_de_france.75.paris",
      "fr.corse.2a.ajaccio", "fr.auvergne_rhone_alpes.42.saint_etienne", "fr.provence_alpes_cote_d_azur.13.marseille"]) {
      expect(subjects).toContain(s);
    }
  });

  it("tokens are unique within their parent", () => {
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(FRANCE.map((r) => r.token))).toBe(true);
    for (const r of FRANCE) {
      expect(unique(r.departments.map((d) => d.token))).toBe(true);
      for (const d of r.departments) expect(unique(d.cities.map((c) => c.token))).toBe(true);
    }
  });

  it("a selection stays consistent when a level changes", () => {
    expect(settlePlace({ region: "ile_de_france", department: "67", city: "colmar" })).toEqual({
      region: "ile_de_france", department: "75", city: "paris",
    });
    expect(settlePlace({ region: "grand_est", department: "68", city: "mulhouse" }).city).toBe("mulhouse");
    expect(settlePlace({})).toEqual(settlePlace({ region: FRANCE[0]!.token }));
  });

  it("random places come from the dataset", () => {
    expect(randomPlace(() => 0)).toEqual(allPlaces()[0]);
    expect(randomPlace(() => 0.999999)).toEqual(allPlaces().at(-1));
  });
});

describe("publisher logic", () => {
  it("payload placeholders are filled, plain text is sent as is", () => {
    const ctx = { n: 7, subject: "fr.corse.2a.ajaccio", now: new Date(2024, 0, 1, 9, 5, 3, 42).getTime() };
    expect(fillPayload("{time}", ctx)).toBe("09:05:03.042");
    expect(fillPayload("#{n} on {subject}", ctx)).toBe("#7 on fr.corse.2a.ajaccio");
    expect(fillPayload("hello", ctx)).toBe("hello");
  });

  it.each([
    ["1", 1],
    [" 250 ", 250],
  ])("every %j ms is accepted", (text, ms) => expect(checkEvery(text)).toEqual({ ms }));

  it.each([
    ["0", "smallest is 1 ms"],
    ["abc", "not a whole number"],
    ["1.5", "not a whole number"],
    ["99999999", "largest"],
  ])("every %j ms is refused (%s)", (text, reason) => expect(describeEveryProblem(checkEvery(text).problem!, publisherEn)).toContain(reason));

  it("an interval's problem is data, said in English or French", () => {
    expect(checkEvery("abc").problem).toEqual({ kind: "not-whole", text: "abc" });
    expect(checkEvery("99999999").problem).toEqual({ kind: "too-large", ms: 99999999, max: 3_600_000 });
    expect(describeEveryProblem(checkEvery("abc").problem!)).toBe("'abc' is not a whole number of milliseconds");
    expect(describeEveryProblem(checkEvery("abc").problem!, frenchPublisher)).toBe("'abc' n'est pas un nombre entier de millisecondes");
    expect(describeEveryProblem(checkEvery("99999999").problem!, frenchPublisher)).toBe(
      "99999999 ms, c'est plus d'une heure : le plus grand est de 3600000 ms",
    );
  });

  it("{time} is the same clock whatever the page's language: the payload is data", () => {
    const now = new Date(2024, 0, 1, 23, 59, 1, 5).getTime();
    expect(fillPayload("{time} / {time}", { n: 1, subject: "s", now })).toBe("23:59:01.005 / 23:59:01.005");
  });
});
