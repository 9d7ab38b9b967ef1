// Article 9 as read on a date: when may the SDF use force at all?
//
// Art 9(1): 「日本国民は、正義と秩序を基調とする国際平和を誠実に希求し、国権の発動たる戦争と、武力による
// 威嚇又は武力の行使は、国際紛争を解決する手段としては、永久にこれを放棄する。」
//
// 1954-2014 (traditional three conditions, MOD White Paper 2009): 1) わが国に対する急迫不正の侵害があること
// 2) この場合にこれを排除するためにほかの適当な手段がないこと 3) 必要最小限度の実力行使にとどまるべきこと.
// 1972 view / 1981 answer: collective self-defence exceeds the minimum necessary: 憲法上許されない.
//
// From 1 July 2014 (three new conditions): ① 我が国に対する武力攻撃が発生したこと、又は我が国と密接な関係にある
// 他国に対する武力攻撃が発生し、これにより我が国の存立が脅かされ、国民の生命、自由及び幸福追求の権利が根底から
// 覆される明白な危険があること ② これを排除し、我が国の存立を全うし、国民を守るために他に適当な手段がないこと
// ③ 必要最小限度の実力行使にとどまるべきこと
import { all, any, leaf, no, some, unless, unknown, yes, type Finding, type Rule } from "../../engine/rule.js";
import { fact } from "../../scenario/model.js";
import type { Reason, Words } from "../../engine/reason.js";
import type { Attack } from "../../scenario/schema.js";
import { characterRule } from "./character.js";
import { reasons, renderReason } from "../../engine/reason.js";
import { armedAttack, attackText, commenced, foreignTerritories, from, jpPath, onJapan, onOthers, read, stateOrQuasiState, treatyPartner, type JpCtx } from "./context.js";

type At = { attack: Reason };
type St = { state: string };
type Pl = { places: string[] };
const pl = (w: Words, xs: string[]) => w.list(xs);

