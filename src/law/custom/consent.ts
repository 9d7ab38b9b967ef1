// Consent (intervention by invitation).
// ILC ASR art 20: "Valid consent by a State to the commission of a given act by another State
// precludes the wrongfulness of that act in relation to the former State to the extent that the act
// remains within the limits of that consent." DRC v Uganda paras 42-53: consent may be withdrawn
// at any time without formality, and its limits (area, objectives) bind.
//
// Consent binds only the consenting state (art 20, "in relation to the former State"): the basis
// asks for the consent of every state whose rights the force touches, namely the state of each
// territory it is used on, and each state whose vessels or forces it protects at their request
// (on the high seas too); and it never reaches force against a third state's forces, which needs a
// basis against that state: self-defence against its armed attack, or a Council authorisation
// (Nicaragua paras 211, 249; customary.md 5.5(6)). A victim's request for armed help on its own
// territory is also its consent to that help there.
import { all, any, every, leaf, no, position, some, unknown, yes, conclude, type Finding, type Rule } from "../../engine/rule.js";
import { reasons, type Reason } from "../../engine/reason.js";
import { proofReason, type ProofLike } from "../../engine/summaries.js";
import { onOrBefore } from "../../engine/dates.js";
import type { Tri } from "../../engine/tri.js";
import { fact, list, type FactValue } from "../../scenario/model.js";
import type { Consent, Request, TriFact } from "../../scenario/schema.js";
import { controllerOn, within, type LawCtx } from "../context.js";
import { say } from "../wording.js";

