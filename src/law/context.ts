// What a rule of law is evaluated against: the situation, the use of force, the date judged, the
// acting state, and whatever candidate the rule is looking at (an attack, a victim, a resolution).
// No leaf lives here; the rules return reason codes (src/engine/reason.ts) beside their citations.
// Two rules every basis shares live here too: whether a date falls within a dated period
// (`within`), and who is the attacker (`attributedTo`, `harbouringAdmitted`, `attackerOf`).
import { position, type EvalContext } from "../engine/rule.js";
import { before, onOrBefore } from "../engine/dates.js";
import { and, type Tri } from "../engine/tri.js";
import { ATTRIBUTING_LINKS, fact, type Model } from "../scenario/model.js";
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

// ---- a dated period ------------------------------------------------------------------------------

/**
 * A dated period: from its first day, to its last day (`until`, inclusive), cut short by a
 * withdrawal (`withdrawn`: the first day no longer covered; no formality is needed, cite drc-47).
 * A request, a consent, an occupation and an attack are each such a period.
 */
export interface Period {
  from: string;
  until?: string;
  withdrawn?: string;
}

/** Whether `date` falls within the period, and which end decides (three-valued on imprecise dates). */
export interface Within {
  value: Tri;
  /** The period has begun by the date. */
  begun: Tri;
  /** The date is after its last day. */
  ended: Tri;
  /** It was withdrawn by the date. */
  withdrawn: Tri;
}

/** The one test of "this date falls within that dated period", used by every basis. */
export function within(date: string, p: Period): Within {
  const begun = onOrBefore(p.from, date);
  const ended: Tri = p.until ? before(p.until, date) : "no";
  const withdrawn: Tri = p.withdrawn ? onOrBefore(p.withdrawn, date) : "no";
  const value: Tri = begun === "no" || ended === "yes" || withdrawn === "yes" ? "no" : and([begun, ended === "unknown" ? "unknown" : "yes", withdrawn === "unknown" ? "unknown" : "yes"]);
  return { value, begun, ended, withdrawn };
}

type Occupation = NonNullable<NonNullable<ReturnType<Model["places"]["get"]>>["occupations"]>[number];

/**
 * Who controls a place on a date: the occupying or administering state whose dated occupation
 * covers the date, else `controlledBy`, else its territorial state. "unknown" where an imprecise
 * date leaves it open. A state id stands for its territory: an occupation of any of its places
 * is then reported (the first that covers the date).
 */
export function controllerOn(m: Model, where: string, date: string): { state: string | undefined; occupation?: Occupation; value: Tri } {
  const places = m.places.has(where) ? [m.places.get(where)!] : m.isState(where) ? [...m.places.values()].filter((p) => p.territoryOf === where) : [];
  for (const p of places)
    for (const o of p.occupations ?? []) {
      const v = within(date, { from: o.from, until: o.until }).value;
      if (v !== "no") return { state: o.by, occupation: o, value: v };
    }
  return { state: m.controllerOf(where), value: "yes" };
}

// ---- who is the attacker (issue 7 principle 6) ---------------------------------------------------

/**
 * Is the attack's authorship established? The burden is on the state claiming self-defence (Oil
 * Platforms paras 57-61): `established: no` means examined and not proven, so the attack is
 * attributed to no one; not stated: yes.
 */
export const authorship = (a: Attack): Tri => fact(a.established, "yes").value;

/**
 * Is the attack attributed to `state`? Only when it is the state's own (its organs), or a group's
 * attack is attributed to it by a link that attributes (sent by or on its behalf, substantial
 * involvement: Nicaragua para 195; DRC v Uganda paras 146-147), the link is proven, and the
 * attack's authorship is established (Oil Platforms paras 51, 57-61). Harbouring, support only, no
 * link: not attributed (Wall para 139): the state is a third state.
 */
