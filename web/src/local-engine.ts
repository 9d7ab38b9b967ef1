// What the worker (engine-worker.ts) computes, as plain functions (tested in Node: test/web-local-engine.test.ts).
// Decide, then explain only what the verdicts tab shows: what analyze() says, but the proof trees,
// each explained from the decision kept when the page opens its basis.
import { SituationReader } from "../../src/scenario/incremental.ts";
import { decide, explainUse, type Decision } from "../../src/analysis/analyze.ts";
import { Explainer, explainBasis } from "../../src/render/answer.ts";
import { localView, treeOf, type AnalysisView, type ConditionView } from "./answer.ts";

export interface LocalQuestion {
  yaml: string;
  date?: string;
  doctrine?: Record<string, string>;
  lang?: "en" | "ja";
}

/** A decision (statuses and traces, no words), kept to explain the proof trees asked for later. */
export interface Held {
  decision: Decision;
  lang: "en" | "ja";
}

/**
 * The view model of the verdicts (localView of analyze(), without the trees); throws CasusInputError
 * on bad input. `reader` keeps the parts of the texts it has read, so that an edit parses only what it changed.
 */
export function analyzeLocally(q: LocalQuestion, reader = new SituationReader()): { view: AnalysisView; held: Held } {
  const s = reader.read(q.yaml, "<situation>");
  const decision = decide(s, { date: q.date, doctrine: q.doctrine && Object.keys(q.doctrine).length ? q.doctrine : undefined });
  const lang = q.lang ?? "en";
  const uses = decision.uses.map((u) => explainUse(decision.prepared, u, { lang, trees: false }));
  const view = localView({ casus: 3, title: decision.title, date: decision.date, doctrine: decision.doctrine, uses });
  return { view, held: { decision, lang } };
}

/** One basis's proof tree, in the language of its analysis; null if the use has no such basis. */
export function treeLocally(held: Held, use: string, basis: string): ConditionView[] | null {
  const b = held.decision.uses.find((u) => u.id === use)?.bases.find((x) => x.basis === basis);
  return b ? treeOf(explainBasis(b, new Explainer(held.lang))) : null;
}
