// Powers short of the use of force: gray-zone responses (maritime security and public security
// operations), protection of foreign forces' equipment (SDF Act art 95-2), rescue and transport of
// nationals, piracy response, destruction of ballistic missiles, removal of mines, and ship
// inspection. Each is police-type or non-forcible; none is a use of force. japan.md 2(e)(iii)-(iv),
// 2(f), 2(g)(2), 2(g)(6)-(7).
import { datesOf, statuteData } from "../statutes.js";
import { requestLeaf } from "../decisions.js";
import { meansJa } from "../words.js";
import { consentToMeasures, noCombatExpected, notAtCombatScene95, orderMaintained, predictedImpact } from "./scope-leaves.js";
import { leaf, no, unknown, yes, type Finding } from "../../../engine/rule.js";
import { onOrBefore } from "../../../engine/dates.js";
import { GRAYZONE_DECISIONS } from "../decided-on.js";
import { minesAbandoned } from "../character.js";
import { reasons, type Reason, type Words } from "../../../engine/reason.js";
import { answered, armedAttack, attackText, foreignTerritories, from, jpPath, onJapan, places, read, stateOrQuasiState, type JpCtx } from "../context.js";
import { factLeaf, findingLeaf, foreignConsent, inJapan, nearJapan, type Instrument } from "../instrument.js";

type Attacks = { attacks: Reason[] };
const acts = (a: Attacks, w: Words, sep: string) => a.attacks.map((x) => w.reason(x)).join(sep);