/** Who gave a consent, in Japanese: the law's words around the name (givenByText) said in Japanese. */
const AUTHORITY_JA: Record<string, string> = { government: "政府", "government-in-exile": "亡命政府", opposition: "反政府勢力", "de-facto-authority": "事実上の当局", other: "その他" };
const whoJa = (who: string): string =>
  who
    .replace(/^(.+)'s government \(by its request for help\)$/, "$1の政府（援助要請による）")
    .replace(/ \(by its request for help\)$/, "（援助要請による）")
    .replace(/^its government, by its request for help/, "その政府（援助要請による）")
    .replace(/ \(([a-z-]+)\)$/, (m, a: string) => (AUTHORITY_JA[a] ? `（${AUTHORITY_JA[a]}）` : m));

const R = reasons("consent", {
  entitledStated: say(
    (a: { who: string; state: string; value: Tri }) =>
      a.value === "yes" ? `${a.who} could speak for ${a.state}` : a.value === "no" ? `${a.who} could not speak for ${a.state}` : `whether ${a.who} could speak for ${a.state} is not established`,
    (a) => (a.value === "yes" ? `${whoJa(a.who)}は${a.state}を代表して同意を与えることができた` : a.value === "no" ? `${whoJa(a.who)}は${a.state}を代表して同意を与えることができなかった` : `${whoJa(a.who)}が${a.state}を代表し得たかどうかは確定していない`),
  ),
  opposition: say(
    (a: { who: string }) => `${a.who} is the opposition: intervention at the request of the opposition is not allowed`,
    (a) => `${whoJa(a.who)}は反政府勢力であり、反政府勢力の要請による干渉は許されない`,
  ),
  controlAndRecognition: say(
    (a: { who: string; state: string }) => `${a.who}, in control of the state and recognised as its government, could speak for ${a.state}`,
    (a) => `${whoJa(a.who)}は国家を実効的に支配し、かつその政府として承認されており、${a.state}を代表して同意を与えることができた`,
  ),
  underEffectiveControl: say(
    (a: { who: string; state: string; control: Tri; occupiedBy?: string; asks?: boolean }) =>
      a.control === "yes"
        ? `${a.who} controls ${a.state}: under the effective-control position it may ${a.asks ? "ask for help" : "consent"}, whatever its recognition`
        : a.control === "no"
          ? `${a.who} had lost effective control${a.occupiedBy ? ` (the place is occupied by ${a.occupiedBy})` : ""}: under the effective-control position it cannot ${a.asks ? "ask for help" : "consent"} for ${a.state}`
          : `whether ${a.who} controlled ${a.state} is not established (effective-control position)`,
    (a) =>
      a.control === "yes"
        ? `${whoJa(a.who)}は${a.state}を実効的に支配しており、実効的支配説によれば承認の有無にかかわらず${a.asks ? "援助を要請する" : "同意を与える"}ことができる`
        : a.control === "no"
          ? `${whoJa(a.who)}は実効的支配を失っていた${a.occupiedBy ? `（当該地域は${a.occupiedBy}に占領されている）` : ""}。実効的支配説によれば${a.state}を代表して${a.asks ? "援助を要請する" : "同意を与える"}ことはできない`
          : `${whoJa(a.who)}が${a.state}を実効的に支配していたかどうかは確定していない（実効的支配説）`,
  ),
  underRecognition: say(
    (a: { who: string; state: string; recognised: Tri; asks?: boolean }) =>
      a.recognised === "yes"
        ? `${a.who} is recognised as the government of ${a.state}: under the recognition position it may ${a.asks ? "ask for help" : "consent"}, even without effective control`
        : a.recognised === "no"
          ? `${a.who} is not recognised as the government of ${a.state}: under the recognition position it cannot ${a.asks ? "ask for help" : "consent"}`
          : `whether ${a.who} is recognised as the government of ${a.state} is not established (recognition position)`,
    (a) =>
      a.recognised === "yes"
        ? `${whoJa(a.who)}は${a.state}の政府として承認されており、承認説によれば実効的支配がなくとも${a.asks ? "援助を要請する" : "同意を与える"}ことができる`
        : a.recognised === "no"
          ? `${whoJa(a.who)}は${a.state}の政府として承認されておらず、承認説によれば${a.asks ? "援助を要請する" : "同意を与える"}ことはできない`
          : `${whoJa(a.who)}が${a.state}の政府として承認されているかどうかは確定していない（承認説）`,
  ),
  ousted: say(
    (a: { who: string; state: string; occupier: string; asks?: boolean }) =>
      `${a.who}, recognised as the government of ${a.state}, was ousted by ${a.occupier}'s occupation: an occupation does not take the ousted government's standing, which may still ${a.asks ? "ask for help" : "consent"} (S/RES/661 (1990) paras 1-2: the "legitimate Government" whose authority was "usurped")`,
    (a) =>
      `${whoJa(a.who)}は${a.state}の政府として承認されており、${a.occupier}の占領により排除された。占領は排除された政府の地位を奪わず、なお${a.asks ? "援助を要請する" : "同意を与える"}ことができる（安保理決議661（1990）第1項・第2項：権限を「簒奪」された「正統な政府」）`,
  ),
  puppet: say(
    (a: { who: string; state: string; installer: string; asks?: boolean }) =>
      `${a.who} was installed by ${a.installer}, the very state it ${a.asks ? "asks for help" : "invites"}: an authority set up by the state it calls in expresses no free will of ${a.state} and cannot ${a.asks ? "ask for that help" : "consent to that force"} (IDI Rhodes 2011 art 1(b): the request must reflect "the free expression of will of the requesting State")`,
    (a) =>
      `${whoJa(a.who)}は、${a.asks ? "援助を要請する" : "招請する"}相手国である${a.installer}によって樹立された。招請される国が樹立した当局は${a.state}の自由な意思を表さず、${a.asks ? "その援助を要請する" : "その武力行使に同意を与える"}ことはできない（万国国際法学会ロードス決議（2011）第1条(b)：要請は「要請国の自由な意思の表明」でなければならない）`,
  ),
  occupierRegime: say(
    (a: { who: string; state: string; installer: string }) =>
      `${a.who} was set up by ${a.installer}, which occupied ${a.state} on that date: States are not to recognise "any régime set up by the occupying Power" (S/RES/661 (1990) para 9(b)), so it cannot speak for ${a.state}`,
    (a) =>
      `${whoJa(a.who)}は、その時点で${a.state}を占領していた${a.installer}によって樹立された。諸国は「占領国により樹立されたいかなる体制」も承認してはならず（安保理決議661（1990）第9項(b)）、同当局は${a.state}を代表しえない`,
  ),
  addressed: say(
    (a: { actor: string }) => `the consent extends to ${a.actor}`,
    (a) => `同意は${a.actor}に及ぶ`,
  ),
  notAddressed: say(
    (a: { to: string[]; actor: string }, w) => `the consent was given to ${w.list(a.to)}, not to ${a.actor}`,
    (a, w) => `同意は${w.list(a.to)}に与えられたものであり、${a.actor}に与えられたものではない`,
  ),
  givenOnlyOn: say(
    (a: { date: string }) => `the consent was given only on ${a.date}: it covers the force from that date, never before`,
    (a) => `同意は${a.date}に初めて与えられた。同意はその日以降の武力行使のみを対象とし、遡及しない`,
  ),
  withdrawn: say(
    (a: { date: string }) => `the consent was withdrawn on ${a.date} (no formality is needed)`,
    (a) => `同意は${a.date}に撤回された（撤回に形式は要しない）`,
  ),
  expired: say(
    (a: { until: string }) => `the consent ran until ${a.until}`,
    (a) => `同意は${a.until}までのものであった`,
  ),
  inForceUnknown: say(
    (a: { given: string; date: string }) => `whether the consent of ${a.given} was in force on ${a.date} depends on imprecise dates`,
    (a) => `${a.given}の同意が${a.date}に有効であったかどうかは、日付が不正確なため確定しない`,
  ),
  inForce: say(
    (a: { given: string; withdrawn?: string }) => `given on ${a.given}${a.withdrawn ? `, withdrawn only on ${a.withdrawn}` : ", not withdrawn"}`,
    (a) => `${a.given}に与えられ${a.withdrawn ? `、${a.withdrawn}まで撤回されていない` : "、撤回されていない"}`,
  ),
  requestNotEstablished: say(
    (a: { date: string; value: Tri }) => (a.value === "no" ? `the request of ${a.date} is not established: it was not made` : `whether the request of ${a.date} was made is not established`),
    (a) => (a.value === "no" ? `${a.date}の要請は立証されていない（要請はなされなかった）` : `${a.date}の要請がなされたかどうかは立証されていない`),
  ),
  requestPlaceOutside: say(
    (a: { places: string[]; date: string }, w) => `${w.list(a.places)} lies outside what the request of ${a.date} asked help for`,
    (a, w) => `${w.list(a.places)}は${a.date}の要請が援助を求めた範囲の外にある`,
  ),
  requestPurposeUnknown: say(
    (a: { date: string; help?: string }) => `the request of ${a.date} asked for help with stated purposes${a.help ? ` ("${a.help}")` : ""}; the purposes of the force are not stated`,
    (a) => `${a.date}の要請は特定の目的の援助を求めている${a.help ? `（「${a.help}」）` : ""}が、武力行使の目的は示されていない`,
  ),
  requestPurposeOutside: say(
    (a: { date: string; help?: string }) => `the force serves none of the purposes the request of ${a.date} asked help for${a.help ? ` ("${a.help}")` : ""}`,
    (a) => `武力行使は、${a.date}の要請が求めた援助の目的${a.help ? `（「${a.help}」）` : ""}のいずれにも資さない`,
  ),
  withinRequest: say(
    (a: { date: string; help?: string }) => `within what the request of ${a.date} asked for${a.help ? ` ("${a.help}")` : ""}`,
    (a) => `${a.date}の要請が求めた範囲内である${a.help ? `（「${a.help}」）` : ""}`,
  ),
  noLimits: say(
    (_: void) => "the consent sets no limits",
    () => "同意に限定は付されていない",
  ),
  scopeNotStated: say(
    (a: { scope: string }) => `whether the force stays within the consent's scope ("${a.scope}") is not stated`,
    (a) => `武力行使が同意の範囲（「${a.scope}」）内にとどまるかどうかは示されていない`,
  ),
  withinScope: say(
    (a: { scope?: string }) => `within ${a.scope ? `"${a.scope}"` : "the consent"}`,
    (a) => `${a.scope ? `「${a.scope}」` : "同意"}の範囲内である`,
  ),
  beyondScope: say(
    (a: { scope?: string }) => `beyond ${a.scope ? `"${a.scope}"` : "the consent"}`,
    (a) => `${a.scope ? `「${a.scope}」` : "同意"}の範囲を超える`,
  ),
  scopeUnknown: say(
    (_: void) => "whether the force stays within the consent is not established",
    () => "武力行使が同意の範囲内かどうかは確定していない",
  ),
  placeOutside: say(
    (a: { place: string; places: string[] }, w) => `${a.place} lies outside the places the consent covers (${w.list(a.places)})`,
    (a, w) => `${a.place}は同意の対象地域（${w.list(a.places)}）の外にある`,
  ),
  targetsOutside: say(
    (a: { targets: string[]; allowed: string[] }, w) => `the force is used against ${w.list(a.targets)}, beyond those the consent allows force against (${w.list(a.allowed)})`,
    (a, w) => `武力は${w.list(a.targets)}に対して行使されており、同意が認める相手（${w.list(a.allowed)}）の範囲を超える`,
  ),
  noCoercion: say(
    (_: void) => "no coercion is recorded",
    () => "強制があったとの記録はない",
  ),
  freely: say(
    (a: { value: Tri }) => (a.value === "yes" ? "freely given" : a.value === "no" ? "not freely given" : "whether it was freely given is not established"),
    (a) => (a.value === "yes" ? "自由に与えられた" : a.value === "no" ? "自由に与えられたものではない" : "自由に与えられたかどうかは確定していない"),
  ),
  noCivilWar: say(
    (_: void) => "no civil war is recorded in the state",
    () => "当該国における内戦は記録されていない",
  ),
  civilWar: say(
    (a: { position: string; value: Tri; civilWar: Tri }) =>
      `${a.civilWar === "yes" ? "a civil war exists in the state" : "whether a civil war exists in the state is not established"}; under the ${a.position} position the government ${
        a.value === "yes" ? "may invite this help" : a.value === "no" ? "may not invite this help" : "may invite it only for purposes other than deciding the war, which are not stated"
      }`,
    (a) =>
      `${a.civilWar === "yes" ? "当該国では内戦が存在する" : "当該国に内戦が存在するかどうかは確定していない"}。${a.position}の立場では、政府は${
        a.value === "yes" ? "この援助を要請することができる" : a.value === "no" ? "この援助を要請することはできない" : "内戦の帰趨を決する以外の目的でのみ要請できるが、その目的は示されていない"
      }`,
  ),
  consentNeeded: say(
    (a: { place: string; state: string }) => (a.place === a.state ? `force on ${a.state}'s territory needs its consent` : `force in ${a.place} needs the consent of ${a.state}`),
    (a) => (a.place === a.state ? `${a.state}の領域での武力行使には同国の同意を要する` : `${a.place}での武力行使には${a.state}の同意を要する`),
  ),
  noCandidateCovers: say(
    (a: { names: readonly string[]; whys: readonly Reason[] }, w) => `no consent covers it: ${a.names.map((n, i) => `${n}: ${w.reason(a.whys[i])}`).join("; ")}`,
    (a, w) => `これを対象とする同意はない：${a.names.map((n, i) => `${n}：${w.reason(a.whys[i])}`).join("；")}`,
  ),
  noConsentOf: say(
    (a: { state: string }) => `${a.state} gave no consent`,
    (a) => `${a.state}は同意を与えていない`,
  ),
  consentMayBeMissing: say(
    (a: { state: string }) => `no consent of ${a.state} is recorded, and the record of consents may be incomplete`,
    (a) => `${a.state}の同意は記録されておらず、同意の記録は不完全である可能性がある`,
  ),
  territoryUnknown: say(
    (a: { place: string }) => `whose territory ${a.place} is, is not stated`,
    (a) => `${a.place}がいずれの国の領域であるかは示されていない`,
  ),
  ownTerritory: say(
    (a: { place: string }) => `${a.place} is the acting state's own territory: no consent is needed there`,
    (a) => `${a.place}は行動国自身の領域であり、そこでは同意を要しない`,
  ),
  noStatesTerritory: say(
    (a: { place: string }) => `${a.place} is no state's territory: no territorial consent is needed there`,
    (a) => `${a.place}はいずれの国の領域でもなく、領域国の同意を要しない`,
  ),
  noneProtected: say(
    (_: void) => "the force protects no foreign state's vessels or forces",
    () => "外国の船舶又は部隊を防護するものではない",
  ),
  noTargetState: say(
    (_: void) => "the force is used against no state's forces",
    () => "いずれの国の部隊に対しても武力は行使されていない",
  ),
  notEngaged: say(
    (a: { target: string; from?: string }) => `no weapons are used against ${a.target}'s forces${a.from ? ` before ${a.from}` : ""}: the consent covers the presence and operations it allows`,
    (a) => `${a.from ? `${a.from}より前には` : ""}${a.target}の部隊に対して武器は使用されていない。同意はその認める駐留及び活動を対象とする`,
  ),
  entityNotState: say(
    (a: { target: string }) => `the statehood of ${a.target} is not generally recognised: force against its forces is not force against a third state as such`,
    (a) => `${a.target}の国家性は一般に承認されておらず、その部隊に対する武力行使はそれ自体として第三国に対する武力行使ではない`,
  ),
  targetConsented: say(
    (a: { target: string }) => `${a.target} itself consented`,
    (a) => `${a.target}自身が同意した`,
  ),
  onlyTowardConsenting: say(
    (a: { target: string; consenting: string[] }, w) =>
      `${a.consenting.length ? `the consent of ${w.list(a.consenting)} precludes wrongfulness only toward ${a.consenting.length > 1 ? "those states" : "that state"}` : "consent binds only the consenting state"}: it cannot justify force against ${a.target}'s forces, which needs a basis against ${a.target} (self-defence against its armed attack, or a Council authorisation)`,
    (a, w) =>
      `${a.consenting.length ? `${w.list(a.consenting)}の同意は、その同意国との関係においてのみ違法性を阻却する` : "同意は同意国のみを拘束する"}。${a.target}の部隊に対する武力行使は同意によって正当化されず、${a.target}に対する独自の根拠（同国の武力攻撃に対する自衛又は安保理の授権）を要する`,
  ),
  nothingToConsent: say(
    (_: void) => "the force is used on no other state's territory and protects no foreign state's vessels or forces: there is no consent for it to rest on",
    () => "武力は他国の領域で行使されず、外国の船舶又は部隊を防護するものでもないため、依拠すべき同意がない",
  ),
  // Whether consent was given is asked next: here only whose consent the force would need.
  consentRelied: say(
    (a: { states: string[] }, w) => `the force is used on the territory, or protects the vessels or forces, of ${w.list(a.states)}: it needs ${a.states.length > 1 ? "their" : "that state's"} consent`,
    (a, w) => `武力行使は${w.list(a.states)}の領域で行われ、又はその船舶若しくは部隊を防護するものであり、その同意を要する`,
  ),
  noPlace: say(
    (_: void) => "the use of force names no place",
    () => "武力行使の場所が示されていない",
  ),
});

/** A stated consent, or a victim's request for armed help read as its consent on its own territory. */
interface ConsentItem {
  k: Consent;
  path: string;
  fromRequest: boolean;
}

/** A request's own fields under a consent's names (src/scenario/schema.ts RequestSchema). */
const REQUEST_FIELD: Record<string, string> = {
  date: "date",
  to: "to",
  withdrawn: "withdrawn",
  until: "scope.until",
  where: "scope.areas",
  entitled: "entitled",
  authority: "authority",
  scope: "scope",
  effectiveControl: "effectiveControl",
  recognised: "recognised",
  installedBy: "installedBy",
  civilWar: "civilWar",
};

const kpath = (c: LawCtx, field?: string) => {
  const k = c.consent!;
  const m = /^request:(\d+)$/.exec(k.id);
  if (m) return `$.requests[${m[1]}]${field && REQUEST_FIELD[field] ? `.${REQUEST_FIELD[field]}` : ""}`;
  return c.m.path("consents", k.id, field);
};

/** The request a consent item was read from (a victim's request for help is its consent there). */
const requestOf = (c: LawCtx, k: Consent): Request | undefined => {
  const m = /^request:(\d+)$/.exec(k.id);
  return m ? c.m.situation.requests?.[Number(m[1])] : undefined;
};

/** The consents (and requests for help) of a state addressed to anyone. */
function consentsOf(c: LawCtx, state: string): readonly ConsentItem[] {
  // The same on every date and in every world: read once per situation and state.
  return c.m.memo(consentsOf, state, () => consentsRead(c, state));
}

function consentsRead(c: LawCtx, state: string): ConsentItem[] {
  const stated = (c.m.situation.consents ?? []).filter((k) => k.state === state).map((k) => ({ k, path: c.m.path("consents", k.id), fromRequest: false }));
  const asked = (c.m.situation.requests ?? [])
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.by === state && (r.form === "express" || r.form === "treaty-invocation"))
    .map(({ r, i }) => ({
      // The request's own author, standing, withdrawal and end (scope.until) are the consent's; its areas and purposes are read in the scope leaf.
      k: {
        id: `request:${i}`,
        state,
        givenBy: r.givenBy ?? "its government, by its request for help",
        authority: r.authority ?? "government",
        ...(r.entitled !== undefined ? { entitled: r.entitled } : {}),
        ...(r.effectiveControl !== undefined ? { effectiveControl: r.effectiveControl } : {}),
        ...(r.recognised !== undefined ? { recognised: r.recognised } : {}),
        ...(r.installedBy !== undefined ? { installedBy: r.installedBy } : {}),
        ...(r.civilWar !== undefined ? { civilWar: r.civilWar } : {}),
        to: r.to,
        date: r.date,
        ...(r.withdrawn ? { withdrawn: r.withdrawn } : {}),
        ...(r.scope?.until ? { until: r.scope.until } : {}),
        document: r.document,
      } as unknown as Consent,
      path: `$.requests[${i}]`,
      fromRequest: true,
    }));
  return [...stated, ...asked];
}

