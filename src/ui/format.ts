export function clock(at: number): string {
  const d = new Date(at);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export function ms(n: number | undefined): string {
  if (n === undefined) return "–";
  return n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`;
}
