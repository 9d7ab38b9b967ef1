// Defence operations (防衛出動) and the measures tied to them: the armed attack situation, the
// survival-threatening situation (from 29 March 2016), the anticipated armed attack situation, and
// stop-and-search under the Maritime Transportation Restriction Act. japan.md 2(a), 2(f).
//
// SDF Act art 76(1) (as amended 2015): 一 我が国に対する外部からの武力攻撃が発生した事態又は我が国に対する
// 外部からの武力攻撃が発生する明白な危険が切迫していると認められるに至つた事態 / 二 我が国と密接な関係にある他国に
// 対する武力攻撃が発生し、これにより我が国の存立が脅かされ、国民の生命、自由及び幸福追求の権利が根底から覆される
// 明白な危険がある事態
import { datesOf } from "../statutes.js";
import { all, any, leaf, no, unknown, yes, type Finding } from "../../../engine/rule.js";
import { onOrBefore } from "../../../engine/dates.js";
import { fact } from "../../../scenario/model.js";
import { armedAttackCommenced, closeCountryAttacked } from "../constitution.js";
import { reasons, type Reason } from "../../../engine/reason.js";
import { armedAttack, attackText, onJapan, stateOrQuasiState, type JpCtx } from "../context.js";
import { inJapan, type Instrument } from "../instrument.js";

type At = { attack: Reason };
export const R = reasons("jp.defence", {
  noAttackOnJapan: { en: () => "no armed attack on Japan, actual or imminent, is recorded", ja: () => "我が国に対する武力攻撃（切迫を含む）の記録はない" },
  noAttackMaybe: { en: () => "no attack on Japan is recorded, and the record may be incomplete", ja: () => "我が国に対する攻撃の記録はないが、記録は不完全な可能性がある" },
  notEstablished: { en: (a: At, w) => `${w.reason(a.attack)}: not established`, ja: (a: At, w) => `${w.reason(a.attack)}：事実として認められない` },
  notArmedAttack: {
    en: (a: At, w) => `${w.reason(a.attack)}: not an armed attack by a state or quasi-state organisation`,
    ja: (a: At, w) => `${w.reason(a.attack)}：国又は国に準ずる組織による武力攻撃ではない`,
  },
  anticipatedOnly: {
    en: (a: At, w) => `${w.reason(a.attack)}: anticipated only (an anticipated armed attack situation)`,
    ja: (a: At, w) => `${w.reason(a.attack)}：予測されるにとどまる（武力攻撃予測事態）`,
  },
  armedAttackUnknown: {
    en: (a: At, w) => `whether ${w.reason(a.attack)} is an armed attack by a state or quasi-state organisation is not established`,
    ja: (a: At, w) => `${w.reason(a.attack)}が国又は国に準ずる組織による武力攻撃かは不明`,
  },
  imminent: { en: (a: At, w) => `${w.reason(a.attack)}: a clear danger of an armed attack is imminent`, ja: (a: At, w) => `${w.reason(a.attack)}：武力攻撃が発生する明白な危険が切迫している` },
  occurred: { en: (a: At, w) => `${w.reason(a.attack)}: an armed attack has occurred`, ja: (a: At, w) => `${w.reason(a.attack)}：武力攻撃が発生した` },
  noArmedAttack: { en: () => "no armed attack on Japan", ja: () => "我が国に対する武力攻撃はない" },
  notAnticipated: { en: () => "no armed attack on Japan is anticipated", ja: () => "我が国に対する武力攻撃は予測されていない" },
  anticipated: {
    en: (a: { attacks: Reason[] }, w) => `${a.attacks.map((x) => w.reason(x)).join("; ")}: the situation is tense and an attack is anticipated`,
    ja: (a: { attacks: Reason[] }, w) => `${a.attacks.map((x) => w.reason(x)).join("、")}：事態が緊迫し武力攻撃が予測される`,
  },
  extensionInForce: { en: () => "in force from 29 March 2016", ja: () => "平成28年3月29日施行" },
  extensionNotYet: { en: () => "before 29 March 2016 the Act applied only in armed attack situations", ja: () => "平成28年3月29日前は武力攻撃事態のみに適用" },
});

const best = (fs: Finding[]) => fs.find((f) => f.value === "yes") ?? fs.find((f) => f.value === "unknown") ?? fs[0];

