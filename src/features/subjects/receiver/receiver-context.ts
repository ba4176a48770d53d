import { controllerContext } from "../../../ui/controller-context";
import { useMessages } from "../../../i18n/use-messages";
import { useFormat } from "../../../i18n/format";
import { subjectText } from "../../../subjects/subject-text";
import type { SubjectText } from "../../../subjects/subject-text";
import { busText } from "../../../nats/bus-text";
import type { BusText } from "../../../nats/bus-text";
import { inspectorText } from "../../../ui/inspector/inspector-text";
import type { InspectorText } from "../../../ui/inspector/inspector-text";
import { countIn } from "../counts";
import type { Count } from "../counts";
import type { ReceiverController } from "./receiver-controller";
import type { ReceiverState } from "./receiver-store";
import type { PayloadGlance } from "./payload-glance";
import { receiverText } from "./receiver-text";
import type { ReceiverText } from "./receiver-text";

export const { Provider: ReceiverProvider, useController: useReceiver, useSelect: useReceiverState } = controllerContext<
  ReceiverState,
  ReceiverController
>("Subjects receiver");

/** The catalogues a receiver view speaks with, and how it writes counts. */
export type ReceiverWords = { t: ReceiverText; subject: SubjectText; bus: BusText; inspector: InspectorText; n: Count };

export function useReceiverWords(): ReceiverWords {
  return {
    t: useMessages(receiverText), subject: useMessages(subjectText), bus: useMessages(busText), inspector: useMessages(inspectorText),
    n: countIn(useFormat()),
  };
}

/** A payload as a list shows it: its text, or "N bytes (binary): 00 01 …". */
export function glanceText(g: PayloadGlance, w: ReceiverWords): string {
  return g.binary ? w.inspector.binary({ count: w.n(g.size), preview: g.preview }) : g.preview;
}
