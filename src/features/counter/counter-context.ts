import { controllerContext } from "../../ui/controller-context";
import type { CounterController } from "./counter-controller";
import type { CounterState } from "./counter-store";

export const { Provider: CounterProvider, useController: useCounter, useSelect: useCounterState } = controllerContext<
  CounterState,
  CounterController
>("Counter");
