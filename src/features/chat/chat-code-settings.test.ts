import { describe, expect, it } from "vitest";
import { chatPrograms } from "../../codegen/chat-code";
import { chatCodeOf } from "./chat-code-settings";
import type { ChatCodeSettings } from "./chat-code-settings";
import { chatCodeEn, describeChatCodeNote } from "./chat-code-text";
import chatCodeFr from "./chat-code-text.fr";

const settings = (over: Partial<ChatCodeSettings> = {}): ChatCodeSettings => ({
  me: { id: "t1", name: "alice", chosen: true },
  subscriptions: ["chat.general", "chat.*", "orders.>"],
  postTo: "chat.general",
  ...over,
});

describe("chat code settings", () => {
  it("code - the tab's name, every joined pattern in join order (wildcards too), the Post to room", () => {
    expect(chatCodeOf(settings({ postTo: " chat.dev " }))).toEqual({
      settings: { name: "alice", rooms: ["chat.general", "chat.*", "orders.>"], postTo: "chat.dev" },
      notes: [],
    });
  });

  it("code - the settings go into the programs as they are", () => {
    const { settings: s } = chatCodeOf(settings({ me: { id: "t", name: `o'"brien`, chosen: true }, postTo: "chat.random" }));
    const p = chatPrograms(s, { url: "nats://127.0.0.1:4222" }, "en");
    expect(p.python.code).toContain(`NAME = "o'\\"brien"`);
    expect(p.python.code).toContain('ROOMS = ["chat.general", "chat.*", "orders.>"]');
    expect(p.python.code).toContain('POST_TO = "chat.random"');
    expect(p.node.code).toContain('const ROOMS = ["chat.general", "chat.*", "orders.>"];');
    expect(p.cli.code).toContain("POST_TO=chat.random");
  });

  it("code - a Post to the panel would refuse gives way to the first joined room one can post to, and says so", () => {
    expect(chatCodeOf(settings({ subscriptions: ["chat.*", "chat.dev"], postTo: "chat.>" }))).toMatchObject({
      settings: { postTo: "chat.dev" },
      notes: [{ kind: "post-to-replaced", typed: "chat.>", by: "chat.dev" }],
    });
    expect(chatCodeOf(settings({ subscriptions: ["chat.*"], postTo: "  " }))).toMatchObject({
      settings: { postTo: "chat.general" },
      notes: [{ kind: "post-to-replaced", typed: "", by: "chat.general" }],
    });
  });

  it("code - no chosen name and no room are said, the programs still run", () => {
    const { settings: s, notes } = chatCodeOf(settings({ me: { id: "t", name: "tab-x1y2", chosen: false }, subscriptions: [] }));
    expect(s).toEqual({ name: "tab-x1y2", rooms: [], postTo: "chat.general" });
    expect(notes).toEqual([{ kind: "name-not-chosen", name: "tab-x1y2" }, { kind: "no-rooms" }]);
  });

  it("code - the notes in both languages, their data marked", () => {
    const mark = (s: string) => `[${s}]`;
    const note = { kind: "post-to-replaced", typed: "chat.*", by: "chat.dev" } as const;
    expect(describeChatCodeNote(note, chatCodeEn, mark)).toBe("Post to holds [chat.*], which the panel would refuse: the programs post to [chat.dev] instead.");
    expect(describeChatCodeNote(note, chatCodeFr, mark)).toBe("« Publier sur » contient [chat.*], que le panneau refuserait : les programmes publient sur [chat.dev] à la place.");
    expect(describeChatCodeNote({ kind: "post-to-replaced", typed: "", by: "chat.general" })).toBe("Post to is empty: the programs post to chat.general.");
    expect(describeChatCodeNote({ kind: "no-rooms" }, chatCodeEn, mark)).toContain("(or add it to [ROOMS])");
    expect(describeChatCodeNote({ kind: "name-not-chosen", name: "tab-1" }, chatCodeFr)).toBe("Aucun nom choisi dans cet onglet : les programmes publient sous le nom tab-1.");
  });
});
