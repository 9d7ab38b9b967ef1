// Collective self-defence and collective security in json-rules-engine, the rules engine a
// JavaScript developer would pick, written as its documentation recommends (bench/README.md):
// the law's tests are JSON conditions (all / any / not, named conditions shared with
// `setCondition`, fact-to-fact comparisons, custom operators for dates and lists); the situation
// comes in as runtime facts, and what must be looked up or gathered from its lists is a dynamic
// fact (a function of params and the almanac, cached per run).
//
// Unknown: json-rules-engine is two-valued, so each legal condition C is two named conditions,
// "C=yes" (C holds) and "C=no" (C fails), both false when the facts leave C unknown. Each basis
// is two rules on one candidate: "holds" (all C=yes) and "fails" (any C=no); neither = unknown.
// The engine has no quantifiers, so it runs once per candidate (an acting state with a victim
// and its attack, or with a resolution); "some candidate" and "every acting state" combine the
// runs' outcomes (max / min over no < unknown < yes), as the law's tree does.
// Covers the corpus's subset of the format (bench/corpus.ts): every switch settled, full dates,
// three-valued facts as the strings yes / no / unknown (or disputed).
import { Engine, type TopLevelCondition, type NestedCondition } from "json-rules-engine";
import type { Attack, Resolution, UseOfForce } from "../src/scenario/schema.js";
import {
  absent, adoption, attributable, stageOn, isAuthor, directedAtSource, councilMeasuresOn, candidateAttack, authorisationCandidate, isCeasefire, isPermanent, tri, concerns, controllerOf, isMember, list, minDate, onOrBefore, placeTest, territoryOf,
  N, U, Y, type Prepared, type Status, type T,
} from "./handwritten.js";

/** What one run is about (a runtime fact). */
interface Ctx {
  p: Prepared;
  use: UseOfForce;
  actor: string;
  date: string;
  moment: string;
  victim?: string;
  attack?: Attack;
  resolution?: Resolution;
}

// ---- condition helpers ---------------------------------------------------------------------------

const f = (fact: string, operator: string, value: unknown, params?: Record<string, unknown>): NestedCondition => ({ fact, operator, value, ...(params ? { params } : {}) });
const all = (...c: NestedCondition[]): TopLevelCondition => ({ all: c });
const any = (...c: NestedCondition[]): TopLevelCondition => ({ any: c });
const not = (c: NestedCondition): TopLevelCondition => ({ not: c });
const ref = (name: string): TopLevelCondition => ({ condition: name });
const dr = (sw: string, op: "equal" | "notEqual", position: string) => f("doctrine", op, position, { switch: sw });
const as = (name: string, op: string, value: unknown) => f("assessment", op, value, { name });
const val = (s: string | undefined) => s ?? "unstated";

const isArr = (x: unknown): x is unknown[] => Array.isArray(x);
const OPERATORS: Record<string, (a: unknown, b: unknown) => boolean> = {
  onOrBefore: (a, b) => typeof a === "string" && typeof b === "string" && onOrBefore(a, b) === Y,
  after: (a, b) => typeof a === "string" && typeof b === "string" && onOrBefore(a, b) === N,
  someOnOrBefore: (a, b) => isArr(a) && a.some((d) => onOrBefore(d as string, b as string) === Y),
  intersects: (a, b) => isArr(a) && isArr(b) && a.some((x) => b.includes(x)),
  disjoint: (a, b) => isArr(a) && isArr(b) && !a.some((x) => b.includes(x)),
  isEmpty: (a, b) => isArr(a) && (a.length === 0) === b,
  everyEqual: (a, b) => isArr(a) && a.every((x) => x === b),
  someEqual: (a, b) => isArr(a) && a.some((x) => x === b),
  /** Every [place, its territorial state] pair has one of them among the authorised areas. */
  eachWithin: (a, b) => isArr(a) && isArr(b) && a.every((pair) => (pair as string[]).some((x) => b.includes(x))),
};

/** Condition C as "C=yes" and "C=no", shared by the rules. */
type Conditions = Record<string, { yes: TopLevelCondition; no: TopLevelCondition }>;

// ---- collective self-defence: the conditions on one (acting state, victim, attack) ---------------

