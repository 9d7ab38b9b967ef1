// The timeline of a use of force: the dates on which an answer may change (every dated event of
// the situation inside the use's period, and the day after an end or an imprecise date), one
// decision on each (statuses only, on the situation prepared once), and the intervals between.
// Each decision also names the next day on which one of its date comparisons would answer
// otherwise; that day is judged too. Cost: change dates × one decision, each reusing the subtrees
// the previous date left unchanged. The events listed are those that bear on the use.
//
// Where a self-defence or consent condition can change: an attack's start and the day after its
// end; a request's or consent's date, its withdrawal (the first day no longer covered) and the day
// after its last day (`until`, `scope.until`); an occupation's start and the day after its end; a
// resolution's adoption, window and termination; and the dates only the law names (the
// assumptions of art51-self-defence.ts: selfDefenceChangeDates).
import { addDays, NEVER, span } from "../engine/dates.js";
import { reasons, renderReason, type Language, type Reason } from "../engine/reason.js";
import { say } from "../law/wording.js";
import { selfDefenceChangeDates } from "../law/charter/art51-self-defence.js";
import { list, type Model } from "../scenario/model.js";
import type { UseOfForce } from "../scenario/schema.js";
import { SUMMARY } from "../render/summaries.js";
import type { BasisId, BasisStatus, UseTimeline, Verdict } from "../answer/types.js";
import { basesFor, dateSeries, decideBasis, verdictOn, type Prepared } from "./decide.js";
import { fact } from "../scenario/model.js";
import { adoption, dateOf, kindOf } from "../law/charter/security-council.js";

const E = reasons("timeline", {
  attackEnds: say((a: { id: string; victim: string; by: string }) => `the attack by ${a.by} on ${a.victim} (${a.id}) has ended`, (a) => `${a.by}による${a.victim}に対する攻撃（${a.id}）の終了`),
  requestWithdrawn: say((a: { state: string }) => `${a.state} withdraws its request for help`, (a) => `${a.state}が援助の要請を撤回`),
  requestEnds: say((a: { state: string }) => `${a.state}'s request for help ends`, (a) => `${a.state}の援助要請の期限`),
  occupationBegins: say((a: { state: string; place: string }) => `${a.state} occupies ${a.place}`, (a) => `${a.state}が${a.place}を占領`),
  occupationEnds: say((a: { state: string; place: string }) => `${a.state}'s occupation of ${a.place} ends`, (a) => `${a.state}による${a.place}の占領の終了`),
  answeredUseBegins: say((a: { id: string; title: string; by: string }) => `the use of force this one answers begins: ${a.title} (${a.id}), by ${a.by}`, (a) => `本件が対応する武力行使の開始：${a.by}による${a.title}（${a.id}）`),
  answeredUseEnds: say((a: { id: string; title: string; by: string }) => `the use of force this one answers ends: ${a.title} (${a.id}), by ${a.by}`, (a) => `本件が対応する武力行使の終了：${a.by}による${a.title}（${a.id}）`),
});

interface Event {
  date: string;
  /** The last day of an imprecise date. */
  until?: string;
  what: Reason;
  /** Listed for the reader (it bears on the use); every event is judged on. */
  shown: boolean;
}

