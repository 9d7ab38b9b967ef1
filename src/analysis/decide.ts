// Decide: for each use of force on a date, each basis's status and its trace (rule nodes with
// values, reason codes, fact paths; no text). Words are made from it only when an answer is
// rendered (src/render/answer.ts). A pure function of the situation, the date and the doctrine.
import type { ConcludeMemo, World } from "../engine/rule.js";
import { decideWorlds, series, type Series, type TraceWorldOutcome } from "../engine/trace.js";
import type { SwitchSpec } from "../engine/worlds.js";
import type { Tri } from "../engine/tri.js";
import { NEVER, onOrBefore } from "../engine/dates.js";
import { BASES, type BasisDefinition } from "../law/rulebook.js";
import { SWITCH_BY_ID } from "../law/doctrine.js";
import { contestOf, type Contest } from "../law/contest.js";
import { disputedFactSwitches, variantsOf } from "../law/disputes.js";
import type { LawCtx } from "../law/context.js";
import { Model, fact, list } from "../scenario/model.js";
import type { Situation, SwitchId, UseOfForce } from "../scenario/schema.js";
import { resolveDoctrine, type DoctrineOption } from "./doctrine-options.js";
import type { BasisId, BasisStatus, DoctrineSetting, PositionOutcome, Verdict } from "../answer/types.js";

export interface DecideOptions {
  /** The date judged (YYYY-MM-DD or a partial date). Default: the situation's asOf, else each use's start. */
  date?: string;
  /** A profile name, or switch -> position. */
  doctrine?: DoctrineOption;
  /** Judge only these uses of force. */
  uses?: string[];
}

/** Prepared once per situation: the model (its indexes), the doctrine settled, the switches of an evaluation. */
export interface Prepared {
  model: Model;
  settled: ReadonlyMap<string, string>;
  doctrine: DoctrineSetting[];
  /** Disputed facts as switches ("fact:<id>"), evaluated like doctrine switches. */
  factSwitches: readonly SwitchSpec[];
  /** Disputed facts (src/law/disputes.ts): the situation under each combination of versions, prepared once. */
  variants?: { positions: Record<string, string>; isDefault: boolean; prepared: Prepared }[];
}

export function prepare(situation: Situation, doctrine?: DoctrineOption): Prepared {
  const { settled, settings } = resolveDoctrine(situation, doctrine);
  const model = new Model(situation);
  const p: Prepared = { model, settled, doctrine: settings, factSwitches: disputedFactSwitches(model) };
  const variants = variantsOf(situation);
  if (variants.length)
    p.variants = variants.map((v) => ({ positions: v.positions, isDefault: v.isDefault, prepared: { model: new Model(v.situation), settled, doctrine: settings, factSwitches: [] } }));
  return p;
}

export const isPrepared = (v: Situation | Prepared): v is Prepared => (v as Prepared).model instanceof Model;

export interface BasisDecision {
  basis: BasisId;
  label: string;
  status: BasisStatus;
  claimed: boolean;
  /** The worlds of the open switches this basis consulted; the first is the default world. */
  worlds: TraceWorldOutcome[];
  /** For a contested basis: the status under each world's positions. */
  positions?: PositionOutcome<BasisStatus>[];
  /** Switches consulted for this basis (settled or not). */
  switches: SwitchId[];
  /** Decided as part of a series of dates (the timeline): the next day its answer may change ("~": never). */
  nextChange?: string;
  /** Whether, and on what, the worlds disagree (src/law/contest.ts). */
  contest: Contest;
  /** Where disputed facts change the answer: the decision under each version (first: the default). */
  variants?: { positions: Record<string, string>; isDefault: boolean; decision: BasisDecision }[];
}

export interface UseDecision {
  id: string;
  use: UseOfForce;
  date: string;
  isForce: Tri;
  verdict: Verdict;
  /** Why the use is not under way on the date (verdict "not-under-way"). */
  notUnderWay?: NotUnderWay;
  bases: BasisDecision[];
}

export interface Decision {
  casus: 3;
  title: string;
  date: string;
  doctrine: DoctrineSetting[];
  uses: UseDecision[];
  prepared: Prepared;
}

export const STATUS: Record<Tri, BasisStatus> = { yes: "available", no: "not-available", unknown: "undetermined" };