export const R = reasons("jp.police", {
  /** Nothing recorded, where the record may be incomplete. */
  maybeIncomplete: { en: (a: { why: Reason }, w) => `${w.reason(a.why)}, and the record may be incomplete`, ja: (a: { why: Reason }, w) => `${w.reason(a.why)}（記録は不完全な可能性がある）` },
  noActRecorded: { en: () => "the action answers no recorded unlawful act or infringement", ja: () => "対処する不法行為又は侵害の記録がない" },
  guardingAnswersNothing: {
    en: () => "the guarding answers no infringement: it needs none (weapons may be used only against infringements short of an armed attack)",
    ja: () => "警護は侵害への対処を要件としない（武器の使用は武力攻撃に至らない侵害に対してのみ）",
  },
  armedAttackBeyondPolice: {
    en: (a: { attack: Reason }, w) => `${w.reason(a.attack)} is an armed attack by a state or quasi-state organisation: police-type powers do not reach it`,
    ja: (a: { attack: Reason }, w) => `${w.reason(a.attack)}は国又は国に準ずる組織による武力攻撃であり、警察権的な権限の対象ではない`,
  },
  armedAttackUnknown: { en: (a: Attacks, w) => `whether ${acts(a, w, "; ")} is an armed attack is not established`, ja: (a: Attacks, w) => `${acts(a, w, "、")}が武力攻撃かは不明` },
  shortOfArmedAttack: { en: (a: Attacks, w) => `${acts(a, w, "; ")}: infringements short of an armed attack`, ja: (a: Attacks, w) => `${acts(a, w, "、")}：武力攻撃に至らない侵害` },
  againstShips: { en: () => "the acts are against ships", ja: () => "船舶に対する行為である" },
  onLand: { en: () => "the acts are on land: not a maritime operation", ja: () => "陸上の行為であり、海上警備行動の対象ではない" },
  highSeas: { en: () => "on the high seas", ja: () => "公海上" },
  atSeaUnknown: { en: () => "whether the acts are at sea is not stated", ja: () => "海上の行為かは記載がない" },
  againstJapan: { en: () => "the acts are against Japan's ships or persons", ja: () => "我が国の船舶又は国民に対する行為である" },
  againstOthers: {
    en: (a: { states: string[] }) => `the acts are against ${a.states.join(", ")}, and the ships are not recorded as Japan-related (japan.japanRelated): outside the scope of the authorising provision`,
    ja: (a: { states: string[] }) => `行為は${a.states.join("、")}に対するもので、日本関係船舶であるとの記載もない（japan.japanRelated）：授権規定の対象外`,
  },
  japanRelated: {
    en: () => "the ships protected are Japan-related (Japanese-flag, or with a Japanese operator, crew or cargo)",
    ja: () => "保護する船舶は日本関係船舶（日本籍船又は日本人が運航し、日本人が乗り組み若しくは日本の貨物を積載する外国籍船）である",
  },
  notJapanRelated: {
    en: () => "the ships protected are not Japan-related: outside the scope of the authorising provision",
    ja: () => "保護する船舶は日本関係船舶ではない：授権規定の対象外",
  },
  protectedShipsUnknown: { en: () => "whose ships are protected is not stated", ja: () => "保護する船舶が記載されていない" },
  protectedForceUnknown: { en: () => "whose forces are protected is not stated", ja: () => "防護対象の部隊が記載されていない" },
  ownEquipment: { en: () => "the SDF's own equipment is protected under art 95, not art 95-2", ja: () => "自衛隊自身の武器等は第95条による" },
  foreignUnits: { en: (a: { state: string }) => `units of ${a.state}'s armed forces`, ja: (a: { state: string }) => `${a.state}軍の部隊` },
  notAState: { en: (a: { state: string }) => `${a.state} is not a state`, ja: (a: { state: string }) => `${a.state}は国家ではない` },
  noPiracy: { en: () => "no act of piracy is recorded", ja: () => "海賊行為の記録がない" },
  stateActs: {
    en: (a: { states: string[] }) => `${a.states.join(", ")} is a state: acts of a state are not piracy`,
    ja: (a: { states: string[] }) => `${a.states.join("、")}は国家であり、その行為は海賊行為ではない`,
  },
  foreignWaters: { en: (a: { places: string[] }) => `${a.places.join(", ")}: a foreign state's waters, outside the Act`, ja: (a: { places: string[] }) => `${a.places.join("、")}：外国の領海であり対象外` },
  piracy: { en: (a: Attacks, w) => `${acts(a, w, "; ")}: acts of a group against ships`, ja: (a: Attacks, w) => `${acts(a, w, "、")}：私的な集団による船舶への行為` },
  noMissile: { en: () => "no missile is recorded", ja: () => "ミサイルの記録がない" },
  towardJapan: { en: (a: Attacks, w) => `${acts(a, w, "; ")}: flying toward Japan`, ja: (a: Attacks, w) => `${acts(a, w, "、")}：我が国に向けて飛来` },
  elsewhere: {
    en: (a: Attacks, w) => `${acts(a, w, "; ")}: bound for another country, outside the power (the gap case 11 of 2014 addressed)`,
    ja: (a: Attacks, w) => `${acts(a, w, "、")}：他国に向かうもので、本条の対象外`,
  },
  foreignTerritory: { en: (a: { places: string[] }) => `${a.places.join(", ")} is foreign territory`, ja: (a: { places: string[] }) => `${a.places.join("、")}は外国の領域` },
  overJapanOrHighSeas: { en: () => "over Japan's territory or the high seas", ja: () => "我が国領域又は公海の上空" },
  partOfArmedAttack: {
    en: () => "the missile is part of an armed attack on Japan: defence operations apply instead",
    ja: () => "ミサイルは我が国に対する武力攻撃の一部であり、防衛出動による",
  },
  noArmedAttackSituation: {
    en: () => "no armed attack situation: this measure applies where no defence operation has been ordered",
    ja: () => "武力攻撃事態ではない：防衛出動が命じられていない場合の措置",
  },
  sanctions: {
    en: (a: { symbols: string[] }) => `${a.symbols.join(", ")} calls for trade or economic restriction measures`,
    ja: (a: { symbols: string[] }) => `${a.symbols.join("、")}が貿易等の規制措置を求める`,
  },
  situationFound: {
    en: () => "an important influence or international peace joint response situation (as found)",
    ja: () => "重要影響事態又は国際平和共同対処事態（認定）",
  },
  neitherSituation: { en: () => "neither situation is found", ja: () => "いずれの事態にも該当しない" },
  situationUnknown: { en: () => "whether either situation exists is not stated", ja: () => "いずれかの事態に該当するかは記載がない" },
  notSurroundingArea: { en: () => "not a situation in areas surrounding Japan", ja: () => "周辺事態ではない" },
  notNear: {
    en: (a: { why: Reason }, w) => `${w.reason(a.why)}: outside Japan's territorial sea and the high seas around Japan`,
    ja: (a: { why: Reason }, w) => `${w.reason(a.why)}：我が国領海及び周辺の公海外`,
  },
  surroundingAreaNear: {
    en: () => "a situation in areas surrounding Japan, in Japan's territorial sea or nearby high seas",
    ja: () => "周辺事態であり、我が国領海又は周辺の公海",
  },
  surroundingAreaNearUnknown: {
    en: () => "whether it is a situation in areas surrounding Japan, near Japan, is not stated",
    ja: () => "周辺事態かどうか、我が国周辺かは記載がない",
  },
});

