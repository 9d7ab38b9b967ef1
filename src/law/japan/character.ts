// Is the action a "use of force" (武力の行使) at all? Article 9 renounces the use of force; the
// government has long held that weapons use short of fighting a state or quasi-state organisation
// (police-type action), and support that is not "integrated with the use of force" by others, are
// not such use. This is the question Article 9 asks first.
//
// 2014 Decision 2(1)ア: 「いわゆる後方支援と言われる支援活動それ自体は、『武力の行使』に当たらない活動である。」
// ... 他国の「武力の行使と一体化」することにより、わが国自身が憲法の下で認められない「武力の行使」を
// 行ったとの法的評価を受けることがないよう ...
// 2014 Decision 2(2)ア: 「駆け付け警護」に伴う武器使用や「任務遂行のための武器使用」については、これを
// 「国家または国家に準ずる組織」に対して行った場合には、憲法第9条が禁ずる「武力の行使」に該当する恐れがある
import { all, leaf, no, position, unknown, yes, type Finding, type Rule } from "../../engine/rule.js";
import { or, type Tri } from "../../engine/tri.js";
import { reasons, type Reason } from "../../engine/reason.js";
import { activityJa } from "./words.js";
import { answered, armedAttack, attackText, ended, from, jpPath, read, readScope, stateOrQuasiState, type Activity, type JpCtx } from "./context.js";

type Why = { why: Reason };

