// An instrument: a statute or statutory power under which the SDF may act, as data (its names,
// law number, dates in force, sources, what conduct it covers, what it is) plus its conditions as
// rule trees. The leaves shared by several instruments are here.
import { all, leaf, no, some, unknown, yes, type Finding, type Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { list } from "../../scenario/model.js";
import { combatAtSite } from "./character.js";
import { reasons, type Reason } from "../../engine/reason.js";
import { consentOf, foreignTerritories, from, jpPath, places, read, readScope, treatyPartner, type Activity, type JpCtx, type Says } from "./context.js";
import type { CommitmentKind, DietRule } from "./diet.js";
import { orderedLeaf, planAreaLeaf, taskLeaf } from "./decisions.js";
import { REGIONS, statuteData } from "./statutes.js";
import { serviceJa } from "./words.js";

type Window = { from: string; certainFrom?: string; to?: string; note?: string; noteJa?: string };
const window = (a: Window, ja: boolean) =>
  `${a.from}${a.certainFrom ? ` (${ja ? "遅くとも" : "certainly from"} ${a.certainFrom})` : ""}${a.to ? ` - ${a.to}` : ja ? "以降" : " onward"}${(ja ? a.noteJa : a.note) ? ` (${ja ? a.noteJa : a.note})` : ""}`;
type Names = { states: string[] };
type Why = { why: Reason };

export const R = reasons("jp.instrument", {
  assumedEnacted: { en: () => "assumed enacted with the reform", ja: () => "改正とともに制定されたと仮定" },
  notYetInForce: { en: (a: Window & { law: string }) => `not yet in force on ${a.law}: in force ${window(a, false)}`, ja: (a: Window & { law: string }) => `${a.law}時点では未施行：${window(a, true)}` },
  noLongerInForce: { en: (a: Window & { law: string }) => `no longer in force on ${a.law}: in force ${window(a, false)}`, ja: (a: Window & { law: string }) => `${a.law}時点では失効：${window(a, true)}` },
  inForceUnknown: {
    en: (a: Window & { law: string }) => `whether it was in force on ${a.law} is not known: ${window(a, false)}`,
    ja: (a: Window & { law: string }) => `${a.law}時点で施行されていたかは不明：${window(a, true)}`,
  },
  inForce: { en: (a: Window) => `in force ${window(a, false)}`, ja: (a: Window) => `施行期間 ${window(a, true)}` },
  notNonCombatArea: { en: (a: Why, w) => `${w.reason(a.why)}: not a non-combat area`, ja: (a: Why, w) => `${w.reason(a.why)}：非戦闘地域ではない` },
  combatExpected: {
    en: () => "combat is expected there during the activity: not a non-combat area",
    ja: () => "活動期間中に戦闘行為が行われると認められる：非戦闘地域ではない",
  },
  nonCombatArea: {
    en: (a: Why, w) => `${w.reason(a.why)}, and none is expected throughout the activity`,
    ja: (a: Why, w) => `${w.reason(a.why)}。活動期間を通じて戦闘行為が行われることがないと認められる`,
  },
  nonCombatUnknown: {
    en: () => "whether combat is being conducted there, or is expected during the activity, is not stated",
    ja: () => "現に戦闘行為が行われているか、活動期間中に行われると認められるかは記載がない",
  },
  noForeignTerritory: { en: () => "no foreign territory is involved", ja: () => "外国の領域は関係しない" },
  consented: { en: (a: Names) => `${a.states.join(", ")} consented`, ja: (a: Names) => `${a.states.join("、")}が同意している` },
  noConsent: { en: (a: Names) => `${a.states.join(", ")} gave no consent`, ja: (a: Names) => `${a.states.join(", ")}の同意がない` },
  noConsentMaybe: {
    en: (a: Names) => `no consent of ${a.states.join(", ")} is recorded, and the record may be incomplete`,
    ja: (a: Names) => `${a.states.join(", ")}の同意の記録がなく、記録は不完全な可能性がある`,
  },
  kindsNotStated: { en: () => "what is provided is not stated", ja: () => "提供する物品・役務が記載されていない" },
  kindsExcluded: { en: (a: { kinds: string[] }) => `it includes ${a.kinds.join(", ")}, which the statute excludes`, ja: (a: { kinds: string[] }) => `法律が除外する${a.kinds.map(serviceJa).join("、")}を含む` },
  kindsAllowed: { en: (a: { kinds: string[] }) => `it provides ${a.kinds.join(", ")}: none excluded`, ja: (a: { kinds: string[] }) => `提供するのは${a.kinds.map(serviceJa).join("、")}で、除外されるものを含まない` },
  supportedNotStated: { en: () => "whose forces are supported is not stated", ja: () => "支援対象の軍隊が記載されていない" },
  treatyPartnerForces: {
    en: (a: Names) => `${a.states.join(", ")}: forces of Japan's Security Treaty partner`,
    ja: (a: Names) => `${a.states.join("、")}：日米安全保障条約の相手国の軍隊`,
  },
  usOnly: {
    en: (a: Names) => `${a.states.join(", ")}: support could go only to US forces contributing to the Security Treaty's objectives`,
    ja: (a: Names) => `${a.states.join(", ")}：支援対象は日米安保条約の目的の達成に寄与する活動を行っている米軍に限られる`,
  },
  supportsNone: {
    en: (a: Names) => `${a.states.join(", ")}: the statute authorises no support to foreign forces`,
    ja: (a: Names) => `${a.states.join(", ")}：この法律は外国の軍隊に対する支援を定めていない`,
  },
  charterPurposes: { en: (a: Names) => `${a.states.join(", ")}: forces contributing to the purposes of the UN Charter`, ja: (a: Names) => `${a.states.join(", ")}：国連憲章の目的の達成に寄与する活動を行う外国の軍隊` },
  notCharterPurposes: {
    en: (a: Names) => `${a.states.join(", ")}: not forces contributing to the purposes of the UN Charter`,
    ja: (a: Names) => `${a.states.join(", ")}：国連憲章の目的の達成に寄与する活動を行う軍隊ではない`,
  },
  charterPurposesUnknown: {
    en: (a: Names) => `whether ${a.states.join(", ")} contribute to the purposes of the UN Charter is not stated`,
    ja: (a: Names) => `${a.states.join(", ")}が国連憲章の目的の達成に寄与するかは記載がない`,
  },
  purpose: { en: (a: { purposes: string[] }) => `its purpose is ${a.purposes.join(", ")}`, ja: (a: { purposes: string[] }) => `目的は${a.purposes.join("、")}` },
  otherPurposes: {
    en: (a: { purposes: string[]; wanted: string[] }) => `its purposes (${a.purposes.join(", ")}) are not those of the law (${a.wanted.join(", ")})`,
    ja: (a: { purposes: string[]; wanted: string[] }) => `目的（${a.purposes.join("、")}）は同法の対象（${a.wanted.join("、")}）ではない`,
  },
  purposeUnknown: { en: (a: { wanted: string[] }) => `whether it serves ${a.wanted.join(" or ")} is not stated`, ja: (a: { wanted: string[] }) => `${a.wanted.join("又は")}のためかは記載がない` },
  inJapan: { en: () => "in Japan's territory", ja: () => "我が国の領域内" },
  notJapan: { en: (a: { places: string[] }) => `${a.places.join(", ")} is not Japan's territory`, ja: (a: { places: string[] }) => `${a.places.join("、")}は我が国の領域ではない` },
  territoryUnknown: { en: () => "whose territory the place is, is not stated", ja: () => "場所の帰属が記載されていない" },
  aroundJapan: { en: (a: { region: string }) => `${REGIONS[a.region].name}: around Japan`, ja: (a: { region: string }) => `${REGIONS[a.region].ja}：我が国周辺` },
  notAroundJapan: {
    en: (a: { region: string }) => `${REGIONS[a.region].name}: not Japan's territory or the high seas around Japan`,
    ja: (a: { region: string }) => `${REGIONS[a.region].ja}：我が国領域又は我が国周辺の公海ではない`,
  },
  near: { en: () => "in Japan's territory or on the high seas around Japan", ja: () => "我が国領域又は我が国周辺の公海" },
  notNear: { en: () => "not in Japan's territory or on the high seas around Japan", ja: () => "我が国領域又は我が国周辺の公海ではない" },
  nearUnknown: { en: () => "whether the place is around Japan is not stated", ja: () => "我が国周辺かは記載がない" },
  foreign: { en: () => "in foreign territory", ja: () => "外国の領域" },
  highSeasUnknown: { en: () => "whether the high seas concerned are around Japan is not stated", ja: () => "当該公海が我が国周辺かは記載がない" },
  notThatKind: { en: () => "not a resolution of the kind required", ja: () => "要件に当たる決議ではない" },
  noResolutionMaybe: { en: () => "no resolution is recorded, and the record may be incomplete", ja: () => "決議の記録がなく、記録は不完全な可能性がある" },
});

export interface Instrument {
  id: string;
  name: { en: string; ja: string };
  law: { en: string; ja: string };
  /** First day in force; a partial date ("2004") where only the year is known. */
  from: string;
  /** Where the first day is not known exactly: the day from which it was certainly in force. */
  certainFrom?: string;
  /** Last day in force (inclusive), for laws that expired. */
  to?: string;
  datesNote?: { en: string; ja: string };
  cite: string[];
  /** The conduct it can cover. */
  activities: readonly Activity[];
  /** What it authorises: a use of force, support, police-type action, or nothing forcible. */
  character: "use-of-force" | "support" | "police-type" | "non-forcible";
  conditions: readonly Rule<JpCtx>[];
  diet: (c: JpCtx) => DietRule;
  commitment?: CommitmentKind;
  /** The international-law basis the government assigns ("not-a-use-of-force" where none is needed). */
  governmentBasis: string[];
  /** Admitted by later government explanations, not by the instrument's own premise. */
  alsoAdmitted?: string[];
  /** A special measures law: the operations (use purposes) it was made for. */
  purposes?: readonly string[];
  /** A law a reform presupposes, not one in force. */
  hypothetical?: boolean;
  /** "own": the statute acts without an order, on a trigger among its conditions (art 95-2). Default: an order. */
  trigger?: "order" | "own";
}

/** In force on the date whose law applies. */
export function inForceLeaf(i: Instrument): Rule<JpCtx> {
  return leaf<JpCtx>({ id: "jp-in-force", label: "In force on the date whose law is applied", cite: i.cite.slice(0, 1) }, (c) => {
    if (i.hypothetical) return yes(R.assumedEnacted());
    const started = onOrBefore(i.from, c.law);
    const certain = i.certainFrom ? onOrBefore(i.certainFrom, c.law) : started;
    const expired = i.to ? onOrBefore(c.law, i.to) : "yes";
    const w: Window = { from: i.from, certainFrom: i.certainFrom, to: i.to, note: i.datesNote?.en, noteJa: i.datesNote?.ja };
    if (started === "no") return no(R.notYetInForce({ ...w, law: c.law }));
    if (expired === "no") return no(R.noLongerInForce({ ...w, law: c.law }));
    if (started === "unknown" || certain !== "yes" || expired === "unknown") return unknown(R.inForceUnknown({ ...w, law: c.law }), []);
    return yes(R.inForce(w));
  });
}

/**
 * An instrument's whole test: in force on the date; for a dated block, ordered and not ended, and
 * inside the plan's area; for a task, given and effective; then the instrument's own conditions.
 */
export function instrumentRule(i: Instrument, o: { dated?: boolean; tasked?: boolean } = {}): Rule<JpCtx> {
  const dated = o.dated ? [orderedLeaf(i.id, i.cite.slice(0, 1), i.trigger === "own"), planAreaLeaf(i.id, i.cite.slice(0, 1))] : [];
  const task = o.tasked ? [taskLeaf(i.cite.slice(0, 1))] : [];
  return all({ id: i.id, label: i.name.en, cite: i.cite }, [inForceLeaf(i), ...task, ...dated, ...i.conditions]);
}

// ---- shared leaves --------------------------------------------------------------------------------

export type FindingField = "importantInfluence" | "surroundingArea" | "jointResponse" | "specialNeed" | "policeCannotCope";

/** A government finding read from the japan block. */
export const findingOf = (c: JpCtx, field: FindingField, says: Says): Finding => from(read(c.jp.findings?.[field]), jpPath(c, `findings.${field}`), says);

/** A leaf reading a government finding. */
export function findingLeaf(id: string, label: string, cite: string[], field: FindingField, says: Says): Rule<JpCtx> {
  return leaf<JpCtx>({ id, label, cite }, (c) => findingOf(c, field, says));
}

/** Not at "the scene where combat is actually being conducted" (2015 test, from 2016). */
export const notAtCombatScene = leaf<JpCtx>(
  { id: "jp-not-combat-scene", label: "Not at the scene where combat is actually being conducted (suspended if combat begins there)", cite: ["jp-ittaika-2015", "jp-cd-2014-2-1"] },
  (c) => {
    const f = combatAtSite(c);
    return { ...f, value: f.value === "yes" ? "no" : f.value === "no" ? "yes" : "unknown" };
  },
);

/** The pre-2016 "non-combat area" / "rear area": no combat now, and none expected throughout the activity. */
export function nonCombatFinding(c: JpCtx): Finding {
  const now = combatAtSite(c);
  const later = readScope(c.jp.support?.combatExpected);
  if (now.value === "yes") return { ...no(R.notNonCombatArea({ why: now.reason! }), now.facts), doctrine: now.doctrine };
  const expected = later.value === "disputed" ? (now.doctrine?.position === "nagoya-high-court-2008" ? "yes" : "no") : later.value;
  const path = jpPath(c, "support.combatExpected");
  if (expected === "yes") return { ...no(R.combatExpected(), [path]), doctrine: now.doctrine };
  if (now.value === "no" && expected === "no")
    return { ...yes(R.nonCombatArea({ why: now.reason! }), [...(now.facts ?? []), path]), doctrine: now.doctrine };
  return { ...unknown(R.nonCombatUnknown(), now.value === "unknown" ? (now.missing ?? []) : [path]), doctrine: now.doctrine };
}

export const nonCombatArea = (id: string, label: string, cite: string[]) => leaf<JpCtx>({ id, label, cite }, nonCombatFinding);

/** In foreign territory, only with that state's consent. */
export const foreignConsent = (id = "jp-foreign-consent", label = "In foreign territory only with that state's consent", cite: string[] = ["jp-iis-act"]) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const foreign = foreignTerritories(c);
    if (foreign.length === 0) return yes(R.noForeignTerritory());
    const per = foreign.map((p) => ({ p, given: consentOf(c, p.state as string) }));
    const missing = per.filter((x) => x.given.length === 0);
    if (missing.length === 0) return yes(R.consented({ states: per.map((x) => c.m.name(x.p.state as string)) }), ["$.consents"]);
    const names = missing.map((x) => c.m.name(x.p.state as string));
    return c.m.absent("consents") === "no"
      ? no(R.noConsent({ states: names }), ["$.consents"])
      : unknown(R.noConsentMaybe({ states: names }), ["$.consents"]);
  });

