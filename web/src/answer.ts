// The ONE place where the web app knows the shape of casus's answer (docs/json-output.md). The
// engine's JSON may change (issue 6: "decide, then explain"); adapt it here and nowhere else.
// Everything below turns a server response into the small view model the pages draw.
import type {
  Analysis,
  BasisResult,
  ConditionResult,
  TimelineAnalysis,
  UseAnalysis,
  UseTimeline,
} from "../../src/answer/types.ts";
import type { Explanation } from "../../src/analysis/explain.ts";
import type { Comparison } from "../../src/analysis/compare.ts";
import { SWITCHES } from "../../src/law/doctrine.ts";

/**
 * "not-force": the conduct is no use of force, so art 2(4) is not engaged (JSON version 2).
 * "not-under-way": the date is outside the use's own period, so nothing to judge (JSON version 3).
 */
export type Verdict = "lawful" | "unlawful" | "undetermined" | "contested" | "not-force" | "not-under-way";
export type BasisStatus = "available" | "not-available" | "undetermined" | "contested";
export type ConditionStatus = "satisfied" | "failed" | "unknown" | "contested";

export interface CitationView {
  id: string;
  text: string;
}

export interface ConditionView {
  id: string;
  label: string;
  status: ConditionStatus;
  because: string;
  citations: CitationView[];
  facts: string[];
  missing: string[];
  evidenceOnly: boolean;
  doctrine?: string;
  byPosition: { positions: string; status: string; isDefault: boolean }[];
  children: ConditionView[];
}

export interface BasisView {
  basis: string;
  label: string;
  status: BasisStatus;
  claimed: boolean;
  summary: string;
  switches: string[];
  /** For a contested basis: the answer under each doctrine position, e.g. "councilMeasures=effective". */
  positions: { positions: string; status: BasisStatus; isDefault: boolean }[];
  /** The proof tree; undefined in the worker's small view model: asked for when a basis is opened (treeOf). */
  conditions?: ConditionView[];
}

export interface LabelView {
  label: string;
  ok: boolean;
  message: string;
}

export interface UseView {
  id: string;
  title: string;
  by: string[];
  date: string;
  verdict: Verdict;
  summary: string;
  bases: BasisView[];
  labels: LabelView[];
  /** Domestic answers (e.g. Japan), shown beside the international one. */
  domestic: { layer: string; answer: string; regime: string }[];
}

export interface Interval {
  from: string;
  to?: string;
  status: string;
}

export interface UseTimelineView {
  id: string;
  title: string;
  from: string;
  to?: string;
  verdicts: Interval[];
  bases: { basis: string; intervals: Interval[] }[];
  events: { date: string; what: string }[];
}

export interface AnalysisView {
  title: string;
  /** The date judged. */
  date: string;
  doctrine: { switch: string; position: string; from: string }[];
  uses: UseView[];
  timeline: UseTimelineView[];
  /** The whole answer as text, rendered by the server in the language asked for. */
  text: string;
}

const positionsText = (p: Record<string, string | undefined>) =>
  Object.entries(p)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");

/**
 * A proof node's sources. The one place that reads citations: in the server's JSON (version 3) keys
 * of the answer's `citations` table; in the library's own objects (the in-browser engine) the citations.
 */
type CitationTable = Record<string, { text?: string; id?: string }>;
function citationsOf(c: ConditionResult, table: CitationTable): CitationView[] {
  return ((c.citations ?? []) as (string | CitationView)[]).map((x) =>
    typeof x === "string" ? { id: table[x]?.id ?? x, text: table[x]?.text ?? x } : { id: x.id, text: x.text },
  );
}

function condition(c: ConditionResult, table: CitationTable): ConditionView {
  return {
    id: c.id,
    label: c.label,
    status: c.status,
    because: c.because ?? "",
    citations: citationsOf(c, table),
    facts: c.facts ?? [],
    missing: c.missing ?? [],
    evidenceOnly: !!c.evidenceOnly,
    doctrine: c.doctrine ? `${c.doctrine.switch}=${c.doctrine.position}` : undefined,
    byPosition: (c.byPosition ?? []).map((p) => ({ positions: positionsText(p.positions), status: p.status, isDefault: p.isDefault })),
    children: (c.children ?? []).map((x) => condition(x, table)),
  };
}

