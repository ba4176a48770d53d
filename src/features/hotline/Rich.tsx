import type { ReactNode } from "react";
import { CODE_CLOSE, CODE_OPEN, DATA_CLOSE, DATA_OPEN } from "./hotline-marks";

const PARTS = new RegExp(`(${CODE_OPEN}[^${CODE_CLOSE}]*${CODE_CLOSE}|${DATA_OPEN}[^${DATA_CLOSE}]*${DATA_CLOSE})`);

/** A sentence made with `marked`: protocol words as code, data as translate="no"; the text reads the same. */
export function Rich({ text }: { text: string }): ReactNode {
  const parts = text.split(PARTS);
  if (parts.length === 1) return text;
  return parts.map((part, i) => {
    if (part.startsWith(CODE_OPEN)) return <code key={i} translate="no">{part.slice(1, -1)}</code>;
    if (part.startsWith(DATA_OPEN)) return <span key={i} translate="no">{part.slice(1, -1)}</span>;
    return part;
  });
}