const givenByText = (c: LawCtx, k: Consent) =>
  /^request:/.test(k.id) ? (requestOf(c, k)?.givenBy ? `${k.givenBy} (by its request for help)` : `${c.m.name(k.state)}'s government (by its request for help)`) : `${k.givenBy} (${k.authority})`;

// ---- who may consent (customary.md 5.4, 5.5(1)): effective control or recognition --------------

/** Who spoke for a state: a consent's fields, or a request's (src/scenario/schema.ts). */
export interface Speaker {
  state: string;
  /** Who it was, in words. */
  who: string;
  authority: Consent["authority"];
  entitled?: TriFact;
  effectiveControl?: TriFact;
  recognised?: TriFact;
  installedBy?: string;
  /** A request for help (the wording says "ask for help"), not a consent. */
  asks?: boolean;
}

/** A state's own territory as a whole: the first of its places under an occupation covering the date. */
function occupationOf(c: LawCtx, state: string, place: string | undefined) {
  const where = place !== undefined && c.m.places.has(place) ? [place] : [...c.m.places.values()].filter((p) => p.territoryOf === state).map((p) => p.id);
  for (const w of where) {
    const occ = controllerOn(c.m, w, c.date);
    if (occ.occupation && occ.state !== state) return { ...occ, place: w };
  }
  return undefined;
}

