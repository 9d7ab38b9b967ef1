// What a rule of law is evaluated against: the situation, the use of force, the date judged, the
// acting state, and whatever candidate the rule is looking at (an attack, a victim, a resolution).
// No leaf lives here; the rules return reason codes (src/engine/reason.ts) beside their citations.
import type { EvalContext } from "../engine/rule.js";
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

/**
 * When the acting state's force began: its own start in a coalition (`startBy`), else the use's.
 * A request, declaration or consent covers the force from its own date, not from this one
 * (Nicaragua paras 232-236): this date only says whether it came after the force began.
 */
export const actorStart = (c: LawCtx) => c.m.startOf(c.use, c.actor);