const GRAVE = ["invasion", "bombardment", "blockade"];
const ADMITTED: Record<string, string[]> = {
  restrictive: ["occurred", "launched"],
  caroline: ["occurred", "launched", "imminent"],
  contextual: ["occurred", "launched", "imminent", "contextual"],
  preventive: ["occurred", "launched", "imminent", "contextual", "remote"],
};
const notSupport = f("attack:kind", "notEqual", "support-to-rebels");
const aimed = (name: string) => ({
  yes: any(as(name, "equal", "yes"), all(as(name, "equal", "disputed"), dr("defensiveAims", "equal", "end-the-threat"))),
  no: any(as(name, "equal", "no"), all(as(name, "equal", "disputed"), dr("defensiveAims", "notEqual", "end-the-threat"))),
});
const requestedYes = any(
  f("requests:dates", "someOnOrBefore", { fact: "moment" }),
  all(f("requests:dates", "isEmpty", true), f("allied", "equal", true), dr("standingTreatyRequest", "equal", "treaty-suffices")),
);
const requestedNo = any(
  all(f("requests:dates", "isEmpty", false), not(f("requests:dates", "someOnOrBefore", { fact: "moment" }))),
  all(f("requests:dates", "isEmpty", true), f("allied", "equal", true), dr("standingTreatyRequest", "notEqual", "treaty-suffices")),
  all(f("requests:dates", "isEmpty", true), f("allied", "equal", false), f("requests:asked-others", "equal", true)),
  all(f("requests:dates", "isEmpty", true), f("allied", "equal", false), f("closed", "equal", true, { list: "requests" })),
);

