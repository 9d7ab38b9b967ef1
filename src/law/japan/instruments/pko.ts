// International peace cooperation (PKO Act, Act No. 79 of 1992): the five principles, the freeze of
// peacekeeping-force core tasks until 14 December 2001, and from 29 March 2016 kaketsuke-keigo and
// safety-ensuring operations with weapons use to accomplish the mission. japan.md 2(e)(iii), 2(f),
// 2(g)(1). Art 2(2): 「国際平和協力業務の実施等は、武力による威嚇又は武力の行使に当たるものであってはならない。」
import { datesOf } from "../statutes.js";
import { leaf, no, unknown, yes, type Rule } from "../../../engine/rule.js";
import { onOrBefore } from "../../../engine/dates.js";
import { answered, from, jpPath, read, stateOrQuasiState, tx, type JpCtx } from "../context.js";
import { resolutionLeaf, type Instrument } from "../instrument.js";
import type { DietRule } from "../diet.js";

const isPeacekeeping = (c: JpCtx) => c.jp.activity !== "humanitarian-relief";

const resolution = resolutionLeaf(
  "jp-pko-resolution",
  "A UN General Assembly or Security Council resolution the operation rests on",
  ["jp-pko-act"],
  (c) => {
    const r = c.resolution!;
    const sym = r.symbol ?? r.id;
    if (!isPeacekeeping(c)) return { ok: "yes", why: tx(c, `${sym}: a UN resolution (humanitarian relief may also rest on a listed body's request)`, `${sym}：国連の決議（人道的な国際救援活動は所定の国際機関の要請でもよい）`) };
    if ((r.measures ?? []).includes("peacekeeping")) return { ok: "yes", why: tx(c, `${sym} establishes or continues a UN peacekeeping operation`, `${sym}：国連平和維持活動を設置又は継続する決議`) };
    return undefined;
  },
  ["no UN resolution establishing the operation is recorded", "活動の根拠となる国連決議の記録がない"],
);

const says = (yesT: [string, string], noT: [string, string], unknownT: [string, string]) => ({ yes: yesT, no: noT, unknown: unknownT });

const unCommand = leaf<JpCtx>({ id: "jp-pko-un-command", label: "Conducted under the United Nations' overall control", cite: ["jp-pko-act"] }, (c) => {
  if (!isPeacekeeping(c)) return yes(tx(c, "not required for humanitarian relief", "人道的な国際救援活動には不要"));
  const f = read(c.jp.pko?.unCommand);
  const out = from(c, f, jpPath(c, "pko.unCommand"), says(["under UN command", "国際連合の統括の下に行われる"], ["not under UN command", "国際連合の統括の下にない"], ["whether it is under UN command is not stated", "国連の統括の下にあるかは記載がない"]));
  if (out.value === "no" && onOrBefore("2016-03-29", c.law) === "yes")
    return unknown(tx(c, "not UN-led: from 2016 an 'internationally coordinated operation for peace and security' may qualify (its conditions are not in the source)", "国連の統括外：平成28年以降は国際連携平和安全活動に当たり得る（要件は出典に記載なし）"), [jpPath(c, "pko.unCommand")]);
  return out;
});

const ceasefire = leaf<JpCtx>({ id: "jp-pko-ceasefire", label: "Principle 1: a ceasefire agreement between the parties to the conflict", cite: ["jp-pko-five-principles", "jp-pko-act"] }, (c) => {
  if (!isPeacekeeping(c)) return yes(tx(c, "humanitarian relief needs no ceasefire agreement (since 1998)", "人道的な国際救援活動には停戦合意を要しない（平成10年改正以降）"));
  return from(c, read(c.jp.pko?.ceasefire), jpPath(c, "pko.ceasefire"), says(["a ceasefire agreement exists", "停戦の合意が成立している"], ["there is no ceasefire agreement", "停戦の合意がない"], ["whether there is a ceasefire agreement is not stated", "停戦の合意の有無は記載がない"]));
});

const consent = leaf<JpCtx>({ id: "jp-pko-consent", label: "Principle 2: the host state and the parties consent to the operation and to Japan's participation", cite: ["jp-pko-five-principles", "jp-pko-act"] }, (c) =>
  from(c, read(c.jp.pko?.consentOfParties), jpPath(c, "pko.consentOfParties"), says(["the host state and the parties consent", "受入れ国及び紛争当事者が同意している"], ["the consents are missing or lapsed: the work is suspended and the dispatch ends", "同意がない又は失われた：業務は中断され、派遣は終了する"], ["whether the host state and the parties consent is not stated", "受入れ国及び紛争当事者の同意の有無は記載がない"])),
);

