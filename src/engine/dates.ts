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

// ---- watching the date judged (the timeline) ---------------------------------------------------
// While a date is watched, every comparison of it with another date notes the first later day on
// which that comparison would give another answer. A decision that compares the date judged only
// through onOrBefore and before (as the rules do) holds unchanged until the earliest such day, so
// the timeline re-decides a subtree only once that day is reached (src/engine/trace.ts).

/** Later than every day: "never changes". */
export const NEVER = "~";
let watched: string | undefined;
let next = NEVER;

/** Watch comparisons with `date` (a full day), or stop watching (undefined). */
export function watchDate(date: string | undefined): void {
  watched = date;
  next = NEVER;
}

/** Start a new window: returns the earliest change noted so far and resets it (give it back to `closeWindow`). */
export function openWindow(): string {
  const outer = next;
  next = NEVER;
  return outer;
}

/** End a window: the earliest change noted in it; the outer window keeps the earlier of both. */
export function closeWindow(outer: string): string {
  const mine = next;
  next = outer < mine ? outer : mine;
  return mine;
}

/** A subtree decided before, reused: its earliest change counts in the current window. */
export function noteChange(day: string): void {
  if (day < next) next = day;
}

/** The watched date crossed `day` (it is later than the watched date): note it. */
const noteDay = (day: string) => {
  if (day > watched! && day < next) next = day;
};

/** Note the days on which a comparison of the watched date with the span [e, l] changes. */
function noteSpan(e: string, l: string, dayAfter: boolean) {
  if (dayAfter) {
    // The answer changes once the watched date is past e (and past l).
    if (e >= watched! && e < next) noteDay(addDays(e, 1));
    if (l !== e && l >= watched! && l < next) noteDay(addDays(l, 1));
  } else {
    noteDay(e);
    if (l !== e) noteDay(l);
  }
}

/** Is `a` on or before `b`? */
export function onOrBefore(a: string, b: string): Tri {
  if (a.length === 10 && b.length === 10) {
    if (watched !== undefined && a !== b) {
      if (b === watched) noteDay(a);
      else if (a === watched) noteSpan(b, b, true);
    }
    return a <= b ? "yes" : "no";
  }
  const sa = span(a);
  const sb = span(b);
  if (watched !== undefined) {
    if (b === watched) noteSpan(sa.earliest, sa.latest, false);
    else if (a === watched) noteSpan(sb.earliest, sb.latest, true);
  }
  if (sa.latest <= sb.earliest) return "yes";
  if (sa.earliest > sb.latest) return "no";
  return "unknown";
}

/** Is `a` strictly before `b`? */
export function before(a: string, b: string): Tri {
  if (a.length === 10 && b.length === 10) {
    if (watched !== undefined && a !== b) {
      if (b === watched) noteSpan(a, a, true);
      else if (a === watched) noteDay(b);
    }
    return a < b ? "yes" : "no";
  }
  const sa = span(a);
  const sb = span(b);
  if (watched !== undefined) {
    if (b === watched) noteSpan(sa.earliest, sa.latest, true);
    else if (a === watched) noteSpan(sb.earliest, sb.latest, false);
  }
  if (sa.latest < sb.earliest) return "yes";
  if (sa.earliest >= sb.latest) return "no";
  return "unknown";
}

const added = new Map<number, Map<string, string>>();

export function addDays(day: string, n: number): string {
  let byDay = added.get(n);
  if (byDay === undefined) added.set(n, (byDay = new Map()));
  let out = byDay.get(day);
  if (out === undefined) {
    const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
    out = new Date(t).toISOString().slice(0, 10);
    if (byDay.size < 100_000) byDay.set(day, out);
  }
  return out;
}

export const minDate = (a: string, b: string) => (span(a).earliest <= span(b).earliest ? a : b);

/** Today's date is not used anywhere: every analysis names its date. */
export const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