const CSD: Conditions = {
  "victim-state": {
    yes: all(f("victim:kind", "equal", "state"), f("victim:statehood", "notIn", ["not-a-state", "disputed"])),
    no: any(f("victim:kind", "notEqual", "state"), f("victim:statehood", "in", ["not-a-state", "disputed"])),
  },
  "armed-attack": {
    yes: all(f("attack:date", "onOrBefore", { fact: "date" }), f("attack:established", "equal", "yes"), f("attack:stage", "in", { fact: "admitted-stages" })),
    no: any(f("attack:date", "after", { fact: "date" }), f("attack:established", "equal", "no"), all(f("attack:stage", "notIn", { fact: "admitted-stages" }), f("attack:stage", "notEqual", "undetermined"))),
  },
  gravity: {
    yes: all(
      notSupport,
      any(
        f("attack:gravity", "equal", "armed-attack"),
        all(f("attack:gravity", "equal", "unstated"), f("attack:kind", "in", GRAVE)),
        all(f("attack:gravity", "equal", "cumulative"), dr("accumulation", "equal", "accepted")),
        all(f("attack:gravity", "in", ["lesser", "cumulative"]), dr("gravity", "equal", "no-threshold")),
      ),
    ),
    no: any(
      f("attack:kind", "equal", "support-to-rebels"),
      all(f("attack:gravity", "equal", "lesser"), dr("gravity", "notEqual", "no-threshold")),
      all(f("attack:gravity", "equal", "cumulative"), dr("accumulation", "notEqual", "accepted"), dr("gravity", "notEqual", "no-threshold")),
    ),
  },
  // Attributable: computed as in handwritten.ts (organ, sent by, substantial involvement; the non-state actors position).
  attributable: { yes: f("attack:attributable", "equal", Y) as TopLevelCondition, no: f("attack:attributable", "equal", N) as TopLevelCondition },
  "from-outside": { yes: f("attack:origin-controller", "notEqual", { fact: "victim:id" }) as TopLevelCondition, no: f("attack:origin-controller", "equal", { fact: "victim:id" }) as TopLevelCondition },
  source: {
    yes: any(as("directedAtSource", "equal", "yes"), all(as("directedAtSource", "equal", "unstated"), f("attack:at-source", "equal", Y))),
    no: any(as("directedAtSource", "equal", "no"), all(as("directedAtSource", "equal", "unstated"), f("attack:at-source", "equal", N))),
  },
  necessity: aimed("necessity"),
  proportionality: aimed("proportionality"),
  immediacy: { yes: as("immediacy", "equal", "yes") as TopLevelCondition, no: as("immediacy", "equal", "no") as TopLevelCondition },
  council: {
    yes: all(f("council:ceasefire", "equal", false), any(f("council:binding", "equal", false), dr("councilMeasures", "equal", "effective"))),
    no: any(f("council:ceasefire", "equal", true), all(f("council:binding", "equal", true), dr("councilMeasures", "notEqual", "effective"))),
  },
  // Under reporting=evidence the report is evidence only: it never decides (Nicaragua para 200).
  reported: {
    yes: any(dr("reporting", "equal", "evidence"), f("reports:dates", "someOnOrBefore", { fact: "date" })),
    no: all(dr("reporting", "equal", "condition"), not(f("reports:dates", "someOnOrBefore", { fact: "date" })), any(f("reports:dates", "isEmpty", false), f("closed", "equal", true, { list: "reports" }))),
  },
  declared: {
    yes: f("declarations:dates", "someOnOrBefore", { fact: "moment" }) as TopLevelCondition,
    no: all(not(f("declarations:dates", "someOnOrBefore", { fact: "moment" })), any(f("declarations:dates", "isEmpty", false), f("closed", "equal", true, { list: "declarations" }))),
  },
  requested: { yes: requestedYes, no: requestedNo },
  "own-assessment": {
    yes: any(as("ownAssessment", "equal", "no"), all(as("ownAssessment", "equal", "unstated"), ref("requested=yes"))),
    no: any(as("ownAssessment", "equal", "yes"), all(as("ownAssessment", "equal", "unstated"), ref("requested=no"))),
  },
  "within-victim": { yes: as("withinVictimSelfDefence", "equal", "yes") as TopLevelCondition, no: as("withinVictimSelfDefence", "equal", "no") as TopLevelCondition },
  purpose: {
    yes: all(f("use:purposes", "disjoint", ["share-burden", "delegated-plan"]), f("use:purposes", "intersects", ["rescue-victim", "repel-attack", "defend-victim"])),
    // purposes stated, none the victim's rescue: not its rescue
    no: any(f("use:purposes", "intersects", ["share-burden", "delegated-plan"]), all(f("use:purposes", "isEmpty", false), f("use:purposes", "disjoint", ["rescue-victim", "repel-attack", "defend-victim"]))),
  },
  // Under closeLink=not-required the link is evidence only.
  "close-link": {
    yes: any(dr("closeLink", "equal", "not-required"), as("closeLink", "equal", "yes"), all(as("closeLink", "in", ["unstated", "unknown"]), f("allied", "equal", true))),
    no: all(dr("closeLink", "equal", "required"), as("closeLink", "equal", "no")),
  },
  territory: { yes: f("territory:places", "everyEqual", "yes") as TopLevelCondition, no: f("territory:places", "someEqual", "no") as TopLevelCondition },
};

// ---- collective security: the conditions on one (acting state, resolution) ------------------------

const adoptionYes = any(
  all(f("votes:stated", "equal", false), f("resolution:as-recorded", "equal", true)),
  all(f("votes:stated", "equal", true), f("votes:for", "greaterThanInclusive", { fact: "votes:needed" }), f("votes:permanent-against", "equal", 0)),
);
const adoptionNo = all(f("votes:stated", "equal", true), any(f("votes:for", "lessThan", { fact: "votes:needed" }), f("votes:permanent-against", "greaterThan", 0)));
const implied = (op: "equal" | "notEqual") => dr("impliedAuthorisation", op, "accepted");
const scoped = (field: string, derivedYes: TopLevelCondition, derivedNo: TopLevelCondition) => ({
  yes: any(f("mandate", "equal", "yes", { field }), all(f("mandate", "equal", "disputed", { field }), dr("authorisationScope", "equal", "broad")), all(f("mandate", "equal", "unstated", { field }), derivedYes)),
  no: any(f("mandate", "equal", "no", { field }), all(f("mandate", "equal", "disputed", { field }), dr("authorisationScope", "notEqual", "broad")), all(f("mandate", "equal", "unstated", { field }), derivedNo)),
});
const never = f("date", "equal", "never") as TopLevelCondition;

