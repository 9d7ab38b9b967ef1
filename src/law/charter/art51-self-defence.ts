// Individual and collective self-defence: Charter art 51 and customary law.
//
// Art 51: "Nothing in the present Charter shall impair the inherent right of individual or
// collective self-defence if an armed attack occurs against a Member of the United Nations, until
// the Security Council has taken measures necessary to maintain international peace and security.
// Measures taken by Members in the exercise of this right of self-defence shall be immediately
// reported to the Security Council ..."
// Custom adds necessity and proportionality (Nicaragua para 176; Nuclear Weapons para 41), and for
// collective self-defence the victim's declaration and request (Nicaragua paras 195, 199).
//
// Time and relations (MODEL.md section 4; customary.md 4.3):
// - every attack has a date and may end; force long after it ended is neither necessary nor
//   immediate (Nicaragua para 237); an imminent threat is imminent at its date, not for months;
// - a declaration or request made after the force began covers it from its own date only
//   (Nicaragua paras 232-236), so the answer does not depend on how a continuing operation is sliced;
// - a state is the attacker only when the attack is attributed to it; otherwise force on its
//   territory needs its consent, save where the non-state-actors position admits force against a
//   state unwilling or unable to stop the group; the burden is on the state claiming self-defence
//   (Oil Platforms paras 57-61);
// - Council measures end the right only as to the attack they answer; a resolution affirming the
//   inherent right never ends it; sanctions alone never displace the victim's own resistance;
// - every use of force in the situation is a possible armed attack on its target.
import { all, conclude, doctrine, leaf, no, position, some, unknown, yes, every, type Finding, type Rule } from "../../engine/rule.js";
import { addDays, before, onOrBefore, span } from "../../engine/dates.js";
import { reasons, type Reason, type ReasonArg, type Wording } from "../../engine/reason.js";
import { proofReason } from "../../engine/summaries.js";
import { and, type Tri } from "../../engine/tri.js";
import { ATTRIBUTING_LINKS, fact, isDerived, list, scope } from "../../scenario/model.js";
import type { Attack, Request, Resolution, UseOfForce } from "../../scenario/schema.js";
import type { Model } from "../../scenario/model.js";
import { actorStart, attackerOf, authorship, controllerOn, harbouringAdmitted, isAuthor, useFact, within, type LawCtx } from "../context.js";
import { standing, territorialConsent, territories } from "../custom/consent.js";
import { adoption, concerns, symbolOf } from "./security-council.js";

/**
 * ASSUMPTION (casus's, not a holding): force more than this many days after the attack it answers
 * ended no longer answers it, so necessity and immediacy fail. No source fixes a number: the ICJ
 * found the US measures were taken "several months after the major offensive of the armed
 * opposition ... had been completely repulsed" (Nicaragua para 237) and weighed that under
 * necessity. Within the threshold the stated assessments decide.
 */
export const LONG_AFTER_DAYS = 90;
/**
 * ASSUMPTION (casus's): an imminent threat is imminent at its stated date; without a stated end it
 * is taken as imminent for this many days, then undetermined, and after LONG_AFTER_DAYS no longer
 * imminent. No source fixes these numbers: record the threat's `end` where it is known.
 */
export const IMMINENT_DAYS = 30;

const CONDITION_JA: Record<string, string> = { necessity: "必要性", proportionality: "均衡性", immediacy: "即時性" };
const STAGE_JA: Record<string, string> = { imminent: "差し迫った", contextual: "文脈的にのみ差し迫った", remote: "差し迫っていない" };
const POSITION_JA: Record<string, string> = {
  restrictive: "制限的立場",
  caroline: "カロライン基準の立場",
  contextual: "文脈的切迫性の立場",
  preventive: "予防的自衛の立場",
  effective: "実効性の立場",
  "any-binding-measures": "拘束的措置説",
  "treaty-suffices": "条約で足りるとする立場",
  "ad-hoc-request-required": "個別の要請を要するとする立場",
  "attribution-required": "国家への帰属を要するとする立場",
  "armed-attack-by-nsa": "非国家主体の武力攻撃で足りるとする立場",
  "unwilling-or-unable": "「意思又は能力がない」基準の立場",
  "end-the-threat": "脅威の除去までを認める立場",
  "repel-and-restore": "撃退と原状回復に限る立場",
};
const LINK_JA: Record<string, string> = {
  organ: "その国家機関である",
  "sent-by-or-on-behalf": "その国により又はその国のために派遣された",
  "substantial-involvement": "その国が実質的に関与している",
  "support-only": "武器・資金・兵站の支援のみを受けている",
  harbouring: "その国にかくまわれている",
  none: "その国と関係がない",
  unknown: "その国との関係が不明である",
};
const LINK_EN: Record<string, string> = {
  organ: "acts as an organ of",
  "sent-by-or-on-behalf": "was sent by or on behalf of",
  "substantial-involvement": "is substantially involved with",
  "support-only": "receives only arms, money or logistics from",
  harbouring: "is harboured by",
  none: "has no link to",
  unknown: "has a link not known to",
};

type Names = readonly string[];

