// What the Code region's programs do: the panel's own settings (the same store
// values the panel uses), mapped to the generators' settings. Pure.
import type { CounterCode } from "../../codegen/counter-code";
import type { CounterForm, CounterSettings } from "./counter-logic";
import { checkForm, DEFAULT_FORM, PUBLISHER_HEADER, STEP_HEADER } from "./counter-logic";

export const CounterCodeVariant = { Publisher: "publisher", Subscriber: "subscriber" } as const;
export type CounterCodeVariant = (typeof CounterCodeVariant)[keyof typeof CounterCodeVariant];

/** A field the form refuses, replaced in the programs (and said so): they never carry a value the panel would not use. */
export type Replaced = { setting: "subject" | "intervalMs" | "step" | "start"; by: string };

/** what the code settings are read from: the Counter's store */
export type CounterCodeSource = { form: CounterForm; publishingWith?: CounterSettings; listening: string };

const DEFAULTS = checkForm(DEFAULT_FORM).settings!;

/** the publisher's headers: a tab names the program's values by its file name, and knows its step */
export const ANNOUNCE = { publisherHeader: PUBLISHER_HEADER, stepHeader: STEP_HEADER };

/**
 * The form's settings; a field it refuses is replaced by what the running publisher uses, else by
 * what the tab does (the subject it listens to) or the default.
 */
function settingsOf({ form, publishingWith, listening }: CounterCodeSource): { settings: CounterSettings; replaced: Replaced[] } {
  const { settings, errors } = checkForm(form);
  if (settings) return { settings, replaced: [] };
  const valid = (field: keyof CounterForm) => checkForm({ ...DEFAULT_FORM, [field]: form[field] }).settings;
  const replaced: Replaced[] = [];
  const pick = <K extends keyof CounterSettings & keyof CounterForm>(field: K, fallback: CounterSettings[K]): CounterSettings[K] => {
    if (!errors[field]) return valid(field)![field];
    replaced.push({ setting: field, by: String(fallback) });
    return fallback;
  };
  return {
    settings: {
      subject: pick("subject", publishingWith?.subject ?? listening),
      intervalMs: pick("intervalMs", publishingWith?.intervalMs ?? DEFAULTS.intervalMs),
      step: pick("step", publishingWith?.step ?? DEFAULTS.step),
      start: pick("start", publishingWith?.start ?? DEFAULTS.start),
    },
    replaced,
  };
}

/** The publisher as a program: the form's subject, interval, step and start value, naming itself in the playground's headers. */
export function publisherCodeOf(source: CounterCodeSource): { settings: CounterCode; replaced: Replaced[] } {
  const { settings, replaced } = settingsOf(source);
  return { settings: { ...settings, role: "publisher", announce: ANNOUNCE }, replaced };
}

/** The subscriber as a program: the subject this tab listens to, the step it expects (to tell a gap). */
export function subscriberCodeOf(source: CounterCodeSource): { settings: CounterCode; replaced: Replaced[] } {
  const { settings, replaced } = settingsOf(source);
  return { settings: { ...settings, subject: source.listening, role: "subscriber" }, replaced: replaced.filter((r) => r.setting === "step") };
}

/** What the tab is doing right now: publishing, else listening. */
export const codeVariantNow = (publishing: boolean): CounterCodeVariant => (publishing ? CounterCodeVariant.Publisher : CounterCodeVariant.Subscriber);
