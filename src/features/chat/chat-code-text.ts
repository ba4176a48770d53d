import { defineMessages } from "../../i18n/messages";
import type { ChatCodeNote } from "./chat-code-settings";

// The Chat's Code region (ChatCode.tsx), in English (French: chat-code-text.fr.ts).
// Loaded with the region, not with the panel.
export const chatCodeEn = {
  variant: "The chat client: your rooms, your name, your Post to room",
  usage: "Run it, then type a line to post it to the Post to room; /reply <text> answers the last message received, on its room; /fwd <subject> forwards it.",
  notes: {
    postToReplaced: (p: { typed: string; by: string }) =>
      p.typed ? `Post to holds ${p.typed}, which the panel would refuse: the programs post to ${p.by} instead.` : `Post to is empty: the programs post to ${p.by}.`,
    nameNotChosen: (p: { name: string }) => `No name chosen in this tab yet: the programs post as ${p.name}.`,
    noRooms: (p: { rooms: string }) => `This tab is in no room: the programs print nothing until you join one (or add it to ${p.rooms}).`,
  },
};

export type ChatCodeText = typeof chatCodeEn;

export const chatCodeText = defineMessages(chatCodeEn, () => import("./chat-code-text.fr"));

/** Wraps a piece of data (a name, a subject, an identifier of the program) so the view can set it apart. */
export type Mark = (data: string) => string;

export function describeChatCodeNote(n: ChatCodeNote, t: ChatCodeText = chatCodeEn, mark: Mark = (s) => s): string {
  switch (n.kind) {
    case "post-to-replaced":
      return t.notes.postToReplaced({ typed: n.typed && mark(n.typed), by: mark(n.by) });
    case "name-not-chosen":
      return t.notes.nameNotChosen({ name: mark(n.name) });
    case "no-rooms":
      return t.notes.noRooms({ rooms: mark("ROOMS") });
  }
}
