// Individual and collective self-defence: Charter art 51 and customary law.
//
// Art 51: "Nothing in the present Charter shall impair the inherent right of individual or
// collective self-defence if an armed attack occurs against a Member of the United Nations, until
// the Security Council has taken measures necessary to maintain international peace and security.
// Measures taken by Members in the exercise of this right of self-defence shall be immediately
// reported to the Security Council ..."
// Custom adds necessity and proportionality (Nicaragua para 176; Nuclear Weapons para 41), and for
// collective self-defence the victim's declaration and request (Nicaragua paras 195, 199).
import { all, doctrine, evaluate, leaf, no, position, some, unknown, yes, every, type Finding, type Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { fact, list, reason, scope } from "../../scenario/model.js";
import type { Tri } from "../../engine/tri.js";
import type { Attack } from "../../scenario/schema.js";
import { forceMoment, useFact, type LawCtx } from "../context.js";
import { territorialConsent, territories } from "../custom/consent.js";
import { adoption, concerns, symbolOf } from "./security-council.js";

const attackLabel = (c: LawCtx, a: Attack) =>
  a.description ? `${a.description.replace(/\.$/, "")} (${a.date})` : `${a.kind ?? "attack"} by ${c.m.name(a.by)} on ${c.m.name(a.against)} (${a.date})`;

// ---- 1. an armed attack has occurred (or is imminent: switch anticipatory) ------------------------

const STAGES_ADMITTED: Record<string, readonly string[]> = {
  restrictive: ["occurred", "launched"],
  caroline: ["occurred", "launched", "imminent"],
  contextual: ["occurred", "launched", "imminent", "contextual"],
  preventive: ["occurred", "launched", "imminent", "contextual", "remote"],
};

const armedAttackOccurred = leaf<LawCtx>(
  { id: "armed-attack", label: "An armed attack against the victim has occurred", cite: ["charter-51", "nicaragua-194", "nicaragua-195"] },
  (c) => {
    const a = c.attack!;
    const facts = [c.m.path("attacks", a.id)];
    const happened = onOrBefore(a.date, c.date);
    if (happened === "no") return no(`on ${c.date} the attack of ${a.date} had not yet occurred`, facts);
    const established = fact(a.established, "yes");
    if (established.value === "no") return no(reason(established, `the attack by ${c.m.name(a.by)} is not established`), [c.m.path("attacks", a.id, "established")]);
    let found: Finding;
    if (a.stage === "occurred" || a.stage === "launched") {
      found = yes(`${attackLabel(c, a)}${a.stage === "launched" ? " (launched, under way)" : ""}`, facts);
    } else {
      const p = position(c, "anticipatory");
      const admitted = STAGES_ADMITTED[p].includes(a.stage);
      found = {
        value: admitted ? "yes" : "no",
        because: `the attack had not occurred but was ${a.stage === "remote" ? "a threat that is not imminent" : a.stage === "contextual" ? "imminent only on a contextual reading" : "imminent"}; under the ${p} position this ${admitted ? "suffices" : "does not suffice"}`,
        facts,
        doctrine: { switch: "anticipatory", position: p },
      };
    }
    if (found.value === "yes" && (established.value === "unknown" || happened === "unknown"))
      return unknown(`${found.because}; but ${established.value === "unknown" ? "whether it is established is unknown" : "its date is imprecise"}`, [c.m.path("attacks", a.id, established.value === "unknown" ? "established" : "date")], facts);
    return found;
  },
);

// ---- 2. gravity: "the most grave forms of the use of force" (Nicaragua para 191) -----------------

const gravityOf = (a: Attack) => (typeof a.gravity === "object" ? { value: a.gravity.value, why: a.gravity.why, source: a.gravity.source } : { value: a.gravity });
const INHERENTLY_GRAVE = new Set(["invasion", "bombardment", "blockade"]); // GA res 3314 art 3(a)-(c)

const gravity = leaf<LawCtx>(
  { id: "gravity", label: "The attack reaches the gravity of an armed attack (scale and effects)", cite: ["nicaragua-191", "nicaragua-195", "nicaragua-230", "oil-51"] },
  (c) => {
    const a = c.attack!;
    const path = c.m.path("attacks", a.id, "gravity");
    if (a.kind === "support-to-rebels")
      return no("the provision of weapons or logistical support to rebels is not an armed attack", [c.m.path("attacks", a.id, "kind")]);
    const g = gravityOf(a);
    if (g.value === undefined || g.value === "unknown") {
      if (g.value === undefined && a.kind && INHERENTLY_GRAVE.has(a.kind)) return yes(`an ${a.kind} by armed forces is an armed attack (GA res 3314 (XXIX) art 3)`, [c.m.path("attacks", a.id, "kind")]);
      return unknown("the scale and effects of the attack are not stated", [path]);
    }
    if (g.value === "armed-attack") return yes(reason(g, "its scale and effects are those of an armed attack"), [path]);
    let lesser = g.value === "lesser";
    if (g.value === "cumulative") {
      const p = position(c, "accumulation");
      if (p === "accepted") return { value: "yes", because: reason(g, `taken together with the other attacks of its series (${a.series ?? "series"}), an armed attack`), facts: [path], doctrine: { switch: "accumulation", position: p } };
      lesser = true;
    }
    if (lesser) {
      const p = position(c, "gravity");
      return {
        value: p === "no-threshold" ? "yes" : "no",
        because: reason(g, `a lesser use of force, not an armed attack`) + (p === "no-threshold" ? "; but no gravity threshold applies under the no-threshold position" : ""),
        facts: [path],
        doctrine: { switch: "gravity", position: p },
      };
    }
    return unknown("gravity not established", [path]);
  },
);

// ---- 3. attributable to a state (Wall para 139; DRC v Uganda 146) --------------------------------

const ATTRIBUTING_LINKS = new Set(["organ", "sent-by-or-on-behalf", "substantial-involvement"]);

const attributable = leaf<LawCtx>(
  { id: "attributable", label: "The attack is attributable to a state (or the non-state actors doctrine admits it)", cite: ["nicaragua-195", "wall-139", "drc-146-147"] },
  (c) => {
    const a = c.attack!;
    if (c.m.isState(a.by)) return yes(`carried out by ${c.m.name(a.by)}, a state`, [c.m.path("attacks", a.id, "by")]);
    const at = a.attribution;
    const path = c.m.path("attacks", a.id, "attribution");
    if (at && ATTRIBUTING_LINKS.has(at.link)) {
      const est = fact(at.established);
      const link = `${c.m.name(a.by)} ${at.link === "organ" ? "acts as an organ of" : at.link === "sent-by-or-on-behalf" ? "was sent by or on behalf of" : "is substantially involved with"} ${c.m.name(at.state)}`;
      if (est.value === "yes") return yes(reason(est, link), [path]);
      if (est.value === "no") return no(reason(est, `${link}: not established`), [path]);
      // unknown link: fall through to the doctrine on non-state actors, which may not need it
    }
    const p = position(c, "nonStateActors");
    const d = { switch: "nonStateActors", position: p };
    const linkText = at ? `its link to ${c.m.name(at.state)} is ${at.link}${at.link === "support-only" ? " (arms, money, logistics)" : ""}` : "no link to a state is recorded";
    if (p === "attribution-required") {
      const unknownLink = !at || at.link === "unknown" || (ATTRIBUTING_LINKS.has(at.link) && fact(at.established).value === "unknown");
      return unknownLink
        ? { ...unknown(`attack by ${c.m.name(a.by)}, a non-state group; ${linkText}: whether it is attributable to a state is not established`, [path]), doctrine: d }
        : { value: "no", because: `attack by ${c.m.name(a.by)}, a non-state group; ${linkText}: not attributable to a state (Wall para 139)`, facts: [path], doctrine: d };
    }
    if (p === "armed-attack-by-nsa") return { value: "yes", because: `an armed attack by a non-state group suffices under the armed-attack-by-nsa position (${linkText})`, facts: [path], doctrine: d };
    const uu = fact(a.territorialStateUnwillingOrUnable);
    const uuPath = c.m.path("attacks", a.id, "territorialStateUnwillingOrUnable");
    if (uu.value === "yes") return { value: "yes", because: reason(uu, "the territorial state is unwilling or unable to stop the group"), facts: [uuPath], doctrine: d };
    if (uu.value === "no") return { value: "no", because: reason(uu, "the territorial state is willing and able to stop the group"), facts: [uuPath], doctrine: d };
    return { ...unknown("whether the territorial state is unwilling or unable to stop the group is not stated", [uuPath]), doctrine: d };
  },
);

const fromOutside = leaf<LawCtx>(
  { id: "from-outside", label: "The attack does not originate in territory the victim itself controls", cite: ["wall-139"] },
  (c) => {
    const a = c.attack!;
    if (!a.originatesFrom) return yes("no origin inside territory the victim controls is recorded", []);
    const controller = c.m.controllerOf(a.originatesFrom);
    const path = c.m.path("attacks", a.id, "originatesFrom");
    if (controller === c.victim)
      return no(`the threat originates in ${c.m.name(a.originatesFrom)}, which ${c.m.name(c.victim!)} itself controls: art 51 has no relevance (Wall para 139)`, [path]);
    return yes(`launched from ${c.m.name(a.originatesFrom)}, outside ${c.m.name(c.victim!)}'s control`, [path]);
  },
);

// ---- 4-7. the force: directed at the source, necessary, proportionate, timely --------------------

const directedAtSource = leaf<LawCtx>(
  { id: "source", label: "The force is directed at the source of the attack", cite: ["oil-73-77", "drc-146-147"] },
  (c) => {
    const stated = c.use.assessments?.directedAtSource;
    const path = useFact(c, "assessments.directedAtSource");
    if (stated !== undefined) {
      const f = fact(stated);
      return f.value === "unknown" ? unknown(reason(f, "not established"), [path]) : { value: f.value, because: reason(f, f.value === "yes" ? "aimed at the attacker" : "not aimed at the attacker"), facts: [path] };
    }
    const a = c.attack!;
    const sources = [a.by, c.m.attackerState(a)].filter((x): x is string => !!x);
    const against = list(c.use.against);
    if (against.length === 0) return unknown("the use of force does not say whom it is directed at", [useFact(c, "against")]);
    return against.some((t) => sources.includes(t))
      ? yes(`directed at ${against.map((t) => c.m.name(t)).join(", ")}, the author of the attack`, [useFact(c, "against")])
      : no(`directed at ${against.map((t) => c.m.name(t)).join(", ")}, not at the author of the attack (${sources.map((s) => c.m.name(s)).join(", ")})`, [useFact(c, "against")]);
  },
);

function assessment({ id, label, missing, cite }: { id: "necessity" | "proportionality" | "immediacy"; label: string; missing: string; cite: string[] }): Rule<LawCtx> {
  return leaf<LawCtx>({ id, label, cite }, (c) => {
    const path = useFact(c, `assessments.${id}`);
    const raw = scope(c.use.assessments?.[id]);
    if (raw.value === "disputed") {
      const p = position(c, "defensiveAims");
      return {
        value: p === "end-the-threat" ? "yes" : "no",
        because: reason(raw, `${id} is disputed`) + (p === "end-the-threat" ? "; it holds if defensive force may go as far as needed to end the threat" : "; it fails if defensive force may only repel the attack and restore the line"),
        facts: [path],
        doctrine: { switch: "defensiveAims", position: p },
      };
    }
    const f = { ...raw, value: raw.value as Tri };
    if (f.value === "unknown") return unknown(reason(f, missing), [path]);
    return { value: f.value, because: reason(f, f.value === "yes" ? `${id} holds` : `${id} fails`), facts: [path] };
  });
}

// Necessity and proportionality are customary conditions (cited below); immediacy comes from writers and the Caroline formula.
const necessity = assessment({ id: "necessity", label: "Necessity: force is the only reasonable means left to repel the attack", missing: "whether the force was necessary is not stated", cite: ["nicaragua-176", "nicaragua-194", "nuclear-41", "oil-73-77", "caroline"] });
const proportionality = assessment({ id: "proportionality", label: "Proportionality to the attack", missing: "whether the force was proportionate is not stated", cite: ["nicaragua-176", "nicaragua-237", "nuclear-41", "oil-73-77", "drc-146-147"] });
const immediacy = assessment({ id: "immediacy", label: "Immediacy: no undue delay after the attack", missing: "whether the force followed the attack without undue delay is not stated", cite: ["gross-nia-immediacy", "nicaragua-237", "caroline"] });

// ---- 8. until the Council has taken measures necessary ------------------------------------------

const councilNotActed = leaf<LawCtx>(
  { id: "council", label: "The Council has not yet taken the measures necessary to maintain peace", cite: ["charter-51"] },
  (c) => {
    const a = c.attack!;
    const parties = [c.victim!, a.by, c.m.attackerState(a)].filter((x): x is string => !!x);
    // The Council's measures on this attack: those it says respond to it, else those about its parties.
    const relevant = (c.m.situation.resolutions ?? []).filter(
      (r) =>
        r.organ === "security-council" &&
        r.adopted &&
        onOrBefore(r.adopted, c.date) === "yes" &&
        adoption(c.m, r).value === "yes" &&
        (r.respondsTo ? r.respondsTo.includes(a.id) : concerns(r).some((s) => parties.includes(s))),
    );
    const ceasefire = relevant.find((r) => r.ceasefireEffective && onOrBefore(r.ceasefireEffective, c.date) === "yes");
    if (ceasefire)
      return no(`the ceasefire established by ${symbolOf(ceasefire)} took effect on ${ceasefire.ceasefireEffective}: the Council has taken the measures necessary`, [c.m.path("resolutions", ceasefire.id, "ceasefireEffective")]);
    const binding = relevant.filter((r) => (r.chapterVII === "express" || r.chapterVII === "implicit") && (r.measures ?? []).some((x) => x === "sanctions" || x === "force"));
    if (binding.length === 0) return yes("the Council has taken no binding measures on the situation", relevant.map((r) => c.m.path("resolutions", r.id)));
    const p = position(c, "councilMeasures");
    const names = binding.map(symbolOf).join(", ");
    const affirmed = binding.some((r) => r.affirmsSelfDefence);
    return {
      value: p === "effective" ? "yes" : "no",
      because:
        p === "effective"
          ? `${names} imposed Chapter VII measures${affirmed ? " while affirming the right of self-defence" : ""}, but they have not restored peace: the right continues (effective position)`
          : `${names} imposed binding Chapter VII measures on the situation: the right is displaced by the Council's action (any-binding-measures position)`,
      facts: binding.map((r) => c.m.path("resolutions", r.id, "measures")),
      doctrine: { switch: "councilMeasures", position: p },
    };
  },
);

// ---- 9. reported to the Council (a condition, or evidence only: switch reporting) ---------------

const reportTest = (c: LawCtx): Finding => {
  const reports = (c.m.situation.reports ?? []).filter((r) => r.by === c.actor && (!r.uses || r.uses.includes(c.use.id)));
  const made = reports.find((r) => onOrBefore(r.date, c.date) === "yes");
  if (made) return yes(`${c.m.name(c.actor)} reported to the Council on ${made.date}${made.document ? ` (${made.document})` : ""}`, ["$.reports"]);
  if (reports.length) return no(`no report by ${c.date}; ${c.m.name(c.actor)} reported only on ${reports[0].date}`, ["$.reports"]);
  return c.m.absent("reports") === "no"
    ? no(`${c.m.name(c.actor)} made no report to the Council`, ["$.reports"])
    : unknown(`no report by ${c.m.name(c.actor)} is recorded, and the record may be incomplete`, ["$.reports"]);
};

const reported = doctrine<LawCtx>({ id: "reported", label: "The measures were reported to the Council", cite: ["charter-51", "nicaragua-200"] }, "reporting", {
  evidence: leaf({ id: "report-evidence", label: "Report to the Council (evidence of good faith, not a condition)", cite: ["nicaragua-200", "nicaragua-235"], weight: "evidence" }, reportTest),
  condition: leaf({ id: "report-condition", label: "Report to the Council (a condition)", cite: ["charter-51", "nuclear-44"] }, reportTest),
});

// ---- force on a third state's territory ----------------------------------------------------------

const thirdStateTerritory = every<LawCtx>(
  { id: "territory", label: "Force on a third state's territory has that state's consent", cite: ["charter-2-4", "asr-20", "corfu-35"] },
  territories,
  leaf({ id: "place", label: "The place is the victim's, the attacker's or no state's territory, or its state consented" }, (c) => {
    const state = c.m.territoryOf(c.territory!);
    const a = c.attack!;
    if (state === "international") return yes(`${c.m.name(c.territory!)} is no state's territory`);
    if (state === undefined) return unknown(`whose territory ${c.m.name(c.territory!)} is, is not stated`, [c.m.path("places", c.territory!, "territoryOf")]);
    if (state === c.victim) return yes(`${c.m.name(state)} is the victim's own territory`);
    if (state === c.actor) return yes(`${c.m.name(state)} is the defending state's own territory`);
    if (state === a.by || state === c.m.attackerState(a)) return yes(`${c.m.name(state)} is the attacker's territory`);
    if (a.originatesFrom && c.m.territoryOf(a.originatesFrom) === state)
      return yes(`the attack came from ${c.m.name(state)}'s territory: force there without its consent is the non-state actors question above`);
    const consent = evaluate(territorialConsent, c);
    return { value: consent.value, because: `${c.m.name(state)} is a third state: ${consent.value === "yes" ? "it consented" : consent.because}`, facts: consent.facts, missing: consent.missing };
  }),
  (c) => unknown("the use of force names no place", [useFact(c, "where")]),
);

const conditionsOfSelfDefence: Rule<LawCtx>[] = [
  armedAttackOccurred,
  gravity,
  attributable,
  fromOutside,
  directedAtSource,
  necessity,
  proportionality,
  immediacy,
  councilNotActed,
  reported,
  thirdStateTerritory,
];

/** The attacks a use answers, against a given victim. */
function attacksOn(c: LawCtx, victim: string): Attack[] {
  const wanted = c.use.respondsTo;
  return (c.m.situation.attacks ?? []).filter((a) => a.against === victim && (!wanted || wanted.includes(a.id)));
}

const noAttack = (c: LawCtx, victim: string): Finding =>
  c.m.absent("attacks") === "no"
    ? no(`no attack on ${c.m.name(victim)} is recorded${c.use.respondsTo ? " among those this use answers" : ""}`, ["$.attacks"])
    : unknown(`no attack on ${c.m.name(victim)} is recorded, and the record may be incomplete`, ["$.attacks"]);

const actors = (c: LawCtx) => list(c.use.by).map((a) => ({ key: a, label: c.m.name(a), ctx: { ...c, actor: a } }));

export const individualSelfDefence: Rule<LawCtx> = every(
  { id: "actors", label: "Each state using force acts in its own self-defence", cite: ["charter-51"] },
  actors,
  some(
    { id: "attacks", label: "An armed attack on this state opens self-defence", cite: ["charter-51", "nicaragua-195"] },
    (c) => attacksOn(c, c.actor).map((a) => ({ key: a.id, label: attackLabel(c, a), ctx: { ...c, attack: a, victim: c.actor } })),
    all({ id: "conditions", label: "Conditions of individual self-defence", cite: ["charter-51", "nicaragua-176"] }, conditionsOfSelfDefence),
    (c) => noAttack(c, c.actor),
  ),
  () => unknown("no state using force is named", ["$.uses.by"]),
);

// ---- collective self-defence: the victim's declaration and request (Nicaragua 195, 199) ---------

const victimIsState = leaf<LawCtx>({ id: "victim-state", label: "The victim is a state", cite: ["charter-51", "nicaragua-193", "nicaragua-195"] }, (c) => {
  const v = c.m.actors.get(c.victim!);
  const path = c.m.path("actors", c.victim!);
  if (!v || v.kind !== "state") return no(`${c.m.name(c.victim!)} is not a state: collective self-defence is the defence of a state`, [path]);
  if (v.statehood === "not-a-state" || v.statehood === "disputed") return no(`the statehood of ${v.name} is ${v.statehood === "disputed" ? "not generally recognised" : "denied"}`, [path]);
  const member = c.m.isMember(v.id, c.date);
  return yes(member === "no" ? `${v.name} is a state, though not a UN Member: the right is customary` : `${v.name} is a state`, [path]);
});

const declared = leaf<LawCtx>(
  { id: "declared", label: "The victim declared itself the victim of an armed attack, before the force", cite: ["nicaragua-195", "nicaragua-232-234"] },
  (c) => {
    const a = c.attack!;
    const decl = [
      ...(c.m.situation.declarations ?? []).filter((d) => d.by === c.victim && (!d.attacks || d.attacks.includes(a.id))),
      ...(c.m.situation.requests ?? []).filter((r) => r.by === c.victim && r.declaresAttack).map((r) => ({ date: r.date, document: r.document ?? "its request for help" })),
    ].sort((x, y) => x.date.localeCompare(y.date));
    const moment = forceMoment(c);
    const timely = decl.find((d) => onOrBefore(d.date, moment) === "yes");
    if (timely) return yes(`${c.m.name(c.victim!)} declared itself attacked on ${timely.date}${timely.document ? ` (${timely.document})` : ""}`, ["$.declarations"]);
    const uncertain = decl.find((d) => onOrBefore(d.date, moment) === "unknown");
    if (uncertain) return unknown(`${c.m.name(c.victim!)}'s declaration (${uncertain.date}) cannot be placed before ${moment}`, ["$.declarations"]);
    if (decl.length) return no(`${c.m.name(c.victim!)} declared itself attacked only on ${decl[0].date}, after the force began on ${c.use.start}`, ["$.declarations"]);
    return c.m.absent("declarations") === "no"
      ? no(`${c.m.name(c.victim!)} made no declaration that it was attacked`, ["$.declarations"])
      : unknown(`no declaration by ${c.m.name(c.victim!)} is recorded, and the record may be incomplete`, ["$.declarations"]);
  },
);

/** Requests by the victim that reach this helper (a general appeal reaches every state but the attacker). */
const requestsTo = (c: LawCtx) => {
  const attacker = [c.attack!.by, c.m.attackerState(c.attack!)];
  const general = !attacker.includes(c.actor);
  return (c.m.situation.requests ?? []).filter(
    (r) =>
      r.by === c.victim &&
      (((r.to === "all" || r.form === "to-the-council") && general) || (r.to !== "all" && (r.to.includes(c.actor) || (c.use.through !== undefined && r.to.includes(c.use.through))))),
  );
};

function requestTest(c: LawCtx): Finding {
  {
    const moment = forceMoment(c);
    const reqs = requestsTo(c);
    const timely = reqs.find((r) => onOrBefore(r.date, moment) === "yes");
    if (timely) return yes(`${c.m.name(c.victim!)} asked for help on ${timely.date}${timely.form === "treaty-invocation" ? ` by invoking ${timely.treaty ?? "a treaty"}` : ""}${timely.document ? ` (${timely.document})` : ""}`, ["$.requests"]);
    const uncertain = reqs.find((r) => onOrBefore(r.date, moment) === "unknown");
    if (uncertain) return unknown(`${c.m.name(c.victim!)}'s request (${uncertain.date}) cannot be placed before ${moment}`, ["$.requests"]);
    if (reqs.length) return no(`${c.m.name(c.victim!)} asked for help only on ${reqs[0].date}, after the force began on ${c.use.start}`, ["$.requests"]);
    const treaties = c.m.alliesOf(c.victim!, c.actor);
    if (treaties.length) {
      const p = position(c, "standingTreatyRequest");
      return {
        value: p === "treaty-suffices" ? "yes" : "no",
        because: `no request on the occasion; ${c.m.name(c.victim!)} and ${c.m.name(c.actor)} are parties to the ${treaties[0].treaty}, which ${p === "treaty-suffices" ? "counts as a standing request" : "does not replace a request (Nicaragua para 199)"}`,
        facts: ["$.requests", "$.alliances"],
        doctrine: { switch: "standingTreatyRequest", position: p },
      };
    }
    return c.m.absent("requests") === "no"
      ? no(`${c.m.name(c.victim!)} made no request for help to ${c.m.name(c.actor)}`, ["$.requests"])
      : unknown(`no request by ${c.m.name(c.victim!)} is recorded, and the record may be incomplete`, ["$.requests"]);
  }
}

const requested = leaf<LawCtx>(
  { id: "requested", label: "The victim requested this state's help, before the force", cite: ["nicaragua-199", "nicaragua-232-234", "nicaragua-236"] },
  requestTest,
);

const notOwnAssessment = leaf<LawCtx>(
  { id: "own-assessment", label: "The helper does not act on its own assessment of the situation", cite: ["nicaragua-195"] },
  (c) => {
    const path = useFact(c, "assessments.ownAssessment");
    const stated = fact(c.use.assessments?.ownAssessment);
    if (stated.stated) {
      if (stated.value === "yes") return no(reason(stated, "the helper acted on its own assessment"), [path]);
      if (stated.value === "no") return yes(reason(stated, "the helper acted on the victim's assessment"), [path]);
      return unknown(reason(stated, "not established"), [path]);
    }
    // Not stated: the helper acts on the victim's assessment exactly when it acts on its request.
    const asked = requestTest(c).value;
    if (asked === "unknown") return unknown("whether the helper acts at the victim's request is unknown", ["$.requests"]);
    return asked === "yes" ? yes("it acts on the victim's request") : no("without a timely request, the helper acts on its own assessment");
  },
);

const withinVictimSelfDefence = assessmentLeaf("withinVictimSelfDefence", "within-victim", "The help stays within what the victim's own self-defence would allow", ["nicaragua-195", "nicaragua-249"], "whether the help stays within the victim's own self-defence is not stated");

function assessmentLeaf(field: "withinVictimSelfDefence", id: string, label: string, cite: string[], missing: string): Rule<LawCtx> {
  return leaf<LawCtx>({ id, label, cite }, (c) => {
    const f = fact(c.use.assessments?.[field]);
    const path = useFact(c, `assessments.${field}`);
    if (f.value === "unknown") return unknown(reason(f, missing), [path]);
    return { value: f.value, because: reason(f, f.value === "yes" ? "it does" : "it goes further than the victim could"), facts: [path] };
  });
}

const RESCUE = ["rescue-victim", "repel-attack", "defend-victim"];
const NOT_RESCUE = ["share-burden", "delegated-plan"];

const rescuePurpose = leaf<LawCtx>(
  { id: "purpose", label: "Its purpose is to come to the victim's rescue, not to share a burden or carry out a delegated plan", cite: ["lee-2015", "nicaragua-195"] },
  (c) => {
    const purposes = c.use.purposes ?? [];
    const path = useFact(c, "purposes");
    const bad = purposes.filter((p) => NOT_RESCUE.includes(p));
    if (bad.length) return no(`its purpose is ${bad.join(", ")}, not the victim's rescue`, [path]);
    const good = purposes.filter((p) => RESCUE.includes(p));
    if (good.length) return yes(`its purpose is ${good.join(", ")}`, [path]);
    return unknown("the purpose of the force is not stated as the victim's rescue", [path]);
  },
);

const closeLink = doctrine<LawCtx>({ id: "close-link", label: "A close link between helper and victim", cite: ["bowett-1958", "nicaragua-199"] }, "closeLink", {
  "not-required": leaf({ id: "close-link-not-required", label: "Close link (not required)", weight: "evidence", cite: ["nicaragua-199"] }, () => yes("the ICJ asks no close link (Nicaragua paras 195, 199)")),
  required: leaf({ id: "close-link-required", label: "Close link (required)", cite: ["bowett-1958"] }, (c) => {
    const f = fact(c.use.assessments?.closeLink);
    const path = useFact(c, "assessments.closeLink");
    if (f.stated && f.value !== "unknown") return { value: f.value, because: reason(f, f.value === "yes" ? "a close link exists" : "no close link"), facts: [path] };
    const allied = c.m.alliesOf(c.victim!, c.actor);
    if (allied.length) return yes(`allied under the ${allied[0].treaty}`, ["$.alliances"]);
    return unknown("whether helper and victim share a close link is not stated", [path]);
  }),
});

const conditionsOfCollectiveSelfDefence: Rule<LawCtx>[] = [
  victimIsState,
  ...conditionsOfSelfDefence.slice(0, conditionsOfSelfDefence.length - 1),
  declared,
  requested,
  notOwnAssessment,
  withinVictimSelfDefence,
  rescuePurpose,
  closeLink,
  thirdStateTerritory,
];

/** The victims the helper may be defending: those it names, else every state attacked. */
function victims(c: LawCtx): string[] {
  if (c.use.onBehalfOf) return c.use.onBehalfOf;
  const all = (c.m.situation.attacks ?? []).filter((a) => !c.use.respondsTo || c.use.respondsTo.includes(a.id)).map((a) => a.against);
  return [...new Set(all)].filter((v) => v !== c.actor);
}

export const collectiveSelfDefence: Rule<LawCtx> = every(
  { id: "actors", label: "Each state using force acts in collective self-defence", cite: ["charter-51"] },
  actors,
  some(
    { id: "victims", label: "An armed attack on a victim state that asked for help", cite: ["charter-51", "nicaragua-211"] },
    (c) =>
      victims(c).flatMap((v) => {
        const own = attacksOn(c, v);
        return own.map((a) => ({ key: `${v}:${a.id}`, label: `${c.m.name(v)}: ${attackLabel(c, a)}`, ctx: { ...c, attack: a, victim: v } }));
      }),
    all({ id: "conditions", label: "Conditions of collective self-defence", cite: ["charter-51", "nicaragua-195", "nicaragua-199"] }, conditionsOfCollectiveSelfDefence),
    (c) => {
      const vs = victims(c);
      return vs.length ? noAttack(c, vs[0]) : c.m.absent("attacks") === "no" ? no("no armed attack on another state is recorded: there is no victim to defend (Nicaragua para 211)", ["$.attacks"]) : unknown("no attack on another state is recorded, and the record may be incomplete", ["$.attacks"]);
    },
  ),
  () => unknown("no state using force is named", ["$.uses.by"]),
);
