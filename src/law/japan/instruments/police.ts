// Powers short of the use of force: gray-zone responses (maritime security and public security
// operations), protection of foreign forces' equipment (SDF Act art 95-2), rescue and transport of
// nationals, piracy response, destruction of ballistic missiles, removal of mines, and ship
// inspection. Each is police-type or non-forcible; none is a use of force. japan.md 2(e)(iii)-(iv),
// 2(f), 2(g)(2), 2(g)(6)-(7).
import { datesOf } from "../statutes.js";
import { consentToMeasures, noCombatExpected, notAtCombatScene95, orderMaintained, predictedImpact } from "./scope-leaves.js";
import { leaf, no, unknown, yes, type Finding } from "../../../engine/rule.js";
import { onOrBefore } from "../../../engine/dates.js";
import { minesAbandoned } from "../character.js";
import { answered, armedAttack, attackText, foreignTerritories, from, jpPath, onJapan, places, read, stateOrQuasiState, tx, type JpCtx } from "../context.js";
import { factLeaf, findingLeaf, findingOf, foreignConsent, inJapan, nearJapan, type Instrument } from "../instrument.js";

const NO_FORCE = ["not-a-use-of-force"];

/** Nothing recorded to act on: "no" where the list of attacks is closed, unknown where it may be incomplete. */
const none = (c: JpCtx, because: string): Finding =>
  c.m.absent("attacks") === "no" ? no(because, ["$.attacks"]) : unknown(`${because}${tx(c, ", and the record may be incomplete", "（記録は不完全な可能性がある）")}`, ["$.attacks"]);

/** The acts answered fall short of an armed attack by a state or quasi-state organisation. */
export const shortOfArmedAttack = leaf<JpCtx>(
  { id: "jp-short-of-armed-attack", label: "The acts answered fall short of an armed attack by a state or quasi-state organisation", cite: ["jp-cd-2014-1", "jp-95-2-guideline"] },
  (c): Finding => {
    const attacks = answered(c);
    if (attacks.length === 0) return none(c, tx(c, "the action answers no recorded unlawful act or infringement", "対処する不法行為又は侵害の記録がない"));
    const per = attacks.map((a) => ({ a, armed: armedAttack(a) === "yes" && stateOrQuasiState(c, a) === "yes", open: armedAttack(a) === "unknown" || stateOrQuasiState(c, a) === "unknown" }));
    const hit = per.find((p) => p.armed);
    if (hit) return no(tx(c, `${attackText(c, hit.a)} is an armed attack by a state or quasi-state organisation: police-type powers do not reach it`, `${attackText(c, hit.a)}は国又は国に準ずる組織による武力攻撃であり、警察権的な権限の対象ではない`), [c.m.path("attacks", hit.a.id)]);
    const open = per.filter((p) => p.open && armedAttack(p.a) !== "no" && stateOrQuasiState(c, p.a) !== "no");
    if (open.length) return unknown(tx(c, `whether ${open.map((p) => attackText(c, p.a)).join("; ")} is an armed attack is not established`, `${open.map((p) => attackText(c, p.a)).join("、")}が武力攻撃かは不明`), open.map((p) => c.m.path("attacks", p.a.id, "gravity")));
    return yes(tx(c, `${attacks.map((a) => attackText(c, a)).join("; ")}: infringements short of an armed attack`, `${attacks.map((a) => attackText(c, a)).join("、")}：武力攻撃に至らない侵害`), attacks.map((a) => c.m.path("attacks", a.id)));
  },
);