/**
 * Could this authority speak for the state on the date judged (customary.md 5.4, 5.5(1))? One rule
 * for consents and requests for help:
 * - an authority installed by the very state it invites cannot invite it (a puppet: no free
 *   expression of the state's will, IDI Rhodes 2011 art 1(b)), nor one set up by the state
 *   occupying its territory (S/RES/661 (1990) para 9(b));
 * - stated `entitled` decides; the opposition never may (Nicaragua para 246);
 * - a recognised government ousted by a foreign occupation keeps its standing (S/RES/661 (1990)
 *   paras 1-2): the occupier's control is not the effective control the switch weighs;
 * - else effective control and recognition (stated, else from the standing and a dated occupation);
 *   where they part, the switch consentAuthority decides. A government in exile is not presumed
 *   able to speak: it has no effective control unless stated.
 * `place`: the territory the consent is for (its occupation counts); not given: the state's territory.
 */
export function standing(c: LawCtx, k: Speaker, path: (field: string) => string, place?: string): Finding {
  const { who, asks } = k;
  const state = c.m.name(k.state);
  const occ = occupationOf(c, k.state, place);
  if (k.installedBy !== undefined) {
    if (k.installedBy === c.actor) return no(R.puppet({ who, state, installer: c.m.name(k.installedBy), asks }), [path("installedBy")]);
    if (occ && occ.value === "yes" && occ.state === k.installedBy && occ.occupation?.kind !== "administration")
      return no(R.occupierRegime({ who, state, installer: c.m.name(k.installedBy) }), [path("installedBy"), c.m.path("places", occ.place, "occupations")]);
  }
  if (k.entitled !== undefined) {
    const f = fact(k.entitled);
    const r = R.entitledStated({ who, state, value: f.value }, f);
    return f.value === "unknown" ? unknown(r, [path("entitled")]) : { value: f.value, reason: r, facts: [path("entitled")] };
  }
  if (k.authority === "opposition") return no(R.opposition({ who }), [path("authority")]);
  const occupiedBy = occ?.state;
  const occPath = occ ? [c.m.path("places", occ.place, "occupations")] : [];
  const recognised: FactValue = k.recognised !== undefined ? fact(k.recognised) : { value: k.authority === "government" ? "yes" : "unknown", stated: false };
  const recPath = k.recognised !== undefined ? [path("recognised")] : [];
  // Ousted by a foreign occupation (not an agreed administration), the recognised government keeps its standing.
  if (occ && occ.value === "yes" && occ.occupation?.kind !== "administration" && recognised.value === "yes")
    return yes(R.ousted({ who, state, occupier: c.m.name(occupiedBy!), asks }), [path("authority"), ...recPath, ...occPath]);
  const control: FactValue =
    k.effectiveControl !== undefined
      ? fact(k.effectiveControl)
      : occupiedBy
        ? { value: occ!.value === "yes" ? "no" : "unknown", stated: false }
        : { value: k.authority === "government" ? "yes" : k.authority === "government-in-exile" ? "no" : "unknown", stated: false };
  const facts = [path("authority"), ...(k.effectiveControl !== undefined ? [path("effectiveControl")] : occPath), ...recPath];
  if (control.value === "yes" && recognised.value === "yes") return yes(R.controlAndRecognition({ who, state }), facts);
  const p = position(c, "consentAuthority");
  const doctrine = { switch: "consentAuthority", position: p };
  if (p === "effective-control") {
    const r = R.underEffectiveControl({ who, state, control: control.value, occupiedBy: occupiedBy ? c.m.name(occupiedBy) : undefined, asks }, control);
    return control.value === "unknown" ? { ...unknown(r, [path("effectiveControl")], facts), doctrine } : { value: control.value, reason: r, facts, doctrine };
  }
  const r = R.underRecognition({ who, state, recognised: recognised.value, asks }, recognised);
  return recognised.value === "unknown" ? { ...unknown(r, [path("recognised")], facts), doctrine } : { value: recognised.value, reason: r, facts, doctrine };
}