const impartial = leaf<JpCtx>({ id: "jp-pko-impartial", label: "Principle 3: the operation is impartial", cite: ["jp-pko-five-principles", "jp-pko-act"] }, (c) => {
  if (!isPeacekeeping(c)) return yes(tx(c, "not required for humanitarian relief", "人道的な国際救援活動には不要"));
  return from(c, read(c.jp.pko?.impartial), jpPath(c, "pko.impartial"), says(["the operation is impartial", "中立的な立場を厳守している"], ["the operation is not impartial", "中立的ではない"], ["whether the operation is impartial is not stated", "中立性は記載がない"]));
});

const freeze = leaf<JpCtx>({ id: "jp-pko-freeze", label: "Peacekeeping-force core tasks were frozen until 14 December 2001", cite: ["jp-pko-2001", "jp-pko-act"] }, (c) => {
  const core = read(c.jp.pko?.coreTasks).value;
  if (core === "no" || !isPeacekeeping(c)) return yes(tx(c, "no peacekeeping-force core tasks", "PKF本体業務を行わない"));
  const frozen = onOrBefore("2001-12-14", c.law) !== "yes";
  if (core === "yes") return frozen ? no(tx(c, `core tasks were frozen on ${c.law} (lifted by Act No. 157 of 14 Dec 2001)`, `${c.law}時点ではPKF本体業務は凍結中（平成13年12月14日の法律第157号で解除）`), [jpPath(c, "pko.coreTasks")]) : yes(tx(c, "the freeze was lifted on 14 December 2001", "凍結は平成13年12月14日に解除"), [jpPath(c, "pko.coreTasks")]);
  return frozen ? unknown(tx(c, "whether the unit performs the frozen core tasks is not stated", "凍結中のPKF本体業務を行うかは記載がない"), [jpPath(c, "pko.coreTasks")]) : yes(tx(c, "no freeze after 14 December 2001", "平成13年12月14日以降は凍結なし"));
});

const stableConsent = leaf<JpCtx>({ id: "jp-pko-stable-consent", label: "The host state's consent is stably maintained throughout the activity (art 6(1))", cite: ["jp-pko-2016", "jp-pko-answer-2016"] }, (c) =>
  from(c, read(c.jp.pko?.consentStable), jpPath(c, "pko.consentStable"), says(["the consent is recognised as stably maintained", "同意が安定的に維持されると認められる"], ["the consent is not stably maintained", "同意が安定的に維持されるとは認められない"], ["whether the consent is stably maintained is not stated", "同意が安定的に維持されるかは記載がない"])),
);

const noStateAdversary = leaf<JpCtx>(
  { id: "jp-pko-no-state-adversary", label: "No state or quasi-state organisation appears as an adversary", cite: ["jp-cd-2014-2-2", "jp-pko-2016"] },
  (c) => {
    const f = read(c.jp.stateAdversary);
    const path = jpPath(c, "stateAdversary");
    if (f.stated) return from(c, { ...f, value: f.value === "yes" ? "no" : f.value === "no" ? "yes" : "unknown" }, path, says(["no state or quasi-state organisation appears as an adversary", "国又は国に準ずる組織が敵対するものとして登場しない"], ["a state or quasi-state organisation appears as an adversary", "国又は国に準ずる組織が敵対するものとして登場する"], ["whether a state or quasi-state organisation appears as an adversary is not stated", "国又は国に準ずる組織が登場するかは記載がない"]));
    const authors = answered(c).map((a) => stateOrQuasiState(c, a));
    if (authors.includes("yes")) return no(tx(c, "a state or quasi-state organisation is among the attackers", "攻撃者に国又は国に準ずる組織が含まれる"), ["$.attacks"]);
    if (authors.length && authors.every((v) => v === "no")) return yes(tx(c, "the attackers are not states or quasi-state organisations", "攻撃者は国又は国に準ずる組織ではない"), ["$.attacks"]);
    return unknown(tx(c, "whether a state or quasi-state organisation appears as an adversary is not stated", "国又は国に準ずる組織が登場するかは記載がない"), [path]);
  },
);

