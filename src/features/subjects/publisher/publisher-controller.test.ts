import { describe, expect, it } from "vitest";
import { fakeClient, manualHost } from "../test-doubles";
import { MSG_ID_HEADER } from "../msg-id-header";
import { allPlaces, franceSubject } from "./france-dataset";
import { createPublisher } from "./publisher-controller";
import { describeEveryProblem } from "./publisher-text";
import frenchPublisher from "./publisher-text.fr";
import { describeProblem } from "../../../subjects/subject-text";

function setup() {
  const host = manualHost();
  const client = fakeClient();
  return { host, client, publisher: createPublisher({ client, host }) };
}

describe("subjects publisher", () => {
  it("publisher - auto publish runs on the host's timer, a city of the dataset each time, each message with its own id", () => {
    const { host, client, publisher } = setup();
    const cities = new Set(allPlaces().map(franceSubject));
    publisher.editEvery("1");
    publisher.toggleAuto();
    expect(publisher.store.getState().auto).toBe(true);
    host.clock.advance(5);
    expect(client.published).toHaveLength(5);
    expect(client.published.every((m) => cities.has(m.subject))).toBe(true);
    const ids = client.published.map((m) => m.headers?.[MSG_ID_HEADER]);
    expect(new Set(ids).size).toBe(5);
    // the count shows once per frame, not once per message
    expect(publisher.store.getState().published).toBe(0);
    host.clock.frame();
    expect(publisher.store.getState()).toMatchObject({ published: 5, lastSubject: client.published[4]!.subject });

    publisher.editEvery("10"); // a running auto publish follows at once
    host.clock.advance(25);
    expect(client.published).toHaveLength(7);
    publisher.toggleAuto();
    host.clock.advance(100);
    expect(client.published).toHaveLength(7);
    expect(publisher.store.getState().auto).toBe(false);
    publisher.stop();
  });

  it("publisher - an invalid interval is refused and nothing starts", () => {
    const { host, client, publisher } = setup();
    publisher.editEvery("0");
    publisher.toggleAuto();
    host.clock.advance(100);
    expect(client.published).toEqual([]);
    const { auto, everyProblem } = publisher.store.getState();
    expect([auto, everyProblem]).toEqual([false, { kind: "too-small", min: 1 }]);
    expect(describeEveryProblem(everyProblem!)).toContain("smallest is 1 ms");
    expect(describeEveryProblem(everyProblem!, frenchPublisher)).toBe("0 ms n'est pas un intervalle : le plus petit est de 1 ms");
  });

  it("publisher - the Subject field: a place writes it, an invalid one is refused inline, placeholders are filled at each send", () => {
    const { client, publisher } = setup();
    publisher.choosePlace({ region: "grand_est", department: "67", city: "colmar" });
    expect(publisher.store.getState().free).toBe("fr.grand_est.67.colmar");
    publisher.editPayload("#{n} on {subject}");
    publisher.publish();
    publisher.editFree("fr..paris");
    publisher.publish();
    publisher.editFree("time.us.east.atlanta");
    publisher.publish();
    expect(client.published.map((m) => [m.subject, m.data])).toEqual([
      ["fr.grand_est.67.colmar", "#1 on fr.grand_est.67.colmar"],
      ["time.us.east.atlanta", "#2 on time.us.east.atlanta"],
    ]);
    publisher.editFree("fr..paris");
    publisher.publish();
    const { freeProblem } = publisher.store.getState();
    expect(freeProblem).toMatchObject({ kind: "empty-token", text: "fr..paris" });
    expect(describeProblem(freeProblem!)).toContain("empty token");
  });

  it("publisher - two publishers never share a message id", () => {
    const host = manualHost();
    const client = fakeClient();
    const a = createPublisher({ client, host });
    const b = createPublisher({ client, host });
    a.publish();
    b.publish();
    const [idA, idB] = client.published.map((m) => m.headers?.[MSG_ID_HEADER]);
    expect(idA).not.toBe(idB);
  });

  it("publisher - headers go out with every message, by hand and auto, a repeated name kept, beside the playground's own id", () => {
    const { host, client, publisher } = setup();
    const a = publisher.addHeader();
    publisher.editHeader(a, { name: "X-Tag", value: "one" });
    const b = publisher.addHeader();
    publisher.editHeader(b, { name: "X-Tag", value: "two" });
    publisher.addHeader(); // left blank: no header
    publisher.publish();
    publisher.editEvery("10");
    publisher.toggleAuto();
    host.clock.advance(20);
    publisher.toggleAuto();
    expect(client.published).toHaveLength(3);
    for (const m of client.published) {
      expect(m.headerList).toEqual([["X-Tag", "one"], ["X-Tag", "two"]]);
      expect(m.headers?.[MSG_ID_HEADER]).toBeDefined();
    }
    publisher.removeHeader(a);
    publisher.publish();
    expect(client.published.at(-1)!.headerList).toEqual([["X-Tag", "two"]]);
  });

  it("publisher - while a header is invalid nothing is sent, by hand or auto; the text stays; fixing it sends again", () => {
    const { host, client, publisher } = setup();
    const key = publisher.addHeader();
    publisher.editHeader(key, { name: "bad name", value: "x" });
    const s = () => publisher.store.getState();
    expect(s().headerProblems).toEqual([{ kind: "space", header: 1, name: "bad name", position: 4 }]);
    expect(s().headersHeld).toBe(false);
    publisher.publish();
    publisher.editEvery("1");
    publisher.toggleAuto();
    host.clock.advance(10);
    expect(client.published).toEqual([]);
    expect(s()).toMatchObject({ auto: false, headersHeld: true, headers: [{ key, name: "bad name", value: "x" }] });

    // invalid while auto runs: the ticks send nothing until it is fixed
    publisher.editHeader(key, { name: "good" });
    expect(s()).toMatchObject({ headerProblems: [], headersHeld: false });
    publisher.toggleAuto();
    host.clock.advance(3);
    expect(client.published).toHaveLength(3);
    publisher.editHeader(key, { name: "NATS/x" });
    host.clock.advance(5);
    expect(client.published).toHaveLength(3);
    expect(s().headersHeld).toBe(true);
    publisher.editHeader(key, { name: "x-ok" });
    host.clock.advance(2);
    expect(client.published).toHaveLength(5);
    // {n} counts what was sent, not what was refused
    expect(client.published.map((m) => m.headers?.[MSG_ID_HEADER]?.split(".").at(-1))).toEqual(["1", "2", "3", "4", "5"]);
    publisher.stop();
  });
});

