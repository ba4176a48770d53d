import type { FeatureDeps } from "../controller";
import { createPublisher } from "./publisher/publisher-controller";
import { createReceiver } from "./receiver/receiver-controller";

export type SubjectsController = ReturnType<typeof createSubjects>;

// The lab's V.2 in two halves that share only the connection: what this tab
// publishes, and what its subscriptions receive. A tab's own messages come
// back through the server like anyone else's.
export function createSubjects(deps: FeatureDeps) {
  const publisher = createPublisher(deps);
  const receiver = createReceiver(deps);
  return {
    publisher,
    receiver,
    stop() {
      publisher.stop();
      receiver.stop();
    },
  };
}
