import { describe, expect, it } from "vitest";
import { connzPrograms } from "./network-code";

describe("connzPrograms", () => {
  it("network - asks the account's CONNZ with subscriptions_detail and prints each client's subscriptions", () => {
    const p = connzPrograms({ url: "nats://127.0.0.1:4222" }, "en");
    expect(p.python.code).toContain('SUBJECT = "$SYS.REQ.ACCOUNT.PING.CONNZ"');
    expect(p.python.code).toContain('json.dumps({"subscriptions_detail": True})');
    expect(p.python.code).toContain('for sub in c.get("subscriptions_list_detail", []):');
    expect(p.node.code).toContain("JSON.stringify({ subscriptions_detail: true })");
    expect(p.cli.code).toContain(`SUBJECT='$SYS.REQ.ACCOUNT.PING.CONNZ'`);
    expect(p.cli.code).toContain(`request "$SUBJECT" '{"subscriptions_detail": true}' --raw |`);
    expect(connzPrograms({ url: "nats://h:1" }, "fr").python.code).toContain("# qui est connecté");
  });
});
