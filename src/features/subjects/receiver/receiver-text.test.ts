import { describe, expect, it } from "vitest";
import { formatFor } from "../../../i18n/format";
import { countIn } from "../counts";
import { receiverEn } from "./receiver-text";
import frenchReceiver from "./receiver-text.fr";

const en = countIn(formatFor("en"));
const fr = countIn(formatFor("fr"));

describe("receiver text", () => {
  it("receiver text - English counts stay plain digits (read back as numbers); French groups thousands", () => {
    expect(receiverEn.subs.totals({ messages: 100_000, deliveries: 1 }, en)).toBe(
      "100000 messages received, 1 delivery — one per matching subscription",
    );
    expect(frenchReceiver.subs.totals({ messages: 100_000, deliveries: 1 }, fr)).toBe(
      "100\u202f000 messages reçus, 1 livraison — une par abonnement correspondant",
    );
    expect(frenchReceiver.subs.totals({ messages: 1, deliveries: 0 }, fr)).toBe("1 message reçu, 0 livraison — une par abonnement correspondant");
  });

  it("receiver text - the tree and the log say their limits in each language", () => {
    expect(receiverEn.tree.notKept({ count: 3, max: 2000 }, en)).toBe("+3 messages on subjects not kept (the tree holds at most 2000 nodes)");
    expect(frenchReceiver.tree.notKept({ count: 3, max: 2000 }, fr)).toBe("+3 messages sur des sujets non gardés (l'arbre garde au plus 2\u202f000 nœuds)");
    expect(receiverEn.log.newest({ shown: 100, kept: 500, messages: 1234 }, en)).toBe("Newest 100 shown (last 500 kept) of 1234.");
    expect(receiverEn.subs.state.paused).toBe("paused — unsubscribed on the server");
    expect(frenchReceiver.subs.state.paused).toBe("en pause — désabonné sur le serveur");
  });
});