export const R = reasons("jp.art9", {
  notEstablished: { en: (a: At, w) => `${w.reason(a.attack)}: not established`, ja: (a: At, w) => `${w.reason(a.attack)}：事実として認められない` },
  shortOfArmedAttack: { en: (a: At, w) => `${w.reason(a.attack)} is an infringement short of an armed attack`, ja: (a: At, w) => `${w.reason(a.attack)}は武力攻撃に至らない侵害である` },
  nonStateAuthor: {
    en: (a: At, w) => `${w.reason(a.attack)} is the act of a non-state group, not of a state or quasi-state organisation`,
    ja: (a: At, w) => `${w.reason(a.attack)}は国又は国に準ずる組織の行為ではない`,
  },
  imminentOnly: {
    en: (a: At, w) => `${w.reason(a.attack)}: a clear danger of an armed attack is imminent, but force may be used only once the attack has been commenced`,
    ja: (a: At, w) => `${w.reason(a.attack)}：武力攻撃が発生する明白な危険が切迫しているが、武力の行使は相手方が武力攻撃に着手した時点以降に限られる`,
  },
  anticipatedOnly: {
    en: (a: At, w) => `${w.reason(a.attack)}: an armed attack is only anticipated; pre-emptive attack on a presumed threat is not permitted`,
    ja: (a: At, w) => `${w.reason(a.attack)}：武力攻撃は予測されるにとどまる。おそれがあると推量される段階での先制攻撃は許されない`,
  },
  commencedUnknown: {
    en: (a: At, w) => `whether ${w.reason(a.attack)} is an armed attack by a state or quasi-state organisation, commenced, is not established`,
    ja: (a: At, w) => `${w.reason(a.attack)}が国又は国に準ずる組織による武力攻撃の着手に当たるかは不明`,
  },
  commenced: { en: (a: At, w) => `${w.reason(a.attack)}: an armed attack, commenced`, ja: (a: At, w) => `${w.reason(a.attack)}：武力攻撃の発生（着手）` },
  attackOnOthers: {
    en: (a: { victims: string[] }) =>
      `the attack is on ${a.victims.join(", ")}, not on Japan: repelling an armed attack on another state is collective self-defence, which Article 9 does not permit`,
    ja: (a: { victims: string[] }) => `攻撃は${a.victims.join("、")}に対するもので、我が国に対するものではない：他国に加えられた武力攻撃を阻止する集団的自衛権の行使は憲法上許されない`,
  },
  noAttackOnJapan: { en: () => "no armed attack on Japan is recorded", ja: () => "我が国に対する武力攻撃の記録はない" },
  noAttackOnJapanMaybe: { en: () => "no attack on Japan is recorded, and the record may be incomplete", ja: () => "我が国に対する攻撃の記録はないが、記録は不完全な可能性がある" },
  close: { en: (a: St) => `${a.state} is in a close relationship with Japan`, ja: (a: St) => `${a.state}は我が国と密接な関係にある他国である` },
  notClose: { en: (a: St) => `${a.state} is not in a close relationship with Japan`, ja: (a: St) => `${a.state}は我が国と密接な関係にある他国ではない` },
  closeUnknown: { en: (a: St) => `whether ${a.state} is in a close relationship with Japan is not established`, ja: (a: St) => `${a.state}が密接な関係にある他国かは不明` },
  closeByTreaty: {
    en: (a: St) => `${a.state} is Japan's partner under the Japan-US Security Treaty: the US 'would basically qualify' (MOFA)`,
    ja: (a: St) => `${a.state}は日米安全保障条約の締約国であり、米国は基本的に該当する（外務省答弁）`,
  },
  closeNotStated: {
    en: (a: St) => `whether ${a.state} is in a close relationship with Japan is not stated (the states that qualify are not fixed in advance)`,
    ja: (a: St) => `${a.state}が密接な関係にある他国かは記載がない（あらかじめ特定されない）`,
  },
  survival: {
    en: () => "the government finds that Japan's survival is threatened and that there is such a clear danger",
    ja: () => "政府は、我が国の存立が脅かされ、国民の権利が根底から覆される明白な危険があると認定している",
  },
  noSurvival: { en: () => "the government does not find that Japan's survival is threatened", ja: () => "我が国の存立が脅かされる明白な危険は認められない" },
  survivalUnknown: {
    en: () => "whether Japan's survival is threatened (a government finding, case by case) is not stated",
    ja: () => "我が国の存立が脅かされる明白な危険の有無（政府が個別に判断）は記載がない",
  },
  noAttackOnOthers: { en: () => "no armed attack on a foreign country is recorded", ja: () => "他国に対する武力攻撃の記録はない" },
  noAttackOnOthersMaybe: { en: () => "no attack on a foreign country is recorded, and the record may be incomplete", ja: () => "他国に対する攻撃の記録はないが、記録は不完全な可能性がある" },
  noOtherMeans: { en: () => "there is no other appropriate means", ja: () => "他に適当な手段がない" },
  otherMeans: { en: () => "other appropriate means exist", ja: () => "他に適当な手段がある" },
  otherMeansUnknown: { en: () => "whether there is no other appropriate means is not stated", ja: () => "他に適当な手段がないかは記載がない" },
  minimum: { en: () => "the force stays within the minimum extent necessary", ja: () => "必要最小限度の実力行使にとどまる" },
  beyondMinimum: { en: () => "the force goes beyond the minimum extent necessary", ja: () => "必要最小限度を超える" },
  minimumUnknown: { en: () => "whether the force stays within the minimum necessary is not stated", ja: () => "必要最小限度にとどまるかは記載がない" },
  notOverseas: { en: () => "the action takes place in Japan's territory or on the high seas", ja: () => "我が国の領域又は公海上での行動である" },
  missileBases: {
    en: (a: Pl, w) => `${pl(w, a.places)}: striking the bases of a missile attack on Japan, where there is no other means, is legally within self-defence (1956 view)`,
    ja: (a: Pl, w) => `${pl(w, a.places)}：ミサイル攻撃に対しその基地をたたくことは、他に手段がない場合、法理的には自衛の範囲に含まれる（昭和31年政府見解）`,
  },
  hormuz: {
    en: (a: Pl, w) =>
      `${pl(w, a.places)} is foreign territory, but minesweeping there is the one exception the government named (Hormuz, 2015), while saying it did not concretely envisage it (14 Sept 2015)`,
    ja: (a: Pl, w) => `${pl(w, a.places)}は外国の領域だが、機雷掃海は政府が挙げた唯一の例外（ホルムズ海峡、平成27年）。ただし政府は現実の問題として具体的に想定していないとした（同9月14日）`,
  },
  overseas: {
    en: (a: Pl, w) => `${pl(w, a.places)} is foreign territory: sending forces there to use force is generally not permitted`,
    ja: (a: Pl, w) => `${pl(w, a.places)}は外国の領域である：武力行使の目的で武装した部隊を他国の領域へ派遣する海外派兵は一般に許されない`,
  },
  noForces: { en: () => "the Self-Defense Forces were established only on 1 July 1954", ja: () => "自衛隊の創設は昭和29年7月1日" },
  barsForce: { en: () => "Article 9 renounces war and the threat or use of force", ja: () => "第9条は戦争と武力による威嚇又は武力の行使を放棄する" },
});

