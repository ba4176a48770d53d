import { useEffect, useRef, useState } from "react";
import { useSubjects } from "./subjects-store";

type State = ReturnType<typeof useSubjects.getState>;

/** How often the log and the tree repaint at most while messages stream in. */
export const REPAINT_MS = 150;

// The store changes once per frame during a flood; the log and the tree need
// not repaint that often (laying out hundreds of rows 60 times a second is
// what freezes a page). A quiet change shows at once; a stream of changes
// shows at most once per `ms`, the latest value always last.
export function useThrottledSubjects<T>(selector: (s: State) => T, ms: number): T {
  const [value, setValue] = useState(() => selector(useSubjects.getState()));
  const select = useRef(selector);
  select.current = selector;
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      timer = undefined;
      last = performance.now();
      setValue(select.current(useSubjects.getState()));
    };
    const unsubscribe = useSubjects.subscribe((s, prev) => {
      if (timer !== undefined || select.current(s) === select.current(prev)) return;
      const wait = ms - (performance.now() - last);
      if (wait <= 0) show();
      else timer = setTimeout(show, wait);
    });
    show();
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ms]);
  return value;
}
