// The days on which the government's decisions cited by the Japan layer were made: a decision is
// cited only on dates after it was made (the 2014 Cabinet Decision is no authority for an order of
// 2009). Dates and sources from ../shared/law/japan.md.
import type { Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { statuteData } from "./statutes.js";
import { REGIMES } from "./regimes.js";

/** The Cabinet Decision of 1 July 2014 (japan.md 2(e)): the day its regime begins. */
export const CABINET_DECISION_2014 = REGIMES.find((r) => r.id === "cabinet-decision-2014")!.from;
/** The three gray-zone Cabinet decisions by telephone, May 2015 (japan.md 2(e)(iv): 14 May 2015 UNVERIFIED; listed in the Diet on 20 May 2015). */
export const GRAYZONE_DECISIONS = "2015-05-14";
/** The NSC guideline on SDF Act art 95-2, 22 December 2016 (japan.md 2(f)): the statute data's operationalFrom. */
export const GUIDELINE_95_2 = statuteData("asset-protection-95-2").operationalFrom!.value;

/** Citation id -> the day the decision it names was made. */
export const DECIDED_ON: Readonly<Record<string, string>> = {
  "jp-cd-2014": CABINET_DECISION_2014,
  "jp-cd-2014-1": CABINET_DECISION_2014,
  "jp-cd-2014-2-1": CABINET_DECISION_2014,
  "jp-cd-2014-2-2": CABINET_DECISION_2014,
  "jp-cd-2014-3-3": CABINET_DECISION_2014,
  "jp-cd-2014-3-4": CABINET_DECISION_2014,
  "jp-cd-2014-diet": CABINET_DECISION_2014,
  "jp-new-three-conditions": CABINET_DECISION_2014,
  "jp-grayzone-2015": GRAYZONE_DECISIONS,
  "jp-95-2-guideline": GUIDELINE_95_2,
};

/** Is the citation an authority on the day (not a decision made later)? */
export const citableOn = (id: string, day: string): boolean => {
  const made = DECIDED_ON[id];
  return made === undefined || onOrBefore(made, day) === "yes";
};

/** The citations of a list that exist on the day; where none does, the fallback (the statute). */
export const citesOn = (cite: readonly string[] | undefined, day: string, fallback: readonly string[] = []): string[] => {
  const kept = (cite ?? []).filter((id) => citableOn(id, day));
  return kept.length || !(cite ?? []).length ? kept : fallback.filter((id) => citableOn(id, day));
};

/**
 * A rule tree whose citations are those in existence on the day. A node left with none (a leaf
 * that cited only a later decision) cites its nearest ancestor's statute instead.
 */
export function citedOn<C>(rule: Rule<C>, day: string, fallback: readonly string[] = []): Rule<C> {
  const cite = citesOn(rule.cite, day, fallback);
  const own = cite.length ? cite.slice(0, 1) : fallback;
  const sub = (r: Rule<C>) => citedOn(r, day, own);
  switch (rule.kind) {
    case "leaf":
      return { ...rule, cite };
    case "all":
    case "any":
      return { ...rule, cite, of: rule.of.map(sub) };
    case "unless":
      return { ...rule, cite, rule: sub(rule.rule), exception: sub(rule.exception) };
    case "some":
    case "every":
      return { ...rule, cite, rule: sub(rule.rule) };
    case "doctrine":
      return { ...rule, cite, branches: Object.fromEntries(Object.entries(rule.branches).map(([k, v]) => [k, sub(v)])) };
  }
}
