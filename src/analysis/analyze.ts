// The analysis: for each use of force, on a date, every basis with its proof tree; or, without a
// date, the timeline of each basis. A pure function of the situation, the date and the doctrine.
import type { ProofNode, World } from "../engine/rule.js";
import { evaluateWorlds } from "../engine/worlds.js";
import { proofToConditions } from "./proof.js";
import type { Tri } from "../engine/tri.js";
import { onOrBefore } from "../engine/dates.js";
import { BASES, type BasisDefinition } from "../law/rulebook.js";
import { SWITCH_BY_ID } from "../law/doctrine.js";
import { cite } from "../law/citations.js";
import { commitments } from "../law/treaties/collective-defence.js";
import { checkLabels } from "../law/labels.js";
import { contestOf, rejectedNote } from "../law/contest.js";
import { combineVariants, variantsOf } from "../law/disputes.js";
import { judgeDomestic, reformIds } from "../law/domestic-layers.js"; // domestic layers (docs/domestic-layers.md)
import type { Lang } from "../law/domestic.js";
import type { LawCtx } from "../law/context.js";
import { Model, fact, list } from "../scenario/model.js";
import type { Situation, SwitchId, UseOfForce } from "../scenario/schema.js";
import { resolveDoctrine, type DoctrineOption } from "./doctrine-options.js";
import { changeDates } from "./timeline-dates.js";
import type {
  Analysis,
  BasisId,
  BasisResult,
  BasisStatus,
  TimelineAnalysis,
  UseAnalysis,
  UseTimeline,
  Verdict,
} from "./result.js";

export interface AnalyzeOptions {
  /** The date judged (YYYY-MM-DD). Default: the situation's asOf, else each use's start. */
  date?: string;
  /** A profile name, or switch -> position. */
  doctrine?: DoctrineOption;
  /** Judge only these uses of force. */
  uses?: string[];
  /** Domestic layers: a reform (amendment or reinterpretation) to apply, by id (docs/domestic-layers.md). */
  reform?: string;
  /** Domestic layers: the language of their reasons and summaries (default "en"). */
  lang?: Lang;
}

const STATUS: Record<Tri, BasisStatus> = { yes: "available", no: "not-available", unknown: "undetermined" };

/** Prepared once per situation: the model and the doctrine settled by it and by the user. */
export interface Prepared {
  model: Model;
  settled: ReadonlyMap<string, string>;
  doctrine: ReturnType<typeof resolveDoctrine>["settings"];
  /** Disputed facts (src/law/disputes.ts): the situation under each combination of versions. */
  variants?: { positions: Record<string, string>; isDefault: boolean; prepared: Prepared }[];
}

export function prepare(situation: Situation, doctrine?: DoctrineOption): Prepared {
  const { settled, settings } = resolveDoctrine(situation, doctrine);
  const p: Prepared = { model: new Model(situation), settled, doctrine: settings };
  const variants = variantsOf(situation);
  if (variants.length) p.variants = variants.map((v) => ({ positions: v.positions, isDefault: v.isDefault, prepared: { model: new Model(v.situation), settled, doctrine: settings } }));
  return p;
}

function basesFor(use: UseOfForce): BasisDefinition[] {
  const claimed = new Set((use.claims ?? []).map((c) => c.basis).filter(Boolean));
  return BASES.filter((b) => !b.extraCharter || claimed.has(b.id));
}

