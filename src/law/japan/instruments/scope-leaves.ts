// Leaves of SDF Act arts 95-2, 82-3 and 84-3 as the statute states them, with reason codes.
import { leaf, no, unknown, yes, type Finding, type Rule } from "../../../engine/rule.js";
import { reasons } from "../../../engine/reason.js";
import { answered, armedAttack, consentOf, foreignTerritories, jpPath, read, type JpCtx } from "../context.js";

export const R = reasons("jp.scope", {
  combatAtScene: {
    en: () => "the protected force is at a scene where combat is actually being conducted: art 95-2(1) excludes it, the protection is not permitted",
    ja: () => "防護対象の部隊は現に戦闘行為が行われている現場にある：第95条の2第1項により除かれ、防護は認められない",
  },
  armedAttackAtScene: {
    en: (a: { attack: string }) => `an armed attack (${a.attack}) is answered there: a scene of actual combat, excluded by art 95-2(1)`,
    ja: (a: { attack: string }) => `当該場所で武力攻撃（${a.attack}）に対処している：現に戦闘行為が行われている現場であり、第95条の2第1項により除かれる`,
  },
  shortOfCombat: {
    en: () => "the acts answered fall short of an armed attack: no combat (acts of killing or destroying in an international armed conflict) is being conducted at the scene",
    ja: () => "対処する行為は武力攻撃に至らない：現場で戦闘行為（国際的な武力紛争の一環として行われる殺傷・破壊行為）は行われていない",
  },
  noCombatAtScene: {
    en: () => "not at a scene where combat is actually being conducted",
    ja: () => "現に戦闘行為が行われている現場ではない",
  },
  combatAtSceneUnknown: {
    en: () => "whether the force is at a scene of actual combat is not stated (japan.assetProtection.combatAtScene)",
    ja: () => "現に戦闘行為が行われている現場かは記載がない（japan.assetProtection.combatAtScene）",
  },
  impactOnJapan: {
    en: () => "the missile is predicted to fall on Japan's territory: art 82-3 applies",
    ja: () => "弾道ミサイルは我が国領域に落下すると予測される：第82条の3の対象",
  },
  impactElsewhere: {
    en: (a: { area: string; state?: string }) =>
      `the missile is predicted to fall ${a.area === "japan-eez" ? "in Japan's EEZ, not on its territory" : a.area === "high-seas" ? "on the high seas" : `on ${a.state ?? "another state"}'s territory`}: art 82-3 does not reach it; only a survival-threatening or armed attack situation (defence operations) could, or nothing`,
    ja: (a: { area: string; state?: string }) =>
      `弾道ミサイルは${a.area === "japan-eez" ? "我が国の排他的経済水域（領域外）" : a.area === "high-seas" ? "公海" : `${a.state ?? "他国"}の領域`}に落下すると予測される：第82条の3の対象外であり、存立危機事態又は武力攻撃事態（防衛出動）によるほかなく、さもなければ根拠はない`,
  },
  impactUnknown: {
    en: () => "where the missile is predicted to fall is not known (japan.missile.predictedImpact)",
    ja: () => "弾道ミサイルの落下予測地点が不明（japan.missile.predictedImpact）",
  },
  orderKept: {
    en: () => "the territorial state's authorities are in fact maintaining public safety and order there",
    ja: () => "当該国の当局が現に公共の安全と秩序の維持に当たっている",
  },
  orderNotKept: {
    en: () => "the territorial state's authorities are not maintaining public order there",
    ja: () => "当該国の当局が公共の安全と秩序を維持していない",
  },
  orderUnknown: {
    en: () => "whether the authorities are in fact maintaining public order is not stated (japan.rescue.orderMaintained)",
    ja: () => "当局が現に秩序を維持しているかは記載がない（japan.rescue.orderMaintained）",
  },
  noCombatExpected: { en: () => "no combat is expected there", ja: () => "戦闘行為が行われることは予測されない" },
  combatExpected: { en: () => "combat is expected there", ja: () => "戦闘行為が行われることが予測される" },
  combatExpectedUnknown: {
    en: () => "whether combat is expected there is not stated (japan.rescue.combatExpected)",
    ja: () => "戦闘行為の予測の有無は記載がない（japan.rescue.combatExpected）",
  },
  consentToMeasures: {
    en: (a: { states: string }) => `${a.states} consents to the SDF's protection measures, the use of weapons included`,
    ja: (a: { states: string }) => `${a.states}が武器の使用を含む自衛隊の保護措置に同意している`,
  },
  noConsentToMeasures: {
    en: (a: { states: string }) => `${a.states} does not consent to the SDF's protection measures with the use of weapons`,
    ja: (a: { states: string }) => `${a.states}は武器の使用を含む自衛隊の保護措置に同意していない`,
  },
  consentScopeUnknown: {
    en: (a: { states: string }) => `${a.states} consented to Japan, but whether the consent covers SDF protection measures with the use of weapons is not stated (the use's consentScope, or japan.rescue.consentToMeasures)`,
    ja: (a: { states: string }) => `${a.states}は我が国に同意しているが、武器の使用を含む保護措置に及ぶかは記載がない（consentScope 又は japan.rescue.consentToMeasures）`,
  },
  noConsentRecorded: {
    en: (a: { states: string }) => `no consent of ${a.states} is recorded`,
    ja: (a: { states: string }) => `${a.states}の同意の記録がない`,
  },
  notForeign: {
    en: () => "the place is not a foreign state's territory",
    ja: () => "外国の領域ではない",
  },
});

