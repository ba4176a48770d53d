import { useCallback, useState } from "react";
import type { ReactNode } from "react";
import { MessageInspector } from "../../ui/inspector/MessageInspector";
import type { InspectedMessage } from "../../ui/inspector/MessageInspector";
import type { KeptMessage, MessageFacts } from "./hotline-kept";

/** What the Message dialog opens with: the message, or what its row still knows when its bytes were dropped. */
export type Opened = { message: InspectedMessage; notKept?: string };

const NO_BYTES = new Uint8Array(0);

/** The kept message, or (its bytes dropped by the budget) the row's facts and the sentence saying so. */
export function opened(facts: MessageFacts, kept: KeptMessage | undefined, dropped: string): Opened {
  if (kept) return { message: kept };
  return { message: { subject: facts.subject, reply: facts.reply, payload: NO_BYTES, headers: [], receivedAt: facts.at }, notKept: dropped };
}

/** One Message dialog per half of the panel, mounted only while a message is inspected. */
export function useInspecting(): [ReactNode, (o: Opened) => void] {
  const [current, setCurrent] = useState<Opened>();
  const close = useCallback(() => setCurrent(undefined), []);
  const dialog = current && <MessageInspector message={current.message} notKept={current.notKept} onClose={close} />;
  return [dialog, setCurrent];
}