/** Armed attack situation: an external armed attack on Japan has occurred, or a clear danger of one is imminent. */
export const armedAttackSituation = leaf<JpCtx>(
  {
    id: "jp-armed-attack-situation",
    label: "An external armed attack against Japan has occurred, or a clear danger of one is recognised as imminent (armed attack situation)",
    cite: ["jp-situation-defs", "jp-sdf-76", "jp-aasra"],
  },
  (c) => {
    const attacks = onJapan(c);
    if (attacks.length === 0) return c.m.absent("attacks") === "no" ? no(R.noAttackOnJapan(), ["$.attacks"]) : unknown(R.noAttackMaybe(), ["$.attacks"]);
    return best(
      attacks.map((a): Finding => {
        const what = attackText(c, a);
        const path = [c.m.path("attacks", a.id)];
        if (fact(a.established, "yes").value === "no") return no(R.notEstablished({ attack: what }), path);
        const g = armedAttack(a);
        const s = stateOrQuasiState(c, a);
        if (g === "no" || s === "no") return no(R.notArmedAttack({ attack: what }), path);
        if (a.stage === "contextual" || a.stage === "remote") return no(R.anticipatedOnly({ attack: what }), path);
        if (g === "unknown" || s === "unknown") return unknown(R.armedAttackUnknown({ attack: what }), [c.m.path("attacks", a.id, "gravity")], path);
        return yes(a.stage === "imminent" ? R.imminent({ attack: what }) : R.occurred({ attack: what }), path);
      }),
    );
  },
);

/** Force only once the attack has been commenced (着手). */
const commencedLeaf = leaf<JpCtx>(
  { id: "jp-force-once-commenced", label: "Force is used only once the armed attack has been commenced", cite: ["jp-attack-commenced"] },
  (c) => {
    const attacks = onJapan(c);
    if (attacks.length === 0) return no(R.noArmedAttack(), ["$.attacks"]);
    return best(attacks.map((a) => armedAttackCommenced(c, a)));
  },
);

const survivalSituation = closeCountryAttacked(
  "jp-survival-situation",
  "An armed attack against a foreign country in a close relationship with Japan has occurred, threatening Japan's survival (survival-threatening situation)",
  ["jp-situation-defs", "jp-sdf-76"],
);

export const defenceArmedAttack: Instrument = {
  id: "defence-armed-attack",
  name: { en: "Defence operations in an armed attack situation (SDF Act art 76(1)(i))", ja: "防衛出動（武力攻撃事態）（自衛隊法第76条第1項第1号）" },
  law: { en: "SDF Act (Act No. 165 of 1954) art 76; from 2003 the Armed Attack Situations Response Act (Act No. 79 of 2003)", ja: "自衛隊法（昭和29年法律第165号）第76条、事態対処法（平成15年法律第79号）" },
  ...datesOf("defence-armed-attack"),
  cite: ["jp-sdf-76", "jp-aasra", "jp-situation-defs"],
  activities: ["repel-attack", "escort", "missile-interception", "minesweeping"],
  character: "use-of-force",
  conditions: [armedAttackSituation, commencedLeaf],
  diet: (c) =>
    onOrBefore("2003-06-13", c.law) === "yes"
      ? { kind: "prior-in-principle-ex-post-if-urgent", cite: ["jp-aasra", "jp-mod-diet-table"] }
      : {
          kind: "prior-in-principle-ex-post-if-urgent",
          cite: ["jp-sdf-76-1954"],
          note: ["the sources consulted give the rule of the 2003 Act; the wording of art 76 before 2003 is UNVERIFIED", "参照した資料は平成15年法の規定のみ記載。それ以前の第76条の文言は未検証"],
        },
  governmentBasis: ["individual-self-defence"],
  alsoAdmitted: ["collective-security"],
};