const CS: Conditions = {
  adopted: {
    yes: all(f("resolution:adopted", "onOrBefore", { fact: "date" }), adoptionYes),
    no: any(f("resolution:adopted", "after", { fact: "date" }), adoptionNo),
  },
  determination: { yes: f("resolution:determination", "notIn", ["unstated", "none"]) as TopLevelCondition, no: f("resolution:determination", "equal", "none") as TopLevelCondition },
  "chapter-vii": {
    // An art 39 recommendation (with its determination) stands in for Chapter VII.
    yes: any(f("resolution:chapter-vii", "in", ["express", "implicit"]), all(f("resolution:authorisation", "equal", "recommends"), f("resolution:determination", "notIn", ["unstated", "none"]))),
    no: all(f("resolution:chapter-vii", "equal", "none"), not(all(f("resolution:authorisation", "equal", "recommends"), f("resolution:determination", "notIn", ["unstated", "none"])))),
  },
  authorises: {
    yes: all(
      not(ref("adoption=no")),
      any(
        all(f("resolution:revives", "equal", true), f("resolution:material-breach", "equal", true), dr("revival", "equal", "accepted")),
        all(
          f("resolution:revives", "equal", false),
          any(
            f("resolution:authorisation", "in", ["authorises", "recommends"]),
            all(f("resolution:authorisation", "in", ["calls-upon", "none", "unstated"]), f("resolution:implied-from", "equal", true), implied("equal")),
            all(f("resolution:authorisation", "equal", "contested"), any(f("resolution:implied-from", "equal", true), f("resolution:ceasefire", "equal", false)), implied("equal")),
          ),
        ),
      ),
    ),
    no: any(
      ref("adoption=no"),
      all(f("resolution:revives", "equal", true), any(f("resolution:material-breach", "equal", false), dr("revival", "notEqual", "accepted"))),
      all(
        f("resolution:revives", "equal", false),
        any(
          all(f("resolution:authorisation", "in", ["calls-upon", "none"]), f("resolution:implied-from", "equal", false)),
          all(f("resolution:authorisation", "in", ["calls-upon", "none", "unstated"]), f("resolution:implied-from", "equal", true), implied("notEqual")),
          all(f("resolution:authorisation", "equal", "contested"), f("resolution:implied-from", "equal", false), f("resolution:ceasefire", "equal", true)),
          all(f("resolution:authorisation", "equal", "contested"), any(f("resolution:implied-from", "equal", true), f("resolution:ceasefire", "equal", false)), implied("notEqual")),
        ),
      ),
    ),
  },
  addressee: {
    yes: any(
      f("mandate", "equal", "yes", { field: "addressee" }),
      all(
        f("mandate", "equal", "unstated", { field: "addressee" }),
        f("addressees:stated", "equal", true),
        f("addressees:includes-actor", "equal", true),
        any(f("addressees:condition", "equal", "none"), all(f("addressees:condition", "equal", "cooperating-with"), f("addressees:cooperation-shown", "equal", true))),
      ),
    ),
    no: any(f("mandate", "equal", "no", { field: "addressee" }), all(f("mandate", "equal", "unstated", { field: "addressee" }), f("addressees:stated", "equal", true), f("addressees:includes-actor", "equal", false))),
  },
  purpose: scoped(
    "purpose",
    all(f("resolution:purposes", "notEqual", null), f("use:purposes-stated", "equal", true), f("use:purposes", "intersects", { fact: "resolution:purposes" })),
    all(f("resolution:purposes", "notEqual", null), f("use:purposes-stated", "equal", true), f("use:purposes", "disjoint", { fact: "resolution:purposes" })),
  ),
  area: scoped(
    "area",
    all(f("resolution:areas", "notEqual", null), f("use:where-territories", "eachWithin", { fact: "resolution:areas" })),
    all(f("resolution:areas", "notEqual", null), not(f("use:where-territories", "eachWithin", { fact: "resolution:areas" }))),
  ),
  limits: scoped("limits", f("resolution:limits", "equal", 0) as TopLevelCondition, never),
  window: {
    yes: all(
      f("window:from", "onOrBefore", { fact: "date" }),
      any(f("window:until", "equal", null), f("date", "onOrBefore", { fact: "window:until" })),
      f("window:terminated", "equal", false),
      f("resolution:condition-met", "in", ["unstated", "yes"]),
    ),
    no: any(f("window:from", "after", { fact: "date" }), f("date", "after", { fact: "window:until" }), f("window:terminated", "equal", true), f("resolution:condition-met", "equal", "no")),
  },
};