/** What the facts this file reads can say (yes, no, unknown). */
export const F = reasons("jp.police.facts", {
  specialNeed: { en: () => "the Coast Guard cannot cope: a special need (as found)", ja: () => "海上保安庁では対処できない又は著しく困難：特別の必要がある（認定）" },
  specialNeedNo: { en: () => "the Coast Guard can cope: no special need", ja: () => "海上保安庁で対処可能：特別の必要はない" },
  specialNeedUnknown: { en: () => "whether the Coast Guard can cope is not stated", ja: () => "海上保安庁で対処できるかは記載がない" },
  policeCannotCope: { en: () => "the police cannot maintain public order (as found)", ja: () => "一般の警察力をもっては治安を維持することができない（認定）" },
  policeCannotCopeNo: { en: () => "the police can cope", ja: () => "警察力で対処可能" },
  policeCannotCopeUnknown: { en: () => "whether the police can cope is not stated", ja: () => "警察力で対処できるかは記載がない" },
  assetProtectionContributesToDefence: { en: () => "engaged with the SDF in activities contributing to Japan's defence", ja: () => "自衛隊と連携して我が国の防衛に資する活動に現に従事している" },
  assetProtectionContributesToDefenceNo: { en: () => "not engaged in activities contributing to Japan's defence", ja: () => "我が国の防衛に資する活動に従事していない" },
  assetProtectionContributesToDefenceUnknown: { en: () => "whether the force is engaged in activities contributing to Japan's defence is not stated", ja: () => "我が国の防衛に資する活動に従事しているかは記載がない" },
  assetProtectionRequest: { en: () => "the foreign force asked", ja: () => "当該部隊から要請があった" },
  assetProtectionRequestNo: { en: () => "no request from the foreign force", ja: () => "当該部隊からの要請がない" },
  assetProtectionRequestUnknown: { en: () => "whether the foreign force asked is not stated", ja: () => "要請の有無は記載がない" },
  assetProtectionMinisterDecision: { en: () => "the Minister judged it necessary", ja: () => "防衛大臣が必要と認めた" },
  assetProtectionMinisterDecisionNo: { en: () => "the Minister did not judge it necessary", ja: () => "防衛大臣は必要と認めていない" },
  assetProtectionMinisterDecisionUnknown: { en: () => "the Minister's judgment is not stated", ja: () => "防衛大臣の判断は記載がない" },
  rescueCoordination: { en: () => "coordination with the authorities is expected", ja: () => "当局との連携及び協力が確保されると見込まれる" },
  rescueCoordinationNo: { en: () => "no coordination with the authorities can be expected", ja: () => "当局との連携は見込まれない" },
  rescueCoordinationUnknown: { en: () => "whether coordination can be expected is not stated", ja: () => "連携の見込みは記載がない" },
  transportSafe: { en: () => "the transport can be carried out safely", ja: () => "輸送を安全に実施することができる" },
  transportSafeNo: { en: () => "the transport cannot be carried out safely", ja: () => "輸送を安全に実施することができない" },
  transportSafeUnknown: { en: () => "whether the transport can be carried out safely is not stated", ja: () => "輸送の安全は記載がない" },
  transportSafetyEnsured: { en: () => "the safety of the transport is ensured (the test before 2013)", ja: () => "当該輸送の安全が確保されている（平成25年改正前の要件）" },
  transportSafetyEnsuredNo: { en: () => "the safety of the transport is not ensured (the test before 2013)", ja: () => "当該輸送の安全が確保されていない（平成25年改正前の要件）" },
  transportSafetyEnsuredUnknown: {
    en: () => "whether the safety of the transport is ensured (the test before the 2013 amendment, japan.transportSafetyEnsured) is not stated; the later test (can be carried out safely) does not answer it",
    ja: () => "当該輸送の安全が確保されているか（平成25年改正前の要件、japan.transportSafetyEnsured）は記載がない。改正後の要件（安全に実施できる）はこれに答えない",
  },
  transportMeansAllowed: {
    en: (a: { means: readonly string[] }, w) => `by ${w.list([...a.means])}: allowed`,
    ja: (a: { means: readonly string[] }, w) => `${w.list(a.means.map(meansJa))}による輸送：認められる`,
  },
  transportMeansNotYet: {
    en: (a: { means: readonly string[]; from: string; law: string }, w) => `by ${w.list([...a.means])}: not yet allowed on ${a.law} (allowed from ${a.from})`,
    ja: (a: { means: readonly string[]; from: string; law: string }, w) => `${w.list(a.means.map(meansJa))}による輸送：${a.law}の時点では認められていない（${a.from}から）`,
  },
  transportMeansUnstated: {
    en: () => "the means of transport is not stated (japan.transportMeans): not tested",
    ja: () => "輸送の手段の記載がない（japan.transportMeans）：判断しない",
  },
  inspectionFlagStateConsent: { en: () => "the flag state consents", ja: () => "旗国の同意がある" },
  inspectionFlagStateConsentNo: { en: () => "no Council resolution calling for such measures, and no flag-state consent", ja: () => "規制措置を求める安保理決議も旗国の同意もない" },
  inspectionFlagStateConsentUnknown: { en: () => "no Council resolution calls for such measures; the flag state's consent is not stated", ja: () => "安保理決議はなく、旗国の同意は記載がない" },
  inspectionMasterConsent: { en: () => "the master agrees to the boarding", ja: () => "船長等の承諾がある" },
  inspectionMasterConsentNo: { en: () => "the master refuses: boarding without consent is not allowed under this Act", ja: () => "船長等の承諾がない：本法では承諾なしの乗船検査はできない" },
  inspectionMasterConsentUnknown: { en: () => "whether the master agrees is not stated", ja: () => "船長等の承諾の有無は記載がない" },
});

const NO_FORCE = ["not-a-use-of-force"];
/** The 2013 amendment of the transport test (Act No. 77 of 2013, passed 15 Nov 2013; in force UNVERIFIED): data/japan/statutes.yaml. */
const TRANSPORT = statuteData("transport-nationals");
const TRANSPORT_TEST_2013 = TRANSPORT.safetyTestFrom!.value;