export const R = reasons("jp.character", {
  abandoned: { en: () => "the mines are abandoned, no longer part of hostilities", ja: () => "機雷は遺棄されたもので、戦闘の一部ではない" },
  notAbandoned: { en: () => "the mines are part of hostilities in progress", ja: () => "機雷は現に行われている戦闘の一部である" },
  abandonedUnknown: { en: () => "whether the mines are abandoned is not established", ja: () => "機雷が遺棄されたものかは不明" },
  noHostilities: { en: () => "no hostilities the mines belong to are recorded", ja: () => "機雷に係る戦闘の記録がない" },
  hostilitiesEnded: {
    en: (a: { ends: string[] }) => `the hostilities ended (${a.ends.join(", ")}): the mines left behind are abandoned`,
    ja: (a: { ends: string[] }) => `戦闘は終了した（${a.ends.join("、")}）：残された機雷は遺棄機雷である`,
  },
  hostilitiesGoOn: { en: () => "the hostilities that laid the mines are still in progress", ja: () => "機雷を敷設した戦闘は現に継続している" },
  hostilitiesEndUnknown: { en: () => "whether the hostilities had ended is not established", ja: () => "戦闘が終了していたかは不明" },
  clearingNotForce: { en: (a: Why, w) => `${w.reason(a.why)}: clearing them is not a use of force`, ja: (a: Why, w) => `${w.reason(a.why)}：その除去は武力の行使ではない` },
  answersNoAttack: { en: () => "the action answers no attack by a state or quasi-state organisation", ja: () => "国又は国に準ずる組織による攻撃に対処するものではない" },
  guardingOnly: {
    en: () => "guarding equipment that answers no attack: weapons only against infringements short of an armed attack, away from combat scenes (art 95-2)",
    ja: () => "攻撃に対処しない武器等の警護：武器の使用は武力攻撃に至らない侵害に対してのみで、戦闘行為の現場では行わない（第95条の2）",
  },
  noAttackMaybe: { en: () => "no attack is recorded, and the record may be incomplete", ja: () => "攻撃の記録がなく、記録は不完全な可能性がある" },
  fightsArmedAttack: {
    en: (a: { attack: Reason; mines: boolean }, w) =>
      `it answers ${w.reason(a.attack)}, an armed attack by a state or quasi-state organisation: fighting it is a use of force${a.mines ? "; minesweeping in hostilities is a use of force under international law (Abe, July 2014)" : ""}`,
    ja: (a: { attack: Reason; mines: boolean }, w) => `${w.reason(a.attack)}（国又は国に準ずる組織による武力攻撃）に対処するもので、武力の行使に当たる${a.mines ? "。戦闘中の機雷掃海は国際法上武力の行使に当たる（安倍首相、平成26年7月）" : ""}`,
  },
  policeType: {
    en: () => "it answers only infringements short of an armed attack, or acts of a non-state group: police-type action, not a use of force",
    ja: () => "武力攻撃に至らない侵害又は非国家主体の行為にのみ対処する：警察権的な対応であり、武力の行使ではない",
  },
  fightUnknown: {
    en: (a: { attacks: Reason[] }, w) => `whether ${a.attacks.map((x) => w.reason(x)).join("; ")} is an armed attack by a state or quasi-state organisation is not established`,
    ja: (a: { attacks: Reason[] }, w) => `${a.attacks.map((x) => w.reason(x)).join("、")}が国又は国に準ずる組織による武力攻撃かは不明`,
  },
  adversary: {
    en: () => "a state or quasi-state organisation appears as an adversary: weapons use against it could be a use of force",
    ja: () => "国又は国に準ずる組織が敵対するものとして登場する：これに対する武器使用は武力の行使に当たるおそれがある",
  },
  noAdversary: {
    en: () => "no state or quasi-state organisation appears as an adversary: the weapons use is police-type, not a use of force",
    ja: () => "国又は国に準ずる組織は敵対するものとして登場しない：警察権的な武器使用であり、武力の行使ではない",
  },
  adversaryUnknown: { en: () => "whether a state or quasi-state organisation appears as an adversary is not stated", ja: () => "国又は国に準ずる組織が敵対するものとして登場するかは不明" },
  siteGovernment: {
    en: () => "disputed; the government holds that combat is not being conducted there (a non-combat area)",
    ja: () => "争いがある。政府は戦闘行為が行われていない（非戦闘地域）とする",
  },
  siteCourt: { en: () => "disputed; the Nagoya High Court (2008) held it a combat area", ja: () => "争いがある。名古屋高裁（平成20年）は戦闘地域とした" },
  combatAtSite: { en: () => "combat is actually being conducted at the place", ja: () => "当該場所では現に戦闘行為が行われている" },
  noCombatAtSite: { en: () => "no combat is being conducted at the place", ja: () => "当該場所では現に戦闘行為は行われていない" },
  combatAtSiteUnknown: { en: () => "whether combat is being conducted at the place is not stated", ja: () => "当該場所で現に戦闘行為が行われているかは不明" },
  courtOnlyTroops: {
    en: (a: Why, w) => `${w.reason(a.why)}; the court held integrated only the airlift of armed troops into a combat area`,
    ja: (a: Why, w) => `${w.reason(a.why)}。同判決が一体化としたのは武装兵員の戦闘地域への空輸のみ`,
  },
  courtTroops: {
    en: (a: Why, w) => `${w.reason(a.why)}: airlifting armed troops into a combat area is integrated with others' use of force and is itself a use of force`,
    ja: (a: Why, w) => `${w.reason(a.why)}：武装兵員を戦闘地域に空輸するものは他国による武力行使と一体化した行動であり、自らも武力の行使を行ったとの評価を受ける`,
  },
  integrated: { en: (a: Why, w) => `${w.reason(a.why)}: support at the scene of combat is integrated with the use of force`, ja: (a: Why, w) => `${w.reason(a.why)}：戦闘行為の現場での支援は武力の行使と一体化する` },
  notIntegrated: { en: (a: Why, w) => `${w.reason(a.why)}: the support is not integrated with the use of force`, ja: (a: Why, w) => `${w.reason(a.why)}：支援は武力の行使と一体化しない` },
  noWeapons: { en: (a: { activity: string }) => `${a.activity}: no weapons are used against anyone`, ja: (a: { activity: string }) => `${activityJa(a.activity)}：何者に対しても武器を使用しない` },
});

