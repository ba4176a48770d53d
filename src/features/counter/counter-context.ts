import { controllerContext } from "../../ui/controller-context";
import type { CounterController } from "./counter-controller";
import type { CounterState } from "./counter-store";
import { useMessages } from "../../i18n/use-messages";
import { subjectText } from "../../subjects/subject-text";
import { busText } from "../../nats/bus-text";
import { counterText } from "./counter-text";
import type { CounterWords } from "./counter-words";

export const { Provider: CounterProvider, useController: useCounter, useSelect: useCounterState } = controllerContext<
  CounterState,
  CounterController
>("Counter");

/** The Counter's words in the page's language (and the subject grammar's, the bus's). */
export function useCounterWords(): CounterWords {
  return { t: useMessages(counterText), subject: useMessages(subjectText), bus: useMessages(busText) };
}