/** A reason's wordings; the Japanese takes the English one's argument type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a reason without arguments: its maker takes none
const w0 = (en: () => string, ja: () => string): { en: Wording<any>; ja: Wording<any> } => ({ en, ja });
const w = <A = unknown>(en: Wording<A>, ja: Wording<A>): { en: Wording<A>; ja: Wording<A> } => ({ en, ja });

const R = reasons("art51", {
  // armed attack
  notYetOccurred: w((a: { date: string; attackDate: string }) => `on ${a.date} the attack of ${a.attackDate} had not yet occurred`, (a) => `${a.date}の時点で、${a.attackDate}の攻撃はまだ発生していない`),
  notEstablished: w((a: { by: string }) => `the attack by ${a.by} is not established`, (a) => `${a.by}による攻撃は立証されていない`),
  occurred: w((a: { attack: string }) => a.attack, (a) => `${a.attack}が発生した`),
  launched: w((a: { attack: string }) => `${a.attack} (launched, under way)`, (a) => `${a.attack}が開始され、進行中である`),
  threat: w((a: { stage: string; position: string; admitted: boolean; date: string }) =>
      `no armed attack had occurred: a threat was assessed on ${a.date} as ${a.stage === "remote" ? "not imminent" : a.stage === "contextual" ? "imminent only on a contextual reading" : "imminent"}; under the ${a.position} position this ${a.admitted ? "suffices" : "does not suffice"}`, (a) => `武力攻撃は発生していない。${a.date}に${STAGE_JA[a.stage] ?? a.stage}脅威と評価された。${POSITION_JA[a.position] ?? a.position}によれば、これで${a.admitted ? "足りる" : "足りない"}`,
  ),
  noLongerImminent: w((a: { threatDate: string; date: string; until?: string }) =>
      `the threat was assessed imminent on ${a.threatDate}${a.until ? ` and until ${a.until}` : ""}; by ${a.date} no attack had come and it is no longer shown imminent: it counts as a threat that is not imminent`, (a) => `脅威は${a.threatDate}${a.until ? `から${a.until}まで` : "に"}差し迫ったものと評価されたが、${a.date}までに攻撃はなく、もはや差し迫ったものとは示されていない。差し迫っていない脅威として扱う`,
  ),
  stillImminentUnknown: w((a: { threatDate: string; date: string }) => `the threat was assessed imminent on ${a.threatDate}; whether it was still imminent on ${a.date} is not stated (record the date the threat ended)`, (a) => `脅威は${a.threatDate}に差し迫ったものと評価されたが、${a.date}になお差し迫っていたかは記載されていない（脅威の終了日を記録すること）`,
  ),
  answersOwnAttack: w(
    (a: { use: string; victim: string; attackDate: string; kind: string; threat: boolean }) =>
      `"${a.use}" answers the ${a.threat ? "threatened " : ""}armed attack (${a.kind}, ${a.attackDate}) by ${a.victim} itself: force used in answer to ${a.threat ? "a state's own threat of" : "an"} armed attack is not an armed attack giving its author a right of self-defence`,
    (a) => `「${a.use}」は${a.victim}自身による武力攻撃${a.threat ? "の脅威" : ""}（${a.attackDate}）に対応するものであり、これに対応する武力行使は、${a.victim}に自衛権を与える武力攻撃ではない`,
  ),
  staleThreat: w((a: { stale: ReasonArg; then: ReasonArg }, w) => `${w.reason(a.stale as Reason)}; ${w.reason(a.then as Reason)}`, (a, w) => `${w.reason(a.stale as Reason)}。${w.reason(a.then as Reason)}`),
  butNotEstablished: w((a: { found: ReasonArg }, w) => `${w.reason(a.found as Reason)}; but whether it is established is unknown`, (a, w) => `${w.reason(a.found as Reason)}。ただし、それが立証されているかは不明である`),
  butImprecise: w((a: { found: ReasonArg }, w) => `${w.reason(a.found as Reason)}; but its date is imprecise`, (a, w) => `${w.reason(a.found as Reason)}。ただし、その日付は不正確である`),
  // gravity
  supportToRebels: w0(() => "the provision of weapons or logistical support to rebels is not an armed attack", () => "反徒への武器又は兵站支援の供与は武力攻撃ではない"),
  inherentlyGrave: w((a: { kind: string }) => `an ${a.kind} by armed forces is an armed attack (GA res 3314 (XXIX) art 3)`, (a) => `軍隊による${a.kind}は武力攻撃である（総会決議3314（XXIX）第3条）`),
  gravityNotStated: w0(() => "the scale and effects of the attack are not stated", () => "攻撃の規模及び効果は記載されていない"),
  gravityUnknown: w0(() => "the scale and effects of the attack are not established", () => "攻撃の規模及び効果は立証されていない"),
  gravityArmedAttack: w0(() => "its scale and effects are those of an armed attack", () => "その規模及び効果は武力攻撃に当たる"),
  gravityCumulative: w((a: { series: string }) => `taken together with the other attacks of its series (${a.series}), an armed attack`, (a) => `同じ一連の攻撃（${a.series}）と併せてみれば武力攻撃に当たる`),
  gravityLesser: w((a: { noThreshold: boolean }) => `a lesser use of force, not an armed attack${a.noThreshold ? "; but no gravity threshold applies under the no-threshold position" : ""}`, (a) => `より軽微な武力行使であり、武力攻撃ではない${a.noThreshold ? "。ただし、敷居を設けない立場では重大性の敷居は適用されない" : ""}`,
  ),
  // attribution
  byState: w((a: { state: string }) => `carried out by ${a.state}, a state`, (a) => `国家である${a.state}が行った`),
  authorshipNotEstablished: w((a: { state: string }) => `that ${a.state} carried it out is not established: an attack of unestablished authorship is attributed to no state (the burden is on the state claiming self-defence)`, (a) => `${a.state}が行ったことは立証されていない。実行者が立証されていない攻撃はいずれの国にも帰属しない（立証責任は自衛を主張する国にある）`,
  ),
  authorshipUnknown: w((a: { state: string }) => `whether ${a.state} carried out the attack is not established`, (a) => `${a.state}が攻撃を行ったかは立証されていない`),
  link: w(
    (a: { group: string; link: string; state: string; proven: Tri }) => `${a.group} ${LINK_EN[a.link] ?? a.link} ${a.state}${a.proven === "yes" ? "" : a.proven === "no" ? " (not proven)" : " (not established)"}`,
    (a) => `${a.group}は${a.state}${LINK_JA[a.link] ?? a.link}${a.proven === "yes" ? "" : a.proven === "no" ? "（立証されていない）" : "（確認されていない）"}`,
  ),
  linkEstablished: w((a: { group: string; link: string; state: string }) => `${a.group} ${LINK_EN[a.link] ?? a.link} ${a.state}`, (a) => `${a.group}は${a.state}${LINK_JA[a.link] ?? a.link}`),
  noStateLinkUnknown: w((a: { group: string; links: readonly Reason[] }, w) => `attack by ${a.group}, a non-state group; ${a.links.length ? w.list(a.links.map((l) => w.reason(l))) : "no link to a state is recorded"}: whether it is attributable to a state is not established`, (a, w) => `非国家集団である${a.group}による攻撃。${a.links.length ? w.list(a.links.map((l) => w.reason(l))) : "国家との関係は記録されていない"}。国家に帰属するかは立証されていない`,
  ),
  notAttributable: w((a: { group: string; links: readonly Reason[] }, w) => `attack by ${a.group}, a non-state group; ${a.links.length ? w.list(a.links.map((l) => w.reason(l))) : "no link to a state is recorded"}: not attributable to a state (Wall para 139)`, (a, w) => `非国家集団である${a.group}による攻撃。${a.links.length ? w.list(a.links.map((l) => w.reason(l))) : "国家との関係は記録されていない"}。国家に帰属しない（壁勧告的意見第139項）`,
  ),
  nsaSuffices: w0(() => "an armed attack by a non-state group suffices under the armed-attack-by-nsa position", () => "非国家主体の武力攻撃で足りるとする立場によれば、非国家集団による武力攻撃で足りる"),
  unwillingOrUnable: w0(() => "the territorial state is unwilling or unable to stop the group", () => "領域国はその集団を阻止する意思又は能力がない"),
  willingAndAble: w0(() => "the territorial state is willing and able to stop the group", () => "領域国はその集団を阻止する意思及び能力がある"),
  unwillingUnknown: w0(() => "whether the territorial state is unwilling or unable to stop the group is not stated", () => "領域国がその集団を阻止する意思又は能力を欠くかは記載されていない"),
  // origin
  noOrigin: w0(() => "no origin inside territory the victim controls is recorded", () => "被害国が支配する領域内からの発進は記録されていない"),
  insideVictim: w((a: { places: Names; victim: string }, w) => `the threat originates in ${w.list(a.places)}, which ${a.victim} itself controls: art 51 has no relevance (Wall para 139)`, (a, w) => `脅威は${a.victim}自身が支配する${w.list(a.places)}から生じており、第51条は関係がない（壁勧告的意見第139項）`,
  ),
  originControlUnknown: w((a: { victim: string; date: string }) => `whether ${a.victim} controlled the place the attack was launched from on ${a.date} depends on imprecise dates of its occupation`, (a) => `攻撃が発進した場所を${a.date}に${a.victim}が支配していたかは、その占領の日付が不正確なため確定しない`),
  outsideVictim: w((a: { places: Names; victim: string }, w) => `launched from ${w.list(a.places)}, outside ${a.victim}'s control`, (a, w) => `${a.victim}の支配の外にある${w.list(a.places)}から発進した`),
  // source
  directedStated: w((a: { value: Tri }) => (a.value === "yes" ? "aimed at the attacker" : a.value === "no" ? "not aimed at the attacker" : "not established"), (a) => (a.value === "yes" ? "攻撃国に向けられている" : a.value === "no" ? "攻撃国に向けられていない" : "立証されていない")),
  noTarget: w0(() => "the use of force does not say whom it is directed at", () => "武力行使が誰に向けられているか記載されていない"),
  atAuthor: w((a: { targets: Names }, w) => `directed at ${w.list(a.targets)}, the author of the attack`, (a, w) => `攻撃の実行者である${w.list(a.targets)}に向けられている`),
  atAuthorAndHarbouring: w((a: { targets: Names; states: Names }, w) => `directed at ${w.list(a.targets)}, the author of the attack, and at ${w.list(a.states)}, from whose territory the group acts, which the non-state actors position applied admits`, (a, w) => `攻撃の実行者である${w.list(a.targets)}及び集団が活動する領域の国である${w.list(a.states)}に向けられており、適用される非国家主体に関する立場はこれを認める`,
  ),
  notAtAuthor: w((a: { targets: Names; authors: Names }, w) => `directed at ${w.list(a.targets)}, not at the author of the attack${a.authors.length ? ` (${w.list(a.authors)})` : ""}: force against ${a.targets.length > 1 ? "them" : "it"} needs a basis of its own`, (a, w) => `${w.list(a.targets)}に向けられており、攻撃の実行者${a.authors.length ? `（${w.list(a.authors)}）` : ""}には向けられていない。これに対する武力行使には別個の根拠が必要である`,
  ),
  notAttributedTarget: w(
    (a: { targets: Names }, w) => `directed at ${w.list(a.targets)}, to which the attack is not attributed (its authorship is not established): force against ${a.targets.length > 1 ? "them" : "it"} needs a basis of its own`,
    (a, w) => `${w.list(a.targets)}に向けられているが、攻撃は${w.list(a.targets)}に帰属しない（実行者が立証されていない）。これに対する武力行使には別個の根拠が必要である`,
  ),
  authorUnsure: w((a: { targets: Names }, w) => `directed at ${w.list(a.targets)}, whose authorship of the attack is not established`, (a, w) => `${w.list(a.targets)}に向けられているが、その攻撃の実行は立証されていない`),
  // necessity, proportionality, immediacy
  assessmentDisputed: w((a: { id: string; holds: boolean }) => `${a.id} is disputed; ${a.holds ? "it holds if defensive force may go as far as needed to end the threat" : "it fails if defensive force may only repel the attack and restore the line"}`, (a) => `${CONDITION_JA[a.id] ?? a.id}には争いがある。${a.holds ? "自衛の武力行使が脅威の除去に必要な限度まで許されるならば満たされる" : "自衛の武力行使が攻撃の撃退と原状回復に限られるならば満たされない"}`,
  ),
  assessmentStated: w((a: { id: string; value: Tri }) => `${a.id} ${a.value === "yes" ? "holds" : a.value === "no" ? "fails" : "is not established"}`, (a) => `${CONDITION_JA[a.id] ?? a.id}は${a.value === "yes" ? "満たされる" : a.value === "no" ? "満たされない" : "立証されていない"}`),
  assessmentNotStated: w((a: { id: string }) =>
      a.id === "necessity" ? "whether the force was necessary is not stated" : a.id === "proportionality" ? "whether the force was proportionate is not stated" : "whether the force followed the attack without undue delay is not stated", (a) => `${CONDITION_JA[a.id] ?? a.id}が満たされるかは記載されていない`,
  ),
  endedLongBefore: w(
    (a: { id: string; end: string; date: string; days: number }) =>
      `${a.id} fails: the attack ended on ${a.end}; force on ${a.date}, more than ${a.days} days later, no longer answers it (${a.days} days is casus's working assumption, not a rule of any source; compare Nicaragua para 237, where the measures came "several months after" the offensive had been "completely repulsed")`,
    (a) =>
      `${CONDITION_JA[a.id] ?? a.id}は満たされない。攻撃は${a.end}に終了しており、その${a.days}日以上後である${a.date}の武力行使はもはやそれに対応するものではない（${a.days}日はcasusの作業上の仮定であり、いずれの法源の規則でもない。ニカラグア事件判決第237項では、措置は攻勢が「完全に撃退された」「数か月後」にとられた）`,
  ),
  // Council
  ceasefire: w((a: { resolution: string; date: string }) => `the ceasefire established by ${a.resolution} took effect on ${a.date}: the Council has taken the measures necessary`, (a) => `${a.resolution}による停戦が${a.date}に発効し、安保理は必要な措置をとった`),
  noMeasures: w0(() => "the Council has taken no binding measures in answer to this attack", () => "安保理はこの攻撃に対応する拘束的措置をとっていない"),
  otherAttack: w((a: { resolutions: Names }, w) => `the Council has taken no binding measures in answer to this attack (${w.list(a.resolutions)} answer an earlier or another attack)`, (a, w) => `安保理はこの攻撃に対応する拘束的措置をとっていない（${w.list(a.resolutions)}は先行する又は別の攻撃に対応するものである）`,
  ),
  affirmsRight: w((a: { resolutions: Names }, w) => `${w.list(a.resolutions)} expressly affirm${a.resolutions.length > 1 ? "" : "s"} the inherent right of self-defence: a resolution affirming the right does not end it`, (a, w) => `${w.list(a.resolutions)}は固有の自衛権を明示的に確認しており、自衛権を確認する決議はこれを終了させない`,
  ),
  sanctionsOnlyVictim: w((a: { resolutions: Names; victim: string }, w) => `${w.list(a.resolutions)} impose${a.resolutions.length > 1 ? "" : "s"} sanctions only: sanctions alone do not displace ${a.victim}'s own resistance to an attack still under way`, (a, w) => `${w.list(a.resolutions)}は制裁を課すにとどまり、制裁のみでは、なお継続中の攻撃に対する${a.victim}自身の抵抗は排除されない`,
  ),
  supportsVictim: w(
    (a: { resolutions: Names; sanctions: Names; victim: string }, w) =>
      `${a.sanctions.length ? `${w.list(a.sanctions)} impose${a.sanctions.length > 1 ? "" : "s"} sanctions and ` : ""}${w.list(a.resolutions)} authorise${a.resolutions.length > 1 ? "" : "s"} force by states co-operating with ${a.victim}: measures in support of the victim do not displace its own resistance to an attack still under way`,
    (a, w) => `${a.sanctions.length ? `${w.list(a.sanctions)}は制裁を課し、` : ""}${w.list(a.resolutions)}は${a.victim}と協力する国による武力行使を容認しているが、被害国を支援する措置は、なお継続中の攻撃に対する${a.victim}自身の抵抗を排除しない`,
  ),
  measuresEffective: w((a: { resolutions: Names; affirming?: Names }, w) => `${w.list(a.resolutions)} imposed Chapter VII measures${a.affirming?.length ? ` (${w.list(a.affirming)} affirming the right of self-defence)` : ""}, but they have not restored peace: the right continues (effective position)`, (a, w) => `${w.list(a.resolutions)}は第7章の措置を課したが${a.affirming?.length ? `（${w.list(a.affirming)}は自衛権を確認している）` : ""}、平和を回復していない。自衛権は存続する（実効性の立場）`,
  ),
  measuresBinding: w((a: { resolutions: Names }, w) => `${w.list(a.resolutions)} imposed binding Chapter VII measures in answer to the attack: the right is displaced by the Council's action (any-binding-measures position)`, (a, w) => `${w.list(a.resolutions)}は攻撃に対応して第7章の拘束的措置を課した。自衛権は安保理の行動により排除される（拘束的措置説）`,
  ),
  // reporting
  reportedOn: w((a: { state: string; date: string; document?: string }) => `${a.state} reported to the Council on ${a.date}${a.document ? ` (${a.document})` : ""}`, (a) => `${a.state}は${a.date}に安保理に報告した${a.document ? `（${a.document}）` : ""}`),
  reportImprecise: w((a: { state: string; date: string; reportDate: string }) => `whether ${a.state}'s report, dated only ${a.reportDate}, was made by ${a.date} is not known`, (a) => `${a.state}の報告は${a.reportDate}とのみ記録されており、${a.date}までに行われたかは不明である`),
  reportedLater: w((a: { state: string; date: string; reportDate: string }) => `no report by ${a.date}; ${a.state} reported only on ${a.reportDate}`, (a) => `${a.date}までに報告はない。${a.state}が報告したのは${a.reportDate}である`),
  noReport: w((a: { state: string }) => `${a.state} made no report to the Council`, (a) => `${a.state}は安保理に報告しなかった`),
  reportMaybe: w((a: { state: string }) => `no report by ${a.state} is recorded, and the record may be incomplete`, (a) => `${a.state}による報告は記録されていないが、記録は不完全かもしれない`),
  // territory
  noPlace: w0(() => "the use of force names no place", () => "武力行使の場所が記載されていない"),
  noStateTerritory: w((a: { place: string }) => `${a.place} is no state's territory`, (a) => `${a.place}はいずれの国の領域でもない`),
  territoryUnknown: w((a: { place: string }) => `whose territory ${a.place} is, is not stated`, (a) => `${a.place}がどの国の領域か記載されていない`),
  victimTerritory: w((a: { state: string }) => `${a.state} is the victim's own territory`, (a) => `${a.state}は被害国自身の領域である`),
  ownTerritory: w((a: { state: string }) => `${a.state} is the defending state's own territory`, (a) => `${a.state}は防衛する国自身の領域である`),
  attackerTerritory: w((a: { state: string }) => `${a.state} is the territory of the state the attack is attributed to`, (a) => `${a.state}は攻撃が帰属する国の領域である`),
  harbouringAdmitted: w((a: { state: string; position: string }) => `the attack came from ${a.state}'s territory and ${a.state} is unwilling or unable to stop the group: under the ${a.position} position force there needs no consent`, (a) => `攻撃は${a.state}の領域から行われ、${a.state}はその集団を阻止する意思又は能力がない。${POSITION_JA[a.position] ?? a.position}によれば、そこでの武力行使に同意は要しない`,
  ),
  targetNotAuthor: w(
    (a: { state: string; consent: ReasonArg; consented: boolean }, w) =>
      `${a.state}, at which the force is directed, is not the state the attack is attributed to: force on its territory needs its consent: ${a.consented ? "it consented" : w.reason(a.consent as Reason | string)}`,
    (a, w) => `${a.state}は武力行使が向けられた国であるが、攻撃は同国に帰属しない。同国の領域での武力行使には同国の同意を要する。${a.consented ? "同国は同意した" : w.reason(a.consent as Reason | string)}`,
  ),
  entityNotAuthor: w(
    (a: { state: string; consent: ReasonArg; consented: boolean }, w) =>
      `the attack is not attributed to ${a.state} (its statehood is not generally recognised): ${a.consented ? "it consented" : w.reason(a.consent as Reason | string)}`,
    (a, w) => `攻撃は${a.state}（その国家性は一般に承認されていない）に帰属しない。${a.consented ? "同意があった" : w.reason(a.consent as Reason | string)}`,
  ),
  thirdState: w((a: { state: string; consent: ReasonArg; consented: boolean }, w) => `${a.state} is a third state, the attack not being attributed to it: ${a.consented ? "it consented" : w.reason(a.consent as Reason | string)}`, (a, w) => `攻撃は${a.state}に帰属しないため、${a.state}は第三国である。${a.consented ? "同国は同意した" : w.reason(a.consent as Reason | string)}`,
  ),
  harbouringUnknown: w(
    (a: { state: string; consent: ReasonArg }, w) =>
      `${a.state} is a third state, the attack not being attributed to it: force there needs its consent unless it is unwilling or unable to stop the group, which is not stated; ${w.reason(a.consent as Reason | string)}`,
    (a, w) => `攻撃は${a.state}に帰属しないため、${a.state}は第三国である。同国がその集団を阻止する意思又は能力を欠く場合を除き、そこでの武力行使には同国の同意を要するが、その点は記載されていない。${w.reason(a.consent as Reason | string)}`,
  ),
  attackerUnsure: w((a: { state: string; consent: ReasonArg }, w) => `whether the attack is attributed to ${a.state} is not established, and without it force there needs its consent: ${w.reason(a.consent as Reason | string)}`, (a, w) => `攻撃が${a.state}に帰属するかは立証されておらず、帰属しなければそこでの武力行使には同国の同意を要する。${w.reason(a.consent as Reason | string)}`,
  ),
  // attacks and actors
  noAttackOn: w((a: { victim: string; among: boolean }) => `no attack on ${a.victim} is recorded${a.among ? " among those this use answers" : ""}`, (a) => `${a.victim}に対する攻撃は${a.among ? "この武力行使が対応するものの中に" : ""}記録されていない`),
  onlyAnswersOwnAttack: w(
    (a: { victim: string; uses: Names; attacks: Names }, w) =>
      `no armed attack on ${a.victim} is recorded: ${w.list(a.uses.map((u) => `"${u}"`))} ${a.uses.length > 1 ? "answer" : "answers"} the armed attack${a.attacks.length > 1 ? "s" : ""} (${a.attacks.join("; ")}) by ${a.victim} itself, and force used in answer to an armed attack is not an armed attack giving its author a right of self-defence`,
    (a, w) => `${a.victim}に対する武力攻撃は記録されていない。${w.list(a.uses.map((u) => `「${u}」`))}は${a.victim}自身による武力攻撃（${a.attacks.join("；")}）に対応するものであり、武力攻撃に対応する武力行使は、その攻撃を行った国に自衛権を与える武力攻撃ではない`,
  ),
  noAttackMaybe: w((a: { victim: string }) => `no attack on ${a.victim} is recorded, and the record may be incomplete`, (a) => `${a.victim}に対する攻撃は記録されていないが、記録は不完全かもしれない`),
  noActor: w0(() => "no state using force is named", () => "武力を行使する国が記載されていない"),
  noVictim: w((a: { actor: string }) => `no armed attack by another state on any state ${a.actor} could be defending is recorded: there is no victim to defend (Nicaragua para 211)`, (a) => `${a.actor}が防衛しうるいずれの国に対しても、他国による武力攻撃は記録されていない。防衛すべき被害国はない（ニカラグア事件判決第211項）`,
  ),
  noVictimMaybe: w0(() => "no attack on another state is recorded, and the record may be incomplete", () => "他国に対する攻撃は記録されていないが、記録は不完全かもしれない"),
  // collective self-defence
  notAState: w((a: { victim: string }) => `${a.victim} is not a state: collective self-defence is the defence of a state`, (a) => `${a.victim}は国家ではない。集団的自衛権は国家の防衛である`),
  statehoodDisputed: w((a: { victim: string }) => `the statehood of ${a.victim} is not generally recognised`, (a) => `${a.victim}の国家性は一般に承認されていない`),
  statehoodDenied: w((a: { victim: string }) => `the statehood of ${a.victim} is denied`, (a) => `${a.victim}の国家性は否定されている`),
  isState: w(
    (a: { victim: string; member: boolean | "unknown" }) =>
      a.member === true ? `${a.victim} is a state` : a.member === "unknown" ? `${a.victim} is a state (whether a UN Member is not recorded; the right is customary either way)` : `${a.victim} is a state, though not a UN Member: the right is customary`,
    (a) => (a.member === true ? `${a.victim}は国家である` : a.member === "unknown" ? `${a.victim}は国家である（国連加盟国かどうかは記録されていないが、この権利は慣習法上のものであり結論は変わらない）` : `${a.victim}は国連加盟国ではないが国家であり、この権利は慣習法上のものである`),
  ),
  declaredOn: w((a: { victim: string; date: string; document?: string; from?: string }) =>
      `${a.victim} declared itself attacked on ${a.date}${a.document ? ` (${a.document})` : ""}${a.from ? `, after the force began on ${a.from}: it covers the force from ${a.date} only` : ""}`, (a) => `${a.victim}は${a.date}に攻撃を受けたと宣言した${a.document ? `（${a.document}）` : ""}${a.from ? `。武力行使の開始（${a.from}）より後の宣言であり、${a.date}以降の武力行使のみを対象とする` : ""}`,
  ),
  declarationImprecise: w((a: { victim: string; declDate: string; date: string }) => `${a.victim}'s declaration (${a.declDate}) cannot be placed before ${a.date}`, (a) => `${a.victim}の宣言（${a.declDate}）が${a.date}より前であるとは確定できない`),
  declaredOnlyLater: w((a: { victim: string; declDate: string; date: string }) => `on ${a.date} ${a.victim} had not yet declared itself attacked (it did so only on ${a.declDate})`, (a) => `${a.date}の時点で${a.victim}はまだ攻撃を受けたと宣言していない（宣言は${a.declDate}）`),
  noDeclaration: w((a: { victim: string }) => `${a.victim} made no declaration that it was attacked`, (a) => `${a.victim}は攻撃を受けたとの宣言をしていない`),
  declarationMaybe: w((a: { victim: string }) => `no declaration by ${a.victim} is recorded, and the record may be incomplete`, (a) => `${a.victim}による宣言は記録されていないが、記録は不完全かもしれない`),
  requestedOn: w((a: { victim: string; date: string; treaty?: string; document?: string; from?: string; help?: string }) =>
      `${a.victim} asked for help on ${a.date}${a.treaty ? ` by invoking ${a.treaty}` : ""}${a.document ? ` (${a.document})` : ""}${a.help ? `, for ${a.help}` : ""}${a.from ? `, after the force began on ${a.from}: it covers the force from ${a.date} only` : ""}`, (a) =>
      `${a.victim}は${a.date}に${a.treaty ? `${a.treaty}を援用して` : ""}援助を要請した${a.document ? `（${a.document}）` : ""}${a.help ? `（要請の内容：${a.help}）` : ""}${a.from ? `。武力行使の開始（${a.from}）より後の要請であり、${a.date}以降の武力行使のみを対象とする` : ""}`,
  ),
  requestOnlyLater: w((a: { victim: string; reqDate: string; date: string }) => `on ${a.date} ${a.victim} had not yet asked for help (it did so only on ${a.reqDate})`, (a) => `${a.date}の時点で${a.victim}はまだ援助を要請していない（要請は${a.reqDate}）`),
  requestImprecise: w((a: { victim: string; reqDate: string; date: string }) => `${a.victim}'s request (${a.reqDate}) cannot be placed before ${a.date}`, (a) => `${a.victim}の要請（${a.reqDate}）が${a.date}より前であるとは確定できない`),
  notArmedHelp: w((a: { victim: string; date: string; form: string; document?: string }) =>
      `${a.victim}'s ${a.form === "complaint" ? "complaint of aggression" : "call for an urgent Council meeting"} of ${a.date}${a.document ? ` (${a.document})` : ""} is not a request for armed help (Nicaragua para 234)`, (a) => `${a.victim}の${a.date}の${a.form === "complaint" ? "侵略の申立て" : "安保理緊急会合の要請"}${a.document ? `（${a.document}）` : ""}は武力による援助の要請ではない（ニカラグア事件判決第234項）`,
  ),
  requestNotEstablished: w((a: { victim: string; reqDate: string }) => `that ${a.victim} made the request of ${a.reqDate} is not established`, (a) => `${a.victim}が${a.reqDate}に要請したことは立証されていない`),
  requestUnverified: w((a: { victim: string; reqDate: string }) => `whether ${a.victim} made the request of ${a.reqDate} is not established`, (a) => `${a.victim}が${a.reqDate}に要請したかは立証されていない`),
  requestNotEntitled: w((a: { who: string; victim: string }) => `the request was made by ${a.who}, who could not speak for ${a.victim}`, (a) => `要請は${a.who}によるものであり、同人は${a.victim}を代表しえなかった`),
  requestEntitledUnknown: w((a: { who: string; victim: string }) => `whether ${a.who}, who made the request, could speak for ${a.victim} is not established`, (a) => `要請した${a.who}が${a.victim}を代表しえたかは立証されていない`),
  requestWithdrawn: w((a: { victim: string; reqDate: string; withdrawn: string }) => `${a.victim}'s request of ${a.reqDate} was withdrawn on ${a.withdrawn}: help after it is not covered`, (a) => `${a.victim}の${a.reqDate}の要請は${a.withdrawn}に撤回された。その後の援助は対象とならない`),
  requestExpired: w((a: { victim: string; reqDate: string; until: string }) => `${a.victim}'s request of ${a.reqDate} covered help until ${a.until} only`, (a) => `${a.victim}の${a.reqDate}の要請は${a.until}までの援助のみを対象とする`),
  requestTimeUnsure: w((a: { victim: string; reqDate: string; date: string }) => `whether ${a.victim}'s request of ${a.reqDate} still covered help on ${a.date} depends on imprecise dates`, (a) => `${a.victim}の${a.reqDate}の要請が${a.date}の援助をなお対象としていたかは、不正確な日付による`),
  beyondRequestArea: w((a: { victim: string; reqDate: string; places: Names }, w) => `the force is used in ${w.list(a.places)}, beyond the area ${a.victim} asked for help in (request of ${a.reqDate})`, (a, w) => `武力は${w.list(a.places)}で行使されており、${a.victim}が援助を求めた地域（${a.reqDate}の要請）を越えている`),
  beyondRequestPurpose: w((a: { victim: string; reqDate: string; help?: string }) => `the force serves none of the purposes ${a.victim} asked help for (request of ${a.reqDate}${a.help ? `: ${a.help}` : ""})`, (a) => `武力行使は${a.victim}が求めた援助の目的（${a.reqDate}の要請${a.help ? `：${a.help}` : ""}）のいずれにも資さない`),
  requestPurposeUnknown: w((a: { victim: string; reqDate: string; help?: string }) => `whether the force serves what ${a.victim} asked help for (request of ${a.reqDate}${a.help ? `: ${a.help}` : ""}) is not stated`, (a) => `武力行使が${a.victim}の求めた援助（${a.reqDate}の要請${a.help ? `：${a.help}` : ""}）に沿うかは記載されていない`),
  requestScopeStated: w((a: { value: Tri; reqDate: string }) => `${a.value === "yes" ? "within" : a.value === "no" ? "beyond" : "not established whether within"} what the request of ${a.reqDate} asked for`, (a) => `${a.reqDate}の要請の範囲${a.value === "yes" ? "内である" : a.value === "no" ? "を越える" : "内かは立証されていない"}`),
  requestNotToHelper: w((a: { victim: string; to: Names; actor: string }, w) => `${a.victim} asked ${w.list(a.to)} for help, not ${a.actor}`, (a, w) => `${a.victim}が援助を要請したのは${w.list(a.to)}であり、${a.actor}ではない`),
  standingTreaty: w((a: { victim: string; actor: string; treaty: string; suffices: boolean }) => `no request on the occasion; ${a.victim} and ${a.actor} are parties to the ${a.treaty}, which ${a.suffices ? "counts as a standing request" : "does not replace a request (Nicaragua para 199)"}`, (a) => `その機会における要請はない。${a.victim}と${a.actor}は${a.treaty}の当事国であるが、これは${a.suffices ? "常設の要請とみなされる" : "要請に代わるものではない（ニカラグア事件判決第199項）"}`,
  ),
  noRequest: w((a: { victim: string; actor: string }) => `${a.victim} made no request for help to ${a.actor}`, (a) => `${a.victim}は${a.actor}に援助を要請していない`),
  requestMaybe: w((a: { victim: string }) => `no request by ${a.victim} is recorded, and the record may be incomplete`, (a) => `${a.victim}による要請は記録されていないが、記録は不完全かもしれない`),
  ownAssessmentStated: w((a: { value: Tri }) => (a.value === "yes" ? "the helper acted on its own assessment" : a.value === "no" ? "the helper acted on the victim's assessment" : "not established"), (a) => (a.value === "yes" ? "援助国は自らの評価に基づいて行動した" : a.value === "no" ? "援助国は被害国の評価に基づいて行動した" : "立証されていない")),
  requestUnknownSoAssessment: w0(() => "whether the helper acts at the victim's request is unknown", () => "援助国が被害国の要請に基づいて行動しているかは不明である"),
  onRequest: w0(() => "it acts on the victim's request", () => "被害国の要請に基づいて行動している"),
  ownAssessment: w0(() => "without a request covering it, the helper acts on its own assessment", () => "それを対象とする要請がなく、援助国は自らの評価に基づいて行動している"),
  withinVictim: w((a: { value: Tri }) => (a.value === "yes" ? "it does" : a.value === "no" ? "it goes further than the victim could" : "not established"), (a) => (a.value === "yes" ? "その範囲内にある" : a.value === "no" ? "被害国自身に許される範囲を越える" : "立証されていない")),
  withinVictimNotStated: w0(() => "whether the help stays within the victim's own self-defence is not stated", () => "援助が被害国自身の自衛の範囲内にとどまるかは記載されていない"),
  badPurpose: w((a: { purposes: Names }, w) => `its purpose is ${w.list(a.purposes)}, not the victim's rescue`, (a, w) => `その目的は${w.list(a.purposes)}であり、被害国の救援ではない`),
  goodPurpose: w((a: { purposes: Names }, w) => `its purpose is ${w.list(a.purposes)}`, (a, w) => `その目的は${w.list(a.purposes)}である`),
  otherPurposes: w((a: { purposes: Names }, w) => `its stated purposes (${w.list(a.purposes)}) do not include coming to the victim's rescue`, (a, w) => `その明示された目的（${w.list(a.purposes)}）には被害国の救援が含まれていない`),
  purposeNotStated: w0(() => "the purpose of the force is not stated as the victim's rescue", () => "武力行使の目的が被害国の救援であるとは記載されていない"),
  closeLinkNotRequired: w0(() => "the ICJ asks no close link (Nicaragua paras 195, 199)", () => "国際司法裁判所は密接な関係を求めていない（ニカラグア事件判決第195項、第199項）"),
  closeLinkStated: w((a: { value: Tri }) => (a.value === "yes" ? "a close link exists" : "no close link"), (a) => (a.value === "yes" ? "密接な関係がある" : "密接な関係はない")),
  allied: w((a: { treaty: string }) => `allied under the ${a.treaty}`, (a) => `${a.treaty}による同盟関係にある`),
  closeLinkNotStated: w0(() => "whether helper and victim share a close link is not stated", () => "援助国と被害国が密接な関係にあるかは記載されていない"),
});

const attackLabel = (c: LawCtx, a: Attack): string =>
  c.m.memo(attackLabel, a, () => (a.description ? `${a.description.replace(/\.$/, "")} (${a.date})` : `${a.kind ?? "attack"} by ${c.m.name(a.by)} on ${c.m.name(a.against)} (${a.date})`));

/** JSON path of a fact of an attack (for a use weighed as an attack: its `asAttack` block). */
const attackPath = (c: LawCtx, a: Attack, field?: string) =>
  isDerived(a) ? c.m.path("uses", a.fromUse, field === "gravity" || field === "kind" ? `asAttack.${field}` : field) : c.m.path("attacks", a.id, field);

