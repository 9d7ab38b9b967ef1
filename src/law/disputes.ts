// Disputed facts (issue 7, principle 12): a fact recorded with each side's version becomes a
// switch of its own ("fact:<JSON path>", one position per version), evaluated like a doctrine
// switch but reported apart from doctrine disputes. Written out under issue 7.
import type { SwitchSpec } from "../engine/worlds.js";
import type { Model } from "../scenario/model.js";

export const FACT_SWITCH_PREFIX = "fact:";

/** The switches a situation's disputed facts add (none until the format records disputes). */
export function disputedFactSwitches(_model: Model): SwitchSpec[] {
  return [];
}
