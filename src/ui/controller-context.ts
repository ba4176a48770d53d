import { createContext, createElement, useContext } from "react";
import type { ReactNode } from "react";
import { useStore } from "zustand";
import type { StoreApi } from "zustand";

// A panel's components reach their controller through context: the panel is
// handed one controller (a tab has one per feature, a test may make several),
// and every component below selects from that controller's own store.
export function controllerContext<S, C extends { store: StoreApi<S> }>(feature: string) {
  const Context = createContext<C | null>(null);
  const useController = (): C => {
    const c = useContext(Context);
    if (!c) throw new Error(`${feature}: a component was rendered outside its panel's provider`);
    return c;
  };
  function useSelect<T>(selector: (s: S) => T): T {
    return useStore(useController().store, selector);
  }
  const Provider = ({ controller, children }: { controller: C; children: ReactNode }) =>
    createElement(Context.Provider, { value: controller }, children);
  return { Provider, useController, useSelect };
}