const names = (c: LawCtx, ids: readonly string[]) => [...new Set(ids)].map((x) => c.m.name(x));

// ---- 1. an armed attack has occurred (or is imminent: switch anticipatory) ------------------------

const STAGES_ADMITTED: Record<string, readonly string[]> = {
  restrictive: ["occurred", "launched"],
  caroline: ["occurred", "launched", "imminent"],
  contextual: ["occurred", "launched", "imminent", "contextual"],
  preventive: ["occurred", "launched", "imminent", "contextual", "remote"],
};

/**
 * Does the force of `use` answer an armed attack by `state` (so that it is no armed attack on
 * `state`: force used in self-defence is not an armed attack giving its target a right of
 * self-defence, Nicaragua paras 194-195)? The attack answered may be recorded, or itself a use of
 * force in the file, provided that use does not in turn answer an attack by the other side. It
 * depends on neither the date judged nor doctrine: kept once per situation (a chain that loops
 * answers no).
 */
const ANSWERS = new WeakMap<Model, Map<string, Attack | null>>();
function answersAttackBy(m: Model, useId: string, state: string): Attack | undefined {
  return answersOnPath(m, useId, state, Object.assign(new Set<string>(), { budget: 10_000 })).found;
}

/**
 * The answer for one use and state, asked along a chain of questions (`path`). A question met
 * again on its own chain answers no (the loop is cut); an answer reached without cutting a loop
 * depends on nothing but the situation and is kept, one that cut a loop is not, so the answer never
 * depends on which use was judged first.
 */