/** Kinds of support a statute excludes. */
export const excluded = (id: string, label: string, cite: string[], banned: string[]) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const kinds = c.jp.support?.kinds;
    const path = jpPath(c, "support.kinds");
    if (!kinds) return unknown(R.kindsNotStated(), [path]);
    const bad = kinds.filter((k) => banned.includes(k));
    return bad.length
      ? no(R.kindsExcluded({ kinds: bad }), [path])
      : yes(R.kindsAllowed({ kinds }), [path]);
  });

/** The states whose forces are supported: the named ones, or the victims the use is on behalf of. */
export const supported = (c: JpCtx): string[] => c.jp.support?.to ?? c.use.onBehalfOf ?? [];

/**
 * Supported forces, as the statute's `supports` (data/japan/statutes.yaml) says: US forces only
 * (1999), also other forces contributing to the Charter's purposes (2001, 2016), or none.
 */
export const supportedForces = (id: string, label: string, cite: string[], statute: string) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const scope = statuteData(statute).supports?.value ?? "none";
    const to = supported(c);
    const path = jpPath(c, "support.to");
    if (to.length === 0) return unknown(R.supportedNotStated(), [path]);
    const partners = to.filter((s) => treatyPartner(c, s));
    const others = to.filter((s) => !treatyPartner(c, s));
    if (scope === "none") return no(R.supportsNone({ states: to.map((s) => c.m.name(s)) }), [path]);
    if (others.length === 0) return yes(R.treatyPartnerForces({ states: partners.map((s) => c.m.name(s)) }), ["$.alliances", path]);
    const states = others.map((s) => c.m.name(s));
    if (scope === "us-only") return no(R.usOnly({ states }), [path]);
    return from(read(c.jp.support?.contributesToCharterPurposes), jpPath(c, "support.contributesToCharterPurposes"), {
      yes: R.charterPurposes({ states }),
      no: R.notCharterPurposes({ states }),
      unknown: R.charterPurposesUnknown({ states }),
    });
  });