const entitled = leaf<LawCtx>({ id: "entitled", label: "Given by the government entitled to speak for the state", cite: ["asr-20", "nicaragua-246", "idi-rhodes-2011", "sc-661-1-2", "sc-661-9b"] }, (c) => {
  const k = c.consent!;
  return standing(c, { ...k, who: givenByText(c, k) }, (f) => kpath(c, f), c.territory);
});

// ---- the civil-war limit (customary.md 5.4, 5.5(5)) ----------------------------------------------

/**
 * Was there a civil war in the consenting state? A fact of that state's own situation: its consent
 * (or request) says so, else another of the same state's consents and requests, the latest dated
 * by the date judged. Another state's civil war never bears on it.
 */
function civilWarIn(c: LawCtx, k: Consent): { cw: FactValue; path: string } {
  if (k.civilWar !== undefined) return { cw: fact(k.civilWar), path: kpath(c, "civilWar") };
  const others = consentsOf(c, k.state)
    .filter(({ k: o }) => o.civilWar !== undefined && o.id !== k.id && onOrBefore(o.date, c.date) === "yes")
    .sort((a, b) => (a.k.date < b.k.date ? 1 : -1));
  if (others.length === 0) return { cw: fact(undefined), path: kpath(c, "civilWar") };
  return { cw: fact(others[0].k.civilWar), path: `${others[0].path}.civilWar` };
}

