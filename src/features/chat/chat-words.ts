import { busEn, describeBusDetail } from "../../nats/bus-text";
import type { BusText } from "../../nats/bus-text";
import { describeNote, describeProblem, subjectEn } from "../../subjects/subject-text";
import type { SubjectText } from "../../subjects/subject-text";
import type { ChatNote, ChatProblem } from "./chat-checks";
import { CHAT } from "./chat-constants";
import { chatEn } from "./chat-text";
import type { ChatText } from "./chat-text";

/** The catalogues a Chat view speaks with: its own, the subject grammar's, the bus's. */
export type ChatWords = { t: ChatText; subject: SubjectText; bus: BusText };

export const chatWordsEn: ChatWords = { t: chatEn, subject: subjectEn, bus: busEn };

export function describeChatProblem(p: ChatProblem, w: ChatWords = chatWordsEn): string {
  const t = w.t.problem;
  switch (p.kind) {
    case "subject":
      return describeProblem(p.problem, w.subject);
    case "name-empty":
      return t.nameEmpty;
    case "name-too-long":
      return t.nameTooLong(p);
    case "already-joined":
      return t.alreadyJoined(p);
    case "too-many-rooms":
      return t.tooManyRooms(p);
    case "too-large":
      return t.tooLarge(p);
    case "empty-text":
      return t.emptyText;
    case "name-first":
      return t.nameFirst;
    case "join-refused":
      return t.joinRefused({ pattern: p.pattern, reason: describeBusDetail(p.detail, w.bus) });
    case "bus":
      return describeBusDetail(p.detail, w.bus);
  }
}

export function describeChatNote(n: ChatNote, w: ChatWords = chatWordsEn): string {
  switch (n.kind) {
    case "subject":
      return describeNote(n.note, w.subject);
    case "outside-stream":
      return w.t.note.outsideStream(n);
    case "unheard":
      return w.t.note.unheard(n);
    case "forwarded":
      return w.t.note.forwarded(n);
  }
}

export const problemText = (p: ChatProblem | undefined, w: ChatWords) => (p === undefined ? undefined : describeChatProblem(p, w));
export const noteText = (n: ChatNote | undefined, w: ChatWords) => (n === undefined ? undefined : describeChatNote(n, w));

/** No name: plain text from `nats pub`, or the envelopes' marker for such a sender (a reply to it, a forward of it). */
export const isUnnamed = (from: string | undefined): boolean => from === undefined || from === CHAT.unnamed;

/** A sender's name as shown: "unnamed" is a word of the page's language, a name is data. */
export const senderName = (from: string | undefined, t: ChatText) => (from === undefined || isUnnamed(from) ? t.message.unnamed : from);
