import { describe, expect, it } from "vitest";
import { chatPrograms } from "./chat-code";

const conn = { url: "nats://127.0.0.1:4222", name: "alice" };
const p = chatPrograms({ name: "alice", rooms: ["chat.general", "chat.*"], postTo: "chat.general" }, conn, "en");
const lines = (code: string) => code.split("\n");

describe("chatPrograms", () => {
  it("chat - joins every room (wildcards too) and shows envelopes as from: text, plain text as unnamed", () => {
    expect(lines(p.python.code)).toEqual(expect.arrayContaining(['ROOMS = ["chat.general", "chat.*"]', "    for room in ROOMS:", "        await nc.subscribe(room, cb=cb)"]));
    expect(p.python.code).toContain('print(f"[{msg.subject}] {sender}: {text}")');
    expect(p.python.code).toContain('return {}, "unnamed", text');
    expect(lines(p.node.code)).toContain('const ROOMS = ["chat.general", "chat.*"];');
    expect(p.node.code).toContain('return { env: {}, from: "unnamed", text };');
    expect(p.cli.code).toContain(`sub 'chat.*' --raw | jq --unbuffered -rR`);
    expect(p.cli.code).toContain('"unnamed: \\(.)"');
  });

  it("chat - posts the app's envelope with Nats-Msg-Id; /reply on the message's subject, /fwd elsewhere", () => {
    expect(p.python.code).toContain('{"id": secrets.token_hex(12), "from": NAME, "text": text, "sentAt": int(time.time() * 1000), **extra}');
    expect(p.python.code).toContain('await nc.publish(subject, json.dumps(env).encode(), headers={"Nats-Msg-Id": env["id"]})');
    expect(p.python.code).toContain("await post(subject, envelope(line[7:], replyTo=ref))");
    expect(p.python.code).toContain("await post(line[5:].strip(), envelope(text, forwardedFrom=ref))");
    expect(p.node.code).toContain('h.set("Nats-Msg-Id", env.id);');
    expect(p.node.code).toContain("post(last.subject, envelope(line.slice(7), { replyTo: ref }));");
    expect(p.node.code).toMatch(/^import \{ createInterface \} from "node:readline";$/m);
    expect(p.cli.code).toContain('pub "$subject" "$body" -H "Nats-Msg-Id:$id"');
    expect(p.cli.code).toContain(`"/to "*)`);
  });

  it("chat - the commands are explained in the page's language", () => {
    const fr = chatPrograms({ name: "a", rooms: ["r"], postTo: "r" }, conn, "fr");
    expect(fr.python.code).toContain("# taper une ligne la publie ; /reply <texte> répond au dernier message sur son sujet ; /fwd <sujet> le transfère");
    expect(p.python.code).toContain("# type a line to post it; /reply <text> answers the last message on its subject; /fwd <subject> forwards it");
  });
});
