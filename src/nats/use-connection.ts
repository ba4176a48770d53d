import { useStore } from "zustand";
import { connectionStore } from "./connection-store";
import type { ConnectionStore } from "./connection-store";

/** The status bar's view of the tab's connection, for components. */
export function useConnection<T>(selector: (s: ConnectionStore) => T): T {
  return useStore(connectionStore, selector);
}