export function basesFor(use: UseOfForce): readonly BasisDefinition[] {
  if (!use.claims?.length) return CHARTER_ONLY;
  const claimed = new Set(use.claims.map((c) => c.basis).filter(Boolean));
  return BASES.filter((b) => !b.extraCharter || claimed.has(b.id));
}
const CHARTER_ONLY = BASES.filter((b) => !b.extraCharter);

/**
 * Deciding one use on a series of increasing dates (the timeline): the series of each basis (and
 * of each version of the disputed facts), which carries the trees from one date to the next.
 */
export type DateSeries = (p: Prepared, basis: BasisId) => Series;

export function dateSeries(): DateSeries {
  const all = new Map<Prepared, Map<BasisId, Series>>();
  return (p, basis) => {
    let byBasis = all.get(p);
    if (!byBasis) all.set(p, (byBasis = new Map()));
    let s = byBasis.get(basis);
    if (!s) byBasis.set(basis, (s = series()));
    return s;
  };
}

/**
 * Decide one basis for one use of force on one date, across the worlds it depends on. With
 * `statusOnly` (the timeline) evaluation stops where a parent is decided: same statuses, partial trace.
 */
export function decideBasis(p: Prepared, use: UseOfForce, basis: BasisDefinition, date: string, statusOnly = false, dates?: DateSeries, memo: ConcludeMemo = new Map()): BasisDecision {
  if (p.variants) {
    // Each version is its own situation: its own memo.
    const results = p.variants.map((v) => ({ ...v, decision: decideBasis(v.prepared, v.prepared.model.uses.get(use.id) ?? use, basis, date, statusOnly, dates) }));
    const out = combineVariants(results);
    if (dates) out.nextChange = results.reduce((d, r) => (r.decision.nextChange && r.decision.nextChange < d ? r.decision.nextChange : d), NEVER);
    return out;
  }
  const actor = list(use.by)[0];
  // Every field a rule may add is present from the start, in one order: the contexts the rules
  // derive (`{ ...c, attack, victim }`) then all have one shape, and reading them stays fast.
  const makeCtx = (world: World): LawCtx => ({ world, m: p.model, use, date, actor, memo, attack: undefined, victim: undefined, resolution: undefined, consent: undefined, territory: undefined });
  const s = dates?.(p, basis.id);
  if (s) s.date = date;
  const worlds = decideWorlds(basis.rule, makeCtx, SWITCH_BY_ID, p.settled, p.factSwitches, statusOnly, s);
  const answers = worlds.map((o) => ({ positions: o.positions, value: o.tree.value, isDefault: o.isDefault }));
  const contest = contestOf(answers);
  const switches = (worlds.length === 1 ? worlds[0].consulted : [...new Set(worlds.flatMap((o) => o.consulted))]) as SwitchId[];
  const out: BasisDecision = {
    basis: basis.id,
    label: basis.label,
    status: contest.contested ? "contested" : STATUS[contest.value],
    claimed: (use.claims ?? []).some((c) => c.basis === basis.id),
    worlds,
    switches,
    contest,
  };
  if (contest.contested) out.positions = worlds.map((o) => ({ positions: o.positions as never, status: STATUS[o.tree.value], isDefault: o.isDefault }));
  // On a series of dates: the first later day on which some comparison with the date would answer otherwise.
  if (s) out.nextChange = worlds.reduce((d, o) => (o.tree.until && o.tree.until < d ? o.tree.until : d), NEVER);
  return out;
}

const TRI: Record<Exclude<BasisStatus, "contested">, Tri> = { available: "yes", "not-available": "no", undetermined: "unknown" };

/** The decisions under each version of the disputed facts, as one: contested on the facts where a version of standing differs. */
function combineVariants(results: { positions: Record<string, string>; isDefault: boolean; decision: BasisDecision }[]): BasisDecision {
  const first = results[0].decision;
  if (results.every((r) => r.decision.status === first.status)) return first;
  const worlds = results.flatMap(({ positions, isDefault, decision }) =>
    decision.positions
      ? decision.positions.map((p) => ({ positions: { ...positions, ...p.positions }, value: TRI[p.status as Exclude<BasisStatus, "contested">], isDefault: isDefault && p.isDefault, status: p.status }))
      : [{ positions, value: TRI[decision.status as Exclude<BasisStatus, "contested">], isDefault, status: decision.status }],
  );
  const contest = contestOf(worlds);
  return {
    ...first,
    status: contest.contested ? "contested" : STATUS[contest.value],
    positions: worlds.map((w) => ({ positions: w.positions as never, status: w.status, isDefault: w.isDefault })),
    contest,
    variants: results,
  };
}

