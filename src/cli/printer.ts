import { formatFor } from "../i18n/format";

export type Printer = {
  /** a line of output, stamped with the time */
  line(text: string): void;
  /** a problem, on stderr */
  error(text: string): void;
  /** the one progress line: rewritten in place on a terminal, a plain line otherwise */
  progress(text: string): void;
  /** ends the progress line, so what follows starts on a line of its own */
  endProgress(): void;
};

type Out = { write(text: string): unknown; isTTY?: boolean; columns?: number };

const clock = (at: number) => formatFor("en").clock(at);

// What a service says, one stamped line per event. On a terminal the progress
// line stays at the bottom: other lines are printed above it.
export function createPrinter(out: Out = process.stdout, err: Out = process.stderr, now: () => number = Date.now): Printer {
  const tty = Boolean(out.isTTY);
  let shown: string | undefined;
  const clear = () => {
    if (tty && shown !== undefined) out.write("\r\x1b[K");
  };
  const redraw = () => {
    if (tty && shown !== undefined) out.write(shown);
  };
  return {
    line(text) {
      clear();
      out.write(`${clock(now())}  ${text}\n`);
      redraw();
    },
    error(text) {
      clear();
      err.write(`${text}\n`);
      redraw();
    },
    progress(text) {
      if (!tty) return void out.write(`${clock(now())}  ${text}\n`);
      clear();
      // one terminal row, or \r cannot rewrite it
      shown = out.columns && text.length >= out.columns ? `${text.slice(0, out.columns - 2)}…` : text;
      out.write(shown);
    },
    endProgress() {
      if (tty && shown !== undefined) out.write("\n");
      shown = undefined;
    },
  };
}
