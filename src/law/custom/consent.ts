// Consent of the territorial state (intervention by invitation).
// ILC ASR art 20: "Valid consent by a State to the commission of a given act by another State
// precludes the wrongfulness of that act in relation to the former State to the extent that the act
// remains within the limits of that consent." DRC v Uganda paras 42-53: consent may be withdrawn
// at any time without formality, and its limits (area, objectives) bind.
import { all, every, leaf, no, some, unknown, yes, type Finding, type Rule } from "../../engine/rule.js";
import { onOrBefore, before } from "../../engine/dates.js";
import { and, type Tri } from "../../engine/tri.js";
import { fact, list, reason } from "../../scenario/model.js";
import type { Consent } from "../../scenario/schema.js";
import type { LawCtx } from "../context.js";

const authorityDefault = (c: Consent): Tri =>
  c.authority === "government" ? "yes" : c.authority === "opposition" ? "no" : "unknown";

export const consentConditions: Rule<LawCtx>[] = [
  leaf({ id: "entitled", label: "Given by the government entitled to speak for the state", cite: ["asr-20", "nicaragua-246", "idi-rhodes-2011"] }, (c) => {
    const k = c.consent!;
    const f = fact(k.entitled, authorityDefault(k));
    const path = c.m.path("consents", k.id, k.entitled !== undefined ? "entitled" : "authority");
    const who = `${k.givenBy} (${k.authority})`;
    if (f.value === "yes") return yes(reason(f, `${who} could speak for ${c.m.name(k.state)}`), [path]);
    if (f.value === "no")
      return no(reason(f, k.authority === "opposition" ? `${who}: intervention at the request of the opposition is not allowed (Nicaragua para 246)` : `${who} could not speak for ${c.m.name(k.state)}`), [path]);
    return unknown(reason(f, `whether ${who} could speak for ${c.m.name(k.state)} is not established`), [c.m.path("consents", k.id, "entitled")]);
  }),
  leaf({ id: "addressed", label: "Given to this state", cite: ["asr-20"] }, (c) => {
    const k = c.consent!;
    const ok = k.to === "all" || k.to.includes(c.actor) || (c.use.through !== undefined && k.to.includes(c.use.through));
    const path = c.m.path("consents", k.id, "to");
    return ok ? yes(`the consent extends to ${c.m.name(c.actor)}`, [path]) : no(`the consent was given to ${list(k.to).map((t) => c.m.name(t)).join(", ")}, not to ${c.m.name(c.actor)}`, [path]);
  }),
  leaf({ id: "in-force", label: "In force on the date: given, not withdrawn or expired", cite: ["asr-20", "drc-47", "drc-53"] }, (c) => {
    const k = c.consent!;
    const facts = [c.m.path("consents", k.id, "date")];
    const given = onOrBefore(k.date, c.date);
    if (given === "no") return no(`the consent was given only on ${k.date}`, facts);
    const withdrawn = k.withdrawn ? onOrBefore(k.withdrawn, c.date) : "no";
    if (withdrawn === "yes") return no(`the consent was withdrawn on ${k.withdrawn} (no formality is needed: DRC v Uganda para 47)`, [...facts, c.m.path("consents", k.id, "withdrawn")]);
    const expired = k.until ? before(k.until, c.date) : "no";
    if (expired === "yes") return no(`the consent ran until ${k.until}`, [...facts, c.m.path("consents", k.id, "until")]);
    const v = and([given, withdrawn === "unknown" ? "unknown" : "yes", expired === "unknown" ? "unknown" : "yes"]);
    if (v === "unknown") return unknown(`whether the consent of ${k.date} was in force on ${c.date} depends on imprecise dates`, facts);
    return yes(`given on ${k.date}${k.withdrawn ? `, withdrawn only on ${k.withdrawn}` : ", not withdrawn"}`, facts);
  }),
  leaf({ id: "scope", label: "The force stays within the consent's scope", cite: ["asr-20", "drc-52"] }, (c) => {
    const k = c.consent!;
    const stated = c.use.consentScope?.[k.id];
    const path = c.m.path("uses", c.use.id, `consentScope.${k.id}`);
    if (stated === undefined) {
      if (!k.scope) return yes("the consent sets no limits", [c.m.path("consents", k.id)]);
      return unknown(`whether the force stays within the consent's scope ("${k.scope}") is not stated`, [path]);
    }
    const f = fact(stated);
    if (f.value === "yes") return yes(reason(f, `within "${k.scope ?? "the consent"}"`), [path]);
    if (f.value === "no") return no(reason(f, `beyond "${k.scope ?? "the consent"}"`), [path]);
    return unknown(reason(f, "scope not established"), [path]);
  }),
  leaf({ id: "freely-given", label: "Freely given", cite: ["asr-20", "idi-rhodes-2011"] }, (c) => {
    const k = c.consent!;
    const f = fact(k.freelyGiven, "yes");
    const path = c.m.path("consents", k.id, "freelyGiven");
    if (!f.stated) return yes("no coercion is recorded", []);
    return f.value === "unknown" ? unknown(reason(f, "whether it was freely given is not established"), [path]) : f.value === "yes" ? yes(reason(f, "freely given"), [path]) : no(reason(f, "not freely given"), [path]);
  }),
];