export const defenceSurvival: Instrument = {
  id: "defence-survival",
  name: { en: "Defence operations in a survival-threatening situation (SDF Act art 76(1)(ii))", ja: "防衛出動（存立危機事態）（自衛隊法第76条第1項第2号）" },
  law: { en: "SDF Act art 76(1)(ii) and Armed Attack Situations Response Act, as amended by Act No. 76 of 2015", ja: "自衛隊法第76条第1項第2号・事態対処法（平成27年法律第76号による改正後）" },
  ...datesOf("defence-survival"),
  cite: ["jp-sdf-76", "jp-legislation-2015", "jp-situation-defs"],
  activities: ["repel-attack", "escort", "missile-interception", "minesweeping"],
  character: "use-of-force",
  conditions: [survivalSituation],
  diet: () => ({ kind: "prior-in-principle-ex-post-if-urgent", cite: ["jp-mod-diet-table", "jp-aasra"] }),
  commitment: "prior-without-exception",
  governmentBasis: ["collective-self-defence"],
  alsoAdmitted: ["collective-security"],
};

export const anticipated: Instrument = {
  id: "anticipated-armed-attack",
  name: { en: "Measures in an anticipated armed attack situation (defensive positions, stand-by; SDF Act art 77-2)", ja: "武力攻撃予測事態における措置（防御施設構築等、自衛隊法第77条の2）" },
  law: { en: "Armed Attack Situations Response Act (Act No. 79 of 2003); SDF Act art 77-2", ja: "事態対処法（平成15年法律第79号）、自衛隊法第77条の2" },
  ...datesOf("anticipated-armed-attack"),
  datesNote: { en: "the sources consulted give only the year 2003; the day is UNVERIFIED (from memory)", ja: "参照した資料は平成15年とのみ記載。施行日は未検証" },
  cite: ["jp-anticipated", "jp-aasra"],
  activities: ["preparation"],
  character: "non-forcible",
  conditions: [
    leaf<JpCtx>(
      { id: "jp-anticipated-situation", label: "An external armed attack against Japan is anticipated (or imminent)", cite: ["jp-situation-defs", "jp-anticipated"] },
      (c) => {
        const attacks = onJapan(c);
        if (attacks.length === 0) return no(R.notAnticipated(), ["$.attacks"]);
        return yes(R.anticipated({ attacks: attacks.map((a) => attackText(c, a)) }), attacks.map((a) => c.m.path("attacks", a.id)));
      },
    ),
    inJapan("jp-in-japan", "In Japan's territory (the planned deployment areas)", ["jp-anticipated"]),
  ],
  diet: () => ({ kind: "after-cabinet-decision", cite: ["jp-mod-diet-table"] }),
  governmentBasis: ["not-a-use-of-force"],
};

export const maritimeTransportRestriction: Instrument = {
  id: "maritime-transport-restriction",
  name: { en: "Stop-and-search of ships carrying military supplies (Maritime Transportation Restriction Act)", ja: "停船検査（海上輸送規制法）" },
  law: { en: "Maritime Transportation Restriction Act (2004), extended to survival-threatening situations by Act No. 76 of 2015", ja: "海上輸送規制法（平成16年）、平成27年法律第76号により存立危機事態に拡大" },
  ...datesOf("maritime-transport-restriction"),
  datesNote: { en: "the sources consulted give only the year of the 2004 bill (partly read); the day is UNVERIFIED", ja: "参照した資料は平成16年の法案とのみ記載。施行日は未検証" },
  cite: ["jp-mtra"],
  activities: ["forcible-inspection"],
  character: "use-of-force",
  conditions: [
    any<JpCtx>({ id: "jp-mtra-situation", label: "In an armed attack situation, or (from 29 March 2016) a survival-threatening situation", cite: ["jp-mtra"] }, [
      armedAttackSituation,
      all<JpCtx>({ id: "jp-mtra-survival", label: "A survival-threatening situation, from 29 March 2016", cite: ["jp-mtra", "jp-legislation-2015"] }, [
        leaf<JpCtx>({ id: "jp-mtra-from-2016", label: "The extension to survival-threatening situations is in force", cite: ["jp-legislation-2015"] }, (c) =>
          onOrBefore("2016-03-29", c.law) === "yes"
            ? yes(R.extensionInForce())
            : no(R.extensionNotYet()),
        ),
        survivalSituation,
      ]),
    ]),
  ],
  diet: () => ({ kind: "not-in-source", cite: ["jp-mtra"], note: ["believed to follow the defence operation it belongs to (UNVERIFIED)", "防衛出動の承認に従うと考えられる（未検証）"] }),
  governmentBasis: ["individual-self-defence", "collective-self-defence"],
};

