import { allPlaces, franceSubject } from "../features/subjects/publisher/france-dataset";
import { DEFAULT_PATTERNS } from "../features/subjects/receiver/receiver-store";
import { PRESENCE } from "../features/chat/chat-constants";
import { matches } from "../subjects/subject-match";

// What each simulated student does, and how often: the one place the class's
// rates are decided, so --help states the figures the simulation runs with.

/** [min, max] in ms: each wait is drawn uniformly in it */
export type Span = readonly [number, number];

export const SCHEDULE = {
  /** drawn once per student: its counter publishes every this often */
  counterIntervalMs: [2_000, 10_000] as Span,
  /** drawn before each message: a random city of the dataset */
  cityEveryMs: [1_000, 3_000] as Span,
  /** drawn before each request of the caller */
  requestEveryMs: [5_000, 15_000] as Span,
  /** drawn before each chat post in chat.general */
  chatPostEveryMs: [20_000, 60_000] as Span,
} as const;

/** The lab's three subscriber services, each its own connection: student-07-sub-colmar… */
export const SUBSCRIBERS: readonly { suffix: string; pattern: string }[] = [
  { suffix: "sub-colmar", pattern: DEFAULT_PATTERNS[0] },
  { suffix: "sub-grand-est", pattern: DEFAULT_PATTERNS[1] },
  { suffix: "sub-strasbourg", pattern: DEFAULT_PATTERNS[2] },
];

/** counter, subjects, the three subscribers, agent, caller, chat */
export const CONNECTIONS_PER_STUDENT = 5 + SUBSCRIBERS.length;

/** A seeded generator (mulberry32): the same seed gives the same class. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Activity = "counter" | "cities" | "requests" | "posts";

/**
 * A generator per student and activity: a student's schedule does not depend on how many others there
 * are, and one activity's draws do not depend on when another's replies arrive.
 */
export function activityRandom(seed: number, index: number, activity: Activity): () => number {
  let h = Math.imul(seed ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(index + 1, 0x9e3779b1);
  for (const ch of activity) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return seededRandom(h >>> 0);
}

export const draw = (random: () => number, [min, max]: Span) => Math.round(min + random() * (max - min));

export const studentName = (index: number, students: number) => `student-${String(index + 1).padStart(Math.max(2, String(students).length), "0")}`;

/** Each student publishes its counter on a subject of its own, so a tab can listen to one student. */
export const counterSubject = (student: string) => `compteur.${student}`;

const mean = ([min, max]: Span) => (min + max) / 2;

/** The expected message rates (per second) of one student in a class of n, from the schedule above. */
export function expectedRates(n: number) {
  // drawn once: E[1/T] for T uniform in [a, b] is ln(b/a)/(b-a)
  const [a, b] = SCHEDULE.counterIntervalMs;
  const counter = (1000 * Math.log(b / a)) / (b - a);
  // drawn before each message: a renewal process, 1/E[T]
  const cities = 1000 / mean(SCHEDULE.cityEveryMs);
  const requests = 1000 / mean(SCHEDULE.requestEveryMs);
  const posts = 1000 / mean(SCHEDULE.chatPostEveryMs);
  const heartbeats = 1000 / PRESENCE.heartbeatMs;
  const places = allPlaces().map(franceSubject);
  const matched = SUBSCRIBERS.reduce((sum, s) => sum + places.filter((p) => matches(s.pattern, p)).length, 0) / places.length;
  // out: the counter, a city, a request and the reply its agent sends (one call in n lands on it, n calls), a post, a heartbeat
  const out = counter + cities + requests + requests + posts + heartbeats;
  // in: its own counter back, the cities its three subscribers match, everyone's heartbeats and posts, a call for its
  // agent, a reply for its caller, the stream's acknowledgement of its post
  const inbound = counter + n * (cities * matched + heartbeats + posts) + requests + requests + posts;
  return { counter, cities, requests, posts, heartbeats, matched, out, in: inbound };
}
