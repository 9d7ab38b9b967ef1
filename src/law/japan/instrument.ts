// An instrument: a statute or statutory power under which the SDF may act, as data (its names,
// law number, dates in force, sources, what conduct it covers, what it is) plus its conditions as
// rule trees. The leaves shared by several instruments are here.
import { all, leaf, no, some, unknown, yes, type Finding, type Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { list } from "../../scenario/model.js";
import { combatAtSite } from "./character.js";
import { consentOf, foreignTerritories, from, jpPath, places, read, readScope, treatyPartner, tx, type Activity, type JpCtx, type Says } from "./context.js";
import type { CommitmentKind, DietRule } from "./diet.js";
import { orderedLeaf, planAreaLeaf, taskLeaf } from "./decisions.js";
import { REGIONS } from "./statutes.js";

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
}

/** In force on the date whose law applies. */
export function inForceLeaf(i: Instrument): Rule<JpCtx> {
  return leaf<JpCtx>({ id: "jp-in-force", label: "In force on the date whose law is applied", cite: i.cite.slice(0, 1) }, (c) => {
    if (i.hypothetical) return yes(tx(c, "assumed enacted with the reform", "改正とともに制定されたと仮定"));
    const started = onOrBefore(i.from, c.law);
    const certain = i.certainFrom ? onOrBefore(i.certainFrom, c.law) : started;
    const expired = i.to ? onOrBefore(c.law, i.to) : "yes";
    const window = `${i.from}${i.certainFrom ? ` (${tx(c, "certainly from", "遅くとも")} ${i.certainFrom})` : ""}${i.to ? ` - ${i.to}` : tx(c, " onward", "以降")}`;
    const note = i.datesNote ? ` (${tx(c, i.datesNote.en, i.datesNote.ja)})` : "";
    if (started === "no") return no(tx(c, `not yet in force on ${c.law}: in force ${window}${note}`, `${c.law}時点では未施行：${window}${note}`));
    if (expired === "no") return no(tx(c, `no longer in force on ${c.law}: in force ${window}${note}`, `${c.law}時点では失効：${window}${note}`));
    if (started === "unknown" || certain !== "yes" || expired === "unknown") return unknown(tx(c, `whether it was in force on ${c.law} is not known: ${window}${note}`, `${c.law}時点で施行されていたかは不明：${window}${note}`), []);
    return yes(tx(c, `in force ${window}${note}`, `施行期間 ${window}${note}`));
  });
}

/**
 * An instrument's whole test: in force on the date; for a dated block, ordered and not ended, and
 * inside the plan's area; for a task, given and effective; then the instrument's own conditions.
 */
export function instrumentRule(i: Instrument, o: { dated?: boolean; tasked?: boolean } = {}): Rule<JpCtx> {
  const dated = o.dated ? [orderedLeaf, planAreaLeaf] : [];
  const task = o.tasked ? [taskLeaf] : [];
  return all({ id: i.id, label: i.name.en, cite: i.cite }, [inForceLeaf(i), ...task, ...dated, ...i.conditions]);
}

// ---- shared leaves --------------------------------------------------------------------------------

export type FindingField = "importantInfluence" | "surroundingArea" | "jointResponse" | "specialNeed" | "policeCannotCope";

/** A government finding read from the japan block. */
export const findingOf = (c: JpCtx, field: FindingField, says: Says): Finding => from(c, read(c.jp.findings?.[field]), jpPath(c, `findings.${field}`), says);

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
  if (now.value === "yes") return { ...no(tx(c, `${now.because}: not a non-combat area`, `${now.because}：非戦闘地域ではない`), now.facts), doctrine: now.doctrine };
  const expected = later.value === "disputed" ? (now.doctrine?.position === "nagoya-high-court-2008" ? "yes" : "no") : later.value;
  const path = jpPath(c, "support.combatExpected");
  if (expected === "yes") return { ...no(tx(c, "combat is expected there during the activity: not a non-combat area", "活動期間中に戦闘行為が行われると認められる：非戦闘地域ではない"), [path]), doctrine: now.doctrine };
  if (now.value === "no" && expected === "no")
    return { ...yes(tx(c, `${now.because}, and none is expected throughout the activity`, `${now.because}。活動期間を通じて戦闘行為が行われることがないと認められる`), [...(now.facts ?? []), path]), doctrine: now.doctrine };
  return { ...unknown(tx(c, "whether combat is being conducted there, or is expected during the activity, is not stated", "現に戦闘行為が行われているか、活動期間中に行われると認められるかは記載がない"), now.value === "unknown" ? (now.missing ?? []) : [path]), doctrine: now.doctrine };
}

export const nonCombatArea = (id: string, label: string, cite: string[]) => leaf<JpCtx>({ id, label, cite }, nonCombatFinding);

