import { controllerContext } from "../../../ui/controller-context";
import { useMessages } from "../../../i18n/use-messages";
import { useFormat } from "../../../i18n/format";
import { subjectText } from "../../../subjects/subject-text";
import type { SubjectText } from "../../../subjects/subject-text";
import { busText } from "../../../nats/bus-text";
import type { BusText } from "../../../nats/bus-text";
import { countIn } from "../counts";
import type { Count } from "../counts";
import type { PublisherController } from "./publisher-controller";
import type { PublisherState } from "./publisher-store";
import { publisherText } from "./publisher-text";
import type { PublisherText } from "./publisher-text";

export const { Provider: PublisherProvider, useController: usePublisher, useSelect: usePublisherState } = controllerContext<
  PublisherState,
  PublisherController
>("Subjects publisher");

/** The catalogues a publisher view speaks with, and how it writes counts. */
export type PublisherWords = { t: PublisherText; subject: SubjectText; bus: BusText; n: Count };

export function usePublisherWords(): PublisherWords {
  return { t: useMessages(publisherText), subject: useMessages(subjectText), bus: useMessages(busText), n: countIn(useFormat()) };
}
