// What a rule of law is evaluated against: the situation, the use of force, the date judged, the
// acting state, and whatever candidate the rule is looking at (an attack, a victim, a resolution).
import type { EvalContext, Finding } from "../engine/rule.js";
import { onOrBefore, minDate } from "../engine/dates.js";
import type { Reason } from "../engine/reason.js";
import type { Tri } from "../engine/tri.js";
import type { Model } from "../scenario/model.js";
import type { Attack, Consent, Resolution, UseOfForce } from "../scenario/schema.js";

export interface LawCtx extends EvalContext {
  m: Model;
  use: UseOfForce;
  date: string;
  /** The state (or organisation) whose force is judged. */
  actor: string;
  attack?: Attack;
  victim?: string;
  resolution?: Resolution;
  consent?: Consent;
  territory?: string;
}

export const useFact = (c: LawCtx, field: string) => c.m.path("uses", c.use.id, field);

/** When the acting state's force began: its own start in a coalition (`startBy`), else the use's. */
export const actorStart = (c: LawCtx) => c.m.startOf(c.use, c.actor);

/** The moment by which a request or declaration must exist: the start of the acting state's force, or the date judged if earlier. */
export const forceMoment = (c: LawCtx) => minDate(actorStart(c), c.date);

/** Has an event dated `d` happened by the date judged? */
export const hasHappened = (c: LawCtx, d: string): Tri => onOrBefore(d, c.date);

export const F = {
  /** A finding from a stated three-valued fact, or unknown naming the missing fact. */
  from(value: Tri, reason: Reason, path: string, missing?: Reason): Finding {
    return value === "unknown" ? { value, reason: missing ?? reason, facts: [], missing: [path] } : { value, reason, facts: [path] };
  },
};