// ---- an armed attack on Japan, commenced ---------------------------------------------------------

function rankFinding(fs: Finding[]): Finding | undefined {
  return fs.find((f) => f.value === "yes") ?? fs.find((f) => f.value === "unknown") ?? fs[0];
}

/** Is this attack an armed attack by a state or quasi-state organisation that has been commenced? */
export function armedAttackCommenced(c: JpCtx, a: Attack): Finding {
  const facts = [c.m.path("attacks", a.id)];
  const what = attackText(c, a);
  if (fact(a.established, "yes").value === "no") return no(R.notEstablished({ attack: what }), [c.m.path("attacks", a.id, "established")]);
  const g = armedAttack(a);
  if (g === "no") return no(R.shortOfArmedAttack({ attack: what }), [c.m.path("attacks", a.id, "gravity")]);
  const author = stateOrQuasiState(c, a);
  if (author === "no") return no(R.nonStateAuthor({ attack: what }), [c.m.path("attacks", a.id, "by")]);
  if (a.stage === "imminent")
    return no(R.imminentOnly({ attack: what }), facts);
  if (a.stage === "contextual" || a.stage === "remote")
    return no(R.anticipatedOnly({ attack: what }), facts);
  const started = commenced(a);
  if (g === "unknown" || author === "unknown" || started === "unknown")
    return unknown(
      R.commencedUnknown({ attack: what }),
      [g === "unknown" ? c.m.path("attacks", a.id, "gravity") : "", author === "unknown" ? c.m.path("attacks", a.id, "attribution") : "", started === "unknown" ? c.m.path("attacks", a.id, "established") : ""].filter(Boolean),
      facts,
    );
  return yes(R.commenced({ attack: what }), facts);
}

function attackOnJapanFinding(c: JpCtx, collectiveBarred: boolean): Finding {
  const attacks = onJapan(c);
  if (attacks.length === 0) {
    const others = onOthers(c);
    if (others.length && collectiveBarred)
      return no(
        R.attackOnOthers({ victims: [...new Set(others.map((a) => c.m.name(a.against)))] }),
        ["$.attacks"],
      );
    return c.m.absent("attacks") === "no" ? no(R.noAttackOnJapan(), ["$.attacks"]) : unknown(R.noAttackOnJapanMaybe(), ["$.attacks"]);
  }
  return rankFinding(attacks.map((a) => armedAttackCommenced(c, a)))!;
}

export const attackOnJapanTraditional = leaf<JpCtx>(
  {
    id: "jp-tc-1",
    label: "(1) An imminent and unlawful infringement against Japan (an armed attack on Japan, commenced)",
    cite: ["jp-three-conditions", "jp-1972-view", "jp-1981-answer", "jp-attack-commenced"],
  },
  (c) => attackOnJapanFinding(c, true),
);

export const attackOnJapanNew = leaf<JpCtx>(
  { id: "jp-nc-1a", label: "An armed attack against Japan has occurred (commenced)", cite: ["jp-new-three-conditions", "jp-attack-commenced"] },
  (c) => attackOnJapanFinding(c, false),
);

