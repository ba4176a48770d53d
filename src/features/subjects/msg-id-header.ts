// What the two halves agree on: the publisher tags every message it sends with
// a unique id, so a receiver that gets it through several subscriptions groups
// those deliveries exactly. Other clients' messages carry none.
export const MSG_ID_HEADER = "Playground-Msg-Id";