/** Each means of transport from the amendment that allowed it (data/japan/statutes.yaml `means`). */
const transportMeans = leaf<JpCtx>({ id: "jp-transport-means", label: "By a means of transport the statute allows on the date", cite: ["jp-sdf-transport"] }, (c): Finding => {
  const means = c.jp.transportMeans;
  const path = jpPath(c, "transportMeans");
  if (!means?.length) return yes(F.transportMeansUnstated());
  const table = TRANSPORT.means?.value ?? {};
  const late = means.filter((m) => !table[m] || onOrBefore(table[m], c.law) !== "yes");
  if (late.length) return no(F.transportMeansNotYet({ means: late, from: late.map((m) => table[m] ?? "").join(", "), law: c.law }), [path]);
  return yes(F.transportMeansAllowed({ means }), [path]);
});

/** A government finding's value (a disputed one counts as unknown). */
const found = (f: Parameters<typeof read>[0]) => read(f).value;

/** Nothing recorded to act on: "no" where the list of attacks is closed, unknown where it may be incomplete. */
const none = (c: JpCtx, why: Reason): Finding => (c.m.absent("attacks") === "no" ? no(why, ["$.attacks"]) : unknown(R.maybeIncomplete({ why }), ["$.attacks"]));

/** The acts answered fall short of an armed attack by a state or quasi-state organisation. */
function shortOfArmedAttackFinding(c: JpCtx): Finding {
    const attacks = answered(c);
    if (attacks.length === 0) return none(c, R.noActRecorded());
    const per = attacks.map((a) => ({ a, armed: armedAttack(a) === "yes" && stateOrQuasiState(c, a) === "yes", open: armedAttack(a) === "unknown" || stateOrQuasiState(c, a) === "unknown" }));
    const hit = per.find((p) => p.armed);
    if (hit) return no(R.armedAttackBeyondPolice({ attack: attackText(c, hit.a) }), [c.m.path("attacks", hit.a.id)]);
    const open = per.filter((p) => p.open && armedAttack(p.a) !== "no" && stateOrQuasiState(c, p.a) !== "no");
    if (open.length) return unknown(R.armedAttackUnknown({ attacks: open.map((p) => attackText(c, p.a)) }), open.map((p) => c.m.path("attacks", p.a.id, "gravity")));
    return yes(R.shortOfArmedAttack({ attacks: attacks.map((a) => attackText(c, a)) }), attacks.map((a) => c.m.path("attacks", a.id)));
}

export const shortOfArmedAttack = leaf<JpCtx>(
  { id: "jp-short-of-armed-attack", label: "The acts answered fall short of an armed attack by a state or quasi-state organisation", cite: ["jp-cd-2014-1", "jp-95-2-guideline"] },
  shortOfArmedAttackFinding,
);

/**
 * Art 95-2: the SDF guard (警護) the foreign force's equipment; what is limited to infringements
 * short of an armed attack is the weapons use, not the guarding (japan.md 2(f) table: the
 * conditions are the activity, the scene, the request and the Minister's judgment). A guarding
 * that answers nothing (the first protection, May 2017) meets this condition.
 */
const weaponsShortOfArmedAttack = leaf<JpCtx>(
  { id: "jp-95-2-infringement", label: "What the guarding answers, if anything, falls short of an armed attack: weapons only against such infringements, 'extremely passive and limited' (guideline)", cite: ["jp-sdf-95-2", "jp-95-2-guideline"] },
  (c): Finding => (answered(c).length === 0 ? yes(R.guardingAnswersNothing()) : shortOfArmedAttackFinding(c)),
);

const specialNeed = findingLeaf("jp-special-need", "A special need: the Japan Coast Guard cannot cope, or would find it extremely difficult", ["jp-sdf-82", "jp-piracy"], "specialNeed", { yes: F.specialNeed(), no: F.specialNeedNo(), unknown: F.specialNeedUnknown() });

