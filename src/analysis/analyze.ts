// The analysis: for each use of force, on a date, every basis with its proof tree; or, without a
// date, the timeline of each basis. Decide first (src/analysis/decide.ts: statuses and trace),
// then explain (src/render/answer.ts: the words, in one language). A pure function of the
// situation, the date and the doctrine.
import type { Language } from "../engine/reason.js";
import { cite } from "../law/citations.js";
import { commitments as commitmentFindings, type CommitmentFinding } from "../law/treaties/collective-defence.js";
import { checkLabels } from "../law/labels.js";
import { judgeDomestic, reformIds } from "../law/domestic-layers.js"; // domestic layers (docs/domestic-layers.md)
import "./layers.js";
import type { Lang } from "../law/domestic.js";
import type { Situation, UseOfForce } from "../scenario/schema.js";
import { list } from "../scenario/model.js";
import { Explainer, explainBasis, useSummary } from "../render/answer.js";
import {
  decide,
  decideUse,
  dayOf,
  defaultDate,
  prepare,
  selectUses,
  UsageError,
  useVerdict,
  verdictOf,
  type DecideOptions,
  type Decision,
  type Prepared,
  type UseDecision,
} from "./decide.js";
import { useTimeline } from "./timeline.js";
import type { Analysis, Commitment, TimelineAnalysis, UseAnalysis } from "../answer/types.js";

export { decide, prepare, verdictOf, useVerdict, UsageError, type Prepared, type Decision, type DecideOptions };

export interface AnalyzeOptions extends DecideOptions {
  /** Domestic layers: a reform (amendment or reinterpretation) to apply, by id (docs/domestic-layers.md). */
  reform?: string;
  /** The language of the reasons and summaries (default "en"); the domestic layers' too. */
  lang?: Lang;
}

/** A treaty commitment, in words. */
export function explainCommitment(c: CommitmentFinding, x: Explainer): Commitment {
  return { treaty: c.treaty, label: c.label, victim: c.victim, triggered: c.triggered, because: x.say(c.reason), citations: c.cite.map(cite), note: x.say(c.note) };
}

/**
 * A use's decision, explained: the international answer, then the domestic layers' beside it.
 * `trees: false`: the bases without their condition trees (explainBasis gives one when asked).
 */
export function explainUse(p: Prepared, d: UseDecision, domestic: { reform?: string; lang?: Lang; trees?: boolean } = {}): UseAnalysis {
  const lang: Language = domestic.lang ?? "en";
  const trees = domestic.trees ?? true;
  const x = new Explainer(lang);
  const use = d.use;
  // The domestic layers and the label checks read the international answer in English (their own texts quote it).
  const en = lang === "en" ? x : new Explainer("en");
  const basesEn = d.bases.map((b) => explainBasis(b, en, trees));
  const bases = lang === "en" ? basesEn : d.bases.map((b) => explainBasis(b, x, trees));
  const found = commitmentFindings(p.model, use, d.date);
  const result: UseAnalysis = {
    id: use.id,
    title: use.title,
    by: list(use.by),
    date: d.date,
    verdict: d.verdict,
    ...(d.notUnderWay ? { notUnderWay: d.notUnderWay } : {}),
    summary: x.say(useSummary(d)),
    isForce: d.isForce,
    bases,
    commitments: found.map((c) => explainCommitment(c, x)),
    // The label checks read the English answer; their message is worded in the language asked for.
    labels: checkLabels(p.model, use, basesEn).map((l) => (lang === "en" || !l.reason ? l : { ...l, message: x.say(l.reason) })),
  };
  const commitmentsEn = lang === "en" ? result.commitments : found.map((c) => explainCommitment(c, en));
  // Domestic layers (e.g. Japan) judge the same use on the same date, beside the international answer.
  const layers = judgeDomestic({ model: p.model, use, date: d.date, bases: basesEn, isForce: d.isForce, commitments: commitmentsEn, reform: domestic.reform, lang: domestic.lang, doctrine: p.settled });
  if (layers.length) result.domestic = layers;
  return result;
}

export function analyzeUse(p: Prepared, use: UseOfForce, date: string, domestic: { reform?: string; lang?: Lang } = {}): UseAnalysis {
  return explainUse(p, decideUse(p, use, date), domestic);
}

/** Judge every use of force on one date (default: the situation's asOf, else each use's start). */
export function analyze(situation: Situation | Prepared, options: AnalyzeOptions = {}): Analysis {
  if (options.reform !== undefined && !reformIds().includes(options.reform))
    throw new UsageError(`unknown reform "${options.reform}" (reforms: ${reformIds().join(", ")})`);
  const d = decide(situation, options);
  const domestic = { reform: options.reform, lang: options.lang };
  return { casus: 3, title: d.title, date: d.date, doctrine: d.doctrine, uses: d.uses.map((u) => explainUse(d.prepared, u, domestic)) };
}

/** For each use of force, the intervals over which each basis is available. */
export function timeline(situation: Situation | Prepared, options: Omit<AnalyzeOptions, "date"> = {}): TimelineAnalysis {
  const p = "model" in situation ? (situation as Prepared) : prepare(situation as Situation, options.doctrine);
  const s = p.model.situation;
  const uses = selectUses(s, options.uses).map((u) => useTimeline(p, u, options.lang ?? "en"));
  return { casus: 3, title: s.title, doctrine: p.doctrine, uses };
}

export { useTimeline, dayOf, defaultDate };