/** Art 95-2(1): 「現に戦闘行為が行われている現場で行われるものを除く」. */
export const notAtCombatScene95: Rule<JpCtx> = leaf<JpCtx>(
  { id: "jp-95-2-no-combat-scene", label: "Not at a scene where combat is actually being conducted (excluded by art 95-2(1))", cite: ["jp-sdf-95-2", "jp-95-2-guideline"] },
  (c): Finding => {
    const path = jpPath(c, "assetProtection.combatAtScene");
    const f = read(c.jp.assetProtection?.combatAtScene);
    const fact = f.stated ? { why: f.why, source: f.source } : undefined;
    if (f.value === "yes") return no(R.combatAtScene(undefined, fact), [path]);
    if (f.value === "no") return yes(R.noCombatAtScene(undefined, fact), [path]);
    const armed = answered(c).find((a) => armedAttack(a) === "yes" && (a.end === undefined || a.end >= c.date));
    if (armed) return no(R.armedAttackAtScene({ attack: armed.id }), [c.m.path("attacks", armed.id)]);
    // Combat (戦闘行為) is part of an international armed conflict: acts short of an armed attack are not.
    const acts = answered(c);
    if (acts.length && acts.every((a) => armedAttack(a) === "no")) return yes(R.shortOfCombat(), acts.map((a) => c.m.path("attacks", a.id, "gravity")));
    return unknown(R.combatAtSceneUnknown(), [path]);
  },
);

/** Art 82-3(1): 「我が国に向けて現に飛来する弾道ミサイル等」, to prevent damage in Japan's territory. */
export function predictedImpact(c: JpCtx): Finding | undefined {
  const m = c.jp.missile;
  if (!m) return undefined;
  const path = jpPath(c, "missile.predictedImpact");
  const fact = m.source ? { source: m.source } : undefined;
  if (m.predictedImpact === "japan-territory") return yes(R.impactOnJapan(undefined, fact), [path]);
  if (m.predictedImpact === "unknown") return unknown(R.impactUnknown(), [path]);
  return no(R.impactElsewhere({ area: m.predictedImpact, state: m.impactState ? c.m.name(m.impactState) : undefined }, fact), [path]);
}

/** Art 84-3(1)(i), first limb. */
export const orderMaintained: Rule<JpCtx> = leaf<JpCtx>(
  { id: "jp-84-3-order", label: "(1) The foreign state's authorities are in fact maintaining public safety and order there", cite: ["jp-sdf-84-3"] },
  (c): Finding => {
    const f = read(c.jp.rescue?.orderMaintained);
    const path = jpPath(c, "rescue.orderMaintained");
    const fact = f.stated ? { why: f.why, source: f.source } : undefined;
    return f.value === "yes" ? yes(R.orderKept(undefined, fact), [path]) : f.value === "no" ? no(R.orderNotKept(undefined, fact), [path]) : unknown(R.orderUnknown(), [path]);
  },
);