export const maritimeSecurity: Instrument = {
  id: "maritime-security-operations",
  name: { en: "Maritime security operations (SDF Act art 82)", ja: "海上における警備行動（自衛隊法第82条）" },
  law: { en: "SDF Act (Act No. 165 of 1954) arts 82 and 93", ja: "自衛隊法（昭和29年法律第165号）第82条・第93条" },
  ...datesOf("maritime-security-operations"),
  cite: ["jp-sdf-82", "jp-cd-2014-1", "jp-grayzone-2015"],
  activities: ["police-response", "escort", "anti-piracy"],
  character: "police-type",
  conditions: [
    shortOfArmedAttack,
    leaf<JpCtx>({ id: "jp-at-sea", label: "At sea: the acts are against ships, or on the high seas", cite: ["jp-sdf-82"] }, (c) => {
      const attacks = answered(c);
      const atSea = attacks.filter((a) => a.target === "vessel");
      if (attacks.length && atSea.length === attacks.length) return yes(R.againstShips(), attacks.map((a) => c.m.path("attacks", a.id, "target")));
      if (attacks.some((a) => a.target === "territory")) return no(R.onLand(), attacks.map((a) => c.m.path("attacks", a.id, "target")));
      if (places(c).every((p) => p.state === "international")) return yes(R.highSeas());
      return unknown(R.atSeaUnknown(), attacks.map((a) => c.m.path("attacks", a.id, "target")));
    }),
    leaf<JpCtx>({ id: "jp-protects-japanese", label: "The ships or persons protected are Japanese or Japan-related ships (as in the 2009 operation off Somalia)", cite: ["jp-sdf-82", "jp-grayzone-2015"] }, (c) => {
      const attacks = answered(c);
      if (onJapan(c).length) return yes(R.againstJapan(), ["$.attacks"]);
      const related = read(c.jp.japanRelated).value;
      if (related === "yes") return yes(R.japanRelated(), [jpPath(c, "japanRelated")]);
      if (related === "no") return no(R.notJapanRelated(), [jpPath(c, "japanRelated")]);
      if (related === "unknown" && c.jp.japanRelated !== undefined) return unknown(R.protectedShipsUnknown(), [jpPath(c, "japanRelated")]);
      if (attacks.length) return no(R.againstOthers({ states: [...new Set(attacks.map((a) => c.m.name(a.against)))] }), ["$.attacks"]);
      return unknown(R.protectedShipsUnknown(), ["$.attacks"]);
    }),
    specialNeed,
  ],
  // Art 82 provides for no Diet approval and no report to the Diet (japan.md 2(g)(6): the 2009
  // order rested on the Prime Minister's approval on a Cabinet decision). The telephone Cabinet
  // decisions of May 2015 are cited only on dates after they were made.
  diet: (c) =>
    onOrBefore(GRAYZONE_DECISIONS, c.law) === "yes"
      ? { kind: "none", cite: ["jp-sdf-82", "jp-grayzone-2015"], note: ["ordered by the Minister with the Prime Minister's approval on a Cabinet decision; by telephone Cabinet decision for three gray-zone case types since May 2015", "内閣総理大臣の承認（閣議決定）を得て防衛大臣が命令。平成27年5月以降、三類型は電話閣議で可"] }
      : { kind: "none", cite: ["jp-sdf-82"], note: ["ordered by the Minister with the Prime Minister's approval on a Cabinet decision", "内閣総理大臣の承認（閣議決定）を得て防衛大臣が命令"] },
  governmentBasis: NO_FORCE,
};

export const publicSecurity: Instrument = {
  id: "public-security-operations",
  name: { en: "Public security operations (SDF Act)", ja: "治安出動（自衛隊法）" },
  law: { en: "SDF Act (Act No. 165 of 1954), public security operations", ja: "自衛隊法（昭和29年法律第165号）（治安出動）" },
  ...datesOf("public-security-operations"),
  cite: ["jp-sdf-public-security", "jp-cd-2014-1", "jp-grayzone-2015"],
  activities: ["police-response"],
  character: "police-type",
  conditions: [
    shortOfArmedAttack,
    inJapan("jp-in-japan", "In Japan's territory (e.g. a remote island)", ["jp-sdf-public-security"]),
    findingLeaf("jp-police-cannot-cope", "The general police force cannot maintain public order", ["jp-sdf-public-security"], "policeCannotCope", { yes: F.policeCannotCope(), no: F.policeCannotCopeNo(), unknown: F.policeCannotCopeUnknown() }),
  ],
  diet: () => ({ kind: "not-in-source", cite: ["jp-sdf-public-security"], note: ["the sources consulted give no approval rule (approval within 20 days of an order: UNVERIFIED, from memory)", "参照した資料に記載なし（命令後20日以内の承認：未検証）"] }),
  governmentBasis: NO_FORCE,
};

export const assetProtection: Instrument = {
  id: "asset-protection-95-2",
  name: { en: "Protection of weapons and other equipment of US and other foreign forces (SDF Act art 95-2)", ja: "合衆国軍隊等の部隊の武器等の防護（自衛隊法第95条の2）" },
  law: { en: "SDF Act art 95-2, inserted by Act No. 76 of 2015", ja: "自衛隊法第95条の2（平成27年法律第76号により新設）" },
  ...datesOf("asset-protection-95-2"),
  cite: ["jp-sdf-95-2", "jp-95-2-guideline"],
  activities: ["asset-protection"],
  character: "police-type",
  conditions: [
    leaf<JpCtx>({ id: "jp-95-2-foreign-force", label: "Units of the US or other foreign armed forces", cite: ["jp-sdf-95-2"] }, (c) => {
      const who = c.jp.assetProtection?.protects ?? c.use.onBehalfOf?.[0];
      if (!who) return unknown(R.protectedForceUnknown(), [jpPath(c, "assetProtection.protects")]);
      if (who === c.japan) return no(R.ownEquipment());
      return c.m.isState(who) ? yes(R.foreignUnits({ state: c.m.name(who) })) : unknown(R.notAState({ state: c.m.name(who) }), [jpPath(c, "assetProtection.protects")]);
    }),
    factLeaf("jp-95-2-contributing", "Actually engaged, in cooperation with the SDF, in activities contributing to Japan's defence (joint exercises included)", ["jp-sdf-95-2"], "assetProtection.contributesToDefence", (c) => c.jp.assetProtection?.contributesToDefence, { yes: F.assetProtectionContributesToDefence(), no: F.assetProtectionContributesToDefenceNo(), unknown: F.assetProtectionContributesToDefenceUnknown() }),
    notAtCombatScene95,
    weaponsShortOfArmedAttack,
    factLeaf("jp-95-2-request", "The foreign force asked for the protection", ["jp-sdf-95-2"], "assetProtection.request", (c) => c.jp.assetProtection?.request, { yes: F.assetProtectionRequest(), no: F.assetProtectionRequestNo(), unknown: F.assetProtectionRequestUnknown() }),
    factLeaf("jp-95-2-minister", "The Minister of Defense judged it necessary", ["jp-sdf-95-2"], "assetProtection.ministerDecision", (c) => c.jp.assetProtection?.ministerDecision, { yes: F.assetProtectionMinisterDecision(), no: F.assetProtectionMinisterDecisionNo(), unknown: F.assetProtectionMinisterDecisionUnknown() }),
  ],
  trigger: "own",
  diet: () => ({ kind: "none", cite: ["jp-sdf-95-2", "jp-95-2-guideline"], note: ["the Minister of Defense decides; NSC deliberation for a force's first request and some other cases (guideline of 22 Dec 2016)", "防衛大臣が判断。初めての要請等はNSCで審議（平成28年12月22日の指針）"] }),
  governmentBasis: NO_FORCE,
};

