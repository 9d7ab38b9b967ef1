// Small builders for tests: a situation from a partial object, and tree searches.
import { SituationSchema, type Situation, type SituationInput } from "../src/scenario/schema.js";
import type { BasisResult, ConditionResult, UseAnalysis } from "../src/answer/types.js";

export function situation(partial: Partial<SituationInput> & Pick<SituationInput, "uses">): Situation {
  return SituationSchema.parse({
    casus: 1,
    title: "test",
    // Invented states: their UN membership is stated (an unlisted state's membership is unknown: src/scenario/model.ts).
    actors: [
      { id: "V", name: "Victimland", kind: "state", unMember: true },
      { id: "X", name: "Attackerland", kind: "state", unMember: true },
      { id: "H", name: "Helperland", kind: "state", unMember: true },
      { id: "T", name: "Thirdland", kind: "state", unMember: true },
    ],
    ...partial,
  });
}

export function basis(u: UseAnalysis, id: string): BasisResult {
  const b = u.bases.find((x) => x.basis === id);
  if (!b) throw new Error(`no basis ${id} in ${u.id}`);
  return b;
}

export function nodes(cs: ConditionResult[]): ConditionResult[] {
  return cs.flatMap((c) => [c, ...nodes(c.children)]);
}

/** Conditions of a basis with this status whose label matches. */
export function find(b: BasisResult, status: ConditionResult["status"], label: RegExp): ConditionResult[] {
  return nodes(b.conditions).filter((c) => c.status === status && label.test(c.label));
}