/** Judge one basis for one use of force on one date, across the doctrine worlds it depends on. */
export function judgeBasis(p: Prepared, use: UseOfForce, basis: BasisDefinition, date: string): BasisResult {
  if (p.variants) return combineVariants(p.variants.map((v) => ({ ...v, result: judgeBasis(v.prepared, v.prepared.model.uses.get(use.id) ?? use, basis, date) })));
  const makeCtx = (world: World): LawCtx => ({ world, m: p.model, use, date, actor: list(use.by)[0] });
  const outcomes = evaluateWorlds(basis.rule, makeCtx, SWITCH_BY_ID, p.settled);
  const statuses = outcomes.map((o) => STATUS[o.tree.value]);
  // Contested only where a position of real standing gives a different definite answer (src/law/contest.ts).
  const contest = contestOf(outcomes.map((o) => ({ positions: o.positions, value: o.tree.value, isDefault: o.isDefault })));
  const contested = contest.contested;
  const main = outcomes[0];
  const switches = [...new Set(outcomes.flatMap((o) => o.consulted))] as SwitchId[];
  const claimed = (use.claims ?? []).some((c) => c.basis === basis.id);
  // Single-actor, single-candidate layers add nothing for the reader: start below them.
  let top = proofToConditions(outcomes, cite);
  while (top.children.length === 1 && (top.kind === "every" || top.kind === "some")) top = top.children[0];
  const result: BasisResult = {
    basis: basis.id,
    label: basis.label,
    status: contested ? "contested" : statuses[0],
    claimed,
    summary: "",
    conditions: top.children.length ? top.children : [top],
    switches,
  };
  if (contested) result.positions = outcomes.map((o) => ({ positions: o.positions, status: STATUS[o.tree.value], isDefault: o.isDefault }));
  result.summary = summarise(result, main.tree) + rejectedNote(contest);
  return result;
}

/** One line: what decided the basis. */
function summarise(b: BasisResult, tree: ProofNode): string {
  if (b.status === "contested") {
    const parts = b.positions!.map((p) => `${Object.entries(p.positions).map(([k, v]) => `${k}=${v}`).join(", ") || "default"}: ${p.status}`);
    return `contested: ${parts.join("; ")}`;
  }
  if (b.status === "available") return `available: ${firstHolding(tree)}`;
  const failed = leaves(tree, b.status === "not-available" ? "no" : "unknown");
  const labels = [...new Set(failed.map((l) => l.because))].slice(0, 3);
  return `${b.status}: ${labels.join("; ") || tree.because}`;
}

function firstHolding(n: ProofNode): string {
  if (n.kind === "some" || n.kind === "any") {
    const c = n.children.find((x) => x.value === "yes");
    if (c) return c.kind === "leaf" ? c.because : `${c.label}`;
  }
  if (n.kind === "every" && n.children.length > 0) return firstHolding(n.children[0]);
  return n.because;
}

function leaves(n: ProofNode, value: Tri): ProofNode[] {
  if (n.weight === "evidence") return [];
  if (n.children.length === 0) return n.value === value ? [n] : [];
  return n.children.filter((c) => c.value === value).flatMap((c) => leaves(c, value));
}

export function verdictOf(bases: BasisResult[]): Verdict {
  const s = bases.map((b) => b.status);
  if (s.includes("available")) return "lawful";
  if (s.includes("contested")) return "contested";
  if (s.includes("undetermined")) return "undetermined";
  return "unlawful";
}

/**
 * The verdict on the prohibition of force. Conduct that is not a use of force at all (funding
 * alone: Nicaragua para 228) cannot breach art 2(4); whether it breaches non-intervention is a
 * question casus does not answer, and its summary says so.
 */
export function useVerdict(bases: BasisResult[], isForce: Tri): Verdict {
  return isForce === "no" ? "lawful" : verdictOf(bases);
}

export function analyzeUse(p: Prepared, use: UseOfForce, date: string, domestic: { reform?: string; lang?: Lang } = {}): UseAnalysis {
  const bases = basesFor(use).map((b) => judgeBasis(p, use, b, date));
  const isForce = fact(use.isForce, "yes").value;
  const verdict = useVerdict(bases, isForce);
  const available = bases.filter((b) => b.status === "available");
  const summary =
    isForce === "no"
      ? `not a use of force (Nicaragua para 228): no breach of art 2(4), so no basis is needed; whether it is unlawful intervention is outside casus${available.length ? ` (available anyway: ${available.map((b) => b.basis).join(", ")})` : ""}`
      : verdict === "lawful"
        ? `lawful: ${available.map((b) => b.basis).join(", ")}`
        : verdict === "unlawful"
          ? "unlawful: no basis is available, a breach of art 2(4)"
          : verdict === "contested"
            ? `contested: ${bases.filter((b) => b.status === "contested").map((b) => b.basis).join(", ")} depend on doctrine`
            : `undetermined: ${bases.filter((b) => b.status === "undetermined").map((b) => b.basis).join(", ")} turn on unknown facts`;
  const result: UseAnalysis = {
    id: use.id,
    title: use.title,
    by: list(use.by),
    date,
    verdict,
    summary,
    isForce,
    bases,
    commitments: commitments(p.model, use, date),
    labels: checkLabels(p.model, use, bases),
  };
  // Domestic layers (e.g. Japan) judge the same use on the same date, beside the international answer.
  const layers = judgeDomestic({ model: p.model, use, date, bases, isForce, commitments: result.commitments, reform: domestic.reform, lang: domestic.lang, doctrine: p.settled });
  if (layers.length) result.domestic = layers;
  return result;
}