export const rescueNationals: Instrument = {
  id: "rescue-nationals-84-3",
  name: { en: "Protection measures for Japanese nationals abroad (SDF Act art 84-3)", ja: "在外邦人等の保護措置（自衛隊法第84条の3）" },
  law: { en: "SDF Act arts 84-3 and 94-5, inserted by Act No. 76 of 2015", ja: "自衛隊法第84条の3・第94条の5（平成27年法律第76号により新設）" },
  ...datesOf("rescue-nationals-84-3"),
  cite: ["jp-sdf-84-3", "jp-cd-2014-2-2"],
  activities: ["rescue-nationals"],
  character: "police-type",
  conditions: [
    requestLeaf("rescue-nationals-84-3", ["jp-sdf-84-3"]),
    orderMaintained,
    noCombatExpected,
    consentToMeasures,
    factLeaf("jp-84-3-coordination", "(3) Coordination with those authorities is expected to be secured", ["jp-sdf-84-3"], "rescue.coordination", (c) => c.jp.rescue?.coordination, { yes: F.rescueCoordination(), no: F.rescueCoordinationNo(), unknown: F.rescueCoordinationUnknown() }),
  ],
  diet: () => ({ kind: "none", cite: ["jp-sdf-84-3"], note: ["ordered at the Foreign Minister's request with the Prime Minister's approval", "外務大臣の依頼により内閣総理大臣の承認を得て命令"] }),
  governmentBasis: ["consent"],
};

export const transportNationals: Instrument = {
  id: "transport-nationals",
  name: { en: "Transport of Japanese nationals abroad (SDF Act art 100-8, later 84-3, art 84-4 from 2016)", ja: "在外邦人等の輸送（自衛隊法第100条の8、第84条の3、平成28年以降第84条の4）" },
  law: { en: "SDF Act, inserted by Act No. 102 of 1994; widened by Act No. 61 of 1999 and Act No. 77 of 2013", ja: "自衛隊法（平成6年法律第102号により新設、平成11年法律第61号・平成25年法律第77号により改正）" },
  ...datesOf("transport-nationals"),
  cite: ["jp-sdf-transport"],
  activities: ["transport-nationals"],
  character: "non-forcible",
  conditions: [
    requestLeaf("transport-nationals", ["jp-sdf-transport"]),
    transportMeans,
    // Act No. 77 of 2013 (passed 15 Nov 2013; the day in force UNVERIFIED) replaced 「当該輸送の安全に
    // ついて…これが確保されている」 by 「…当該輸送を安全に実施することができると認めるとき」
    // (japan.md 2(g)(7)(a)): two tests, two facts, chosen by the date of the law.
    leaf<JpCtx>({ id: "jp-transport-safe", label: "The transport can be carried out safely (before the 2013 amendment: its safety is ensured)", cite: ["jp-sdf-transport"] }, (c) =>
      onOrBefore(TRANSPORT_TEST_2013, c.law) === "yes"
        ? from(read(c.jp.transportSafe), jpPath(c, "transportSafe"), { yes: F.transportSafe(), no: F.transportSafeNo(), unknown: F.transportSafeUnknown() })
        : from(read(c.jp.transportSafetyEnsured), jpPath(c, "transportSafetyEnsured"), { yes: F.transportSafetyEnsured(), no: F.transportSafetyEnsuredNo(), unknown: F.transportSafetyEnsuredUnknown() }),
    ),
  ],
  diet: () => ({ kind: "none", cite: ["jp-sdf-transport"] }),
  governmentBasis: NO_FORCE,
};