export function verdictOf(bases: readonly { status: BasisStatus }[]): Verdict {
  let contested = false;
  let undetermined = false;
  for (const b of bases) {
    if (b.status === "available") return "lawful";
    if (b.status === "contested") contested = true;
    else if (b.status === "undetermined") undetermined = true;
  }
  return contested ? "contested" : undetermined ? "undetermined" : "unlawful";
}

/**
 * The verdict on the prohibition of force (art 2(4)). Conduct that is not a use of force at all
 * (funding alone: Nicaragua para 228) does not engage art 2(4): "not-force", whatever the bases say.
 * Where it is unknown whether the conduct is force, no breach can be found: at worst undetermined.
 */
export function useVerdict(bases: readonly { status: BasisStatus }[], isForce: Tri): Verdict {
  if (isForce === "no") return "not-force";
  const v = verdictOf(bases);
  return isForce === "unknown" && v === "unlawful" ? "undetermined" : v;
}

export type NotUnderWay = "before-start" | "after-end";

/**
 * Is the use of force under way on the date? Outside its own period (before its start, after its
 * end) there is no force to judge: verdict "not-under-way" (the bases are still judged, as if it
 * were used that day). A partial date is a range of days: where the date may fall inside the
 * period (a use starting "1990-08" judged on 1990-08-15) the use is possibly under way, and is
 * judged as under way; only a date surely outside the period is not.
 */
export function underWay(use: Pick<UseOfForce, "start" | "end">, date: string): "under-way" | NotUnderWay {
  if (onOrBefore(use.start, date) === "no") return "before-start";
  if (use.end && onOrBefore(date, use.end) === "no") return "after-end";
  return "under-way";
}

/** The verdict on the date: "not-under-way" outside the use's period, else the verdict on art 2(4). */
export function verdictOn(use: UseOfForce, date: string, bases: readonly { status: BasisStatus }[], isForce: Tri): Verdict {
  return underWay(use, date) === "under-way" ? useVerdict(bases, isForce) : "not-under-way";
}

export function decideUse(p: Prepared, use: UseOfForce, date: string): UseDecision {
  const defs = basesFor(use);
  const bases = new Array<BasisDecision>(defs.length);
  // One memo for every basis of this use on this date: a rule one basis asks of another (consent) is evaluated once.
  const memo: ConcludeMemo = new Map();
  for (let i = 0; i < defs.length; i++) bases[i] = decideBasis(p, use, defs[i], date, false, undefined, memo);
  const isForce = fact(use.isForce, "yes").value;
  const when = underWay(use, date);
  if (when !== "under-way") return { id: use.id, use, date, isForce, verdict: "not-under-way", notUnderWay: when, bases };
  return { id: use.id, use, date, isForce, verdict: useVerdict(bases, isForce), bases };
}

export class UsageError extends Error {
  override name = "UsageError";
}

export function selectUses(s: Situation, only?: string[]): UseOfForce[] {
  if (!only) return s.uses;
  return only.map((id) => {
    const u = s.uses.find((x) => x.id === id);
    if (!u) throw new UsageError(`no use of force "${id}" in the situation (it has: ${s.uses.map((x) => x.id).join(", ")})`);
    return u;
  });
}

/** Without a date: the situation's asOf if the use is under way then, else the use's first day. */
export function defaultDate(asOf: string | undefined, u: UseOfForce): string {
  if (asOf && underWay(u, asOf) === "under-way") return asOf;
  return u.start;
}

/** A partial date judged on its first day. */
export const dayOf = (d: string) => (d.length === 10 ? d : d.length === 7 ? `${d}-01` : `${d}-01-01`);

/**
 * Decide every use of force (or those named) on one date: statuses and trace, no text. Give a
 * Prepared (from `prepare`) to reuse the per-situation work across dates and calls.
 */
export function decide(input: Situation | Prepared, options: DecideOptions = {}): Decision {
  const p = isPrepared(input) ? input : prepare(input, options.doctrine);
  const s = p.model.situation;
  const uses = selectUses(s, options.uses).map((u) => decideUse(p, u, dayOf(options.date ?? defaultDate(s.asOf, u))));
  return { casus: 3, title: s.title, date: options.date ?? s.asOf ?? "start of each use", doctrine: p.doctrine, uses, prepared: p };
}