// ---- the dynamic facts: looking things up in the situation ----------------------------------------

type FactFn = (c: Ctx, params: Record<string, string>) => unknown;
const FACTS: Record<string, FactFn> = {
  date: (c) => c.date,
  moment: (c) => c.moment,
  doctrine: (c, q) => c.p.doctrine.get(q.switch),
  assessment: (c, q) => val((c.use.assessments as Record<string, string> | undefined)?.[q.name]),
  closed: (c, q) => absent(c.p, q.list) === N,
  allied: (c) => (c.p.s.alliances ?? []).some((al) => al.parties.includes(c.victim!) && al.parties.includes(c.actor)),
  "admitted-stages": (c) => ADMITTED[c.p.doctrine.get("anticipatory")!],
  "victim:id": (c) => c.victim,
  "victim:kind": (c) => c.p.kind.get(c.victim!)?.kind,
  "victim:statehood": (c) => c.p.kind.get(c.victim!)?.statehood,
  "attack:date": (c) => c.attack!.date,
  "attack:established": (c) => c.attack!.established ?? "yes",
  "attack:stage": (c) => stageOn(c.attack!.stage, c.attack!.date, c.date, c.p.doctrine.get("anticipatory")!),
  "attack:kind": (c) => c.attack!.kind,
  "attack:gravity": (c) => val(typeof c.attack!.gravity === "object" ? c.attack!.gravity.value : c.attack!.gravity),
  "attack:by-state": (c) => c.p.kind.get(c.attack!.by)?.kind === "state",
  "attack:unwilling-or-unable": (c) => val(c.attack!.territorialStateUnwillingOrUnable as string | undefined),
  "attack:origin-controller": (c) => (c.attack!.originatesFrom ? (controllerOf(c.p, c.attack!.originatesFrom) ?? null) : null),
  // Directed at the attack's authors (or a harbouring state the non-state actors position admits): computed as in handwritten.ts.
  "attack:attributable": (c) => attributable(c.p, c.attack!),
  "attack:at-source": (c) => directedAtSource(c.p, c.attack!, list(c.use.against)),
  "attribution:link": (c) => val(c.attack!.attribution?.link),
  "attribution:established": (c) => val(c.attack!.attribution?.established as string | undefined).replace("unstated", "unknown"),
  "use:against": (c) => list(c.use.against),
  "use:purposes": (c) => c.use.purposes ?? [],
  "use:purposes-stated": (c) => c.use.purposes !== undefined,
  "use:where-territories": (c) => list(c.use.where).map((w) => [w, territoryOf(c.p, w) ?? ""]),
  // The Council's measures on this attack: those that respond to it, else those about its parties.
  "council:relevant": (c) => councilMeasuresOn(c.p, c.attack!, c.victim!, c.date),
  "reports:dates": (c) => (c.p.s.reports ?? []).filter((r) => r.by === c.actor && (!r.uses || r.uses.includes(c.use.id))).map((r) => r.date),
  "declarations:dates": (c) => [
    ...(c.p.s.declarations ?? []).filter((d) => d.by === c.victim && (!d.attacks || d.attacks.includes(c.attack!.id))).map((d) => d.date),
    ...(c.p.s.requests ?? []).filter((r) => r.by === c.victim && r.declaresAttack).map((r) => r.date),
  ],
  // Requests by the victim that reach this helper (a general appeal reaches every state but the attacker).
  "requests:dates": (c) => {
    const general = c.attack!.by !== c.actor && isAuthor(c.p, c.attack!, c.actor) !== Y;
    return (c.p.s.requests ?? [])
      .filter((r) => r.by === c.victim && (((r.to === "all" || r.form === "to-the-council") && general) || (r.to !== "all" && (r.to.includes(c.actor) || (c.use.through !== undefined && r.to.includes(c.use.through))))))
      .map((r) => r.date);
  },
  // The victim asked others, not this helper.
  "requests:asked-others": (c) => (c.p.s.requests ?? []).some((r) => r.by === c.victim && r.to !== "all"),
  mandate: (c, q) => val((c.use.mandates?.[c.resolution!.id] as Record<string, string> | undefined)?.[q.field]),
  "resolution:adopted": (c) => c.resolution!.adopted,
  "resolution:as-recorded": (c) => !!(c.resolution!.adoptedAsRecorded || c.resolution!.dataset !== undefined || c.resolution!.adopted),
  "resolution:determination": (c) => val(typeof c.resolution!.determination === "object" ? c.resolution!.determination.kind : c.resolution!.determination),
  "resolution:chapter-vii": (c) => val(c.resolution!.chapterVII),
  "resolution:authorisation": (c) => val(c.resolution!.authorisation),
  "resolution:implied-from": (c) => c.resolution!.impliedFrom === true,
  "resolution:revives": (c) => c.resolution!.revives !== undefined,
  "resolution:ceasefire": (c) => isCeasefire(c.resolution!),
  // Revival needs a material breach the Council determined (adopted by the date), and never comes from a ceasefire or the act ending it.
  "resolution:material-breach": (c) => {
    const r = c.resolution!;
    return !isCeasefire(r) && !r.terminates?.includes(r.revives!) && [r, ...c.p.sc].some((t) => tri(t.materialBreach) === Y && t.adopted !== undefined && onOrBefore(t.adopted, c.date) === Y && adoption(c.p, t) === Y);
  },
  "resolution:purposes": (c) => c.resolution!.purposes ?? null,
  "resolution:areas": (c) => c.resolution!.areas ?? null,
  "resolution:limits": (c) => c.resolution!.limits?.length ?? 0,
  "resolution:condition-met": (c) => val(c.resolution!.conditionMet as string | undefined),
  "votes:stated": (c) => c.resolution!.votes !== undefined,
  // json-rules-engine evaluates every condition of an `all` (no short-circuit): facts of an absent part are null.
  "votes:for": (c) => (c.resolution!.votes ? (typeof c.resolution!.votes.for === "number" ? c.resolution!.votes.for : c.resolution!.votes.for.length) : null),
  "votes:needed": (c) => (c.resolution!.adopted && c.resolution!.adopted < "1965-08-31" ? 7 : 9),
  "votes:permanent-against": (c) => (!c.resolution!.votes ? null : c.resolution!.votes.procedural ? 0 : c.resolution!.votes.against.filter((s) => isPermanent(c.p, s)).length),
  "addressees:stated": (c) => c.resolution!.addressees !== undefined,
  "addressees:includes-actor": (c) => {
    const a = c.resolution!.addressees;
    if (!a) return null;
    return (Array.isArray(a.states) && a.states.includes(c.actor)) || (a.states === "all-members" && isMember(c.p, c.actor, c.date) === Y) || (c.use.through !== undefined && (a.organisations?.includes(c.use.through) || a.throughRegionalOrganisations === true)) || (a.organisations ?? []).includes(c.actor);
  },
  "addressees:condition": (c) => c.resolution!.addressees?.condition ?? "none",
  "addressees:cooperation-shown": (c) => {
    const g = c.resolution!.addressees?.cooperatingWith;
    return (
      g !== undefined &&
      // a state always co-operates with its own government (S/RES/665 para 1, 678 para 2)
      (g === c.actor ||
        (c.use.onBehalfOf ?? []).includes(g) ||
        (c.p.s.requests ?? []).some((q) => q.by === g && (q.to === "all" || q.to.includes(c.actor)) && onOrBefore(q.date, c.date) === Y) ||
        (c.p.s.consents ?? []).some((k) => k.state === g && (k.to === "all" || k.to.includes(c.actor)) && onOrBefore(k.date, c.date) === Y))
    );
  },
  "window:from": (c) => c.resolution!.from ?? c.resolution!.adopted,
  "window:until": (c) => c.resolution!.until ?? null,
  "window:terminated": (c) =>
    c.p.sc.some((t) => {
      const eff = t.ceasefireEffective ?? t.from ?? t.adopted;
      return t.terminates?.includes(c.resolution!.id) && eff !== undefined && onOrBefore(eff, c.date) === Y && adoption(c.p, t) === Y;
    }),
  // Each place: "yes" if the victim's, the helper's, no state's, or the attacker's (the one attribution
  // rule of src/law/context.ts, computed as in handwritten.ts); else whether its state consented.
  "territory:places": (c) => list(c.use.where).map((w) => (["no", "unknown", "yes"] as const)[placeTest(c.p, c.use, c.actor, c.victim!, c.attack!, w, c.date)]),
};
// Facts that only exist for some candidates read the candidate lazily; two are derived from one list.
const DERIVED: Record<string, (relevant: Resolution[], c: Ctx) => boolean> = {
  "council:ceasefire": (rs, c) => rs.some((r) => r.ceasefireEffective !== undefined && onOrBefore(r.ceasefireEffective, c.date) === Y),
  "council:binding": (rs) => rs.some((r) => (r.chapterVII === "express" || r.chapterVII === "implicit") && (r.measures ?? []).some((x) => x === "sanctions" || x === "force")),
};

