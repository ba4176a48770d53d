import { useId } from "react";
import type { ReactNode } from "react";

/** translate "no": the label is a name (a place, a person), not a word of the UI */
type Option<T extends string> = { value: T; label: string; translate?: "no" };

type LabelledSelectProps<T extends string> = {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  hint?: ReactNode;
  disabled?: boolean;
};

export function LabelledSelect<T extends string>({ label, value, options, onChange, hint, disabled }: LabelledSelectProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} translate={o.translate}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
