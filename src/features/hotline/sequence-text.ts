import { defineMessages } from "../../i18n/messages";

// The Sequence of a call (CallSequence.tsx), in English (French: sequence-text.fr.ts).
// Loaded with the picture, not with the panel.
export const sequenceEn = {
  title: "Sequence",
  /** the figure's accessible name */
  figure: "Sequence",
  call: (p: { n: string; at: string; mode: string; outcome: string }) => `Call ${p.n} at ${p.at}, with ${p.mode}: ${p.outcome}`,
  pick: "The latest call is shown: click a call's number in the call history to see its sequence.",
  picked: "Show the latest call",
  lanes: {
    requester: "requester",
    thisTab: "this tab",
    server: "nats-server",
    agents: "agents",
    nobody: "nobody listening",
    responder: "responder",
    unknown: "did not reply in time",
    unnamed: "unnamed responder",
    answered: "answered",
    answeredBefore: "answered earlier",
    answeredLate: "answered late",
    inbox: "reply inbox",
    hiddenInbox: "made by nats.ws",
  },
  steps: {
    roundTrip: (p: { rtt: string }) => `round trip ${p.rtt}`,
    noResponders: "503 no responders",
    noReply: (p: { timeout: string }) => `no reply within ${p.timeout}`,
    status: (p: { code: number; description: string }) => `status ${p.code} ${p.description}`,
  },
  notes: {
    times: "Times are measured by this tab from the moment it sent the request: the hops in between happen out of its sight.",
    noResponders: "The server knew at once that nobody listens on the subject, and answered the inbox itself with a 503 status.",
    timeoutRequest: "request() forgets a call at its timeout: a reply that comes later is dropped unseen. Ask with the explicit inbox to see late replies.",
    timeoutInbox: "After the timeout the inbox listens 10 s more: a late reply shows here.",
    late: "This reply came after the timeout: nobody was waiting for it any more.",
    notSent: "Nothing went out: the request never left this tab.",
    stopped: "The requester stopped before the answer.",
    failed: "No answer came: the Result says why.",
  },
  showSteps: "Steps as text",
};

export type SequenceText = typeof sequenceEn;

export const sequenceText = defineMessages(sequenceEn, () => import("./sequence-text.fr"));