export function basis(b: BasisResult, trees = true, table: CitationTable = {}): BasisView {
  return {
    basis: b.basis,
    label: b.label,
    status: b.status,
    claimed: !!b.claimed,
    summary: b.summary ?? "",
    switches: [...(b.switches ?? [])],
    positions: (b.positions ?? []).map((p) => ({ positions: positionsText(p.positions), status: p.status, isDefault: p.isDefault })),
    conditions: trees ? (b.conditions ?? []).map((c) => condition(c, table)) : undefined,
  };
}

function use(u: UseAnalysis, trees: boolean, table: CitationTable): UseView {
  return {
    id: u.id,
    title: u.title,
    by: u.by ?? [],
    date: u.date,
    verdict: u.verdict,
    summary: u.summary ?? "",
    bases: (u.bases ?? []).map((b) => basis(b, trees, table)),
    labels: (u.labels ?? []).map((l) => ({ label: l.label, ok: l.kind === "fits", message: l.message })),
    domestic: (u.domestic ?? []).map((d) => {
      const x = d as unknown as { layer?: string; answer?: string; regime?: { label?: string } };
      return { layer: x.layer ?? "", answer: x.answer ?? "", regime: x.regime?.label ?? "" };
    }),
  };
}

function useTimeline(t: UseTimeline): UseTimelineView {
  return {
    id: t.id,
    title: t.title,
    from: t.from,
    to: t.to,
    verdicts: (t.verdicts ?? []).map((v) => ({ from: v.from, to: v.to, status: v.verdict })),
    bases: (t.bases ?? []).map((b) => ({ basis: b.basis, intervals: b.intervals.map((i) => ({ ...i })) })),
    events: t.events ?? [],
  };
}

/** The response of POST /api/analyze: `{ analysis, timeline, text }`; without the proof trees if `trees` is false. */
export function readAnalyze(response: unknown, trees = true): AnalysisView {
  const r = response as { analysis: (Analysis | (TimelineAnalysis & Analysis)) & { citations?: CitationTable }; timeline?: TimelineAnalysis; text?: string };
  const a = r.analysis;
  const table = a.citations ?? {};
  const tl = r.timeline ?? (a as TimelineAnalysis);
  return {
    title: a.title,
    date: a.date ?? "",
    doctrine: (a.doctrine ?? []).map((d) => ({ switch: d.switch, position: d.position, from: d.from })),
    uses: (a.uses ?? []).map((u) => use(u as UseAnalysis, trees, table)),
    timeline: (tl?.uses ?? []).filter((u) => (u as UseTimeline).verdicts).map((u) => useTimeline(u as UseTimeline)),
    text: r.text ?? "",
  };
}

/**
 * The small view model the worker sends the page (engine-worker.ts): what the verdicts tab draws,
 * without the proof trees (most of the answer's size), the timeline or the text. A few KB instead
 * of the whole answer, so the page receives and draws an edit's verdict at once.
 */
export function localView(analysis: unknown): AnalysisView {
  return readAnalyze({ analysis, timeline: { uses: [] } }, false);
}

/** One basis's proof tree, explained by the worker (the library's own objects): sent when the page opens that basis. */
export function treeOf(b: BasisResult): ConditionView[] {
  return (b.conditions ?? []).map((c) => condition(c, {}));
}

/** The worker's view model, with the timeline and text of the last server answer. */
export function readLocal(view: AnalysisView, last: AnalysisView | undefined): AnalysisView {
  return { ...view, timeline: last?.timeline ?? [], text: last?.text ?? "" };
}

export interface ComparisonView {
  use: string;
  title: string;
  date: string;
  rows: { aspect: string; collectiveSelfDefence: string; collectiveSecurity: string }[];
  collectiveSelfDefence: BasisView;
  collectiveSecurity: BasisView;
  holds: string[];
  citations: { collectiveSelfDefence: CitationView[]; collectiveSecurity: CitationView[] };
}

/** The response of POST /api/compare. */
export function readComparison(response: unknown): ComparisonView {
  const c = ((response as { comparison?: Comparison }).comparison ?? response) as Comparison;
  return {
    use: c.use,
    title: c.title,
    date: c.date,
    rows: c.rows,
    collectiveSelfDefence: basis(c.collectiveSelfDefence),
    collectiveSecurity: basis(c.collectiveSecurity),
    holds: c.holds ?? [],
    citations: c.citations ?? { collectiveSelfDefence: [], collectiveSecurity: [] },
  };
}