/** The support serves one of the purposes a special measures law was made for (matched against the use's purposes). */
export const purposeLeaf = (id: string, label: string, cite: string[], wanted: string[]) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const have = c.use.purposes ?? [];
    const path = c.m.path("uses", c.use.id, "purposes");
    const hit = have.filter((p) => wanted.includes(p));
    if (hit.length) return yes(R.purpose({ purposes: hit }), [path]);
    if (have.length) return no(R.otherPurposes({ purposes: have, wanted }), [path]);
    return unknown(R.purposeUnknown({ wanted }), [path]);
  });

/** Is every place of the action in Japan's territory? */
export const inJapan = (id = "jp-in-japan", label = "In Japan's territory", cite: string[] = ["jp-const-9"]) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const ps = places(c);
    const path = c.m.path("uses", c.use.id, "where");
    if (ps.every((p) => p.state === c.japan)) return yes(R.inJapan(), [path]);
    if (ps.some((p) => p.state !== undefined)) return no(R.notJapan({ places: ps.filter((p) => p.state !== c.japan).map((p) => c.m.name(p.id)) }), [path]);
    return unknown(R.territoryUnknown(), [path]);
  });

/** Japan's territory, or the high seas and airspace around Japan. */
export function nearJapan(c: JpCtx): Finding {
  // A stated region decides (data/japan/statutes.yaml): the 1999 law is not a law for the Indian Ocean.
  if (c.jp.region && !c.jp.nearJapan) {
    const near = c.jp.region === "japan" || c.jp.region === "around-japan";
    return near ? yes(R.aroundJapan({ region: c.jp.region }), [jpPath(c, "region")]) : no(R.notAroundJapan({ region: c.jp.region }), [jpPath(c, "region")]);
  }
  const f = read(c.jp.nearJapan);
  if (f.stated)
    return from(f, jpPath(c, "nearJapan"), { yes: R.near(), no: R.notNear(), unknown: R.nearUnknown() });
  const ps = places(c);
  if (ps.every((p) => p.state === c.japan)) return yes(R.inJapan());
  if (ps.some((p) => p.state !== undefined && p.state !== "international" && p.state !== c.japan)) return no(R.foreign());
  return unknown(R.highSeasUnknown(), [jpPath(c, "nearJapan")]);
}