/** Conduct in which the SDF may fight an adversary. */
export const COMBAT: readonly Activity[] = ["repel-attack", "escort", "missile-interception", "minesweeping", "forcible-inspection", "police-response", "anti-piracy", "asset-protection"];
/** Weapons use in peace cooperation and rescue tasks: force only if a state or quasi-state organisation is the adversary. */
export const MISSION_WEAPONS: readonly Activity[] = ["kaketsuke-keigo", "mission-weapons-use", "rescue-nationals"];
/** Support to foreign forces: force only if integrated with their use of force. */
export const SUPPORT: readonly Activity[] = ["logistics-support", "search-and-rescue"];
/** No weapons use against anyone. */
export const NON_FORCIBLE: readonly Activity[] = ["ship-inspection", "peacekeeping", "humanitarian-relief", "transport-nationals", "preparation"];

/** What the action is, if it is not a use of force. */
export function kindIfNotForce(a: Activity): "support" | "police-type" | "non-forcible" {
  if (SUPPORT.includes(a)) return "support";
  if (COMBAT.includes(a) || MISSION_WEAPONS.includes(a)) return "police-type";
  return "non-forcible";
}

/** Minesweeping: are the mines abandoned, no longer part of hostilities in progress? */
export function minesAbandoned(c: JpCtx): Finding {
  const f = read(c.jp.minesAbandoned);
  if (f.stated)
    return from(f, jpPath(c, "minesAbandoned"), { yes: R.abandoned(), no: R.notAbandoned(), unknown: R.abandonedUnknown() });
  const attacks = answered(c);
  if (attacks.length === 0) return unknown(R.noHostilities(), ["$.attacks", jpPath(c, "minesAbandoned")]);
  const over = attacks.map((a) => ended(c, a));
  if (over.every((v) => v === "yes"))
    return yes(R.hostilitiesEnded({ ends: attacks.map((a) => a.end!) }), attacks.map((a) => c.m.path("attacks", a.id, "end")));
  if (over.some((v) => v === "no")) return no(R.hostilitiesGoOn(), attacks.map((a) => c.m.path("attacks", a.id)));
  return unknown(R.hostilitiesEndUnknown(), attacks.map((a) => c.m.path("attacks", a.id, "end")));
}

/** Would the SDF fight a state or quasi-state organisation in an armed attack (an international armed conflict)? */
const combat = leaf<JpCtx>(
  {
    id: "jp-combat",
    label: "The SDF would fight an armed attack by a state or quasi-state organisation (an international armed conflict)",
    cite: ["jp-const-9", "jp-cd-2014-1", "jp-hormuz"],
  },
  (c) => {
    if (c.jp.activity === "minesweeping") {
      const abandoned = minesAbandoned(c);
      if (abandoned.value === "yes") return { ...abandoned, value: "no", reason: R.clearingNotForce({ why: abandoned.reason! }) };
      if (abandoned.value === "unknown") return abandoned;
    }
    const attacks = answered(c);
    // Art 95-2 guarding answers nothing until an infringement comes, and never reaches combat
    // (combat scenes are excluded): its character does not wait on a list of attacks.
    if (attacks.length === 0 && c.jp.activity === "asset-protection") return no(R.guardingOnly());
    if (attacks.length === 0)
      return c.m.absent("attacks") === "no"
        ? no(R.answersNoAttack(), ["$.attacks"])
        : unknown(R.noAttackMaybe(), ["$.attacks"]);
    const per = attacks.map((a) => ({ a, gravity: armedAttack(a), author: stateOrQuasiState(c, a) }));
    const value: Tri = or(per.map((p) => (p.gravity === "no" || p.author === "no" ? "no" : p.gravity === "yes" && p.author === "yes" ? "yes" : "unknown")));
    const facts = attacks.map((a) => c.m.path("attacks", a.id));
    if (value === "yes") {
      const p = per.find((x) => x.gravity === "yes" && x.author === "yes")!;
      return yes(R.fightsArmedAttack({ attack: attackText(c, p.a), mines: c.jp.activity === "minesweeping" }), facts);
    }
    if (value === "no")
      return no(
        R.policeType(),
        facts,
      );
    const open = per.filter((p) => p.gravity === "unknown" || p.author === "unknown");
    return unknown(
      R.fightUnknown({ attacks: open.map((p) => attackText(c, p.a)) }),
      open.flatMap((p) => [p.gravity === "unknown" ? c.m.path("attacks", p.a.id, "gravity") : "", p.author === "unknown" ? jpPath(c, "stateAdversary") : ""].filter(Boolean)),
    );
  },
);