const notDecidingCivilWar = leaf<LawCtx>({ id: "civil-war", label: "Not barred by a civil war in the state (civil-war limit)", cite: ["idi-rhodes-2011", "intervention-civil-wars-2020"] }, (c) => {
  const { cw, path } = civilWarIn(c, c.consent!);
  if (cw.value === "no" || !cw.stated) return yes(R.noCivilWar(undefined, cw), cw.stated ? [path] : []);
  const p = position(c, "civilWar");
  const purposes = c.use.purposes ?? [];
  const value: Tri =
    p === "government-may-invite"
      ? "yes"
      : p === "negative-equality"
        ? cw.value === "yes"
          ? "no"
          : "unknown"
        : purposes.includes("counter-terrorism")
          ? "yes"
          : cw.value === "yes" && purposes.length > 0
            ? "no"
            : "unknown";
  const r = R.civilWar({ position: p, value, civilWar: cw.value }, cw.why || cw.source ? { source: cw.source } : undefined);
  const doctrine = { switch: "civilWar", position: p };
  return value === "unknown" ? { ...unknown(r, [path, `$.uses[?].purposes`]), doctrine } : { value, reason: r, facts: [path], doctrine };
});

export const consentConditions: Rule<LawCtx>[] = [
  entitled,
  leaf({ id: "addressed", label: "Given to this state", cite: ["asr-20"] }, (c) => {
    const k = c.consent!;
    const ok = k.to === "all" || k.to.includes(c.actor) || (c.use.through !== undefined && k.to.includes(c.use.through));
    const path = kpath(c, "to");
    return ok ? yes(R.addressed({ actor: c.m.name(c.actor) }), [path]) : no(R.notAddressed({ to: list(k.to === "all" ? [] : k.to).map((t) => c.m.name(t)), actor: c.m.name(c.actor) }), [path]);
  }),
  leaf({ id: "in-force", label: "In force on the date: given, not withdrawn or expired", cite: ["asr-20", "drc-47", "drc-53"] }, (c) => {
    const k = c.consent!;
    const facts = [kpath(c, "date")];
    const req = requestOf(c, k);
    const est = fact(req?.established, "yes");
    if (req && est.value !== "yes") {
      const r = R.requestNotEstablished({ date: k.date, value: est.value }, est);
      const path = `${kpath(c)}.established`;
      if (est.value === "no") return no(r, [path]);
      if (onOrBefore(k.date, c.date) !== "no") return unknown(r, [path]);
    }
    const w = within(c.date, { from: k.date, until: k.until, withdrawn: k.withdrawn });
    if (w.begun === "no") return no(R.givenOnlyOn({ date: k.date }), facts);
    if (w.withdrawn === "yes") return no(R.withdrawn({ date: k.withdrawn! }), [...facts, kpath(c, "withdrawn")]);
    if (w.ended === "yes") return no(R.expired({ until: k.until! }), [...facts, kpath(c, "until")]);
    if (w.value === "unknown") return unknown(R.inForceUnknown({ given: k.date, date: c.date }), facts);
    return yes(R.inForce({ given: k.date, withdrawn: k.withdrawn }), facts);
  }),
  leaf({ id: "scope", label: "The force stays within the consent's scope (place, targets, operations)", cite: ["asr-20", "drc-52"] }, (c) => {
    const k = c.consent!;
    const req = requestOf(c, k);
    if (req) return requestScope(c, req);
    if (k.where && c.territory && !k.where.includes(c.territory))
      return no(R.placeOutside({ place: c.m.name(c.territory), places: k.where.map((w) => c.m.name(w)) }), [kpath(c, "where")]);
    if (k.against) {
      const beyond = list(c.use.against).filter((t) => !k.against!.includes(t));
      if (beyond.length) return no(R.targetsOutside({ targets: beyond.map((t) => c.m.name(t)), allowed: k.against.map((t) => c.m.name(t)) }), [kpath(c, "against")]);
    }
    const stated = c.use.consentScope?.[k.id];
    const path = c.m.path("uses", c.use.id, `consentScope.${k.id}`);
    if (stated === undefined) {
      if (!k.scope) return yes(R.noLimits(), [kpath(c)]);
      return unknown(R.scopeNotStated({ scope: k.scope }), [path]);
    }
    const f = fact(stated);
    if (f.value === "yes") return yes(R.withinScope({ scope: k.scope }, f), [path]);
    if (f.value === "no") return no(R.beyondScope({ scope: k.scope }, f), [path]);
    return unknown(R.scopeUnknown(undefined, f), [path]);
  }),
  leaf({ id: "freely-given", label: "Freely given", cite: ["asr-20", "idi-rhodes-2011"] }, (c) => {
    const k = c.consent!;
    const f = fact(k.freelyGiven, "yes");
    const path = kpath(c, "freelyGiven");
    if (!f.stated) return yes(R.noCoercion(), []);
    const r = R.freely({ value: f.value }, f);
    return f.value === "unknown" ? unknown(r, [path]) : { value: f.value, reason: r, facts: [path] };
  }),
  notDecidingCivilWar,
];