function engineFor(conditions: Conditions): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(OPERATORS)) engine.addOperator(name, fn);
  for (const [id, fn] of Object.entries(FACTS)) engine.addFact(id, async (params, almanac) => fn((await almanac.factValue("ctx")) as Ctx, params as Record<string, string>));
  for (const [id, fn] of Object.entries(DERIVED))
    engine.addFact(id, async (_params, almanac) => fn((await almanac.factValue("council:relevant")) as Resolution[], (await almanac.factValue("ctx")) as Ctx));
  for (const [name, c] of Object.entries(conditions)) {
    // A named condition's root must be all / any / not / condition.
    const top = (x: TopLevelCondition) => ("fact" in x ? all(x as NestedCondition) : x);
    engine.setCondition(`${name}=yes`, top(c.yes));
    engine.setCondition(`${name}=no`, top(c.no));
  }
  if (conditions === CS) {
    engine.setCondition("adoption=yes", adoptionYes);
    engine.setCondition("adoption=no", adoptionNo);
  }
  const names = Object.keys(conditions);
  engine.addRule({ name: "holds", conditions: { all: names.map((n) => ref(`${n}=yes`)) }, event: { type: "holds" } });
  engine.addRule({ name: "fails", conditions: { any: names.map((n) => ref(`${n}=no`)) }, event: { type: "fails" } });
  return engine;
}