const specialNeed = findingLeaf("jp-special-need", "A special need: the Japan Coast Guard cannot cope, or would find it extremely difficult", ["jp-sdf-82", "jp-piracy"], "specialNeed", {
  yes: ["the Coast Guard cannot cope: a special need (as found)", "海上保安庁では対処できない又は著しく困難：特別の必要がある（認定）"],
  no: ["the Coast Guard can cope: no special need", "海上保安庁で対処可能：特別の必要はない"],
  unknown: ["whether the Coast Guard can cope is not stated", "海上保安庁で対処できるかは記載がない"],
});

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
      if (attacks.length && atSea.length === attacks.length) return yes(tx(c, "the acts are against ships", "船舶に対する行為である"), attacks.map((a) => c.m.path("attacks", a.id, "target")));
      if (attacks.some((a) => a.target === "territory")) return no(tx(c, "the acts are on land: not a maritime operation", "陸上の行為であり、海上警備行動の対象ではない"), attacks.map((a) => c.m.path("attacks", a.id, "target")));
      if (places(c).every((p) => p.state === "international")) return yes(tx(c, "on the high seas", "公海上"));
      return unknown(tx(c, "whether the acts are at sea is not stated", "海上の行為かは記載がない"), attacks.map((a) => c.m.path("attacks", a.id, "target")));
    }),
    leaf<JpCtx>({ id: "jp-protects-japanese", label: "The ships or persons protected are Japanese (as in the 2009 operation off Somalia and the 2015 gray-zone decisions)", cite: ["jp-sdf-82", "jp-grayzone-2015"] }, (c) => {
      const attacks = answered(c);
      if (onJapan(c).length) return yes(tx(c, "the acts are against Japan's ships or persons", "我が国の船舶又は国民に対する行為である"), ["$.attacks"]);
      if (attacks.length) return no(tx(c, `the acts are against ${[...new Set(attacks.map((a) => c.m.name(a.against)))].join(", ")}, not against Japanese ships or persons`, `行為は${[...new Set(attacks.map((a) => c.m.name(a.against)))].join("、")}に対するもので、我が国の船舶等に対するものではない`), ["$.attacks"]);
      return unknown(tx(c, "whose ships are protected is not stated", "保護する船舶が記載されていない"), ["$.attacks"]);
    }),
    specialNeed,
  ],
  diet: () => ({ kind: "none", cite: ["jp-sdf-82", "jp-grayzone-2015"], note: ["ordered by the Minister with the Prime Minister's approval on a Cabinet decision; by telephone Cabinet decision for three gray-zone case types since May 2015", "内閣総理大臣の承認（閣議決定）を得て防衛大臣が命令。平成27年5月以降、三類型は電話閣議で可"] }),
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
    findingLeaf("jp-police-cannot-cope", "The general police force cannot maintain public order", ["jp-sdf-public-security"], "policeCannotCope", {
      yes: ["the police cannot maintain public order (as found)", "一般の警察力をもっては治安を維持することができない（認定）"],
      no: ["the police can cope", "警察力で対処可能"],
      unknown: ["whether the police can cope is not stated", "警察力で対処できるかは記載がない"],
    }),
  ],
  diet: () => ({ kind: "not-in-source", cite: ["jp-sdf-public-security"], note: ["japan.md gives no approval rule (approval within 20 days of an order: UNVERIFIED, from memory)", "japan.md に記載なし（命令後20日以内の承認：未検証）"] }),
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
      if (!who) return unknown(tx(c, "whose forces are protected is not stated", "防護対象の部隊が記載されていない"), [jpPath(c, "assetProtection.protects")]);
      if (who === c.japan) return no(tx(c, "the SDF's own equipment is protected under art 95, not art 95-2", "自衛隊自身の武器等は第95条による"));
      return c.m.isState(who) ? yes(tx(c, `units of ${c.m.name(who)}'s armed forces`, `${c.m.name(who)}軍の部隊`)) : unknown(tx(c, `${c.m.name(who)} is not a state`, `${c.m.name(who)}は国家ではない`), [jpPath(c, "assetProtection.protects")]);
    }),
    factLeaf("jp-95-2-contributing", "Actually engaged, in cooperation with the SDF, in activities contributing to Japan's defence (joint exercises included)", ["jp-sdf-95-2"], "assetProtection.contributesToDefence", (c) => c.jp.assetProtection?.contributesToDefence, {
      yes: ["engaged with the SDF in activities contributing to Japan's defence", "自衛隊と連携して我が国の防衛に資する活動に現に従事している"],
      no: ["not engaged in activities contributing to Japan's defence", "我が国の防衛に資する活動に従事していない"],
      unknown: ["whether the force is engaged in activities contributing to Japan's defence is not stated", "我が国の防衛に資する活動に従事しているかは記載がない"],
    }),
    notAtCombatScene95,
    { ...shortOfArmedAttack, id: "jp-95-2-not-combat", label: "Only infringements short of an armed attack: 'extremely passive and limited' weapons use (guideline)", cite: ["jp-sdf-95-2", "jp-95-2-guideline"] },
    factLeaf("jp-95-2-request", "The foreign force asked for the protection", ["jp-sdf-95-2"], "assetProtection.request", (c) => c.jp.assetProtection?.request, {
      yes: ["the foreign force asked", "当該部隊から要請があった"],
      no: ["no request from the foreign force", "当該部隊からの要請がない"],
      unknown: ["whether the foreign force asked is not stated", "要請の有無は記載がない"],
    }),
    factLeaf("jp-95-2-minister", "The Minister of Defense judged it necessary", ["jp-sdf-95-2"], "assetProtection.ministerDecision", (c) => c.jp.assetProtection?.ministerDecision, {
      yes: ["the Minister judged it necessary", "防衛大臣が必要と認めた"],
      no: ["the Minister did not judge it necessary", "防衛大臣は必要と認めていない"],
      unknown: ["the Minister's judgment is not stated", "防衛大臣の判断は記載がない"],
    }),
  ],
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
    orderMaintained,
    noCombatExpected,
    consentToMeasures,
    factLeaf("jp-84-3-coordination", "(3) Coordination with those authorities is expected to be secured", ["jp-sdf-84-3"], "rescue.coordination", (c) => c.jp.rescue?.coordination, {
      yes: ["coordination with the authorities is expected", "当局との連携及び協力が確保されると見込まれる"],
      no: ["no coordination with the authorities can be expected", "当局との連携は見込まれない"],
      unknown: ["whether coordination can be expected is not stated", "連携の見込みは記載がない"],
    }),
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
    factLeaf("jp-transport-safe", "The transport can be carried out safely (before the 2013 amendment: its safety is ensured)", ["jp-sdf-transport"], "transportSafe", (c) => c.jp.transportSafe, {
      yes: ["the transport can be carried out safely", "輸送を安全に実施することができる"],
      no: ["the transport cannot be carried out safely", "輸送を安全に実施することができない"],
      unknown: ["whether the transport can be carried out safely is not stated", "輸送の安全は記載がない"],
    }),
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
      if (attacks.length === 0) return none(c, tx(c, "no act of piracy is recorded", "海賊行為の記録がない"));
      const byStates = attacks.filter((a) => c.m.isState(a.by));
      if (byStates.length) return no(tx(c, `${byStates.map((a) => c.m.name(a.by)).join(", ")} is a state: acts of a state are not piracy`, `${byStates.map((a) => c.m.name(a.by)).join("、")}は国家であり、その行為は海賊行為ではない`), byStates.map((a) => c.m.path("attacks", a.id, "by")));
      const foreign = foreignTerritories(c);
      if (foreign.length) return no(tx(c, `${foreign.map((p) => c.m.name(p.id)).join(", ")}: a foreign state's waters, outside the Act`, `${foreign.map((p) => c.m.name(p.id)).join("、")}：外国の領海であり対象外`), [c.m.path("uses", c.use.id, "where")]);
      return yes(tx(c, `${attacks.map((a) => attackText(c, a)).join("; ")}: acts of a group against ships`, `${attacks.map((a) => attackText(c, a)).join("、")}：私的な集団による船舶への行為`), attacks.map((a) => c.m.path("attacks", a.id)));
    }),
    specialNeed,
  ],
  diet: () => ({ kind: "none", cite: ["jp-piracy"], note: ["the Prime Minister reports to the Diet on approving the operation and on its end (art 7(3))", "内閣総理大臣は承認時及び終了時に国会に報告（第7条第3項）"] }),
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
      if (missiles.length === 0) return none(c, tx(c, "no missile is recorded", "ミサイルの記録がない"));
      const towardJapan = missiles.filter((a) => a.against === c.japan || (a.where !== undefined && c.m.territoryOf(a.where) === c.japan));
      if (towardJapan.length) return yes(tx(c, `${towardJapan.map((a) => attackText(c, a)).join("; ")}: flying toward Japan`, `${towardJapan.map((a) => attackText(c, a)).join("、")}：我が国に向けて飛来`), towardJapan.map((a) => c.m.path("attacks", a.id)));
      return no(tx(c, `${missiles.map((a) => attackText(c, a)).join("; ")}: bound for another country, outside the power (the gap case 11 of 2014 addressed)`, `${missiles.map((a) => attackText(c, a)).join("、")}：他国に向かうもので、本条の対象外`), missiles.map((a) => c.m.path("attacks", a.id)));
    }),
    leaf<JpCtx>({ id: "jp-missile-where", label: "Destroyed over Japan's territory or the high seas (EEZ included)", cite: ["jp-sdf-82-3"] }, (c) => {
      const foreign = foreignTerritories(c);
      if (foreign.length) return no(tx(c, `${foreign.map((p) => c.m.name(p.id)).join(", ")} is foreign territory`, `${foreign.map((p) => c.m.name(p.id)).join("、")}は外国の領域`), [c.m.path("uses", c.use.id, "where")]);
      return yes(tx(c, "over Japan's territory or the high seas", "我が国領域又は公海の上空"), [c.m.path("uses", c.use.id, "where")]);
    }),
    leaf<JpCtx>({ id: "jp-missile-no-defence-operation", label: "No armed attack on Japan calls for defence operations instead", cite: ["jp-bmd-scope"] }, (c) => {
      const armed = onJapan(c).filter((a) => armedAttack(a) === "yes" && stateOrQuasiState(c, a) === "yes");
      if (armed.length) return no(tx(c, "the missile is part of an armed attack on Japan: defence operations apply instead", "ミサイルは我が国に対する武力攻撃の一部であり、防衛出動による"), armed.map((a) => c.m.path("attacks", a.id)));
      return yes(tx(c, "no armed attack situation: this measure applies where no defence operation has been ordered", "武力攻撃事態ではない：防衛出動が命じられていない場合の措置"));
    }),
  ],
  diet: () => ({ kind: "none", cite: ["jp-sdf-82-3"], note: ["results reported to the Diet promptly (art 82-3(5))", "結果を国会に速やかに報告（第82条の3第5項）"] }),
  governmentBasis: NO_FORCE,
};