/** The dates to judge on, and the events that bear on the use. */
export function changeDates(m: Model, use: UseOfForce): { dates: string[]; events: Event[] } {
  const s = m.situation;
  const events: Event[] = [];
  const extra: string[] = [];
  const add = (date: string | undefined, what: Reason, shown: boolean, after = false) => {
    if (!date) return;
    const sp = span(date);
    if (after) events.push({ date: addDays(sp.latest, 1), what, shown });
    else {
      const e: Event = { date: sp.earliest, what, shown };
      if (sp.earliest !== sp.latest) {
        e.until = sp.latest;
        extra.push(addDays(sp.latest, 1)); // the answer may change once the imprecise date has surely passed
      }
      events.push(e);
    }
  };
  const by = list(use.by);
  const targets = new Set(list(use.against));
  // The states whose defence the use may be: its actors, those it acts for, those who asked its actors for help.
  const parties = new Set([...by, ...(use.onBehalfOf ?? [])]);
  for (const r of s.requests ?? []) if (r.to === "all" || r.to.some((t) => by.includes(t))) parties.add(r.by);
  const places = new Set(list(use.where).map((w) => m.places.get(w)?.territoryOf ?? w));
  const name = (id: string) => m.name(id);

  add(use.start, SUMMARY.useBegins({ title: use.title }), true);
  for (const a of s.attacks ?? []) {
    const bears = use.respondsTo ? use.respondsTo.includes(a.id) : parties.has(a.against) || targets.has(a.by);
    add(a.date, SUMMARY.attack({ id: a.id, victim: name(a.against), by: name(a.by) }), bears);
    const end = m.endOf(a);
    if (end && (a.stage === "occurred" || a.stage === "launched")) add(end, E.attackEnds({ id: a.id, victim: name(a.against), by: name(a.by) }), bears, true);
    else if (end) add(end, E.attackEnds({ id: a.id, victim: name(a.against), by: name(a.by) }), false, true); // a threat no longer assessed imminent
  }
  // An earlier use of force this one names in respondsTo (weighed as the attack it answers).
  for (const id of use.respondsTo ?? []) {
    const answered = s.uses.find((u) => u.id === id);
    if (!answered || answered === use) continue;
    const who = { id, title: answered.title, by: list(answered.by).map(name).join(", ") };
    add(answered.start, E.answeredUseBegins(who), true);
    add(answered.end, E.answeredUseEnds(who), true, true);
  }
  for (const d of s.declarations ?? []) add(d.date, SUMMARY.declares({ state: name(d.by) }), parties.has(d.by));
  for (const r of s.requests ?? []) {
    const bears = r.to === "all" || r.to.some((t) => by.includes(t));
    add(r.date, SUMMARY.asks({ state: name(r.by) }), bears);
    add(r.withdrawn, E.requestWithdrawn({ state: name(r.by) }), bears);
    add(r.scope?.until, E.requestEnds({ state: name(r.by) }), bears, true);
  }
  for (const p of m.places.values())
    for (const o of p.occupations ?? []) {
      const bears = list(use.where).includes(p.id) || (p.territoryOf !== undefined && places.has(p.territoryOf));
      add(o.from, E.occupationBegins({ state: name(o.by), place: p.name }), bears);
      add(o.until, E.occupationEnds({ state: name(o.by), place: p.name }), bears, true);
    }
  for (const c of s.consents ?? []) {
    const bears = places.has(c.state) && (c.to === "all" || c.to.some((t) => by.includes(t)));
    add(c.date, SUMMARY.consents({ state: name(c.state), givenBy: c.givenBy }), bears);
    add(c.withdrawn, SUMMARY.consentWithdrawn({ state: name(c.state) }), bears);
    add(c.until, SUMMARY.consentEnds({ state: name(c.state) }), bears, true);
  }
  for (const r of s.resolutions ?? []) {
    const symbol = r.symbol ?? r.id;
    // A draft dates from its vote, and is shown adopted only if its votes say so (never a failed draft as adopted).
    if (kindOf(r) === "draft") {
      const outcome = adoption(m, r).value;
      add(dateOf(r), outcome === "yes" ? SUMMARY.adopted({ symbol }) : outcome === "no" ? SUMMARY.draftFailed({ symbol }) : SUMMARY.draftVoted({ symbol }), true);
      if (outcome === "no") continue; // a failed draft's window or ceasefire never applies
    } else add(r.adopted, SUMMARY.adopted({ symbol }), true);
    if (r.from && r.from !== r.adopted) add(r.from, SUMMARY.authorisationApplies({ symbol }), true);
    add(r.until, SUMMARY.authorisationEnds({ symbol }), true, true);
    add(r.ceasefireEffective, SUMMARY.ceasefire({ symbol }), true);
  }
  for (const r of s.reports ?? []) if (r.by && by.includes(r.by)) add(r.date, SUMMARY.reports({ state: name(r.by) }), true);
  for (const d of s.regionalDecisions ?? []) add(d.date, SUMMARY.decides({ org: name(d.by) }), use.through === d.by && (!d.uses || d.uses.includes(use.id)));

  const start = span(use.start).earliest;
  const end = use.end ? span(use.end).latest : undefined;
  const inPeriod = (d: string) => d >= start && (!end || d <= end);
  // An imprecise date whose range reaches into the period is listed (as a range).
  const inside = events.filter((e) => inPeriod(e.date) || (e.until !== undefined && e.until >= start && inPeriod(start))).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const law = selfDefenceChangeDates(m, use);
  const dates = [...new Set([start, ...inside.filter((e) => inPeriod(e.date)).map((e) => e.date), ...extra.filter(inPeriod), ...law.filter(inPeriod)])].sort();
  return { dates, events: inside };
}

export function useTimeline(p: Prepared, use: UseOfForce, lang: Language = "en"): UseTimeline {
  const { dates, events } = changeDates(p.model, use);
  const defs = basesFor(use);
  const isForce = fact(use.isForce, "yes").value;
  const statuses: BasisStatus[][] = defs.map(() => []);
  const verdicts: Verdict[] = [];
  // Dates in increasing order: each decision reuses the subtrees the earlier one found unchanged.
  const series = dateSeries();
  // The listed dates are where the facts change; the decision itself names any other day on which
  // one of its date comparisons would answer otherwise (a period counted from an attack's end, say):
  // that day is judged too, so no change is missed however the law computes it.
  const last = use.end ? span(use.end).latest : undefined;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const bases = defs.map((b) => decideBasis(p, use, b, d, true, series));
    bases.forEach((b, j) => statuses[j].push(b.status));
    verdicts.push(verdictOn(use, d, bases, isForce)); // "not-under-way" outside the period
    const next = bases.reduce((n, b) => (b.nextChange && b.nextChange < n ? b.nextChange : n), NEVER);
    if (next !== NEVER && (!last || next <= last) && (i + 1 === dates.length || next < dates[i + 1])) dates.splice(i + 1, 0, next);
  }
  const bases = defs.map((b, i) => ({ basis: b.id as BasisId, intervals: intervals(dates, statuses[i], use.end) }));
  const out: UseTimeline = {
    id: use.id,
    title: use.title,
    from: dates[0],
    to: use.end,
    verdicts: intervals(dates, verdicts, use.end).map(({ from, to, status }) => ({ from, to, verdict: status })),
    bases,
    events: events
      .filter((e) => e.shown)
      .map((e) => (e.until ? { date: e.date, until: e.until, what: renderReason(e.what, lang) } : { date: e.date, what: renderReason(e.what, lang) })),
  };
  return out;
}

function intervals<S extends string>(dates: readonly string[], values: readonly S[], end?: string): { from: string; to?: string; status: S }[] {
  const out: { from: string; to?: string; status: S }[] = [];
  for (let i = 0; i < dates.length; i++) {
    const last = out[out.length - 1];
    if (last && last.status === values[i]) continue;
    if (last) last.to = addDays(dates[i], -1);
    out.push({ from: dates[i], status: values[i] });
  }
  if (out.length && end) out[out.length - 1].to = span(end).latest;
  return out;
}
