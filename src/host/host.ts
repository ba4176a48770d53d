// What a controller may use of the place it runs in. Controllers never touch
// window, document, Worker or sessionStorage themselves: the browser and Node
// each provide a Host, so the same controller runs in a tab and in a terminal.

export type Cancel = () => void;

/** Timers and frames: what batching and every timed behaviour are built on. */
export type Scheduler = {
  /** wall-clock time, ms since the epoch (what messages are stamped with) */
  now(): number;
  /** a monotonic, sub-millisecond clock for measuring work (performance.now) */
  elapsed(): number;
  setTimeout(run: () => void, ms: number): Cancel;
  /** every `ms`, also in a background tab (the browser's version uses a worker timer) */
  every(ms: number, run: () => void): Cancel;
  /** before the next paint in a browser; a short timer where nothing paints */
  nextFrame(run: () => void): Cancel;
  /** as soon as the event loop has let other work run (input, socket reads) */
  yieldThen(run: () => void): Cancel;
};

/** Per tab in a browser (sessionStorage), per process in Node. Never throws. */
export type KeyValue = { get(key: string): string | undefined; set(key: string, value: string): void };

export type Visibility = {
  /** a person can see this page right now */
  visible(): boolean;
  onChange(run: () => void): Cancel;
};

export type Host = Scheduler & {
  storage: KeyValue;
  visibility: Visibility;
  /** the page (or process) is going away: last chance to say goodbye */
  onLeave(run: () => void): Cancel;
  /** a short random id, unique enough to tell tabs and messages apart */
  randomId(): string;
};

export function memoryStorage(): KeyValue {
  const values = new Map<string, string>();
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

export const randomId = () => Math.random().toString(36).slice(2, 10) + Math.random().toString(36).slice(2, 6);
