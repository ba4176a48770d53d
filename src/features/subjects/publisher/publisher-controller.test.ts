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
});
