import { createElement } from "react";
import type { ComponentType, ReactElement } from "react";
import type { Controller, FeatureDeps } from "./controller";

/** One panel of the app: its controller factory and the view that shows it. */
export type Feature<C extends Controller> = {
  /** the URL hash that opens it: #counter */
  id: string;
  /** the tab's visible name */
  label: string;
  start(deps: FeatureDeps): C;
  Panel: ComponentType<{ controller: C }>;
};

export type StartedFeature = { id: string; label: string; view: ReactElement; stop(): void };

/** What the app lists: a feature with its controller type hidden, ready to start. */
export type FeatureEntry = { id: string; label: string; start(deps: FeatureDeps): StartedFeature };

export function defineFeature<C extends Controller>(feature: Feature<C>): FeatureEntry {
  return {
    id: feature.id,
    label: feature.label,
    start(deps) {
      const controller = feature.start(deps);
      return { id: feature.id, label: feature.label, view: createElement(feature.Panel, { controller }), stop: () => controller.stop() };
    },
  };
}