// ---- an armed attack on a foreign country in a close relationship, threatening Japan's survival ---

const victimAttacked = leaf<JpCtx>({ id: "jp-victim-attacked", label: "An armed attack against that country has occurred", cite: ["jp-new-three-conditions", "jp-attack-commenced"] }, (c) =>
  armedAttackCommenced(c, c.attack!),
);

export const closeRelationship = leaf<JpCtx>(
  { id: "jp-close-relationship", label: "It is a foreign country in a close relationship with Japan", cite: ["jp-new-three-conditions", "jp-mofa-close"] },
  (c) => {
    const v = c.victim!;
    const stated = read(c.jp.closeRelationship?.[v]);
    const path = jpPath(c, `closeRelationship.${v}`);
    if (stated.stated)
      return from(stated, path, { yes: R.close({ state: c.m.name(v) }), no: R.notClose({ state: c.m.name(v) }), unknown: R.closeUnknown({ state: c.m.name(v) }) });
    if (treatyPartner(c, v))
      return yes(R.closeByTreaty({ state: c.m.name(v) }), ["$.alliances"]);
    return unknown(R.closeNotStated({ state: c.m.name(v) }), [path]);
  },
);

export const survivalThreat = leaf<JpCtx>(
  {
    id: "jp-survival-threat",
    label: "It threatens Japan's survival and poses a clear danger of fundamentally overturning the people's right to life, liberty and the pursuit of happiness",
    cite: ["jp-new-three-conditions", "jp-cd-2014-3-3", "jp-const-13"],
  },
  (c) =>
    from(read(c.jp.findings?.survivalThreat), jpPath(c, "findings.survivalThreat"), { yes: R.survival(), no: R.noSurvival(), unknown: R.survivalUnknown() }),
);

/**
 * The foreign states attacked that the action answers (those named in onBehalfOf, if any). A
 * candidate's label is its name in English (the engine's summaries quote it); the answer relabels
 * it in the language asked for.
 */
export function attackedCountries(c: JpCtx) {
  const wanted = c.use.onBehalfOf;
  return onOthers(c)
    .filter((a) => !wanted || wanted.includes(a.against))
    .map((a) => ({ key: `${a.against}:${a.id}`, label: `${c.m.name(a.against)}: ${renderReason(attackText(c, a))}`, ctx: { ...c, victim: a.against, attack: a } }));
}

/** Some foreign country in a close relationship has suffered an armed attack that threatens Japan's survival. */
export function closeCountryAttacked(id: string, label: string, cite: string[]): Rule<JpCtx> {
  return some<JpCtx>(
    { id, label, cite },
    attackedCountries,
    all({ id: "jp-close-country", label: "An armed attack on a foreign country in a close relationship, threatening Japan's survival", cite }, [victimAttacked, closeRelationship, survivalThreat]),
    (c) =>
      c.m.absent("attacks") === "no"
        ? no(R.noAttackOnOthers(), ["$.attacks"])
        : unknown(R.noAttackOnOthersMaybe(), ["$.attacks"]),
  );
}

// ---- conditions (2) and (3) -----------------------------------------------------------------------

export const noOtherMeans = (id: string, label: string, cite: string[]) =>
  leaf<JpCtx>({ id, label, cite }, (c) =>
    from(read(c.jp.findings?.noOtherMeans), jpPath(c, "findings.noOtherMeans"), { yes: R.noOtherMeans(), no: R.otherMeans(), unknown: R.otherMeansUnknown() }),
  );

export const minimumNecessary = (id: string, label: string, cite: string[]) =>
  leaf<JpCtx>({ id, label, cite }, (c) =>
    from(read(c.jp.findings?.minimumNecessary), jpPath(c, "findings.minimumNecessary"), { yes: R.minimum(), no: R.beyondMinimum(), unknown: R.minimumUnknown() }),
  );

// ---- no overseas dispatch to use force (海外派兵は一般に許されない) ------------------------------