function answersOnPath(m: Model, useId: string, state: string, path: Set<string> & { budget: number }): { found?: Attack; cut: boolean } {
  let memo = ANSWERS.get(m);
  if (!memo) ANSWERS.set(m, (memo = new Map()));
  const key = `${useId}\u0000${state}`;
  const known = memo.get(key);
  if (known !== undefined) return { found: known ?? undefined, cut: false };
  // A loop, or a web of respondsTo so tangled that the questions run out (hostile input): answers no.
  if (path.has(key) || --path.budget < 0) return { cut: true };
  path.add(key);
  let cut = false;
  const found = answersAttackByNow(m, useId, state, (u, s) => {
    const r = answersOnPath(m, u, s, path);
    cut ||= r.cut;
    return r.found;
  });
  path.delete(key);
  if (!cut) memo.set(key, found ?? null);
  return { found, cut };
}

function answersAttackByNow(m: Model, useId: string, state: string, ask: (useId: string, state: string) => Attack | undefined): Attack | undefined {
  const u = m.uses.get(useId);
  if (!u) return undefined;
  // Only an attack that occurred (or was launched): force against a mere threat may itself be an armed attack.
  const recorded = (m.situation.attacks ?? []).filter((a) => a.stage === "occurred" || a.stage === "launched");
  // A use of force by `state` counts as its first attack unless it answers this use, or an attack by one of its actors.
  const answersThis = (d: string) => m.uses.get(d)?.respondsTo?.includes(useId) === true;
  // Only a use that could be the one answered is asked about (one named in respondsTo, else one begun
  // earlier): without respondsTo every question goes back in time, so no chain loops.
  const mayBeAnswered = (d: (typeof m.attacksFromUses)[number]) => (u.respondsTo ? u.respondsTo.includes(d.id) || u.respondsTo.includes(d.fromUse) : before(d.date, u.start) === "yes");
  const firstUses = m.attacksFromUses.filter((d) => d.fromUse !== useId && d.by === state && mayBeAnswered(d) && !answersThis(d.fromUse) && !list(u.by).some((b) => ask(d.fromUse, b)));
  const candidates: Attack[] = [...recorded, ...firstUses];
  if (u.respondsTo) return candidates.find((a) => (u.respondsTo!.includes(a.id) || (isDerived(a) && u.respondsTo!.includes(a.fromUse))) && isAuthor(m, a, state) === "yes");
  // Not said: an attack by `state` on the user or on a state it defends, begun and not ended when the force began.
  const defended = [...list(u.by), ...(u.onBehalfOf ?? [])];
  // A use of force answered by default must have begun before this one (two uses begun the same day do not answer each other).
  return candidates.find(
    (a) =>
      isAuthor(m, a, state) === "yes" &&
      m.victimsOf(a).some((v) => defended.includes(v)) &&
      within(u.start, { from: a.date, until: m.endOf(a) }).value === "yes" &&
      (!isDerived(a) || before(a.date, u.start) === "yes"),
  );
}

