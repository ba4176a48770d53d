import { useEffect, useRef, useState } from "react";
import { useSubjects } from "./subjects-store";

type State = ReturnType<typeof useSubjects.getState>;

/** How often the log and the tree repaint at most while messages stream in. */
export const REPAINT_MS = 150;
/** …and the log during a flood, when each repaint would replace every row shown. */
export const FLOOD_REPAINT_MS = 500;

/** At most once per `ms`; or a gap chosen from what is shown and what would be shown next. */
export type Gap<T> = number | ((shown: T, next: T) => number);

// The store changes once per frame during a flood; the log and the tree need
// not repaint that often (laying out hundreds of rows 60 times a second is
// what freezes a page). A quiet change shows at once; a stream of changes
// shows at most once per gap, the latest value always last.
export function useThrottledSubjects<T>(selector: (s: State) => T, ms: Gap<T>): T {
  const [value, setValue] = useState(() => selector(useSubjects.getState()));
  const select = useRef(selector);
  select.current = selector;
  const gap = useRef(ms);
  gap.current = ms;
  useEffect(() => {
    let last = 0;
    let shown: T;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      timer = undefined;
      last = performance.now();
      shown = select.current(useSubjects.getState());
      setValue(shown);
    };
    const unsubscribe = useSubjects.subscribe((s, prev) => {
      const next = select.current(s);
      if (timer !== undefined || next === select.current(prev)) return;
      const ms = gap.current;
      const wait = (typeof ms === "number" ? ms : ms(shown, next)) - (performance.now() - last);
      if (wait <= 0) show();
      else timer = setTimeout(show, wait);
    });
    show();
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return value;
}
