// @ts-check
/** @param {number[]} xs @param {number} p 0..100 */
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** @param {number[]} xs */
export const median = (xs) => percentile(xs, 50);

/** @param {number} x @param {number} [digits] */
export const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