const BASE: Rule<JpCtx>[] = [resolution, unCommand, ceasefire, consent, impartial];

const pkoDiet = (c: JpCtx): DietRule => {
  const core = read(c.jp.pko?.coreTasks).value;
  if (onOrBefore("2016-03-29", c.law) === "yes")
    return core === "no"
      ? { kind: "none", cite: ["jp-pko-act"], note: ["the Cabinet adopts the implementation plan and reports it to the Diet", "実施計画を閣議決定し国会に報告"] }
      : { kind: "not-in-source", cite: ["jp-pko-2016"], note: ["which tasks need approval under the post-2016 text (believed: ceasefire-monitoring-type tasks and safety-ensuring operations) is UNVERIFIED", "改正後に承認を要する業務（停戦監視等及び安全確保業務と考えられる）は未検証"] };
  return core === "yes"
    ? { kind: "prior-or-next-session", cite: ["jp-pko-act"] }
    : core === "no"
      ? { kind: "none", cite: ["jp-pko-act"], note: ["only peacekeeping-force core tasks needed approval; the implementation plan is reported to the Diet (art 7)", "承認はPKF本体業務のみ。実施計画は国会に報告（第7条）"] }
      : { kind: "prior-or-next-session", cite: ["jp-pko-act"], note: ["if the unit performs peacekeeping-force core tasks; otherwise none", "PKF本体業務を行う場合。それ以外は不要"] };
};

export const pko: Instrument = {
  id: "pko",
  name: { en: "International peace cooperation assignments (International Peace Cooperation Act)", ja: "国際平和協力業務（国際平和協力法）" },
  law: { en: "International Peace Cooperation Act (Act No. 79 of 1992)", ja: "国際連合平和維持活動等に対する協力に関する法律（平成4年法律第79号）" },
  ...datesOf("pko"),
  cite: ["jp-pko-act", "jp-pko-five-principles"],
  activities: ["peacekeeping", "humanitarian-relief"],
  character: "non-forcible",
  conditions: [...BASE, freeze],
  diet: pkoDiet,
  governmentBasis: ["not-a-use-of-force"],
};

export const kaketsukeKeigo: Instrument = {
  id: "pko-kaketsuke-keigo",
  name: { en: "Kaketsuke-keigo: going to protect distant personnel under attack (International Peace Cooperation Act, from 2016)", ja: "いわゆる駆け付け警護（国際平和協力法）" },
  law: { en: "International Peace Cooperation Act as amended by Act No. 76 of 2015", ja: "国際平和協力法（平成27年法律第76号による改正後）" },
  ...datesOf("pko-kaketsuke-keigo"),
  cite: ["jp-pko-2016", "jp-cd-2014-2-2"],
  activities: ["kaketsuke-keigo"],
  character: "police-type",
  conditions: [...BASE, stableConsent, noStateAdversary],
  diet: () => ({ kind: "none", cite: ["jp-pko-2016"], note: ["no separate Diet approval: assigned by a Cabinet decision changing the implementation plan (South Sudan, 15 Nov 2016; Nikkei 8 Nov 2016)", "別途の国会承認は不要：実施計画の変更の閣議決定により付与（南スーダン、平成28年11月15日）"] }),
  governmentBasis: ["not-a-use-of-force"],
};

export const safetyEnsuring: Instrument = {
  id: "pko-safety-ensuring",
  name: { en: "Safety-ensuring operations, with weapons use to accomplish the mission (International Peace Cooperation Act, from 2016)", ja: "いわゆる安全確保業務（任務遂行のための武器使用）（国際平和協力法）" },
  law: { en: "International Peace Cooperation Act as amended by Act No. 76 of 2015", ja: "国際平和協力法（平成27年法律第76号による改正後）" },
  ...datesOf("pko-safety-ensuring"),
  cite: ["jp-pko-2016", "jp-cd-2014-2-2"],
  activities: ["mission-weapons-use"],
  character: "police-type",
  conditions: [...BASE, stableConsent, noStateAdversary],
  diet: () => ({ kind: "not-in-source", cite: ["jp-pko-2016"], note: ["believed to need approval like ceasefire-monitoring tasks; the amended art 6(7) was not read (UNVERIFIED)", "停戦監視業務と同様に承認を要すると考えられるが、改正後の第6条第7項は未確認"] }),
  governmentBasis: ["not-a-use-of-force"],
};