/** Is a place covered by a list of places or states (a state covers its places)? */
const coveredBy = (c: LawCtx, place: string, areas: readonly string[]) => areas.includes(place) || areas.includes(c.m.territoryOf(place) ?? "");

/** A request read as consent covers what it asked for: its areas and purposes (the encoder's `requestScope`, if stated, decides). */
function requestScope(c: LawCtx, r: Request): Finding {
  const i = (c.m.situation.requests ?? []).indexOf(r);
  const path = `$.requests[${i}]`;
  const stated = r.id !== undefined ? c.use.requestScope?.[r.id] : undefined;
  if (stated !== undefined) {
    const f = fact(stated);
    const sp = c.m.path("uses", c.use.id, `requestScope.${r.id}`);
    if (f.value === "yes") return yes(R.withinScope({ scope: r.scope?.help }, f), [sp]);
    if (f.value === "no") return no(R.beyondScope({ scope: r.scope?.help }, f), [sp]);
    return unknown(R.scopeUnknown(undefined, f), [sp]);
  }
  const areas = r.scope?.areas;
  const places = c.territory ? [c.territory] : list(c.use.where);
  if (areas) {
    const outside = places.filter((w) => !coveredBy(c, w, areas));
    if (outside.length) return no(R.requestPlaceOutside({ places: outside.map((p) => c.m.name(p)), date: r.date }), [`${path}.scope.areas`]);
  }
  const purposes = r.scope?.purposes;
  if (purposes) {
    const mine = c.use.purposes ?? [];
    if (mine.length === 0) return unknown(R.requestPurposeUnknown({ date: r.date, help: r.scope?.help }), [c.m.path("uses", c.use.id, "purposes")], [`${path}.scope.purposes`]);
    if (!mine.some((p) => purposes.includes(p))) return no(R.requestPurposeOutside({ date: r.date, help: r.scope?.help }), [`${path}.scope.purposes`]);
  }
  return r.scope ? yes(R.withinRequest({ date: r.date, help: r.scope.help }), [`${path}.scope`]) : yes(R.noLimits(), [path]);
}

/** A valid consent of `state` to this force (its stated consents and its requests for help). */
function consentOfState(id: string, label: string, stateOf: (c: LawCtx) => string | undefined, none: (c: LawCtx) => Finding): Rule<LawCtx> {
  return some<LawCtx>(
    { id, label, cite: ["asr-20"] },
    (c) => {
      const state = stateOf(c);
      if (state === undefined) return [];
      return consentsOf(c, state).map(({ k, fromRequest }) => ({
        key: k.id,
        label: fromRequest ? `request for help of ${c.m.name(state)} (${k.date})` : `consent of ${c.m.name(state)} (${k.givenBy}, ${k.date})`,
        ctx: { ...c, consent: k },
      }));
    },
    all({ id: "valid", label: "Valid consent" }, consentConditions),
    none,
  );
}

const noConsent = (c: LawCtx, state: string): Finding =>
  c.m.absent("consents") === "no" ? no(R.noConsentOf({ state: c.m.name(state) })) : unknown(R.consentMayBeMissing({ state: c.m.name(state) }), ["$.consents"]);

/** A valid consent of the state whose territory `c.territory` is, where that is another state (built once, not per question). */
const consentOfTerritorialState = consentOfState(
  "consent",
  "A valid consent of the territorial state",
  (c) => c.m.territoryOf(c.territory!) as string,
  (c) => noConsent(c, c.m.territoryOf(c.territory!) as string),
);

/** Why no candidate consent covers the force: each candidate with the first reason it fails (or is open) on (a withdrawal is not hidden behind the candidate's name). */
function candidatesReason(n: ProofLike): Reason | undefined {
  if (n.value === "yes" || n.kind !== "some" || n.children.length === 0) return undefined;
  const firstReason = (x: ProofLike): Reason | undefined => {
    if (x.weight === "evidence") return undefined;
    if (x.children.length === 0) return x.value === n.value ? x.reason : undefined;
    for (const k of x.children) if (k.value === n.value) {
      const r = firstReason(k);
      if (r) return r;
    }
    return undefined;
  };
  const open = n.children.filter((k) => k.value === n.value);
  const whys = open.map(firstReason);
  if (whys.some((r) => r === undefined)) return undefined;
  return R.noCandidateCovers({ names: open.map((k) => k.label), whys: whys as Reason[] });
}

/** A valid consent of the state whose territory `c.territory` is (the acting state's own territory and the high seas need none). */
export const territorialConsent: Rule<LawCtx> = leaf<LawCtx>(
  { id: "place", label: "The territory's state consented (or none is needed)", cite: ["asr-20"] },
  (c) => {
    const state = c.m.territoryOf(c.territory!);
    if (state === undefined) return unknown(R.territoryUnknown({ place: c.m.name(c.territory!) }), [c.m.path("places", c.territory!, "territoryOf")]);
    if (state === "international") return yes(R.noStatesTerritory({ place: c.m.name(c.territory!) }));
    if (state === c.actor) return yes(R.ownTerritory({ place: c.m.name(c.territory!) }));
    // Reads the acting state and the territory (beside the use, the date and the positions): asked once per decision.
    const f = conclude(consentOfTerritorialState, c, `${c.actor}\u0000${c.territory}`);
    if (f.reason) return f;
    // No reason at the top: say why each candidate consent fails (from the concluded node); else the
    // composite's own reason code (proofReason), so no language gets legacy English text.
    const why = f.value === "yes" ? undefined : candidatesReason(f.node);
    return { value: f.value, reason: why ?? proofReason(f.node), facts: f.facts, missing: f.missing };
  },
);

/** The territories a use of force takes place in. */
export function territories(c: LawCtx): { key: string; label: string; ctx: LawCtx }[] {
  return list(c.use.where).map((w) => ({ key: w, label: c.m.name(w), ctx: { ...c, territory: w } }));
}