let engines: { csd: Engine; cs: Engine } | undefined;

/** One run: the candidate's value (no / unknown / yes). */
async function candidate(engine: Engine, ctx: Ctx): Promise<T> {
  const { events } = await engine.run({ ctx });
  return events.some((e) => e.type === "holds") ? Y : events.some((e) => e.type === "fails") ? N : U;
}

const STATUS: Status[] = ["not-available", "undetermined", "available"];

/** Both bases for every use of a situation on a date. */
export async function decideRules(p: Prepared, date: string): Promise<{ use: string; csd: Status; cs: Status }[]> {
  engines ??= { csd: engineFor(CSD), cs: engineFor(CS) };
  const out = [];
  for (const use of p.s.uses) {
    const actors = list(use.by);
    let csd: T = actors.length ? Y : U;
    let cs: T = actors.length ? Y : U;
    for (const actor of actors) {
      const base = { p, use, actor, date, moment: date };
      const respond = (a: Attack) => !use.respondsTo || use.respondsTo.includes(a.id);
      const victims = (use.onBehalfOf ?? [...new Set((p.s.attacks ?? []).filter(respond).map((a) => a.against))]).filter((v) => v !== actor);
      let some: T = N;
      let n = 0;
      for (const victim of victims)
        for (const attack of (p.s.attacks ?? []).filter((a) => a.against === victim && respond(a) && candidateAttack(p, a, victim, actor))) {
          n++;
          some = Math.max(some, await candidate(engines.csd, { ...base, victim, attack })) as T;
        }
      csd = Math.min(csd, n ? some : absent(p, "attacks")) as T;
      // The acts that could authorise (a failed draft that would have is shown failing); none: no, unless no Council act at all.
      const acts = p.sc.filter((r) => authorisationCandidate(p, r));
      let authorised: T = N;
      for (const resolution of acts) authorised = Math.max(authorised, await candidate(engines.cs, { ...base, resolution })) as T;
      cs = Math.min(cs, acts.length ? authorised : p.sc.length ? N : absent(p, "resolutions")) as T;
    }
    out.push({ use: use.id, csd: STATUS[csd], cs: STATUS[cs] });
  }
  return out;
}
