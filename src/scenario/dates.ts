// Calendar dates as the format writes them: "1990-08-02", "1990-08" or "1990" (a partial date
// stands for the whole month or year). Used to refuse impossible dates and reversed intervals.

const daysIn = (y: number, m: number) => [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

/** A date that exists in the (proleptic Gregorian) calendar: no 2023-02-30, no 2021-02-29. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

/** The first and the last day a (possibly partial) date can mean. */
export function earliest(s: string): string {
  return s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
}
export function latest(s: string): string {
  if (s.length === 4) return `${s}-12-31`;
  if (s.length === 7) return `${s}-${String(daysIn(Number(s.slice(0, 4)), Number(s.slice(5, 7)))).padStart(2, "0")}`;
  return s;
}

/** `end` is certainly before `start` (whatever days partial dates stand for). */
export const certainlyBefore = (end: string, start: string) => latest(end) < earliest(start);