function selectUses(s: Situation, only?: string[]): UseOfForce[] {
  if (!only) return s.uses;
  return only.map((id) => {
    const u = s.uses.find((x) => x.id === id);
    if (!u) throw new UsageError(`no use of force "${id}" in the situation (it has: ${s.uses.map((x) => x.id).join(", ")})`);
    return u;
  });
}

export class UsageError extends Error {
  override name = "UsageError";
}

/** Judge every use of force on one date (default: the situation's asOf, else each use's start). */
export function analyze(situation: Situation, options: AnalyzeOptions = {}): Analysis {
  const p = prepare(situation, options.doctrine);
  if (options.reform !== undefined && !reformIds().includes(options.reform))
    throw new UsageError(`unknown reform "${options.reform}" (reforms: ${reformIds().join(", ")})`);
  const domestic = { reform: options.reform, lang: options.lang };
  const uses = selectUses(situation, options.uses).map((u) => analyzeUse(p, u, dayOf(options.date ?? defaultDate(situation.asOf, u)), domestic));
  return { casus: 1, title: situation.title, date: options.date ?? situation.asOf ?? "start of each use", doctrine: p.doctrine, uses };
}

/** Without a date: the situation's asOf if the use is under way then, else the use's first day. */
function defaultDate(asOf: string | undefined, u: UseOfForce): string {
  if (asOf && onOrBefore(u.start, asOf) !== "no" && (!u.end || onOrBefore(asOf, u.end) !== "no")) return asOf;
  return u.start;
}

/** A partial date judged on its first day. */
const dayOf = (d: string) => (d.length === 10 ? d : d.length === 7 ? `${d}-01` : `${d}-01-01`);

/** For each use of force, the intervals over which each basis is available. */
export function timeline(situation: Situation, options: Omit<AnalyzeOptions, "date"> = {}): TimelineAnalysis {
  const p = prepare(situation, options.doctrine);
  const uses = selectUses(situation, options.uses).map((u) => useTimeline(p, u));
  return { casus: 1, title: situation.title, doctrine: p.doctrine, uses };
}

export function useTimeline(p: Prepared, use: UseOfForce): UseTimeline {
  const { dates, events } = changeDates(p.model, use);
  const defs = basesFor(use);
  const isForce = fact(use.isForce, "yes").value;
  const rows = dates.map((d) => {
    const bases = defs.map((b) => judgeBasis(p, use, b, d));
    return { date: d, statuses: bases.map((b) => b.status), verdict: useVerdict(bases, isForce) };
  });
  const bases = defs.map((b, i) => ({ basis: b.id as BasisId, intervals: intervals(rows.map((r) => ({ date: r.date, value: r.statuses[i] })), use.end) }));
  return {
    id: use.id,
    title: use.title,
    from: dates[0],
    to: use.end,
    verdicts: intervals(rows.map((r) => ({ date: r.date, value: r.verdict })), use.end).map(({ from, to, status }) => ({ from, to, verdict: status })),
    bases,
    events,
  };
}

function intervals<S extends string>(rows: { date: string; value: S }[], end?: string): { from: string; to?: string; status: S }[] {
  const out: { from: string; to?: string; status: S }[] = [];
  rows.forEach((r, i) => {
    const last = out[out.length - 1];
    if (last && last.status === r.value) return;
    if (last) last.to = previousDay(r.date);
    out.push({ from: r.date, status: r.value });
    void i;
  });
  if (out.length && end) out[out.length - 1].to = dayOfEnd(end);
  return out;
}

const previousDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayOfEnd = (d: string) => (d.length === 10 ? d : d.length === 7 ? new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7), 0)).toISOString().slice(0, 10) : `${d}-12-31`);