const territoriesCovered = every<LawCtx>(
  { id: "territories", label: "Each territory where force is used is covered by its state's consent", cite: ["asr-20"] },
  territories,
  consentOfStateOrNone(),
  () => unknown(R.noPlace(), ["$.uses.where"]),
);

/** The territory's state consented; on the acting state's own territory or the high seas none is needed. */
function consentOfStateOrNone(): Rule<LawCtx> {
  return any<LawCtx>({ id: "place", label: "The territory's state consented (or none is needed)", cite: ["asr-20"] }, [
    leaf<LawCtx>({ id: "no-consent-needed", label: "No territorial consent is needed here" }, (c) => {
      const state = c.m.territoryOf(c.territory!);
      if (state === "international") return yes(R.noStatesTerritory({ place: c.m.name(c.territory!) }));
      if (state === c.actor) return yes(R.ownTerritory({ place: c.m.name(c.territory!) }));
      if (state === undefined) return unknown(R.territoryUnknown({ place: c.m.name(c.territory!) }), [c.m.path("places", c.territory!, "territoryOf")]);
      // Whether a consent was given is the next condition's question: here only that one is needed.
      return no(R.consentNeeded({ place: c.m.name(c.territory!), state: c.m.name(state) }));
    }),
    consentOfState("consent", "A valid consent of the territorial state", (c) => {
      const s = c.m.territoryOf(c.territory!);
      return s === undefined || s === "international" || s === c.actor ? undefined : s;
    }, (c) => {
      const s = c.m.territoryOf(c.territory!);
      // No territorial state to consent: say why (never a place named as if it were a state that gave no consent).
      const place = c.m.name(c.territory!);
      if (s === undefined) return no(R.territoryUnknown({ place }));
      if (s === "international") return no(R.noStatesTerritory({ place }));
      if (s === c.actor) return no(R.ownTerritory({ place }));
      return noConsent(c, s);
    }),
  ]);
}

/** Toward a state whose vessels or forces the force protects at its request: its consent (also on the high seas). */
const protectedStates = every<LawCtx>(
  { id: "protected", label: "Each state whose vessels or forces are protected consented to the protection", cite: ["asr-20"] },
  (c) => (c.use.protects ?? []).map((s) => ({ key: s, label: c.m.name(s), ctx: { ...c, territory: undefined, victim: s } })),
  consentOfState("flag-state", "A valid consent (or request) of that state", (c) => c.victim, (c) => noConsent(c, c.victim!)),
  () => yes(R.noneProtected()),
);

/** The consent of the state the force is directed at (`c.victim`), to force against its own forces. */
const ownConsent = consentOfState("own", "Its own consent", (c) => c.victim, (c) => no(R.noConsentOf({ state: c.m.name(c.victim!) })));

/** States the force is directed at: consent reaches none of them unless they consented themselves (ILC art 20). */
const targetStates = every<LawCtx>(
  { id: "targets", label: "Consent reaches only the consenting state: no force against a third state's forces", cite: ["asr-20", "nicaragua-211", "nicaragua-249"] },
  (c) => list(c.use.against).filter((t) => c.m.isState(t)).map((t) => ({ key: t, label: c.m.name(t), ctx: { ...c, victim: t } })),
  leaf<LawCtx>({ id: "target", label: "Force against this state's forces is covered", cite: ["asr-20", "nicaragua-211", "nicaragua-249"] }, (c) => {
    const t = c.victim!;
    const target = c.m.name(t);
    const actor = c.m.actors.get(t);
    const path = c.m.path("uses", c.use.id, "against");
    const engaged = c.use.engagedFrom;
    if (engaged === "never" || (engaged !== undefined && onOrBefore(engaged, c.date) === "no"))
      return yes(R.notEngaged({ target, from: engaged === "never" ? undefined : engaged }), [c.m.path("uses", c.use.id, "engagedFrom")]);
    if (actor?.statehood === "disputed" || actor?.statehood === "not-a-state") return yes(R.entityNotState({ target }), [c.m.path("actors", t, "statehood")]);
    const own = conclude(ownConsent, { ...c, territory: undefined });
    if (own.value === "yes") return yes(R.targetConsented({ target }), own.facts);
    const consenting = [...new Set([...list(c.use.where).map((w) => c.m.territoryOf(w)), ...(c.use.protects ?? [])])].filter(
      (s): s is string => s !== undefined && s !== "international" && s !== c.actor && s !== t,
    );
    return no(R.onlyTowardConsenting({ target, consenting: consenting.map((s) => c.m.name(s)) }), [path]);
  }),
  () => yes(R.noTargetState()),
);

/** Some state's consent is what the force rests on: otherwise consent is not its basis at all. */
const someConsentRelied = leaf<LawCtx>({ id: "relied", label: "The force needs, and rests on, some state's consent", cite: ["asr-20"] }, (c) => {
  const states = [...new Set([...list(c.use.where).map((w) => c.m.territoryOf(w)), ...(c.use.protects ?? [])])].filter((s): s is string => s !== undefined && s !== "international" && s !== c.actor);
  if (states.length === 0) return no(R.nothingToConsent(), [c.m.path("uses", c.use.id, "where")]);
  return yes(R.consentRelied({ states: states.map((s) => c.m.name(s)) }));
});

/** Consent basis: the consent of every state whose rights the force touches, and of no one else's forces. */
export const consentBasis: Rule<LawCtx> = all({ id: "consent", label: "Consent of every state whose rights the force touches", cite: ["asr-20"] }, [
  someConsentRelied,
  territoriesCovered,
  protectedStates,
  targetStates,
]);