const overseas = (hormuzException: boolean) =>
  leaf<JpCtx>(
    {
      id: "jp-no-overseas-dispatch",
      label: "Not a dispatch of forces into foreign territory to use force (kaigai hahei), which is generally not permitted",
      cite: hormuzException ? ["jp-abe-2014-07-01", "jp-hormuz", "jp-1956-view"] : ["jp-abe-2014-07-01", "jp-1956-view"],
    },
    (c) => {
      const foreign = foreignTerritories(c);
      if (foreign.length === 0) return yes(R.notOverseas(), [c.m.path("uses", c.use.id, "where")]);
      const names = foreign.map((p) => c.m.name(p.id));
      const attackers = onJapan(c).filter((a) => a.kind === "missile").map((a) => c.m.attackerState(a));
      if (c.jp.activity === "repel-attack" && foreign.every((p) => attackers.includes(p.state as string)))
        return yes(R.missileBases({ places: names }), [c.m.path("uses", c.use.id, "where")]);
      if (hormuzException && c.jp.activity === "minesweeping")
        return yes(
          R.hormuz({ places: names }),
          [c.m.path("uses", c.use.id, "where")],
        );
      return no(R.overseas({ places: names }), [c.m.path("uses", c.use.id, "where")]);
    },
  );

// ---- the readings --------------------------------------------------------------------------------

/** 1954 to 30 June 2014: individual self-defence only, under the traditional three conditions. */
export const traditionalReading: Rule<JpCtx> = all(
  {
    id: "jp-art9-traditional",
    label: "Article 9 as read from 1954 to 30 June 2014: the traditional three conditions; collective self-defence not permitted",
    cite: ["jp-three-conditions", "jp-1972-view", "jp-1981-answer"],
  },
  [
    attackOnJapanTraditional,
    noOtherMeans("jp-tc-2", "(2) No other appropriate means to repel it", ["jp-three-conditions"]),
    minimumNecessary("jp-tc-3", "(3) Use of force confined to the minimum necessary", ["jp-three-conditions", "jp-1981-answer"]),
    overseas(false),
  ],
);

/** From 1 July 2014: the three new conditions. */
export const newReading: Rule<JpCtx> = all(
  { id: "jp-art9-2014", label: "Article 9 as read from 1 July 2014: the three new conditions", cite: ["jp-cd-2014-3-3", "jp-new-three-conditions"] },
  [
    any(
      {
        id: "jp-nc-1",
        label: "(1) An armed attack against Japan, or against a foreign country in a close relationship with Japan that threatens Japan's survival",
        cite: ["jp-new-three-conditions"],
      },
      [attackOnJapanNew, closeCountryAttacked("jp-nc-1b", "An armed attack against a foreign country in a close relationship with Japan, threatening Japan's survival", ["jp-new-three-conditions", "jp-cd-2014-3-3"])],
    ),
    noOtherMeans("jp-nc-2", "(2) No other appropriate means to repel the attack, ensure Japan's survival and protect its people", ["jp-new-three-conditions"]),
    minimumNecessary("jp-nc-3", "(3) Use of force limited to the minimum extent necessary", ["jp-new-three-conditions"]),
    overseas(true),
  ],
);

export const noForces: Rule<JpCtx> = leaf({ id: "jp-no-forces", label: "Self-Defense Forces exist", cite: ["jp-sdf-1954"] }, (c) =>
  no(R.noForces()),
);

/** Article 9 permits the action: it is no use of force, or the reading in force allows the force. */
export function article9(reading: Rule<JpCtx>, activity: Parameters<typeof characterRule>[0], label: string): Rule<JpCtx> {
  return any({ id: "jp-art9", label, cite: ["jp-const-9"] }, [
    unless(
      { id: "jp-not-force", label: "The action is not a use of force, which is what Article 9 renounces", cite: ["jp-const-9", "jp-cd-2014-2-1"] },
      leaf({ id: "jp-art9-bars-force", label: "Article 9 renounces the use of force, not other activity", cite: ["jp-const-9"] }, (c) =>
        yes(R.barsForce()),
      ),
      characterRule(activity),
    ),
    reading,
  ]);
}