/**
 * Whose consent counts for force at `c.territory`: its territorial state; on the high seas or in
 * international airspace, the states whose vessels, aircraft or forces the force is directed at.
 */
function consentingStates(c: LawCtx): string[] {
  const state = c.m.territoryOf(c.territory!);
  if (state === undefined) return [];
  if (state !== "international") return [state];
  return list(c.use.against).filter((t) => c.m.isState(t));
}

/** A valid consent of the state whose territory `c.territory` is. */
export const territorialConsent: Rule<LawCtx> = some<LawCtx>(
  { id: "consent", label: "A valid consent of the territorial state", cite: ["asr-20"] },
  (c) =>
    consentingStates(c).flatMap((state) =>
      (c.m.situation.consents ?? [])
        .filter((k) => k.state === state)
        .map((k) => ({ key: k.id, label: `consent of ${c.m.name(state)} (${k.givenBy}, ${k.date})`, ctx: { ...c, consent: k } })),
    ),
  all({ id: "valid", label: "Valid consent" }, consentConditions),
  (c): Finding => {
    const state = c.m.territoryOf(c.territory!);
    if (state === "international") {
      const targets = consentingStates(c);
      return targets.length
        ? no(`on ${c.m.name(c.territory!)} the force is directed at ${targets.map((t) => c.m.name(t)).join(", ")} (its vessels or forces), which gave no consent`)
        : no(`${c.m.name(c.territory!)} is no state's territory and the force is directed at no state: there is no one to consent`);
    }
    if (state === undefined) return unknown(`whose territory ${c.m.name(c.territory!)} is, is not stated`, [c.m.path("places", c.territory!, "territoryOf")]);
    return c.m.absent("consents") === "no"
      ? no(`${c.m.name(state)} gave no consent`)
      : unknown(`no consent of ${c.m.name(state)} is recorded, and the record of consents may be incomplete`, ["$.consents"]);
  },
);

/** The territories a use of force takes place in. */
export function territories(c: LawCtx): { key: string; label: string; ctx: LawCtx }[] {
  return list(c.use.where).map((w) => ({ key: w, label: c.m.name(w), ctx: { ...c, territory: w } }));
}

/** Consent basis: every territory the force is used in is covered by a valid consent of its state. */
export const consentBasis: Rule<LawCtx> = every(
  { id: "territories", label: "Each territory where force is used is covered by consent", cite: ["asr-20"] },
  territories,
  territorialConsent,
  (c) => unknown("the use of force names no place", [c.m.path("uses", c.use.id, "where")]),
);
