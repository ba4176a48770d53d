import { controllerContext } from "../../../ui/controller-context";
import type { PublisherController } from "./publisher-controller";
import type { PublisherState } from "./publisher-store";

export const { Provider: PublisherProvider, useController: usePublisher, useSelect: usePublisherState } = controllerContext<
  PublisherState,
  PublisherController
>("Subjects publisher");