/** In peace cooperation and rescue tasks: does a state or quasi-state organisation appear as the adversary? */
const stateAdversary = leaf<JpCtx>(
  {
    id: "jp-state-adversary",
    label: "A state or quasi-state organisation appears as the adversary of the weapons use",
    cite: ["jp-cd-2014-2-2", "jp-const-9"],
  },
  (c) => {
    const f = read(c.jp.stateAdversary);
    if (f.stated) return from(f, jpPath(c, "stateAdversary"), { yes: R.adversary(), no: R.noAdversary(), unknown: R.adversaryUnknown() });
    const attacks = answered(c);
    const authors = attacks.map((a) => stateOrQuasiState(c, a));
    if (authors.includes("yes")) return yes(R.adversary(), attacks.map((a) => c.m.path("attacks", a.id)));
    if (attacks.length && authors.every((v) => v === "no")) return no(R.noAdversary(), attacks.map((a) => c.m.path("attacks", a.id)));
    return unknown(R.adversaryUnknown(), [jpPath(c, "stateAdversary")]);
  },
);

/**
 * Support: integrated with the use of force? The 2015 test: no support at "the scene where combat
 * is actually being conducted" (現に戦闘行為を行っている現場); the older four factors (Ōmori, 1997).
 * Where the place is disputed (Iraq airlift), the switch jpIttaika gives both answers.
 */
export function combatAtSite(c: JpCtx): Finding {
  const f = readScope(c.jp.support?.combatAtSite);
  const path = jpPath(c, "support.combatAtSite");
  if (f.value === "disputed") {
    const p = position(c, "jpIttaika");
    const d = { switch: "jpIttaika", position: p };
    return p === "government"
      ? { ...no(R.siteGovernment(), [path]), doctrine: d }
      : { ...yes(R.siteCourt(), [path]), doctrine: d };
  }
  return from(f, path, { yes: R.combatAtSite(), no: R.noCombatAtSite(), unknown: R.combatAtSiteUnknown() });
}

const integration = leaf<JpCtx>(
  {
    id: "jp-integration",
    label: "The support is integrated with the use of force by the forces supported (ittaika)",
    cite: ["jp-cd-2014-2-1", "jp-ittaika-2015", "jp-ittaika-1997", "jp-nagoya-2008"],
  },
  (c) => {
    const site = combatAtSite(c);
    const troops = (c.jp.support?.kinds ?? []).includes("armed-troop-transport");
    if (site.value === "yes") {
      const court = site.doctrine?.position === "nagoya-high-court-2008";
      if (court && !troops) return { ...unknown(R.courtOnlyTroops({ why: site.reason! }), [jpPath(c, "support.kinds")]), doctrine: site.doctrine };
      return {
        ...yes(court ? R.courtTroops({ why: site.reason! }) : R.integrated({ why: site.reason! }), site.facts),
        doctrine: site.doctrine,
      };
    }
    if (site.value === "no") return { ...no(R.notIntegrated({ why: site.reason! }), site.facts), doctrine: site.doctrine };
    return site;
  },
);

const noCombat = leaf<JpCtx>({ id: "jp-no-combat", label: "The activity involves no fighting and no support to fighting", cite: ["jp-const-9"] }, (c) =>
  no(R.noWeapons({ activity: c.jp.activity })),
);

/** The character of the action: a use of force (yes), or not (no). */
export function characterRule(a: Activity): Rule<JpCtx> {
  const test = SUPPORT.includes(a) ? integration : MISSION_WEAPONS.includes(a) ? stateAdversary : COMBAT.includes(a) ? combat : noCombat;
  return all({ id: "jp-character", label: "The action is a use of force (buryoku no kōshi) within the meaning of Article 9", cite: ["jp-const-9"] }, [test]);
}