export const antiPiracy: Instrument = {
  id: "anti-piracy",
  name: { en: "Piracy response operations (Anti-Piracy Act art 7)", ja: "海賊対処行動（海賊対処法第7条）" },
  law: { en: "Anti-Piracy Act (Act No. 55 of 2009)", ja: "海賊行為の処罰及び海賊行為への対処に関する法律（平成21年法律第55号）" },
  ...datesOf("anti-piracy"),
  cite: ["jp-piracy"],
  activities: ["anti-piracy", "escort"],
  character: "police-type",
  conditions: [
    leaf<JpCtx>({ id: "jp-piracy-acts", label: "Acts of piracy: by persons aboard a ship other than a warship or government ship, for private ends, on the high seas or in Japan's waters", cite: ["jp-piracy"] }, (c) => {
      const attacks = answered(c);
      if (attacks.length === 0) return none(c, R.noPiracy());
      const byStates = attacks.filter((a) => c.m.isState(a.by));
      if (byStates.length) return no(R.stateActs({ states: byStates.map((a) => c.m.name(a.by)) }), byStates.map((a) => c.m.path("attacks", a.id, "by")));
      const foreign = foreignTerritories(c);
      if (foreign.length) return no(R.foreignWaters({ places: foreign.map((p) => c.m.name(p.id)) }), [c.m.path("uses", c.use.id, "where")]);
      return yes(R.piracy({ attacks: attacks.map((a) => attackText(c, a)) }), attacks.map((a) => c.m.path("attacks", a.id)));
    }),
    specialNeed,
  ],
  diet: () => ({ kind: "report-only", cite: ["jp-piracy"], note: ["the Prime Minister reports to the Diet on approving the operation and on its end (art 7(3))", "内閣総理大臣は承認時及び終了時に国会に報告（第7条第3項）"] }),
  governmentBasis: NO_FORCE,
};

export const missileDestruction: Instrument = {
  id: "missile-destruction",
  name: { en: "Destruction of ballistic missiles (SDF Act art 82-2, art 82-3 from 2009)", ja: "弾道ミサイル等に対する破壊措置（自衛隊法第82条の3）" },
  law: { en: "SDF Act art 82-2 (Act No. 88 of 2005), art 82-3 from 2009; art 93-3", ja: "自衛隊法第82条の2（平成17年法律第88号）、平成21年以降第82条の3、第93条の3" },
  ...datesOf("missile-destruction"),
  datesNote: { en: "promulgated 29 July 2005, in force by Cabinet order by 31 March 2006; the exact day is UNVERIFIED", ja: "平成17年7月29日公布、平成18年3月31日までに政令で施行（施行日は未検証）" },
  cite: ["jp-sdf-82-3", "jp-bmd-scope"],
  activities: ["missile-interception"],
  character: "police-type",
  conditions: [
    leaf<JpCtx>({ id: "jp-missile-toward-japan", label: "A ballistic missile or the like is actually flying toward Japan, predicted to fall on its territory", cite: ["jp-sdf-82-3"] }, (c) => {
      const predicted = predictedImpact(c);
      if (predicted) return predicted;
      const missiles = answered(c).filter((a) => a.kind === "missile");
      if (missiles.length === 0) return none(c, R.noMissile());
      const towardJapan = missiles.filter((a) => a.against === c.japan || (a.where !== undefined && c.m.territoryOf(a.where) === c.japan));
      if (towardJapan.length) return yes(R.towardJapan({ attacks: towardJapan.map((a) => attackText(c, a)) }), towardJapan.map((a) => c.m.path("attacks", a.id)));
      return no(R.elsewhere({ attacks: missiles.map((a) => attackText(c, a)) }), missiles.map((a) => c.m.path("attacks", a.id)));
    }),
    leaf<JpCtx>({ id: "jp-missile-where", label: "Destroyed over Japan's territory or the high seas (EEZ included)", cite: ["jp-sdf-82-3"] }, (c) => {
      const foreign = foreignTerritories(c);
      if (foreign.length) return no(R.foreignTerritory({ places: foreign.map((p) => c.m.name(p.id)) }), [c.m.path("uses", c.use.id, "where")]);
      return yes(R.overJapanOrHighSeas(), [c.m.path("uses", c.use.id, "where")]);
    }),
    leaf<JpCtx>({ id: "jp-missile-no-defence-operation", label: "No armed attack on Japan calls for defence operations instead", cite: ["jp-bmd-scope"] }, (c) => {
      const armed = onJapan(c).filter((a) => armedAttack(a) === "yes" && stateOrQuasiState(c, a) === "yes");
      if (armed.length) return no(R.partOfArmedAttack(), armed.map((a) => c.m.path("attacks", a.id)));
      return yes(R.noArmedAttackSituation());
    }),
  ],
  diet: () => ({ kind: "report-only", cite: ["jp-sdf-82-3"], note: ["results reported to the Diet promptly (art 82-3(5))", "結果を国会に速やかに報告（第82条の3第5項）"] }),
  governmentBasis: NO_FORCE,
};

