import { describe, expect, it } from "vitest";
import { applyHeartbeats, dropPeers, onlineIn, parseHeartbeat, presenceSubject } from "./chat-presence";
import { matches } from "../../subjects/subject-match";

const beat = (id: string, name: string, patterns: string[], leaving = false) => ({ beat: { id, name, patterns, at: 0, leaving }, receivedAt: 1000 });

describe("chat-presence", () => {
  it("subject - presence.<room>, wildcards spelled out, never under chat.", () => {
    expect(presenceSubject("chat.general")).toBe("presence.chat.general");
    expect(presenceSubject("chat.*")).toBe("presence.chat._any");
    expect(presenceSubject("chat.>")).toBe("presence.chat._all");
    for (const p of ["chat.general", "chat.*", "chat.>"]) {
      expect(matches("presence.chat.>", presenceSubject(p))).toBe(true);
      expect(matches("chat.>", presenceSubject(p))).toBe(false);
    }
  });

  it("parse - a heartbeat, or nothing for anything else", () => {
    expect(parseHeartbeat('{"id":"t1","name":"bob","patterns":["chat.>",3],"at":5}')).toEqual({
      id: "t1",
      name: "bob",
      patterns: ["chat.>"],
      at: 5,
      leaving: false,
    });
    for (const bad of ["hello", "{}", '{"id":"x","name":"y"}', "null", '{"id":"","name":"a","patterns":[]}']) {
      expect(parseHeartbeat(bad)).toBeUndefined();
    }
  });

  it("peers - join, leave, and dropped when silent", () => {
    let peers = applyHeartbeats({}, [beat("a", "alice", ["chat.general"]), beat("b", "bob", ["chat.>"])]);
    expect(Object.keys(peers)).toEqual(["a", "b"]);
    peers = applyHeartbeats(peers, [beat("b", "bob", [], true)]);
    expect(Object.keys(peers)).toEqual(["a"]);
    expect(dropPeers(peers, ["zed"])).toBe(peers);
    expect(dropPeers(peers, ["a"])).toEqual({});
  });

  it("peers - a beat that changes nothing shown changes nothing: same object, nothing re-renders", () => {
    const peers = applyHeartbeats({}, [beat("a", "alice", ["chat.general"]), beat("b", "bob", ["chat.>"])]);
    expect(applyHeartbeats(peers, [beat("a", "alice", ["chat.general"]), beat("b", "bob", ["chat.>"])])).toBe(peers);
    const renamed = applyHeartbeats(peers, [beat("a", "alicia", ["chat.general"])]);
    expect(renamed).not.toBe(peers);
    expect(renamed.a!.name).toBe("alicia");
    expect(applyHeartbeats(peers, [beat("a", "alice", ["chat.general", "chat.dev"])]).a!.patterns).toEqual(["chat.general", "chat.dev"]);
  });

  it("online - a view lists peers whose subscriptions overlap it", () => {
    const peers = applyHeartbeats({}, [
      beat("a", "alice", ["chat.general"]),
      beat("b", "bob", ["chat.>"]),
      beat("c", "carol", ["chat.dev"]),
      beat("d", "dave", ["orders.>"]),
    ]);
    const names = (view: string, mine: string[]) => onlineIn(peers, view, mine).map((p) => p.name);
    expect(names("chat.general", [])).toEqual(["alice", "bob"]);
    expect(names("chat.dev", [])).toEqual(["bob", "carol"]);
    expect(names("chat.>", [])).toEqual(["alice", "bob", "carol"]);
    expect(names("all", ["chat.general", "chat.dev"])).toEqual(["alice", "bob", "carol"]);
  });
});
