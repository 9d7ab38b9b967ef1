// Domestic layers: a state's own law on its use of force (its constitution as read on a date, the
// statutes in force, the approval its parliament must give), judged beside international law and
// never mixed into it. A layer is a rulebook like src/law/charter: rule trees with citations, run by
// the same engine. This file is the contract every layer meets and the kit they share; it knows no
// state. The registry of layers is src/law/domestic-layers.ts (filled by src/analysis/layers.ts); how to add one: docs/domestic-layers.md.
import type { Tri } from "../engine/tri.js";
import type { BasisResult, Commitment, ConditionResult, DomesticAnalysis } from "../answer/types.js";
export { proofToConditions } from "../answer/proof.js";
import type { Model } from "../scenario/model.js";
import type { UseOfForce } from "../scenario/schema.js";

/** Output language of a layer's reasons ("because") and summaries. */
export type Lang = "en" | "ja";
export const LANGS: readonly Lang[] = ["en", "ja"];

/** What a layer is given: the situation, the use judged, the dates, and the international answer. */
export interface DomesticInput {
  model: Model;
  use: UseOfForce;
  /** The date of the facts (the date judged). */
  date: string;
  /** The date whose law is applied (default: `date`). */
  lawDate?: string;
  /** The international answer for the same use on the same date: the pair is built from it. */
  bases: readonly BasisResult[];
  /** Whether, for international law, the conduct is a use of force at all. */
  isForce: Tri;
  commitments: readonly Commitment[];
  /** A reform (amendment or reinterpretation) to apply, by id. */
  reform?: string;
  lang?: Lang;
  /** Doctrine positions settled by the situation or the user (a layer reads its own switches). */
  doctrine?: ReadonlyMap<string, string>;
}

export interface ReformInfo {
  id: string;
  label: string;
  /** One paragraph: what the reform says and how casus reads it. */
  summary: string;
}

export interface DomesticLayer {
  id: string;
  label: string;
  /** Does the layer judge this use (e.g. it is an action of that state's forces, described for the layer)? */
  appliesTo(model: Model, use: UseOfForce): boolean;
  judge(input: DomesticInput): DomesticAnalysis;
  /** The reforms a user can switch on (--reform NAME). */
  reforms: readonly ReformInfo[];
  /** The days on which the layer's law changed (for a table of the answer under every regime). */
  lawDates(): string[];
}

// ---- kit: proof trees to the documented JSON shape ------------------------------------------------



/** The first node (depth first) whose rule id, the last segment of its path, is `ruleId`. */
export function findCondition(c: ConditionResult, ruleId: string): ConditionResult | undefined {
  const last = c.id.split("/").pop()!.replace(/\[.*\]$/, "");
  if (last === ruleId) return c;
  for (const k of c.children) {
    const f = findCondition(k, ruleId);
    if (f) return f;
  }
  return undefined;
}

/** The rule id of a condition: the last segment of its path, without an item key. */
export const ruleIdOf = (c: ConditionResult): string => c.id.split("/").pop()!.replace(/\[.*\]$/, "");