export const mineRemoval: Instrument = {
  id: "mine-removal",
  name: { en: "Removal of mines and other explosive hazards (SDF Act art 84-2)", ja: "機雷等の除去（自衛隊法第84条の2）" },
  law: { en: "SDF Act art 84-2 (art 99 before 2006): not in japan.md", ja: "自衛隊法第84条の2（旧第99条）※japan.md に記載なし" },
  ...datesOf("mine-removal"),
  datesNote: { en: "not in japan.md: UNVERIFIED (from memory)", ja: "japan.md に記載なし（未検証）" },
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
      if (res.length) return yes(tx(c, `${res.map((r) => r.symbol ?? r.id).join(", ")} calls for trade or economic restriction measures`, `${res.map((r) => r.symbol ?? r.id).join("、")}が貿易等の規制措置を求める`), res.map((r) => c.m.path("resolutions", r.id)));
      return from(c, read(c.jp.inspection?.flagStateConsent), jpPath(c, "inspection.flagStateConsent"), {
        yes: ["the flag state consents", "旗国の同意がある"],
        no: ["no Council resolution calling for such measures, and no flag-state consent", "規制措置を求める安保理決議も旗国の同意もない"],
        unknown: ["no Council resolution calls for such measures; the flag state's consent is not stated", "安保理決議はなく、旗国の同意は記載がない"],
      });
    }),
    factLeaf("jp-master-consent", "Boarding with the master's consent", ["jp-ship-inspection-act"], "inspection.masterConsent", (c) => c.jp.inspection?.masterConsent, {
      yes: ["the master agrees to the boarding", "船長等の承諾がある"],
      no: ["the master refuses: boarding without consent is not allowed under this Act", "船長等の承諾がない：本法では承諾なしの乗船検査はできない"],
      unknown: ["whether the master agrees is not stated", "船長等の承諾の有無は記載がない"],
    }),
    leaf<JpCtx>({ id: "jp-inspection-situation", label: "In the situation the Act ties inspection to: before 2016 a situation in areas surrounding Japan (Japan's territorial sea and nearby high seas); from 2016 an important influence or international peace joint response situation", cite: ["jp-ship-inspection-act", "jp-saj-act", "jp-iis-act"] }, (c) => {
      const says = { yes: ["", ""] as [string, string], no: ["", ""] as [string, string], unknown: ["", ""] as [string, string] };
      if (onOrBefore("2016-03-29", c.law) === "yes") {
        const ii = findingOf(c, "importantInfluence", says).value;
        const sa = findingOf(c, "surroundingArea", says).value;
        const jr = findingOf(c, "jointResponse", says).value;
        const v = ii === "yes" || sa === "yes" || jr === "yes" ? "yes" : ii === "no" && jr === "no" ? "no" : "unknown";
        if (v === "yes") return yes(tx(c, "an important influence or international peace joint response situation (as found)", "重要影響事態又は国際平和共同対処事態（認定）"), [jpPath(c, "findings")]);
        return v === "no" ? no(tx(c, "neither situation is found", "いずれの事態にも該当しない"), [jpPath(c, "findings")]) : unknown(tx(c, "whether either situation exists is not stated", "いずれかの事態に該当するかは記載がない"), [jpPath(c, "findings.importantInfluence"), jpPath(c, "findings.jointResponse")]);
      }
      const sa = findingOf(c, "surroundingArea", says);
      const near = nearJapan(c);
      if (sa.value === "no" || near.value === "no") return no(tx(c, sa.value === "no" ? "not a situation in areas surrounding Japan" : `${near.because}: outside Japan's territorial sea and the high seas around Japan`, sa.value === "no" ? "周辺事態ではない" : `${near.because}：我が国領海及び周辺の公海外`), [jpPath(c, "findings.surroundingArea")]);
      if (sa.value === "yes" && near.value === "yes") return yes(tx(c, "a situation in areas surrounding Japan, in Japan's territorial sea or nearby high seas", "周辺事態であり、我が国領海又は周辺の公海"), [jpPath(c, "findings.surroundingArea")]);
      return unknown(tx(c, "whether it is a situation in areas surrounding Japan, near Japan, is not stated", "周辺事態かどうか、我が国周辺かは記載がない"), [jpPath(c, "findings.surroundingArea"), jpPath(c, "nearJapan")]);
    }),
    foreignConsent("jp-foreign-consent", "In foreign territory only with that state's consent (from 2016)", ["jp-ship-inspection-act"]),
  ],
  diet: () => ({ kind: "not-in-source", cite: ["jp-ship-inspection-act"], note: ["follows the approval of the underlying situation's basic plan (UNVERIFIED as to the exact cross-reference)", "基本計画の承認に従う（条文上の準用関係は未検証）"] }),
  governmentBasis: ["not-a-use-of-force"],
};