/** Art 84-3(1)(i), second limb. */
export const noCombatExpected: Rule<JpCtx> = leaf<JpCtx>(
  { id: "jp-84-3-no-combat", label: "(1) No combat is expected there during the measures", cite: ["jp-sdf-84-3"] },
  (c): Finding => {
    const f = read(c.jp.rescue?.combatExpected);
    const path = jpPath(c, "rescue.combatExpected");
    const fact = f.stated ? { why: f.why, source: f.source } : undefined;
    return f.value === "no" ? yes(R.noCombatExpected(undefined, fact), [path]) : f.value === "yes" ? no(R.combatExpected(undefined, fact), [path]) : unknown(R.combatExpectedUnknown(), [path]);
  },
);

/** Art 84-3(1)(ii): the territorial state's consent to the SDF's measures, the use of weapons included. */
export const consentToMeasures: Rule<JpCtx> = leaf<JpCtx>(
  { id: "jp-84-3-consent", label: "(2) The territorial state consents to the SDF's protection measures, the use of weapons included", cite: ["jp-sdf-84-3", "jp-cd-2014-2-2"] },
  (c): Finding => {
    const foreign = foreignTerritories(c);
    if (foreign.length === 0) return unknown(R.notForeign(), [c.m.path("uses", c.use.id, "where")]);
    const states = [...new Set(foreign.map((p) => p.state as string))];
    const names = states.map((s) => c.m.name(s)).join(", ");
    const stated = read(c.jp.rescue?.consentToMeasures);
    const path = jpPath(c, "rescue.consentToMeasures");
    const fact = stated.stated ? { why: stated.why, source: stated.source } : undefined;
    if (stated.value === "yes") return yes(R.consentToMeasures({ states: names }, fact), [path]);
    if (stated.value === "no") return no(R.noConsentToMeasures({ states: names }, fact), [path]);
    const given = states.map((s) => consentOf(c, s));
    if (given.some((g) => g.length === 0))
      return c.m.absent("consents") === "no" ? no(R.noConsentRecorded({ states: names }), ["$.consents"]) : unknown(R.noConsentRecorded({ states: names }), ["$.consents", path]);
    // A consent to Japan covers the measures where the use says its scope covers them.
    const scope = c.use.consentScope ?? {};
    const covers = given.map((g) => g.map((k) => read(scope[k.id] as never).value));
    if (covers.every((vs) => vs.includes("yes"))) return yes(R.consentToMeasures({ states: names }), ["$.consents", c.m.path("uses", c.use.id, "consentScope")]);
    if (covers.some((vs) => vs.length > 0 && vs.every((v) => v === "no"))) return no(R.noConsentToMeasures({ states: names }), ["$.consents", c.m.path("uses", c.use.id, "consentScope")]);
    return unknown(R.consentScopeUnknown({ states: names }), [path, c.m.path("uses", c.use.id, "consentScope")]);
  },
);

/** The Japanese labels of these leaves (the others' are in src/render/ja.ts). */
export const LABELS_JA: Readonly<Record<string, string>> = {
  "jp-95-2-no-combat-scene": "現に戦闘行為が行われている現場で行われるものでないこと（第95条の2第1項により除かれる）",
  "jp-transport-means": "判断日において法律が認める輸送の手段によること",
  "jp-84-3-no-combat": "① 当該措置を行う間、戦闘行為が行われることがないと認められること",
  // Declared here for the art 95-2 leaf of instruments/police.ts (the guideline's own phrase, japan.md 2(f) [S16]).
  "jp-95-2-infringement": "対処するものがあれば武力攻撃に至らない侵害であること（武器の使用は極めて受動的かつ限定的な必要最小限度のもの：指針）",
};