/** In foreign territory, only with that state's consent. */
export const foreignConsent = (id = "jp-foreign-consent", label = "In foreign territory only with that state's consent", cite: string[] = ["jp-iis-act"]) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const foreign = foreignTerritories(c);
    if (foreign.length === 0) return yes(tx(c, "no foreign territory is involved", "外国の領域は関係しない"));
    const per = foreign.map((p) => ({ p, given: consentOf(c, p.state as string) }));
    const missing = per.filter((x) => x.given.length === 0);
    if (missing.length === 0) return yes(tx(c, `${per.map((x) => c.m.name(x.p.state as string)).join(", ")} consented`, `${per.map((x) => c.m.name(x.p.state as string)).join("、")}が同意している`), ["$.consents"]);
    const names = missing.map((x) => c.m.name(x.p.state as string)).join(", ");
    return c.m.absent("consents") === "no"
      ? no(tx(c, `${names} gave no consent`, `${names}の同意がない`), ["$.consents"])
      : unknown(tx(c, `no consent of ${names} is recorded, and the record may be incomplete`, `${names}の同意の記録がなく、記録は不完全な可能性がある`), ["$.consents"]);
  });

/** Kinds of support a statute excludes. */
export const excluded = (id: string, label: string, cite: string[], banned: string[]) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const kinds = c.jp.support?.kinds;
    const path = jpPath(c, "support.kinds");
    if (!kinds) return unknown(tx(c, "what is provided is not stated", "提供する物品・役務が記載されていない"), [path]);
    const bad = kinds.filter((k) => banned.includes(k));
    return bad.length
      ? no(tx(c, `it includes ${bad.join(", ")}, which the statute excludes`, `法律が除外する${bad.join("、")}を含む`), [path])
      : yes(tx(c, `it provides ${kinds.join(", ")}: none excluded`, `提供するのは${kinds.join("、")}で、除外されるものを含まない`), [path]);
  });

/** The states whose forces are supported: the named ones, or the victims the use is on behalf of. */
export const supported = (c: JpCtx): string[] => c.jp.support?.to ?? c.use.onBehalfOf ?? [];

/** Supported forces: US forces only (1999), or also other forces contributing to the Charter's purposes (2016). */
export const supportedForces = (id: string, label: string, cite: string[], usOnly: boolean) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const to = supported(c);
    const path = jpPath(c, "support.to");
    if (to.length === 0) return unknown(tx(c, "whose forces are supported is not stated", "支援対象の軍隊が記載されていない"), [path]);
    const partners = to.filter((s) => treatyPartner(c, s));
    const others = to.filter((s) => !treatyPartner(c, s));
    if (others.length === 0) return yes(tx(c, `${partners.map((s) => c.m.name(s)).join(", ")}: forces of Japan's Security Treaty partner`, `${partners.map((s) => c.m.name(s)).join("、")}：日米安全保障条約の相手国の軍隊`), ["$.alliances", path]);
    const names = others.map((s) => c.m.name(s)).join(", ");
    if (usOnly) return no(tx(c, `${names}: support could go only to US forces contributing to the Security Treaty's objectives`, `${names}：支援対象は日米安保条約の目的の達成に寄与する活動を行っている米軍に限られる`), [path]);
    const f = read(c.jp.support?.contributesToCharterPurposes);
    return from(c, f, jpPath(c, "support.contributesToCharterPurposes"), {
      yes: [`${names}: forces contributing to the purposes of the UN Charter`, `${names}：国連憲章の目的の達成に寄与する活動を行う外国の軍隊`],
      no: [`${names}: not forces contributing to the purposes of the UN Charter`, `${names}：国連憲章の目的の達成に寄与する活動を行う軍隊ではない`],
      unknown: [`whether ${names} contribute to the purposes of the UN Charter is not stated`, `${names}が国連憲章の目的の達成に寄与するかは記載がない`],
    });
  });

/** The support serves one of the purposes a special measures law was made for (matched against the use's purposes). */
export const purposeLeaf = (id: string, label: string, cite: string[], wanted: string[]) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const have = c.use.purposes ?? [];
    const path = c.m.path("uses", c.use.id, "purposes");
    const hit = have.filter((p) => wanted.includes(p));
    if (hit.length) return yes(tx(c, `its purpose is ${hit.join(", ")}`, `目的は${hit.join("、")}`), [path]);
    if (have.length) return no(tx(c, `its purposes (${have.join(", ")}) are not those of the law (${wanted.join(", ")})`, `目的（${have.join("、")}）は同法の対象（${wanted.join("、")}）ではない`), [path]);
    return unknown(tx(c, `whether it serves ${wanted.join(" or ")} is not stated`, `${wanted.join("又は")}のためかは記載がない`), [path]);
  });

