import type { Cancel } from "../host/host";
import type { NodeClient } from "../nats/node-connection";
import { createCounter } from "../features/counter/counter-controller";
import { randomPlace } from "../features/subjects/publisher/france-dataset";
import { createPublisher } from "../features/subjects/publisher/publisher-controller";
import { createReceiver } from "../features/subjects/receiver/receiver-controller";
import { createHotlineAgent } from "../features/hotline/hotline-agent-controller";
import { createHotlineRequester } from "../features/hotline/hotline-requester-controller";
import { createChat } from "../features/chat/chat-controller";
import type { CliHost } from "./cli-host";
import type { Activity, Span } from "./class-schedule";
import { counterSubject, draw, SCHEDULE, SUBSCRIBERS } from "./class-schedule";

/** What one student did so far, read from its controllers' stores. */
export type StudentTally = {
  counterValues: number;
  cities: number;
  deliveries: number;
  requests: number;
  answered: number;
  unanswered: number;
  handled: number;
  posts: number;
  postFailures: number;
  /** other chat participants this student sees online */
  online: number;
};

export type Student = { name: string; tally(): StudentTally; stop(): void };

/** A student's connections, by role; `open` names each one student-07-<role>. */
export type StudentConnections = Record<"counter" | "subjects" | "agent" | "caller" | "chat", NodeClient> & { subscribers: NodeClient[] };

const WORDS = ["bonjour", "nats", "sujet", "abonnement", "requête", "réponse", "salon", "compteur"];

function requestFor(random: () => number, student: string): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  switch (pick(["ping", "time", "sum", "upper", "echo"] as const)) {
    case "ping":
      return JSON.stringify({ code: "ping" });
    case "time":
      return JSON.stringify({ code: "time" });
    case "sum":
      return JSON.stringify({ code: "sum", values: Array.from({ length: 1 + Math.floor(random() * 4) }, () => Math.round(random() * 100)) });
    case "upper":
      return JSON.stringify({ code: "upper", text: `${pick(WORDS)} ${pick(WORDS)}` });
    case "echo":
      return JSON.stringify({ code: "echo", data: { from: student, n: Math.floor(random() * 1000) } });
  }
}

// One student of the class: the app's controllers, each on a connection of its
// own, driven on the student's seeded schedule: each activity draws its waits
// (and cities, requests, words) from a generator of its own.
export function startStudent(name: string, c: StudentConnections, host: CliHost, randomFor: (activity: Activity) => () => number): Student {
  const timers = new Set<Cancel>();
  let stopped = false;
  /** runs `act` after a wait drawn in `span`, then again after a fresh draw, until stopped */
  const every = (random: () => number, span: Span, act: () => void | Promise<void>) => {
    const next = (wait: number) => {
      const cancel = host.setTimeout(async () => {
        timers.delete(cancel);
        await act();
        if (!stopped) next(draw(random, span));
      }, wait);
      timers.add(cancel);
    };
    // a random phase: students do not all act at once, and every activity may start early in a short run
    next(draw(random, [0, span[1]]));
  };

  const counter = createCounter({ client: c.counter.client, host });
  const intervalMs = draw(randomFor("counter"), SCHEDULE.counterIntervalMs);
  counter.edit({ subject: counterSubject(name), intervalMs: String(intervalMs), step: "2", start: "0" });
  counter.togglePublishing();

  const publisher = createPublisher({ client: c.subjects.client, host });
  publisher.editPayload(`${name} #{n} {time}`);
  const cities = randomFor("cities");
  every(cities, SCHEDULE.cityEveryMs, () => {
    publisher.choosePlace(randomPlace(cities));
    publisher.publish();
  });

  const receivers = SUBSCRIBERS.map((sub, i) => {
    const receiver = createReceiver({ client: c.subscribers[i]!.client, host });
    for (const view of receiver.store.getState().subs) if (view.pattern !== sub.pattern) receiver.remove(view.key);
    return receiver;
  });

  const agent = createHotlineAgent({ client: c.agent.client, host });
  agent.edit({ agent: name });
  agent.setAnswering(true);

  const caller = createHotlineRequester({ client: c.caller.client, host });
  const calls = { requests: 0, answered: 0, unanswered: 0 };
  const requests = randomFor("requests");
  every(requests, SCHEDULE.requestEveryMs, async () => {
    caller.edit({ json: requestFor(requests, name) });
    calls.requests++;
    await caller.send();
    const kind = caller.store.getState().last?.result.kind;
    if (kind === "reply" || kind === "error-reply") calls.answered++;
    else calls.unanswered++;
  });

  const chat = createChat({ client: c.chat.client, host });
  chat.editName(name);
  chat.chooseName();
  const posting = { posts: 0, failures: 0, n: 0 };
  const posts = randomFor("posts");
  every(posts, SCHEDULE.chatPostEveryMs, () => {
    chat.editDraft(`${name} here, message ${++posting.n}: ${WORDS[Math.floor(posts() * WORDS.length)]}`);
    chat.sendDraft();
    if (chat.store.getState().draftError) posting.failures++;
    else posting.posts++;
  });

  return {
    name,
    tally: () => {
      const me = chat.store.getState().me.id;
      return {
        counterValues: counter.store.getState().published,
        cities: publisher.store.getState().published,
        deliveries: receivers.reduce((sum, r) => sum + r.store.getState().deliveries, 0),
        ...calls,
        handled: agent.store.getState().handled,
        posts: posting.posts,
        postFailures: posting.failures,
        online: Object.keys(chat.store.getState().peers).filter((id) => id !== me).length,
      };
    },
    stop() {
      stopped = true;
      for (const cancel of timers) cancel();
      timers.clear();
      counter.stop();
      publisher.stop();
      receivers.forEach((r) => r.stop());
      agent.stop();
      caller.stop();
      chat.stop();
    },
  };
}
