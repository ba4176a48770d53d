import type { Lang } from "./lang";
import { useLang } from "./use-lang";

// Numbers, times and sizes as each language writes them (Intl).
export type Format = {
  lang: Lang;
  /** 12:04:05.123, the time of a message */
  clock(at: number): string;
  /** 12:04:05 */
  time(at: number): string;
  /** the full date and time, with the time zone (what a message's time says on hover) */
  dateTime(at: number): string;
  number(n: number, digits?: number): string;
  /** a duration in ms: "0.8 ms", "12 ms" (French: "0,8 ms") */
  ms(n: number | undefined): string;
  bytes(n: number): string;
  /** "3 days ago"-style, for connected-since */
  since(at: number, now: number): string;
  list(items: readonly string[]): string;
};

const cache = new Map<Lang, Format>();

// A list of messages shows the same second many times (a flood: thousands), and
// Intl's formatting is the costly part of drawing a row: remember the last few seconds.
function perSecond(format: (at: number) => string): (at: number) => string {
  const recent = new Map<number, string>();
  return (at) => {
    const second = Math.floor(at / 1000);
    let text = recent.get(second);
    if (text === undefined) {
      if (recent.size >= 64) recent.clear();
      text = format(second * 1000);
      recent.set(second, text);
    }
    return text;
  };
}

export function formatFor(lang: Lang): Format {
  const known = cache.get(lang);
  if (known) return known;
  const tag = lang === "fr" ? "fr-FR" : "en-GB";
  const clockFmt = new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", second: "2-digit", fractionalSecondDigits: 3, hourCycle: "h23" });
  const timeFmt = new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
  const dateTimeFmt = new Intl.DateTimeFormat(tag, { dateStyle: "full", timeStyle: "long" });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const wholeMs = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, useGrouping: false });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: "always", style: "long" });
  const listFmt = new Intl.ListFormat(tag, { style: "long", type: "conjunction" });
  const unit = (n: number, u: string) => `${n < 10 && !Number.isInteger(n) ? oneDecimal.format(n) : whole.format(n)} ${u}`;
  const f: Format = {
    lang,
    clock: (at) => clockFmt.format(at),
    time: perSecond((at) => timeFmt.format(at)),
    dateTime: perSecond((at) => dateTimeFmt.format(at)),
    number: (n, digits) =>
      digits === undefined ? whole.format(n) : new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(n),
    // durations are not grouped ("1500 ms", as before the catalogues; "handled in 1500 ms" is matched by e2e)
    ms: (n) => (n === undefined ? "–" : n < 10 ? `${oneDecimal.format(n)} ms` : `${wholeMs.format(Math.round(n))} ms`),
    bytes: (n) =>
      n >= 1024 * 1024 ? unit(n / (1024 * 1024), lang === "fr" ? "Mo" : "MB") : n >= 1024 ? unit(n / 1024, lang === "fr" ? "Ko" : "KB") : unit(n, lang === "fr" ? "o" : "B"),
    since(at, now) {
      const s = Math.max(0, Math.round((now - at) / 1000));
      if (s < 60) return relative.format(-s, "second");
      if (s < 3600) return relative.format(-Math.floor(s / 60), "minute");
      if (s < 86400) return relative.format(-Math.floor(s / 3600), "hour");
      return relative.format(-Math.floor(s / 86400), "day");
    },
    list: (items) => listFmt.format(items),
  };
  cache.set(lang, f);
  return f;
}

export function useFormat(): Format {
  return formatFor(useLang((s) => s.lang));
}
