import { create } from "zustand";
import type { StoreApi, UseBoundStore } from "zustand";
import type { FeatureDeps } from "../features/controller";
import type { StartedFeature } from "../features/feature";
import type { PanelEntry } from "./features";

type Started = { started: Record<string, StartedFeature>; failed: Record<string, string> };

export type FeatureRunner = {
  useStarted: UseBoundStore<StoreApi<Started>>;
  /** loads the panel's chunk and starts its controller, once; it then runs until the page closes */
  ensure(id: string): Promise<void>;
};

// A panel's controller starts when the panel is first opened (its code is
// fetched then), and keeps running when the person switches to another panel:
// a tab subscribes only for what its person has used.
export function createFeatureRunner(panels: readonly PanelEntry[], deps: FeatureDeps): FeatureRunner {
  const useStarted = create<Started>()(() => ({ started: {}, failed: {} }));
  const loading = new Map<string, Promise<void>>();
  return {
    useStarted,
    ensure(id) {
      let p = loading.get(id);
      if (!p) {
        const panel = panels.find((x) => x.id === id);
        p = (panel ? panel.load() : Promise.reject(new Error(`no panel ${id}`))).then(
          (feature) => useStarted.setState((s) => ({ started: { ...s.started, [id]: feature.start(deps) } })),
          (err: unknown) => {
            // a chunk that failed to load (the server went away): allow another try
            loading.delete(id);
            useStarted.setState((s) => ({ failed: { ...s.failed, [id]: String(err) } }));
          },
        );
        loading.set(id, p);
      }
      return p;
    },
  };
}
