// The dates on which an answer may change: every dated event of the situation inside the use's
// period (and the day after an end date). Judging on each is enough to draw the timeline.
import { addDays, span } from "../engine/dates.js";
import type { Model } from "../scenario/model.js";
import { list } from "../scenario/model.js";
import type { UseOfForce } from "../scenario/schema.js";

export function changeDates(m: Model, use: UseOfForce): { dates: string[]; events: { date: string; what: string }[] } {
  const s = m.situation;
  const events: { date: string; what: string }[] = [];
  const add = (date: string | undefined, what: string, after = false) => {
    if (!date) return;
    const sp = span(date);
    events.push({ date: after ? addDays(sp.latest, 1) : sp.earliest, what });
    if (sp.earliest !== sp.latest && !after) events.push({ date: addDays(sp.latest, 1), what: `${what} (end of the imprecise date)` });
  };
  add(use.start, `${use.title} begins`);
  for (const a of s.attacks ?? []) add(a.date, `attack ${a.id} on ${m.name(a.against)}`);
  for (const d of s.declarations ?? []) add(d.date, `${m.name(d.by)} declares itself attacked`);
  for (const r of s.requests ?? []) add(r.date, `${m.name(r.by)} asks for help`);
  for (const c of s.consents ?? []) {
    add(c.date, `${m.name(c.state)} consents (${c.givenBy})`);
    add(c.withdrawn, `${m.name(c.state)} withdraws its consent`);
    add(c.until, `${m.name(c.state)}'s consent ends`, true);
  }
  for (const r of s.resolutions ?? []) {
    const sym = r.symbol ?? r.id;
    add(r.adopted, `${sym} adopted`);
    if (r.from && r.from !== r.adopted) add(r.from, `${sym}: authorisation applies`);
    add(r.until, `${sym}: authorisation ends`, true);
    add(r.ceasefireEffective, `${sym}: ceasefire in effect`);
  }
  for (const r of s.reports ?? []) if (r.by && list(use.by).includes(r.by)) add(r.date, `${m.name(r.by)} reports to the Council`);
  for (const d of s.regionalDecisions ?? []) add(d.date, `${m.name(d.by)} decides`);

  const start = span(use.start).earliest;
  const end = use.end ? span(use.end).latest : undefined;
  const inside = events.filter((e) => e.date >= start && (!end || e.date <= end)).sort((a, b) => a.date.localeCompare(b.date));
  const dates = [...new Set([start, ...inside.map((e) => e.date)])].sort();
  return { dates, events: inside };
}