export function attributedTo(m: Model, a: Attack, state: string): Tri {
  // A question of the situation only (never of the date or the doctrine): answered once per attack and state.
  const byState = m.memo(attributedTo, a, () => new Map<string, Tri>());
  let v = byState.get(state);
  if (v === undefined) byState.set(state, (v = attribution(m, a, state)));
  return v;
}

function attribution(m: Model, a: Attack, state: string): Tri {
  const own = authorship(a);
  if (own === "no") return "no";
  if (a.by === state) return m.isState(state) ? own : "no";
  if (m.isState(a.by)) return "no";
  const links = m.attributionsOf(a).filter((at) => at.state === state && ATTRIBUTING_LINKS.has(at.link)).map((at) => fact(at.established).value);
  const link: Tri = links.includes("yes") ? "yes" : links.includes("unknown") ? "unknown" : "no";
  return link === "no" ? "no" : and([link, own]);
}

/** The states the attack is attributed to, or may be (value yes or unknown). */
export function attackers(m: Model, a: Attack): { state: string; value: Tri }[] {
  const states = [a.by, ...m.attributionsOf(a).map((at) => at.state)].filter((s, i, xs) => m.isState(s) && xs.indexOf(s) === i);
  return states.map((state) => ({ state, value: attributedTo(m, a, state) })).filter((x) => x.value !== "no");
}

/** Is `who` (a state, or the group itself) the author of the attack? The group is, unless its authorship is not established. */
export const isAuthor = (m: Model, a: Attack, who: string): Tri => (who === a.by && !m.isState(who) ? (authorship(a) === "no" ? "no" : authorship(a)) : attributedTo(m, a, who));

/**
 * The states from whose territory a group acts: the territorial state of each place the attack
 * was launched from (`originatesFrom`, `alsoFrom`), and each state recorded as harbouring it (the
 * group sheltering on its territory). A state that only arms or funds the group is not one.
 */
export function hostStates(m: Model, a: Attack): string[] {
  const fromOrigins = m.originsOf(a).map((o) => m.territoryOf(o)).filter((s): s is string => s !== undefined && s !== "international");
  const harbouring = m.attributionsOf(a).filter((at) => at.link === "harbouring" && fact(at.established).value !== "no").map((at) => at.state);
  return [...new Set([...fromOrigins, ...harbouring])];
}

/**
 * Under the non-state-actors position applied, may force be used on (or against) this state, from
 * whose territory a group acts, without its consent (customary.md 4.3(iv))? Never for an attack by
 * a state, nor for one whose authorship is not established; never under attribution-required;
 * otherwise when the state is unwilling or unable to stop the group (a state proven to harbour it
 * is unwilling). The switch is consulted only where it can matter.
 */
export function harbouringAdmitted(c: LawCtx, a: Attack, state: string): Tri {
  if (c.m.isState(a.by) || authorship(a) === "no") return "no";
  if (!hostStates(c.m, a).includes(state)) return "no";
  if (position(c, "nonStateActors") === "attribution-required") return "no";
  const uu = fact(a.territorialStateUnwillingOrUnable).value;
  if (uu !== "unknown") return uu;
  return c.m.attributionsOf(a).some((at) => at.state === state && at.link === "harbouring" && fact(at.established).value === "yes") ? "yes" : "unknown";
}

/**
 * The one answer to "is this state the attacker?" for every basis: `author` when the attack is
 * attributed to it, `harbouring` when the non-state-actors position admits force against it as
 * the group's host, else (value no) a third state, whose territory needs its consent.
 */
export function attackerOf(c: LawCtx, a: Attack, state: string): { value: Tri; as: "author" | "harbouring" | "third" } {
  const author = attributedTo(c.m, a, state);
  if (author === "yes") return { value: "yes", as: "author" };
  const host = harbouringAdmitted(c, a, state);
  if (host === "yes") return { value: "yes", as: "harbouring" };
  return { value: author === "unknown" || host === "unknown" ? "unknown" : "no", as: author === "unknown" ? "author" : host === "unknown" ? "harbouring" : "third" };
}