/** A government decision or finding stated as a fact of the japan block (a leaf reading `get`). */
export function factLeaf(id: string, label: string, cite: string[], path: string, get: (c: JpCtx) => Parameters<typeof read>[0], says: Says): Rule<JpCtx> {
  return leaf<JpCtx>({ id, label, cite }, (c) => from(read(get(c)), jpPath(c, path), says));
}

/** Some resolution of the kind asked, adopted by the date of the facts. */
export function resolutionLeaf(id: string, label: string, cite: string[], accept: (c: JpCtx) => { ok: "yes" | "no" | "unknown"; why: Reason | string } | undefined, none: Reason): Rule<JpCtx> {
  return some<JpCtx>(
    { id, label, cite },
    (c) =>
      (c.m.situation.resolutions ?? [])
        .filter((r) => r.adopted && onOrBefore(r.adopted, c.date) === "yes")
        .map((r) => ({ key: r.id, label: `${r.symbol ?? r.id}${r.adopted ? ` (${r.adopted})` : ""}`, ctx: { ...c, resolution: r } })),
    leaf({ id: `${id}-type`, label, cite }, (c) => {
      const r = accept(c);
      const path = c.m.path("resolutions", c.resolution!.id);
      if (!r) return no(R.notThatKind(), [path]);
      return r.ok === "yes" ? yes(r.why, [path]) : r.ok === "no" ? no(r.why, [path]) : unknown(r.why, [path]);
    }),
    (c) => (c.m.absent("resolutions") === "no" ? no(none, ["$.resolutions"]) : unknown(R.noResolutionMaybe(), ["$.resolutions"])),
  );
}

export const usesWhere = (c: JpCtx) => list(c.use.where);
