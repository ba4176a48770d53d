// What the Code region's chat program does, from the very store values the panel
// uses: the tab's name, the patterns it joined (wildcards included, in join order)
// and the Composer's "Post to" room. Pure.
import type { ChatCode } from "../../codegen/chat-code";
import { validatePublishSubject } from "../../subjects/subject-grammar";
import { CHAT } from "./chat-constants";
import type { ChatState } from "./chat-store";

export const CHAT_CODE_VARIANT = "chat";

export type ChatCodeSettings = Pick<ChatState, "me" | "subscriptions" | "postTo">;

/** Said beside the programs: where they differ from the panel, or what the panel has not settled yet. */
export type ChatCodeNote =
  /** "Post to" holds what the panel would refuse: the programs post to `by` instead */
  | { kind: "post-to-replaced"; typed: string; by: string }
  /** nobody chose this tab's name yet: the programs post under the name the tab has */
  | { kind: "name-not-chosen"; name: string }
  /** no room joined: the programs print nothing until one is added to ROOMS */
  | { kind: "no-rooms" };

const publishable = (subject: string) => validatePublishSubject(subject).ok;

/**
 * The chat program as the panel is set: posts go where the Composer's Send would
 * post (Post to). When that field holds something the panel refuses (empty, a
 * wildcard), the first joined room one can post to takes its place, else chat.general.
 */
export function chatCodeOf(s: ChatCodeSettings): { settings: ChatCode; notes: ChatCodeNote[] } {
  const notes: ChatCodeNote[] = [];
  const typed = s.postTo.trim();
  let postTo = typed;
  if (!publishable(typed)) {
    postTo = s.subscriptions.find(publishable) ?? CHAT.defaultSubscriptions[0];
    notes.push({ kind: "post-to-replaced", typed, by: postTo });
  }
  if (!s.me.chosen) notes.push({ kind: "name-not-chosen", name: s.me.name });
  if (s.subscriptions.length === 0) notes.push({ kind: "no-rooms" });
  return { settings: { name: s.me.name, rooms: [...s.subscriptions], postTo }, notes };
}
