// Dates at day granularity. A partial date ("1990-08", "1990") stands for the days it may be, so
// comparing it with a day inside that span gives "unknown".
import type { Tri } from "./tri.js";

export interface DaySpan {
  earliest: string; // YYYY-MM-DD
  latest: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const spans = new Map<string, DaySpan>();

export function span(date: string): DaySpan {
  let s = spans.get(date);
  if (!s) {
    s = computeSpan(date);
    if (spans.size < 100_000) spans.set(date, s);
  }
  return s;
}

function computeSpan(date: string): DaySpan {
  const [y, m, d] = date.split("-").map(Number);
  if (d !== undefined) return { earliest: date, latest: date };
  if (m !== undefined) return { earliest: `${y}-${pad(m)}-01`, latest: `${y}-${pad(m)}-${pad(daysInMonth(y, m))}` };
  return { earliest: `${y}-01-01`, latest: `${y}-12-31` };
}

/** Is `a` on or before `b`? */
export function onOrBefore(a: string, b: string): Tri {
  const sa = span(a);
  const sb = span(b);
  if (sa.latest <= sb.earliest) return "yes";
  if (sa.earliest > sb.latest) return "no";
  return "unknown";
}

/** Is `a` strictly before `b`? */
export function before(a: string, b: string): Tri {
  const sa = span(a);
  const sb = span(b);
  if (sa.latest < sb.earliest) return "yes";
  if (sa.earliest >= sb.latest) return "no";
  return "unknown";
}

export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export const minDate = (a: string, b: string) => (span(a).earliest <= span(b).earliest ? a : b);

/** Today's date is not used anywhere: every analysis names its date. */
export const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
