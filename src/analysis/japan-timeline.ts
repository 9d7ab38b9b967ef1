// Japan's answer over the life of one operation: judged on every day the law or the decisions
// change (a statute in force or lapsed, a plan, a task taking effect, an order to end), with
// consecutive days of the same answer merged into one span.
// It lives in src/analysis, not src/law: it runs analyze() over dates, a query over decisions.
import { analyze } from "./analyze.js";
import type { DomesticStatus } from "../answer/types.js";
import { onOrBefore } from "../engine/dates.js";
import type { Situation } from "../scenario/schema.js";
import type { Lang } from "../law/domestic.js";
import { decisionsOf, effectiveDay } from "../law/japan/dated.js";
import { japanLayer } from "../law/japan/layer.js";

export interface JapanSpan {
  from: string;
  /** Last day of the span (inclusive); undefined: to the end of the use. */
  to?: string;
  answer: DomesticStatus;
  instrument?: string;
  summary: string;
}

const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function japanTimeline(s: Situation, useId: string, o: { doctrine?: string; reform?: string; lang?: Lang } = {}): JapanSpan[] {
  const use = s.uses.find((u) => u.id === useId);
  if (!use?.japan) return [];
  const start = use.start.slice(0, 10);
  const end = use.end?.slice(0, 10);
  const within = (d: string) => onOrBefore(start, d) === "yes" && (!end || onOrBefore(d, end) === "yes");
  const days = new Set<string>([start]);
  for (const d of japanLayer.lawDates()) if (within(d)) days.add(d);
  // An end or withdrawal takes effect on the operation's last day (inclusive): the answer changes on the day after.
  for (const d of decisionsOf(use.japan)) for (const x of [d.date, effectiveDay(d), ...(d.kind === "end" || d.kind === "withdrawal" ? [dayAfter(effectiveDay(d))] : [])]) if (within(x)) days.add(x);
  const points = [...days].sort();
  const spans: JapanSpan[] = [];
  for (const day of points) {
    const d = analyze(s, { date: day, uses: [useId], doctrine: o.doctrine, reform: o.reform, lang: o.lang }).uses[0].domestic?.find((x) => x.layer === "japan");
    if (!d) continue;
    const last = spans[spans.length - 1];
    if (last && last.answer === d.answer && last.instrument === d.instrument?.id) continue;
    if (last) last.to = dayBefore(day);
    spans.push({ from: day, answer: d.answer, instrument: d.instrument?.id, summary: d.summary });
  }
  if (end && spans.length) spans[spans.length - 1].to = end;
  return spans;
}