/** Is every place of the action in Japan's territory? */
export const inJapan = (id = "jp-in-japan", label = "In Japan's territory", cite: string[] = ["jp-const-9"]) =>
  leaf<JpCtx>({ id, label, cite }, (c) => {
    const ps = places(c);
    const path = c.m.path("uses", c.use.id, "where");
    if (ps.every((p) => p.state === c.japan)) return yes(tx(c, "in Japan's territory", "我が国の領域内"), [path]);
    if (ps.some((p) => p.state !== undefined)) return no(tx(c, `${ps.filter((p) => p.state !== c.japan).map((p) => c.m.name(p.id)).join(", ")} is not Japan's territory`, `${ps.filter((p) => p.state !== c.japan).map((p) => c.m.name(p.id)).join("、")}は我が国の領域ではない`), [path]);
    return unknown(tx(c, "whose territory the place is, is not stated", "場所の帰属が記載されていない"), [path]);
  });

/** Japan's territory, or the high seas and airspace around Japan. */
export function nearJapan(c: JpCtx): Finding {
  // A stated region decides (data/japan/statutes.yaml): the 1999 law is not a law for the Indian Ocean.
  if (c.jp.region && !c.jp.nearJapan) {
    const near = c.jp.region === "japan" || c.jp.region === "around-japan";
    return near ? yes(tx(c, `${REGIONS[c.jp.region].name}: around Japan`, `${REGIONS[c.jp.region].ja}：我が国周辺`), [jpPath(c, "region")]) : no(tx(c, `${REGIONS[c.jp.region].name}: not Japan's territory or the high seas around Japan`, `${REGIONS[c.jp.region].ja}：我が国領域又は我が国周辺の公海ではない`), [jpPath(c, "region")]);
  }
  const f = read(c.jp.nearJapan);
  if (f.stated)
    return from(c, f, jpPath(c, "nearJapan"), {
      yes: ["in Japan's territory or on the high seas around Japan", "我が国領域又は我が国周辺の公海"],
      no: ["not in Japan's territory or on the high seas around Japan", "我が国領域又は我が国周辺の公海ではない"],
      unknown: ["whether the place is around Japan is not stated", "我が国周辺かは記載がない"],
    });
  const ps = places(c);
  if (ps.every((p) => p.state === c.japan)) return yes(tx(c, "in Japan's territory", "我が国の領域内"));
  if (ps.some((p) => p.state !== undefined && p.state !== "international" && p.state !== c.japan)) return no(tx(c, "in foreign territory", "外国の領域"));
  return unknown(tx(c, "whether the high seas concerned are around Japan is not stated", "当該公海が我が国周辺かは記載がない"), [jpPath(c, "nearJapan")]);
}

/** A government decision or finding stated as a fact of the japan block (a leaf reading `get`). */
export function factLeaf(id: string, label: string, cite: string[], path: string, get: (c: JpCtx) => Parameters<typeof read>[0], says: { yes: [string, string]; no: [string, string]; unknown: [string, string] }): Rule<JpCtx> {
  return leaf<JpCtx>({ id, label, cite }, (c) => from(c, read(get(c)), jpPath(c, path), says));
}

/** Some resolution of the kind asked, adopted by the date of the facts. */
export function resolutionLeaf(id: string, label: string, cite: string[], accept: (c: JpCtx) => { ok: "yes" | "no" | "unknown"; why: string } | undefined, none: [string, string]): Rule<JpCtx> {
  return some<JpCtx>(
    { id, label, cite },
    (c) =>
      (c.m.situation.resolutions ?? [])
        .filter((r) => r.adopted && onOrBefore(r.adopted, c.date) === "yes")
        .map((r) => ({ key: r.id, label: `${r.symbol ?? r.id}${r.adopted ? ` (${r.adopted})` : ""}`, ctx: { ...c, resolution: r } })),
    leaf({ id: `${id}-type`, label, cite }, (c) => {
      const r = accept(c);
      const path = c.m.path("resolutions", c.resolution!.id);
      if (!r) return no(tx(c, "not a resolution of the kind required", "要件に当たる決議ではない"), [path]);
      return r.ok === "yes" ? yes(r.why, [path]) : r.ok === "no" ? no(r.why, [path]) : unknown(r.why, [path]);
    }),
    (c) => (c.m.absent("resolutions") === "no" ? no(tx(c, ...none), ["$.resolutions"]) : unknown(tx(c, "no resolution is recorded, and the record may be incomplete", "決議の記録がなく、記録は不完全な可能性がある"), ["$.resolutions"])),
  );
}

export const usesWhere = (c: JpCtx) => list(c.use.where);