const armedAttackOccurred = leaf<LawCtx>(
  { id: "armed-attack", label: "An armed attack against the victim has occurred (or, under the anticipatory switch, is imminent)", cite: ["charter-51", "nicaragua-194", "nicaragua-195"] },
  (c) => {
    const a = c.attack!;
    const facts = [attackPath(c, a)];
    const happened = onOrBefore(a.date, c.date);
    if (happened === "no") return no(R.notYetOccurred({ date: c.date, attackDate: a.date }), facts);
    if (isDerived(a)) {
      const own = answersAttackBy(c.m, a.fromUse, c.victim!);
      if (own) return no(R.answersOwnAttack({ use: a.description ?? a.fromUse, victim: c.m.name(c.victim!), attackDate: own.date, kind: own.kind ?? "attack", threat: own.stage !== "occurred" && own.stage !== "launched" }), [...facts, c.m.path("attacks", own.id)]);
    }
    const established = fact(a.established, "yes");
    if (established.value === "no") return no(R.notEstablished({ by: c.m.name(a.by) }, established), [attackPath(c, a, "established")]);
    let found: Finding;
    if (a.stage === "occurred" || a.stage === "launched") {
      found = yes(a.stage === "launched" ? R.launched({ attack: attackLabel(c, a) }) : R.occurred({ attack: attackLabel(c, a) }), facts);
    } else {
      // Imminence is judged at the date of the defensive act: a threat stays imminent only to its stated end, else a short while.
      // Whether the threat is still imminent matters only where the position admits it when imminent but not when remote.
      const p = position(c, "anticipatory");
      const matters = STAGES_ADMITTED[p].includes(a.stage) && !STAGES_ADMITTED[p].includes("remote");
      let stage = a.stage;
      let stale: Reason | undefined;
      const end = c.m.endOf(a);
      if (stage !== "remote" && matters) {
        if (end !== undefined) {
          if (before(end, c.date) === "yes") {
            stage = "remote";
            stale = R.noLongerImminent({ threatDate: a.date, date: c.date, until: end });
          }
        } else {
          const from = span(a.date).latest;
          if (before(addDays(from, LONG_AFTER_DAYS), c.date) === "yes") {
            stage = "remote";
            stale = R.noLongerImminent({ threatDate: a.date, date: c.date });
          } else if (before(addDays(from, IMMINENT_DAYS), c.date) === "yes") {
            return { ...unknown(R.stillImminentUnknown({ threatDate: a.date, date: c.date }), [attackPath(c, a, "end")], facts), doctrine: { switch: "anticipatory", position: p } };
          }
        }
      }
      const admitted = STAGES_ADMITTED[p].includes(stage);
      const why = R.threat({ stage, position: p, admitted, date: a.date });
      found = {
        value: admitted ? "yes" : "no",
        reason: stale ? R.staleThreat({ stale, then: why }) : why,
        facts: stale ? [...facts, attackPath(c, a, "end")] : facts,
        doctrine: { switch: "anticipatory", position: p },
      };
    }
    if (found.value === "yes" && established.value === "unknown") return unknown(R.butNotEstablished({ found: found.reason! }), [attackPath(c, a, "established")], facts);
    if (found.value === "yes" && happened === "unknown") return unknown(R.butImprecise({ found: found.reason! }), [attackPath(c, a, "date")], facts);
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
    const path = attackPath(c, a, "gravity");
    if (a.kind === "support-to-rebels") return no(R.supportToRebels(), [attackPath(c, a, "kind")]);
    const g = gravityOf(a);
    if (g.value === undefined || g.value === "unknown") {
      if (g.value === undefined && a.kind && INHERENTLY_GRAVE.has(a.kind)) return yes(R.inherentlyGrave({ kind: a.kind }), [attackPath(c, a, "kind")]);
      // A reason given with an unknown fact is kept (its why replaces the wording).
      return unknown(g.value === undefined ? R.gravityNotStated() : R.gravityUnknown(undefined, g), [path]);
    }
    if (g.value === "armed-attack") return yes(R.gravityArmedAttack(undefined, g), [path]);
    let lesser = g.value === "lesser";
    if (g.value === "cumulative") {
      const p = position(c, "accumulation");
      if (p === "accepted") return { value: "yes", reason: R.gravityCumulative({ series: a.series ?? "series" }, g), facts: [path], doctrine: { switch: "accumulation", position: p } };
      lesser = true;
    }
    if (lesser) {
      const p = position(c, "gravity");
      return { value: p === "no-threshold" ? "yes" : "no", reason: R.gravityLesser({ noThreshold: p === "no-threshold" }, g), facts: [path], doctrine: { switch: "gravity", position: p } };
    }
    return unknown(R.gravityUnknown(), [path]);
  },
);

// ---- 3. attributable to a state (Wall para 139; DRC v Uganda 146; Oil Platforms 57-61) -----------

/** The recorded links, as reasons; an attributing link that is not proven says so. */
const linkTexts = (c: LawCtx, a: Attack): Reason[] =>
  c.m.attributionsOf(a).map((at) =>
    R.link({ group: c.m.name(a.by), link: at.link, state: c.m.name(at.state), proven: ATTRIBUTING_LINKS.has(at.link) ? fact(at.established).value : "yes" }),
  );

const attributable = leaf<LawCtx>(
  { id: "attributable", label: "The attack is attributable to a state (or the non-state actors doctrine admits it)", cite: ["nicaragua-195", "wall-139", "drc-146-147", "oil-57-61"] },
  (c) => {
    const a = c.attack!;
    // An attack whose authorship is not established is attributed to no one (context.ts attributedTo).
    const est = fact(a.established, "yes");
    const estPath = attackPath(c, a, est.stated ? "established" : "by");
    if (authorship(a) === "no") return no(R.authorshipNotEstablished({ state: c.m.name(a.by) }, { source: est.source }), [estPath]);
    if (c.m.isState(a.by)) {
      if (est.value === "unknown") return unknown(R.authorshipUnknown({ state: c.m.name(a.by) }, est), [estPath]);
      return yes(R.byState({ state: c.m.name(a.by) }), [attackPath(c, a, "by")]);
    }
    const path = attackPath(c, a, "attribution");
    const links = c.m.attributionsOf(a);
    let undetermined = false;
    for (const at of links.filter((l) => ATTRIBUTING_LINKS.has(l.link))) {
      const link = fact(at.established);
      const args = { group: c.m.name(a.by), link: at.link, state: c.m.name(at.state) };
      if (link.value === "yes") return est.value === "unknown" ? unknown(R.authorshipUnknown({ state: c.m.name(a.by) }, est), [estPath], [path]) : yes(R.linkEstablished(args, link), [path]);
      if (link.value === "unknown") undetermined = true;
    }
    const p = position(c, "nonStateActors");
    const d = { switch: "nonStateActors", position: p };
    if (p === "attribution-required") {
      const unknownLink = undetermined || links.length === 0 || links.some((l) => l.link === "unknown");
      const args = { group: c.m.name(a.by), links: linkTexts(c, a) };
      return unknownLink ? { ...unknown(R.noStateLinkUnknown(args), [path]), doctrine: d } : { value: "no", reason: R.notAttributable(args), facts: [path], doctrine: d };
    }
    if (p === "armed-attack-by-nsa") return { value: "yes", reason: R.nsaSuffices(), facts: [path], doctrine: d };
    const uu = fact(a.territorialStateUnwillingOrUnable);
    const uuPath = attackPath(c, a, "territorialStateUnwillingOrUnable");
    if (uu.value === "yes") return { value: "yes", reason: R.unwillingOrUnable(undefined, uu), facts: [uuPath], doctrine: d };
    if (uu.value === "no") return { value: "no", reason: R.willingAndAble(undefined, uu), facts: [uuPath], doctrine: d };
    return { ...unknown(R.unwillingUnknown(undefined, uu), [uuPath]), doctrine: d };
  },
);

const fromOutside = leaf<LawCtx>(
  { id: "from-outside", label: "The attack does not originate in territory the victim itself controls", cite: ["wall-139"] },
  (c) => {
    const a = c.attack!;
    const origins = c.m.originsOf(a);
    if (origins.length === 0) return yes(R.noOrigin(), []);
    const path = attackPath(c, a, "originatesFrom");
    // Who controlled each origin when the attack was launched (a dated occupation counts for its dates only).
    const control = origins.map((o) => ({ o, ...controllerOn(c.m, o, a.date) }));
    const outside = control.filter((x) => x.state !== c.victim && x.value === "yes").map((x) => x.o);
    const occupations = control.filter((x) => x.occupation).map((x) => c.m.path("places", x.o, "occupations"));
    if (outside.length) return yes(R.outsideVictim({ places: names(c, outside), victim: c.m.name(c.victim!) }), [path, ...occupations]);
    if (control.some((x) => x.value === "unknown")) return unknown(R.originControlUnknown({ victim: c.m.name(c.victim!), date: a.date }), occupations, [path]);
    return no(R.insideVictim({ places: names(c, origins), victim: c.m.name(c.victim!) }), [path, ...occupations]);
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
      return f.value === "unknown" ? unknown(R.directedStated({ value: f.value }, f), [path]) : { value: f.value, reason: R.directedStated({ value: f.value }, f), facts: [path] };
    }
    const a = c.attack!;
    const against = list(c.use.against);
    const facts = [useFact(c, "against")];
    if (against.length === 0) return unknown(R.noTarget(), facts);
    const author = (t: string): Tri => isAuthor(c.m, a, t);
    const authors = against.filter((t) => author(t) === "yes");
    const unsure = against.filter((t) => author(t) === "unknown");
    const others = against.filter((t) => author(t) === "no");
    const known = [a.by, ...c.m.attributionsOf(a).map((at) => at.state)].filter((x, i, xs) => xs.indexOf(x) === i && isAuthor(c.m, a, x) === "yes");
    if (authors.length && others.length === 0 && unsure.length === 0) return yes(R.atAuthor({ targets: names(c, authors) }), facts);
    if (authors.length && unsure.length === 0) {
      const admitted = others.map((t) => harbouringAdmitted(c, a, t));
      if (admitted.every((v) => v === "yes")) return yes(R.atAuthorAndHarbouring({ targets: names(c, authors), states: names(c, others) }), facts);
    }
    if (unsure.length && others.length === 0) return unknown(R.authorUnsure({ targets: names(c, unsure) }), [attackPath(c, a, "established")], facts);
    if (known.length === 0) return no(R.notAttributedTarget({ targets: names(c, [...others, ...unsure]) }), facts);
    return no(R.notAtAuthor({ targets: names(c, [...others, ...unsure]), authors: names(c, known) }), facts);
  },
);

/** Has the attack ended long enough before the date judged that force then no longer answers it? */
function endedLongBefore(c: LawCtx): string | undefined {
  const a = c.attack!;
  if (a.stage !== "occurred" && a.stage !== "launched") return undefined;
  const end = c.m.endOf(a);
  if (!end) return undefined;
  return before(addDays(span(end).latest, LONG_AFTER_DAYS), c.date) === "yes" ? end : undefined;
}

