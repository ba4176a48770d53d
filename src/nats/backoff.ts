// Reconnect delay: doubles from 250 ms up to 4 s, plus jitter so a class full of
// tabs does not hammer a restarted server in lock-step.
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(250 * 2 ** Math.max(0, attempt), 4000);
  return Math.round(base + random() * 250);
}