export const mineRemoval: Instrument = {
  id: "mine-removal",
  name: { en: "Removal of mines and other explosive hazards (SDF Act art 84-2)", ja: "機雷等の除去（自衛隊法第84条の2）" },
  law: { en: "SDF Act art 84-2 (art 99 before 2006) (not in the sources consulted)", ja: "自衛隊法第84条の2（旧第99条）※参照した資料に記載なし" },
  ...datesOf("mine-removal"),
  datesNote: { en: "not in the sources consulted: UNVERIFIED (from memory)", ja: "参照した資料に記載なし（未検証）" },
  cite: ["jp-sdf-84-2"],
  activities: ["minesweeping"],
  character: "non-forcible",
  conditions: [
    leaf<JpCtx>({ id: "jp-mines-abandoned", label: "The mines are abandoned, not part of hostilities in progress", cite: ["jp-sdf-84-2", "jp-hormuz"] }, minesAbandoned),
    foreignConsent("jp-foreign-consent", "In foreign territorial waters only with the coastal state's consent", ["jp-sdf-84-2", "corfu-35"]),
  ],
  diet: () => ({ kind: "not-in-source", cite: ["jp-sdf-84-2"] }),
  governmentBasis: NO_FORCE,
};

export const shipInspection: Instrument = {
  id: "ship-inspection",
  name: { en: "Ship inspection operations (Ship Inspection Operations Act)", ja: "船舶検査活動（船舶検査活動法）" },
  law: { en: "Ship Inspection Operations Act (Act No. 145 of 2000), amended by Act No. 76 of 2015", ja: "船舶検査活動法（平成12年法律第145号、平成27年法律第76号により改正）" },
  ...datesOf("ship-inspection"),
  datesNote: { en: "promulgated 6 Dec 2000; the day it came into force is UNVERIFIED (believed 1 March 2001, from memory)", ja: "平成12年12月6日公布、施行日は未検証" },
  cite: ["jp-ship-inspection-act"],
  activities: ["ship-inspection"],
  character: "non-forcible",
  conditions: [
    leaf<JpCtx>({ id: "jp-inspection-basis", label: "A Security Council resolution calling for trade or economic restriction measures, or the flag state's consent", cite: ["jp-ship-inspection-act"] }, (c) => {
      const res = (c.m.situation.resolutions ?? []).filter((r) => r.organ === "security-council" && r.adopted && onOrBefore(r.adopted, c.date) === "yes" && (r.measures ?? []).includes("sanctions"));
      if (res.length) return yes(R.sanctions({ symbols: res.map((r) => r.symbol ?? r.id) }), res.map((r) => c.m.path("resolutions", r.id)));
      return from(read(c.jp.inspection?.flagStateConsent), jpPath(c, "inspection.flagStateConsent"), { yes: F.inspectionFlagStateConsent(), no: F.inspectionFlagStateConsentNo(), unknown: F.inspectionFlagStateConsentUnknown() });
    }),
    factLeaf("jp-master-consent", "Boarding with the master's consent", ["jp-ship-inspection-act"], "inspection.masterConsent", (c) => c.jp.inspection?.masterConsent, { yes: F.inspectionMasterConsent(), no: F.inspectionMasterConsentNo(), unknown: F.inspectionMasterConsentUnknown() }),
    leaf<JpCtx>({ id: "jp-inspection-situation", label: "In the situation the Act ties inspection to: before 2016 a situation in areas surrounding Japan (Japan's territorial sea and nearby high seas); from 2016 an important influence or international peace joint response situation", cite: ["jp-ship-inspection-act", "jp-saj-act", "jp-iis-act"] }, (c) => {
      if (onOrBefore("2016-03-29", c.law) === "yes") {
        const ii = found(c.jp.findings?.importantInfluence);
        const sa = found(c.jp.findings?.surroundingArea);
        const jr = found(c.jp.findings?.jointResponse);
        const v = ii === "yes" || sa === "yes" || jr === "yes" ? "yes" : ii === "no" && jr === "no" ? "no" : "unknown";
        if (v === "yes") return yes(R.situationFound(), [jpPath(c, "findings")]);
        return v === "no" ? no(R.neitherSituation(), [jpPath(c, "findings")]) : unknown(R.situationUnknown(), [jpPath(c, "findings.importantInfluence"), jpPath(c, "findings.jointResponse")]);
      }
      const sa = { value: found(c.jp.findings?.surroundingArea) };
      const near = nearJapan(c);
      if (sa.value === "no" || near.value === "no") return no(sa.value === "no" ? R.notSurroundingArea() : R.notNear({ why: near.reason! }), [jpPath(c, "findings.surroundingArea")]);
      if (sa.value === "yes" && near.value === "yes") return yes(R.surroundingAreaNear(), [jpPath(c, "findings.surroundingArea")]);
      return unknown(R.surroundingAreaNearUnknown(), [jpPath(c, "findings.surroundingArea"), jpPath(c, "nearJapan")]);
    }),
    foreignConsent("jp-foreign-consent", "In foreign territory only with that state's consent (from 2016)", ["jp-ship-inspection-act"]),
  ],
  diet: () => ({ kind: "not-in-source", cite: ["jp-ship-inspection-act"], note: ["follows the approval of the underlying situation's basic plan (UNVERIFIED as to the exact cross-reference)", "基本計画の承認に従う（条文上の準用関係は未検証）"] }),
  governmentBasis: ["not-a-use-of-force"],
};

