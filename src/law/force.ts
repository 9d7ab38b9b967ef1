// Is the conduct a use of force at all (art 2(4))? Nicaragua para 228 draws the line: "the arming
// and training of the contras can certainly be said to involve the threat or use of force against
// Nicaragua", while "the mere supply of funds ... does not in itself amount to a use of force"
// (an intervention, not force). casus takes the answer from the use's `isForce` fact; this file
// says which recorded conduct the Court placed on the force side, so that a situation recording
// such conduct as no force is flagged (a warning: the encoder may know more than the purposes say).
import type { Situation, UseOfForce } from "../scenario/schema.js";
import { fact } from "../scenario/model.js";
import { cite } from "./citations.js";

/** Purpose ids that record arming or training armed bands (docs/scenario-format.md 6.8). */
export const ARMING_PURPOSES: ReadonlySet<string> = new Set(["arm-opposition-forces", "train-opposition-forces", "arm-armed-bands", "train-armed-bands", "arm-rebels", "train-rebels"]);

/** Is the use recorded (by its purposes) as arming or training armed bands? */
export const armsArmedBands = (u: UseOfForce): boolean => (u.purposes ?? []).some((p) => ARMING_PURPOSES.has(p));

/** Uses recorded as no force although they arm or train armed bands (Nicaragua para 228). */
export function forceWarnings(s: Situation): { at: (string | number)[]; message: string }[] {
  const out: { at: (string | number)[]; message: string }[] = [];
  s.uses.forEach((u, i) => {
    if (u.isForce === undefined || fact(u.isForce).value !== "no" || !armsArmedBands(u)) return;
    out.push({
      at: ["uses", i, "isForce"],
      message: `the use arms or trains armed bands (its purposes), yet isForce is no: arming and training armed bands involves the use of force; only the mere supply of funds does not (${cite("nicaragua-228").text})`,
    });
  });
  return out;
}
