import { controllerContext } from "../../../ui/controller-context";
import type { ReceiverController } from "./receiver-controller";
import type { ReceiverState } from "./receiver-store";

export const { Provider: ReceiverProvider, useController: useReceiver, useSelect: useReceiverState } = controllerContext<
  ReceiverState,
  ReceiverController
>("Subjects receiver");