export interface ConditionRefView {
  id: string;
  label: string;
  status: string;
  because: string;
  facts: string[];
}

export interface ExplanationView {
  use: string;
  basis: string;
  date: string;
  status: string;
  summary: string;
  flips: ConditionRefView[][];
  deciding: (ConditionRefView & { ifSatisfied: string; ifFailed: string })[];
  irrelevant: ConditionRefView[];
  availableUnder: string[];
}

/** The response of POST /api/explain. */
export function readExplanation(response: unknown): ExplanationView {
  const e = ((response as { explanation?: Explanation }).explanation ?? response) as Explanation;
  return {
    use: e.use,
    basis: e.basis,
    date: e.date,
    status: e.status,
    summary: e.summary,
    flips: e.flips ?? [],
    deciding: (e.deciding ?? []).map((d) => ({ ...d, ifSatisfied: String(d.ifSatisfied), ifFailed: String(d.ifFailed) })),
    irrelevant: e.irrelevant ?? [],
    availableUnder: (e.availableUnder ?? []).map((p) => positionsText(p)),
  };
}

/** One line of "what changed": a verdict, a basis's status or a condition's status, before and after. */
export interface ChangeView {
  use: string;
  what: "verdict" | "basis" | "condition";
  subject: string;
  /** For a condition: the basis whose proof tree holds it. */
  basis?: string;
  label: string;
  before: string;
  after: string;
}

/**
 * The response of POST /api/diff (and the analysisDiff of a revisions comparison). The contract
 * says: per use, verdict before/after, per basis status before/after, per condition status
 * before/after, only the changes. Read leniently: arrays or maps, `from`/`to` or `before`/`after`.
 */
export function readDiff(response: unknown): ChangeView[] {
  const root = response as Record<string, unknown>;
  const body = (root?.diff ?? root?.analysisDiff ?? root) as Record<string, unknown>;
  const uses = (Array.isArray(body) ? body : (body?.uses ?? [])) as Record<string, unknown>[];
  const list = (x: unknown): Record<string, unknown>[] =>
    Array.isArray(x) ? x : x && typeof x === "object" ? Object.entries(x).map(([k, v]) => ({ id: k, ...(v as object) })) : [];
  const pair = (x: Record<string, unknown> | undefined) => {
    if (!x) return undefined;
    const before = x.before ?? x.from;
    const after = x.after ?? x.to;
    return before === undefined && after === undefined ? undefined : { before: String(before ?? "—"), after: String(after ?? "—") };
  };
  const out: ChangeView[] = [];
  for (const u of list(uses)) {
    const id = String(u.id ?? u.use ?? "");
    const title = String(u.title ?? id);
    const v = pair(u.verdict as Record<string, unknown>) ?? pair({ before: u.verdictBefore, after: u.verdictAfter });
    if (v && v.before !== v.after) out.push({ use: id, what: "verdict", subject: id, label: title, ...v });
    for (const b of list(u.bases)) {
      const name = String(b.basis ?? b.id ?? "");
      const s = pair(b.status as Record<string, unknown>) ?? pair(b);
      if (s && s.before !== s.after) out.push({ use: id, what: "basis", subject: name, label: String(b.label ?? name), ...s });
      for (const c of list(b.conditions)) {
        const cs = pair(c.status as Record<string, unknown>) ?? pair(c);
        if (cs && cs.before !== cs.after) out.push({ use: id, what: "condition", subject: String(c.id ?? ""), basis: name, label: String(c.label ?? c.id ?? ""), ...cs });
      }
    }
    for (const c of list(u.conditions)) {
      const cs = pair(c.status as Record<string, unknown>) ?? pair(c);
      if (cs && cs.before !== cs.after) out.push({ use: id, what: "condition", subject: String(c.id ?? ""), label: String(c.label ?? c.id ?? ""), ...cs });
    }
  }
  return out;
}

/** The doctrine switches (the contested points of law), with their positions and default. */
export interface SwitchView {
  id: string;
  question: string;
  default: string;
  settled: boolean;
  positions: { id: string; label: string }[];
}

export const DOCTRINE: SwitchView[] = SWITCHES.map((s) => ({
  id: s.id,
  question: s.question,
  default: s.default,
  settled: !!s.settledBy,
  positions: s.detail.map((p) => ({ id: p.id, label: p.label })),
}));