function assessment({ id, label, cite }: { id: "necessity" | "proportionality" | "immediacy"; label: string; cite: string[] }): Rule<LawCtx> {
  return leaf<LawCtx>({ id, label, cite }, (c) => {
    const path = useFact(c, `assessments.${id}`);
    if (id !== "proportionality") {
      const end = endedLongBefore(c);
      if (end) return no(R.endedLongBefore({ id, end, date: c.date, days: LONG_AFTER_DAYS }), [attackPath(c, c.attack!, c.attack!.end ? "end" : "endedBy")]);
    }
    const raw = scope(c.use.assessments?.[id]);
    if (raw.value === "disputed") {
      const p = position(c, "defensiveAims");
      const holds = p === "end-the-threat";
      return { value: holds ? "yes" : "no", reason: R.assessmentDisputed({ id, holds }, raw), facts: [path], doctrine: { switch: "defensiveAims", position: p } };
    }
    const f = { ...raw, value: raw.value as Tri };
    if (f.value === "unknown") return unknown(f.stated ? R.assessmentStated({ id, value: "unknown" }, f) : R.assessmentNotStated({ id }), [path]);
    return { value: f.value, reason: R.assessmentStated({ id, value: f.value }, f), facts: [path] };
  });
}

// Necessity and proportionality are customary conditions (cited below); immediacy comes from writers and the Caroline formula.
const necessity = assessment({ id: "necessity", label: "Necessity: force is the only reasonable means left to repel the attack", cite: ["nicaragua-176", "nicaragua-194", "nicaragua-237", "nuclear-41", "oil-73-77", "caroline"] });
const proportionality = assessment({ id: "proportionality", label: "Proportionality to the attack", cite: ["nicaragua-176", "nicaragua-237", "nuclear-41", "oil-73-77", "drc-146-147"] });
const immediacy = assessment({ id: "immediacy", label: "Immediacy: no undue delay after the attack", cite: ["gross-nia-immediacy", "nicaragua-237", "caroline"] });

// ---- 8. until the Council has taken measures necessary ------------------------------------------

/** Do the Council's measures in `r` answer attack `a`? Those it says it answers; else those about its parties adopted after the attack began. */
function answers(c: LawCtx, r: Resolution, a: Attack): boolean {
  if (r.respondsTo) return r.respondsTo.includes(a.id) || (isDerived(a) && r.respondsTo.includes(a.fromUse));
  const parties = [c.victim!, a.by, ...(c.m.isState(a.by) ? [] : c.m.attributionsOf(a).filter((at) => ATTRIBUTING_LINKS.has(at.link)).map((at) => at.state))];
  return concerns(r).some((s) => parties.includes(s)) && onOrBefore(a.date, r.adopted!) === "yes";
}

const AFFIRMS = ["sc-661-affirms"];

const councilNotActed = leaf<LawCtx>(
  { id: "council", label: "The Council has not yet taken the measures necessary to maintain peace, in answer to this attack", cite: ["charter-51"] },
  (c) => {
    const a = c.attack!;
    const adopted = (c.m.situation.resolutions ?? []).filter(
      (r) => r.organ === "security-council" && r.adopted && onOrBefore(r.adopted, c.date) === "yes" && adoption(c.m, r).value === "yes",
    );
    const relevant = adopted.filter((r) => answers(c, r, a));
    const facts = relevant.map((r) => c.m.path("resolutions", r.id));
    const isBinding = (r: Resolution) => (r.chapterVII === "express" || r.chapterVII === "implicit") && (r.measures ?? []).some((x) => x === "sanctions" || x === "force");
    // A resolution that expressly affirms the inherent right never ends it, under any position.
    const affirming = relevant.filter((r) => r.affirmsSelfDefence);
    const ending = relevant.filter((r) => !r.affirmsSelfDefence);
    const ceasefire = ending.find((r) => r.ceasefireEffective && onOrBefore(r.ceasefireEffective, c.date) === "yes");
    if (ceasefire) return no(R.ceasefire({ resolution: symbolOf(ceasefire), date: ceasefire.ceasefireEffective! }), [c.m.path("resolutions", ceasefire.id, "ceasefireEffective")]);
    let binding = ending.filter(isBinding);
    // Sanctions alone never displace the victim's own resistance to an attack still under way.
    const ongoing = within(c.date, { from: a.date, until: c.m.endOf(a) }).ended !== "yes";
    const victimResists = c.actor === c.victim && ongoing;
    const sanctionsOnly = victimResists ? binding.filter((r) => !(r.measures ?? []).includes("force")) : [];
    // Nor does force the Council authorises for states co-operating with the victim: it supports the
    // victim's defence, it does not take it over (the victim's right runs to the ceasefire: S/RES/687 para 33).
    const withVictim = victimResists ? binding.filter((r) => !sanctionsOnly.includes(r) && r.addressees?.cooperatingWith === c.victim) : [];
    binding = binding.filter((r) => !sanctionsOnly.includes(r) && !withVictim.includes(r));
    if (binding.length === 0) {
      if (withVictim.length) return yes(R.supportsVictim({ resolutions: withVictim.map(symbolOf), sanctions: sanctionsOnly.map(symbolOf), victim: c.m.name(c.victim!) }), facts);
      if (sanctionsOnly.length) return yes(R.sanctionsOnlyVictim({ resolutions: sanctionsOnly.map(symbolOf), victim: c.m.name(c.victim!) }), facts);
      // The authority for "a resolution affirming the right does not end it" is cited only where one is in play.
      if (affirming.some(isBinding)) return { ...yes(R.affirmsRight({ resolutions: affirming.map(symbolOf) }), affirming.map((r) => c.m.path("resolutions", r.id, "affirmsSelfDefence"))), cite: AFFIRMS };
      const elsewhere = adopted.filter((r) => !relevant.includes(r) && isBinding(r) && concerns(r).some((s) => [c.victim!, a.by].includes(s)));
      if (elsewhere.length) return yes(R.otherAttack({ resolutions: elsewhere.map(symbolOf) }), elsewhere.map((r) => c.m.path("resolutions", r.id)));
      return yes(R.noMeasures(), facts);
    }
    const p = position(c, "councilMeasures");
    const resolutions = binding.map(symbolOf);
    return {
      value: p === "effective" ? "yes" : "no",
      reason: p === "effective" ? R.measuresEffective({ resolutions, affirming: affirming.map(symbolOf) }) : R.measuresBinding({ resolutions }),
      facts: binding.map((r) => c.m.path("resolutions", r.id, "measures")),
      doctrine: { switch: "councilMeasures", position: p },
      ...(affirming.length && p === "effective" ? { cite: AFFIRMS } : {}),
    };
  },
);

// ---- 9. reported to the Council (a condition, or evidence only: switch reporting) ---------------

const reportTest = (c: LawCtx): Finding => {
  const reports = (c.m.situation.reports ?? []).filter((r) => r.by === c.actor && (!r.uses || r.uses.includes(c.use.id)));
  const state = c.m.name(c.actor);
  const made = reports.find((r) => onOrBefore(r.date, c.date) === "yes");
  if (made) return yes(R.reportedOn({ state, date: made.date, document: made.document }), ["$.reports"]);
  // "Reported only on 1950-10", judged in October 1950, is unknown, not failed.
  const imprecise = reports.find((r) => onOrBefore(r.date, c.date) === "unknown");
  if (imprecise) return unknown(R.reportImprecise({ state, date: c.date, reportDate: imprecise.date }), ["$.reports"]);
  if (reports.length) return no(R.reportedLater({ state, date: c.date, reportDate: reports[0].date }), ["$.reports"]);
  return c.m.absent("reports") === "no" ? no(R.noReport({ state }), ["$.reports"]) : unknown(R.reportMaybe({ state }), ["$.reports"]);
};

const reported = doctrine<LawCtx>({ id: "reported", label: "The measures were reported to the Council", cite: ["charter-51", "nicaragua-200"] }, "reporting", {
  evidence: leaf({ id: "report-evidence", label: "Report to the Council (evidence of good faith, not a condition)", cite: ["nicaragua-200", "nicaragua-235"], weight: "evidence" }, reportTest),
  condition: leaf({ id: "report-condition", label: "Report to the Council (a condition)", cite: ["charter-51", "nuclear-44"] }, reportTest),
});

// ---- force on a third state's territory ----------------------------------------------------------

const thirdStateTerritory = every<LawCtx>(
  { id: "territory", label: "Force on a third state's territory has that state's consent", cite: ["charter-2-4", "asr-20", "corfu-35"] },
  territories,
  leaf({ id: "place", label: "The place is the victim's, the defender's, the attacking state's or no state's territory, or its state consented", cite: ["wall-139", "drc-146-147", "oil-57-61"] }, (c) => {
    const state = c.m.territoryOf(c.territory!);
    const a = c.attack!;
    if (state === "international") return yes(R.noStateTerritory({ place: c.m.name(c.territory!) }));
    if (state === undefined) return unknown(R.territoryUnknown({ place: c.m.name(c.territory!) }), [c.m.path("places", c.territory!, "territoryOf")]);
    if (state === c.victim) return yes(R.victimTerritory({ state: c.m.name(state) }));
    if (state === c.actor) return yes(R.ownTerritory({ state: c.m.name(state) }));
    // The attacker is the state the attack is attributed to, nobody else (Oil Platforms paras 57-61; Wall para 139).
    const attacker = attackerOf(c, a, state);
    const author = attacker.as === "author" ? attacker.value : "no";
    if (attacker.value === "yes" && attacker.as === "author") return yes(R.attackerTerritory({ state: c.m.name(state) }), [attackPath(c, a)]);
    const harbouring = attacker.as === "harbouring" ? attacker.value : "no";
    if (harbouring === "yes")
      return { ...yes(R.harbouringAdmitted({ state: c.m.name(state), position: position(c, "nonStateActors") }), [attackPath(c, a, "territorialStateUnwillingOrUnable")]), doctrine: { switch: "nonStateActors", position: position(c, "nonStateActors") } };
    const consent = conclude(territorialConsent, c);
    // A composite has no reason of its own: worded from its concluded node (proofReason), in every language.
    const why = consent.reason ?? proofReason(consent.node);
    if (harbouring === "unknown" && consent.value !== "yes")
      return {
        value: "unknown",
        reason: R.harbouringUnknown({ state: c.m.name(state), consent: why }),
        facts: consent.facts,
        missing: [...consent.missing, attackPath(c, a, "territorialStateUnwillingOrUnable")],
        doctrine: { switch: "nonStateActors", position: position(c, "nonStateActors") },
      };
    if (author === "unknown" && consent.value !== "yes")
      return { value: "unknown", reason: R.attackerUnsure({ state: c.m.name(state), consent: why }), facts: consent.facts, missing: [...consent.missing, attackPath(c, a, "established")] };
    // Said as what the state is: the target of the force, an entity whose statehood is disputed, or a third state.
    const statehood = c.m.actors.get(state)?.statehood;
    const words = list(c.use.against).includes(state) ? R.targetNotAuthor : statehood === "disputed" || statehood === "not-a-state" ? R.entityNotAuthor : R.thirdState;
    return { value: consent.value, reason: words({ state: c.m.name(state), consent: why, consented: consent.value === "yes" }), facts: consent.facts, missing: consent.missing };
  }),
  (c) => unknown(R.noPlace(), [useFact(c, "where")]),
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

/** The attacks a use answers, against a given victim: recorded ones and other uses of force in the file; never the victim's own. */
function attacksOn(c: LawCtx, victim: string): Attack[] {
  // The same for every date: once per situation, use and victim.
  return c.m.memo(attacksOn, `${c.use.id}\u0000${victim}`, () => attacksOnUncached(c, victim));
}

function attacksOnUncached(c: LawCtx, victim: string): Attack[] {
  const wanted = c.use.respondsTo;
  return c.m
    .allAttacks()
    .filter((a) => !(isDerived(a) && a.fromUse === c.use.id))
    .filter((a) => c.m.victimsOf(a).includes(victim) && a.by !== victim && isAuthor(c.m, a, victim) !== "yes")
    .filter((a) => !wanted || wanted.includes(a.id) || (isDerived(a) && wanted.includes(a.fromUse)))
    // A use of force weighed as an attack is a candidate only when it is recorded as such, or no recorded attack is answered.
    .filter((a, _i, xs) => !isDerived(a) || wanted !== undefined || !xs.some((x) => !isDerived(x)));
}

const noAttack = (c: LawCtx, victim: string): Finding =>
  c.m.absent("attacks") === "no"
    ? no(R.noAttackOn({ victim: c.m.name(victim), among: c.use.respondsTo !== undefined }), ["$.attacks"])
    : unknown(R.noAttackMaybe({ victim: c.m.name(victim) }), ["$.attacks"]);

/** The states acting in the use on the date judged (each coalition member from its own start). */
const actors = (c: LawCtx) => {
  const by = list(c.use.by).map((a) => ({ key: a, label: c.m.name(a), ctx: { ...c, actor: a } }));
  const acting = by.filter((x) => onOrBefore(c.m.startOf(c.use, x.key), c.date) !== "no");
  return acting.length ? acting : by;
};

/**
 * Uses of force on `victim` that are no armed attack on it at all, so not candidates: those that
 * answer its own armed attack (force in answer to an armed attack gives its author no right of
 * self-defence: Nicaragua para 195), and those that use no weapons against it on the date
 * (`engagedFrom`: a deployment, escort or deterrence only).
 */
function noArmedAttacks(c: LawCtx, victim: string): { answering: { use: UseOfForce; own: Attack }[]; unengaged: Attack[] } {
  const answering: { use: UseOfForce; own: Attack }[] = [];
  const unengaged: Attack[] = [];
  for (const a of attacksOn(c, victim)) {
    if (!isDerived(a) || onOrBefore(a.date, c.date) === "no") continue;
    const u = c.m.uses.get(a.fromUse);
    if (!u) continue;
    if (u.engagedFrom === "never" || (u.engagedFrom !== undefined && onOrBefore(u.engagedFrom, c.date) === "no")) unengaged.push(a);
    else {
      const own = answersAttackBy(c.m, a.fromUse, victim);
      if (own && !answering.some((x) => x.use === u)) answering.push({ use: u, own });
    }
  }
  return { answering, unengaged };
}

/** The candidate attacks on this state: the recorded ones, and other uses of force that are possible armed attacks on it. */
function candidateAttacks(c: LawCtx, victim: string): Attack[] {
  const { answering, unengaged } = noArmedAttacks(c, victim);
  // A use of force not yet begun on the date is no attack yet.
  return attacksOn(c, victim).filter(
    (a) => !unengaged.includes(a) && !(isDerived(a) && (onOrBefore(a.date, c.date) === "no" || answering.some((x) => x.use.id === a.fromUse))),
  );
}

/** No candidate: said once, plainly, with the force that answers the state's own attack where there is some (principle 10). */
function noAttackOnState(c: LawCtx, victim: string): Finding {
  const { answering } = noArmedAttacks(c, victim);
  if (answering.length === 0) return noAttack(c, victim);
  const attacks = [...new Set(answering.map((x) => `${x.own.kind ?? "attack"}, ${x.own.date}`))];
  return no(R.onlyAnswersOwnAttack({ victim: c.m.name(victim), uses: answering.map((x) => x.use.title), attacks }), [
    ...answering.map((x) => c.m.path("uses", x.use.id)),
    ...new Set(answering.map((x) => c.m.path("attacks", x.own.id))),
  ]);
}

export const individualSelfDefence: Rule<LawCtx> = every(
  { id: "actors", label: "Each state using force acts in its own self-defence", cite: ["charter-51"] },
  actors,
  some(
    { id: "attacks", label: "An armed attack on this state opens self-defence", cite: ["charter-51", "nicaragua-195"] },
    (c) => candidateAttacks(c, c.actor).map((a) => ({ key: a.id, label: attackLabel(c, a), ctx: { ...c, attack: a, victim: c.actor } })),
    all({ id: "conditions", label: "Conditions of individual self-defence", cite: ["charter-51", "nicaragua-176"] }, conditionsOfSelfDefence),
    (c) => noAttackOnState(c, c.actor),
  ),
  () => unknown(R.noActor(), ["$.uses.by"]),
);

// ---- collective self-defence: the victim's declaration and request (Nicaragua 195, 199) ---------

const victimIsState = leaf<LawCtx>({ id: "victim-state", label: "The victim is a state", cite: ["charter-51", "nicaragua-193", "nicaragua-195"] }, (c) => {
  const v = c.m.actors.get(c.victim!);
  const path = c.m.path("actors", c.victim!);
  if (!v || v.kind !== "state") return no(R.notAState({ victim: c.m.name(c.victim!) }), [path]);
  if (v.statehood === "disputed") return no(R.statehoodDisputed({ victim: v.name }), [path]);
  if (v.statehood === "not-a-state") return no(R.statehoodDenied({ victim: v.name }), [path]);
  // Membership decides nothing here (the right is customary: Nicaragua para 193); it is only said.
  const member = c.m.isMember(v.id, c.date);
  return yes(R.isState({ victim: v.name, member: member === "unknown" ? "unknown" : member === "yes" }), [path]);
});

/**
 * A declaration or request holds from its own date: on a date before it, not yet; from it, yes,
 * even if the force began earlier (then covering the force from that date only: citations nicaragua-232-234,
 * nicaragua-235, nicaragua-236). So the answer does not depend on how a continuing operation is sliced.
 */
const lateNote = (c: LawCtx, date: string) => (before(actorStart(c), date) === "yes" ? actorStart(c) : undefined);

const declared = leaf<LawCtx>(
  { id: "declared", label: "The victim declared itself the victim of an armed attack (covering the force from the declaration's date)", cite: ["nicaragua-195", "nicaragua-232-234", "nicaragua-236"] },
  (c) => {
    const a = c.attack!;
    const victim = c.m.name(c.victim!);
    const decl = [
      ...(c.m.situation.declarations ?? []).filter((d) => d.by === c.victim && (!d.attacks || d.attacks.includes(a.id) || (isDerived(a) && d.attacks.includes(a.fromUse)))),
      ...(c.m.situation.requests ?? []).filter((r) => r.by === c.victim && r.declaresAttack).map((r) => ({ date: r.date, document: r.document ?? "its request for help" })),
    ].sort((x, y) => span(x.date).earliest.localeCompare(span(y.date).earliest));
    const timely = decl.find((d) => onOrBefore(d.date, c.date) === "yes");
    if (timely) return yes(R.declaredOn({ victim, date: timely.date, document: timely.document, from: lateNote(c, timely.date) }), ["$.declarations"]);
    const uncertain = decl.find((d) => onOrBefore(d.date, c.date) === "unknown");
    if (uncertain) return unknown(R.declarationImprecise({ victim, declDate: uncertain.date, date: c.date }), ["$.declarations"]);
    if (decl.length) return no(R.declaredOnlyLater({ victim, declDate: decl[0].date, date: c.date }), ["$.declarations"]);
    return c.m.absent("declarations") === "no" ? no(R.noDeclaration({ victim }), ["$.declarations"]) : unknown(R.declarationMaybe({ victim }), ["$.declarations"]);
  },
);

const NOT_REQUESTS_FOR_HELP = new Set(["council-meeting", "complaint"]);

/** Is this helper among the request's addressees? A general appeal reaches every state but the attacker. */
function addressedTo(c: LawCtx, r: Request): boolean {
  if (r.to === "all" || r.form === "to-the-council") return isAuthor(c.m, c.attack!, c.actor) !== "yes" && c.attack!.by !== c.actor;
  return r.to.includes(c.actor) || (c.use.through !== undefined && r.to.includes(c.use.through));
}

/** Is a place covered by a list of places or states? */
const coveredBy = (c: LawCtx, place: string, areas: readonly string[]) => areas.includes(place) || areas.includes(c.m.territoryOf(place) ?? "");

/** Does one request, addressed to this helper, cover the force on the date judged? */
function requestCovers(c: LawCtx, r: Request, path: string): Finding {
  const victim = c.m.name(c.victim!);
  const facts = [path];
  const est = fact(r.established, "yes");
  if (est.value === "no") return no(R.requestNotEstablished({ victim, reqDate: r.date }, est), [`${path}.established`]);
  const period = within(c.date, { from: r.date, until: r.scope?.until, withdrawn: r.withdrawn });
  if (period.begun === "no") return no(R.requestOnlyLater({ victim, reqDate: r.date, date: c.date }), facts);
  const who = r.givenBy ?? `the government of ${victim}`;
  // Who may speak for the state: stated, never the opposition, else the rule shared with consent (consent.ts standing).
  let speaks: Finding;
  if (r.entitled !== undefined || r.authority === "opposition") {
    const f = fact(r.entitled, r.authority === "opposition" ? "no" : "unknown");
    const at = [`${path}.${r.entitled !== undefined ? "entitled" : "authority"}`];
    speaks = f.value === "no" ? no(R.requestNotEntitled({ who, victim }, f), at) : f.value === "unknown" ? unknown(R.requestEntitledUnknown({ who, victim }, f), at) : { value: "yes", facts: at };
  } else speaks = standing(c, { state: r.by, who, authority: r.authority ?? "government", effectiveControl: r.effectiveControl, recognised: r.recognised, installedBy: r.installedBy, asks: true }, (f) => `${path}.${f}`);
  if (speaks.value === "no") return speaks;
  if (period.withdrawn === "yes") return no(R.requestWithdrawn({ victim, reqDate: r.date, withdrawn: r.withdrawn! }), [`${path}.withdrawn`]);
  const until = r.scope?.until;
  if (period.ended === "yes") return no(R.requestExpired({ victim, reqDate: r.date, until: until! }), [`${path}.scope.until`]);
  // Scope: what help, where (the encoder's judgment, if stated, decides).
  const stated = c.use.requestScope?.[r.id ?? ""];
  let inScope: Finding | undefined;
  if (stated !== undefined) {
    const f = fact(stated);
    const sp = useFact(c, `requestScope.${r.id}`);
    if (f.value !== "yes") return f.value === "no" ? no(R.requestScopeStated({ value: "no", reqDate: r.date }, f), [sp]) : unknown(R.requestScopeStated({ value: "unknown", reqDate: r.date }, f), [sp]);
    inScope = yes(R.requestScopeStated({ value: "yes", reqDate: r.date }, f), [sp]);
  } else {
    const areas = r.scope?.areas;
    if (areas) {
      const outside = list(c.use.where).filter((w) => !coveredBy(c, w, areas));
      if (outside.length) return no(R.beyondRequestArea({ victim, reqDate: r.date, places: names(c, outside) }), [`${path}.scope.areas`, useFact(c, "where")]);
    }
    const purposes = r.scope?.purposes;
    if (purposes) {
      const mine = c.use.purposes ?? [];
      if (mine.length === 0) return unknown(R.requestPurposeUnknown({ victim, reqDate: r.date, help: r.scope?.help }), [useFact(c, "purposes")], [`${path}.scope.purposes`]);
      if (!mine.some((p) => purposes.includes(p))) return no(R.beyondRequestPurpose({ victim, reqDate: r.date, help: r.scope?.help }), [`${path}.scope.purposes`, useFact(c, "purposes")]);
    }
  }
  const open = and([period.value, est.value, speaks.value]);
  if (open === "unknown") {
    if (est.value === "unknown") return unknown(R.requestUnverified({ victim, reqDate: r.date }, est), [`${path}.established`]);
    if (speaks.value === "unknown") return speaks;
    if (period.begun === "unknown") return unknown(R.requestImprecise({ victim, reqDate: r.date, date: c.date }), [`${path}.date`]);
    return unknown(R.requestTimeUnsure({ victim, reqDate: r.date, date: c.date }), facts);
  }
  const ok = yes(
    R.requestedOn({ victim, date: r.date, treaty: r.form === "treaty-invocation" ? (r.treaty ?? "a treaty") : undefined, document: r.document, from: lateNote(c, r.date), help: r.scope?.help }),
    [...facts, ...(inScope?.facts ?? []), ...(speaks.reason?.code === "consent.controlAndRecognition" ? [] : (speaks.facts ?? []))],
  );
  return speaks.doctrine ? { ...ok, doctrine: speaks.doctrine } : ok;
}

/** The requests a state made, with their paths, and those of them that ask for help (the same on every date: once per situation and state). */
const requestsBy = (m: Model, state: string): { all: { r: Request; path: string }[]; forHelp: { r: Request; path: string }[] } =>
  m.memo(requestsBy, state, () => {
    const all = (m.situation.requests ?? []).map((r, i) => ({ r, path: `$.requests[${i}]` })).filter(({ r }) => r.by === state);
    return { all, forHelp: all.filter(({ r }) => !NOT_REQUESTS_FOR_HELP.has(r.form)) };
  });

function requestTest(c: LawCtx): Finding {
  const victim = c.m.name(c.victim!);
  const { all, forHelp } = requestsBy(c.m, c.victim!);
  const mine = forHelp.filter(({ r }) => addressedTo(c, r));
  const findings = mine.map(({ r, path }) => ({ r, f: requestCovers(c, r, path) }));
  const hit = findings.find((x) => x.f.value === "yes");
  if (hit) return hit.f;
  const open = findings.find((x) => x.f.value === "unknown");
  if (open) return open.f;
  if (findings.length) return findings.sort((x, y) => span(x.r.date).earliest.localeCompare(span(y.r.date).earliest))[0].f;
  const treaties = c.m.alliesOf(c.victim!, c.actor);
  if (treaties.length) {
    const p = position(c, "standingTreatyRequest");
    return {
      value: p === "treaty-suffices" ? "yes" : "no",
      reason: R.standingTreaty({ victim, actor: c.m.name(c.actor), treaty: treaties[0].treaty, suffices: p === "treaty-suffices" }),
      facts: ["$.requests", "$.alliances"],
      doctrine: { switch: "standingTreatyRequest", position: p },
    };
  }
  const notHelp = all.find(({ r }) => NOT_REQUESTS_FOR_HELP.has(r.form));
  if (notHelp) return no(R.notArmedHelp({ victim, date: notHelp.r.date, form: notHelp.r.form, document: notHelp.r.document }), [notHelp.path]);
  const elsewhere = forHelp.find(({ r }) => r.to !== "all");
  if (elsewhere && elsewhere.r.to !== "all") return no(R.requestNotToHelper({ victim, to: names(c, elsewhere.r.to), actor: c.m.name(c.actor) }), [`${elsewhere.path}.to`]);
  return c.m.absent("requests") === "no" ? no(R.noRequest({ victim, actor: c.m.name(c.actor) }), ["$.requests"]) : unknown(R.requestMaybe({ victim }), ["$.requests"]);
}

const requested = leaf<LawCtx>(
  { id: "requested", label: "The victim requested this state's armed help, covering this force on this date", cite: ["nicaragua-199", "nicaragua-232-234", "nicaragua-236"] },
  requestTest,
);

const notOwnAssessment = leaf<LawCtx>(
  { id: "own-assessment", label: "The helper does not act on its own assessment of the situation", cite: ["nicaragua-195"] },
  (c) => {
    const path = useFact(c, "assessments.ownAssessment");
    const stated = fact(c.use.assessments?.ownAssessment);
    if (stated.stated) {
      if (stated.value === "yes") return no(R.ownAssessmentStated({ value: "yes" }, stated), [path]);
      if (stated.value === "no") return yes(R.ownAssessmentStated({ value: "no" }, stated), [path]);
      return unknown(R.ownAssessmentStated({ value: "unknown" }, stated), [path]);
    }
    // Not stated: the helper acts on the victim's assessment exactly when it acts on its request.
    const asked = requestTest(c).value;
    if (asked === "unknown") return unknown(R.requestUnknownSoAssessment(), ["$.requests"]);
    return asked === "yes" ? yes(R.onRequest()) : no(R.ownAssessment());
  },
);

const withinVictimSelfDefence = leaf<LawCtx>({ id: "within-victim", label: "The help stays within what the victim's own self-defence would allow", cite: ["nicaragua-195", "nicaragua-249"] }, (c) => {
  const f = fact(c.use.assessments?.withinVictimSelfDefence);
  const path = useFact(c, "assessments.withinVictimSelfDefence");
  if (f.value === "unknown") return unknown(f.stated ? R.withinVictim({ value: "unknown" }, f) : R.withinVictimNotStated(), [path]);
  return { value: f.value, reason: R.withinVictim({ value: f.value }, f), facts: [path] };
});

const RESCUE = ["rescue-victim", "repel-attack", "defend-victim"];
const NOT_RESCUE = ["share-burden", "delegated-plan"];

const rescuePurpose = leaf<LawCtx>(
  { id: "purpose", label: "Its purpose is to come to the victim's rescue, not to share a burden or carry out a delegated plan", cite: ["lee-2015", "nicaragua-195"] },
  (c) => {
    const purposes = c.use.purposes ?? [];
    const path = useFact(c, "purposes");
    const bad = purposes.filter((p) => NOT_RESCUE.includes(p));
    if (bad.length) return no(R.badPurpose({ purposes: bad }), [path]);
    const good = purposes.filter((p) => RESCUE.includes(p));
    if (good.length) return yes(R.goodPurpose({ purposes: good }), [path]);
    // Purposes stated, none of them the victim's defence: the force is not the victim's rescue.
    if (purposes.length) return no(R.otherPurposes({ purposes }), [path]);
    return unknown(R.purposeNotStated(), [path]);
  },
);

const closeLink = doctrine<LawCtx>({ id: "close-link", label: "A close link between helper and victim", cite: ["bowett-1958", "nicaragua-199"] }, "closeLink", {
  "not-required": leaf({ id: "close-link-not-required", label: "Close link (not required)", weight: "evidence", cite: ["nicaragua-199"] }, () => yes(R.closeLinkNotRequired())),
  required: leaf({ id: "close-link-required", label: "Close link (required)", cite: ["bowett-1958"] }, (c) => {
    const f = fact(c.use.assessments?.closeLink);
    const path = useFact(c, "assessments.closeLink");
    if (f.stated && f.value !== "unknown") return { value: f.value, reason: R.closeLinkStated({ value: f.value }, f), facts: [path] };
    const allied = c.m.alliesOf(c.victim!, c.actor);
    if (allied.length) return yes(R.allied({ treaty: allied[0].treaty }), ["$.alliances"]);
    return unknown(R.closeLinkNotStated(), [path]);
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

/** The victims the helper may be defending: those it names, else every state attacked by another. */
function victims(c: LawCtx): string[] {
  if (c.use.onBehalfOf) return c.use.onBehalfOf.filter((v) => v !== c.actor);
  const wanted = c.use.respondsTo;
  const attacked = (c.m.situation.attacks ?? []).filter((a) => !wanted || wanted.includes(a.id)).flatMap((a) => c.m.victimsOf(a));
  return [...new Set(attacked)].filter((v) => v !== c.actor);
}

/** The victims and their attacks the helper may be defending (the same on every date: found once per situation, use and helper). */
function collectiveCandidates(c: LawCtx): { key: string; label: string; attack: Attack; victim: string }[] {
  return c.m.memo(collectiveCandidates, `${c.use.id}\u0000${c.actor}`, () =>
    victims(c).flatMap((v) =>
      // An attack by the helper itself never founds its collective self-defence (an aggressor defends no one).
      attacksOn(c, v)
        .filter((a) => a.by !== c.actor && isAuthor(c.m, a, c.actor) !== "yes")
        .map((a) => ({ key: `${v}:${a.id}`, label: `${c.m.name(v)}: ${attackLabel(c, a)}`, attack: a, victim: v })),
    ),
  );
}

export const collectiveSelfDefence: Rule<LawCtx> = every(
  { id: "actors", label: "Each state using force acts in collective self-defence", cite: ["charter-51"] },
  actors,
  some(
    { id: "victims", label: "An armed attack on a victim state that asked for help", cite: ["charter-51", "nicaragua-211"] },
    (c) => collectiveCandidates(c).map(({ key, label, attack, victim }) => ({ key, label, ctx: { ...c, attack, victim } })),
    all({ id: "conditions", label: "Conditions of collective self-defence", cite: ["charter-51", "nicaragua-195", "nicaragua-199"] }, conditionsOfCollectiveSelfDefence),
    (c) => {
      const vs = victims(c);
      const byOthers = vs.some((v) => attacksOn(c, v).length > 0);
      if (vs.length && !byOthers && c.use.onBehalfOf) return noAttack(c, vs[0]);
      return c.m.absent("attacks") === "no" ? no(R.noVictim({ actor: c.m.name(c.actor) }), ["$.attacks"]) : unknown(R.noVictimMaybe(), ["$.attacks"]);
    },
  ),
  () => unknown(R.noActor(), ["$.uses.by"]),
);

/**
 * The dates on which a self-defence answer may change that no dated event of the situation names
 * (the timeline judges on them: src/analysis/timeline.ts): the day force stops answering an ended
 * attack (LONG_AFTER_DAYS, an assumption), the days a threat with no stated end stops being shown
 * imminent (IMMINENT_DAYS, LONG_AFTER_DAYS), each coalition member's own start, and the start of
 * every other use of force (a possible armed attack).
 */
export function selfDefenceChangeDates(m: Model, use: UseOfForce): string[] {
  const out: string[] = [];
  const after = (d: string, n: number) => addDays(span(d).latest, n + 1);
  for (const a of m.situation.attacks ?? []) {
    const end = m.endOf(a);
    if (a.stage === "occurred" || a.stage === "launched") {
      if (end) out.push(after(end, LONG_AFTER_DAYS));
    } else if (a.stage !== "remote" && !end) out.push(after(a.date, IMMINENT_DAYS), after(a.date, LONG_AFTER_DAYS));
  }
  for (const d of Object.values(use.startBy ?? {})) out.push(span(d).earliest);
  for (const u of m.situation.uses) if (u.id !== use.id) out.push(span(u.start).earliest);
  // A use weighed as an attack is one only from when it uses weapons against its target.
  for (const u of m.situation.uses) if (u.id !== use.id && u.engagedFrom && u.engagedFrom !== "never") out.push(span(u.engagedFrom).earliest);
  return out;
}
