// International peace cooperation (PKO Act, Act No. 79 of 1992): the five principles, the freeze of
// peacekeeping-force core tasks until 14 December 2001, and from 29 March 2016 kaketsuke-keigo and
// safety-ensuring operations with weapons use to accomplish the mission. japan.md 2(e)(iii), 2(f),
// 2(g)(1). Art 2(2): 「国際平和協力業務の実施等は、武力による威嚇又は武力の行使に当たるものであってはならない。」
import { datesOf } from "../statutes.js";
import { leaf, no, unknown, yes, type Rule } from "../../../engine/rule.js";
import { onOrBefore } from "../../../engine/dates.js";
import { reasons } from "../../../engine/reason.js";
import { answered, consentOf, foreignTerritories, from, jpPath, read, stateOrQuasiState, type JpCtx } from "../context.js";
import { resolutionLeaf, type Instrument } from "../instrument.js";
import type { DietRule } from "../diet.js";

export const R = reasons("jp.pko", {
  reliefResolution: {
    en: (a: { symbol: string }) => `${a.symbol}: a UN resolution (humanitarian relief may also rest on a listed body's request)`,
    ja: (a: { symbol: string }) => `${a.symbol}：国連の決議（人道的な国際救援活動は所定の国際機関の要請でもよい）`,
  },
  pkoResolution: { en: (a: { symbol: string }) => `${a.symbol} establishes or continues a UN peacekeeping operation`, ja: (a: { symbol: string }) => `${a.symbol}：国連平和維持活動を設置又は継続する決議` },
  frozen: {
    en: (a: { law: string }) => `core tasks were frozen on ${a.law} (lifted by Act No. 157 of 14 Dec 2001)`,
    ja: (a: { law: string }) => `${a.law}時点ではPKF本体業務は凍結中（平成13年12月14日の法律第157号で解除）`,
  },
  unCommand: { en: () => "under UN command", ja: () => "国際連合の統括の下に行われる" },
  notUnCommand: { en: () => "not under UN command", ja: () => "国際連合の統括の下にない" },
  unCommandUnknown: { en: () => "whether it is under UN command is not stated", ja: () => "国連の統括の下にあるかは記載がない" },
  ceasefire: { en: () => "a ceasefire agreement exists", ja: () => "停戦の合意が成立している" },
  notCeasefire: { en: () => "there is no ceasefire agreement", ja: () => "停戦の合意がない" },
  ceasefireUnknown: { en: () => "whether there is a ceasefire agreement is not stated", ja: () => "停戦の合意の有無は記載がない" },
  consent: { en: () => "the host state and the parties consent", ja: () => "受入れ国及び紛争当事者が同意している" },
  notConsent: { en: () => "the consents are missing or lapsed: the work is suspended and the dispatch ends", ja: () => "同意がない又は失われた：業務は中断され、派遣は終了する" },
  consentUnknown: { en: () => "whether the host state and the parties consent is not stated", ja: () => "受入れ国及び紛争当事者の同意の有無は記載がない" },
  impartial: { en: () => "the operation is impartial", ja: () => "中立的な立場を厳守している" },
  notImpartial: { en: () => "the operation is not impartial", ja: () => "中立的ではない" },
  impartialUnknown: { en: () => "whether the operation is impartial is not stated", ja: () => "中立性は記載がない" },
  stableConsent: { en: () => "the consent is recognised as stably maintained", ja: () => "同意が安定的に維持されると認められる" },
  notStableConsent: { en: () => "the consent is not stably maintained", ja: () => "同意が安定的に維持されるとは認められない" },
  stableConsentUnknown: { en: () => "whether the consent is stably maintained is not stated", ja: () => "同意が安定的に維持されるかは記載がない" },
  noStateAdversary: { en: () => "no state or quasi-state organisation appears as an adversary", ja: () => "国又は国に準ずる組織が敵対するものとして登場しない" },
  stateAdversary: { en: () => "a state or quasi-state organisation appears as an adversary", ja: () => "国又は国に準ずる組織が敵対するものとして登場する" },
  noStateAdversaryUnknown: { en: () => "whether a state or quasi-state organisation appears as an adversary is not stated", ja: () => "国又は国に準ずる組織が登場するかは記載がない" },
  humanitarian: { en: () => "not required for humanitarian relief", ja: () => "人道的な国際救援活動には不要" },
  unLedLater: { en: () => "not UN-led: from 2016 an 'internationally coordinated operation for peace and security' may qualify (its conditions are not in the source)", ja: () => "国連の統括外：平成28年以降は国際連携平和安全活動に当たり得る（要件は出典に記載なし）" },
  noCeasefireNeeded: { en: () => "humanitarian relief needs no ceasefire agreement (since 1998)", ja: () => "人道的な国際救援活動には停戦合意を要しない（平成10年改正以降）" },
  noCoreTasks: { en: () => "no peacekeeping-force core tasks", ja: () => "PKF本体業務を行わない" },
  freezeLifted: { en: () => "the freeze was lifted on 14 December 2001", ja: () => "凍結は平成13年12月14日に解除" },
  frozenUnknown: { en: () => "whether the unit performs the frozen core tasks is not stated", ja: () => "凍結中のPKF本体業務を行うかは記載がない" },
  noFreeze: { en: () => "no freeze after 14 December 2001", ja: () => "平成13年12月14日以降は凍結なし" },
  stateAttacker: { en: () => "a state or quasi-state organisation is among the attackers", ja: () => "攻撃者に国又は国に準ずる組織が含まれる" },
  nonStateAttackers: { en: () => "the attackers are not states or quasi-state organisations", ja: () => "攻撃者は国又は国に準ずる組織ではない" },
  noArmedConflict: {
    en: () => "no armed conflict has occurred: no ceasefire agreement is needed (art 3(1), parenthesis)",
    ja: () => "武力紛争が発生していない：停戦合意を要しない（第3条第1号括弧書）",
  },
  territorialConsent: {
    en: (a: { states: string }) => `no armed conflict has occurred: ${a.states} consents, and the territorial state's consent suffices (art 3(1), parenthesis)`,
    ja: (a: { states: string }) => `武力紛争が発生していない：${a.states}が同意しており、活動が行われる地域の属する国の同意で足りる（第3条第1号括弧書）`,
  },
  noTerritorialConsent: {
    en: (a: { states: string }) => `no armed conflict has occurred, but no consent of ${a.states} (the territorial state) to Japan is recorded`,
    ja: (a: { states: string }) => `武力紛争は発生していないが、${a.states}（活動が行われる地域の属する国）の我が国に対する同意の記録がない`,
  },
  noResolution: { en: () => "no UN resolution establishing the operation is recorded", ja: () => "活動の根拠となる国連決議の記録がない" },
});

const isPeacekeeping = (c: JpCtx) => c.jp.activity !== "humanitarian-relief";

const resolution = resolutionLeaf(
  "jp-pko-resolution",
  "A UN General Assembly or Security Council resolution the operation rests on",
  ["jp-pko-act"],
  (c) => {
    const r = c.resolution!;
    const sym = r.symbol ?? r.id;
    if (!isPeacekeeping(c)) return { ok: "yes", why: R.reliefResolution({ symbol: sym }) };
    if ((r.measures ?? []).includes("peacekeeping")) return { ok: "yes", why: R.pkoResolution({ symbol: sym }) };
    return undefined;
  },
  R.noResolution(),
);

const unCommand = leaf<JpCtx>({ id: "jp-pko-un-command", label: "Conducted under the United Nations' overall control", cite: ["jp-pko-act"] }, (c) => {
  if (!isPeacekeeping(c)) return yes(R.humanitarian());
  const f = read(c.jp.pko?.unCommand);
  const out = from(f, jpPath(c, "pko.unCommand"), { yes: R.unCommand(), no: R.notUnCommand(), unknown: R.unCommandUnknown() });
  if (out.value === "no" && onOrBefore("2016-03-29", c.law) === "yes")
    return unknown(R.unLedLater(), [jpPath(c, "pko.unCommand")]);
  return out;
});

const ceasefire = leaf<JpCtx>({ id: "jp-pko-ceasefire", label: "Principle 1: a ceasefire agreement between the parties to the conflict", cite: ["jp-pko-five-principles", "jp-pko-act"] }, (c) => {
  if (!isPeacekeeping(c)) return yes(R.noCeasefireNeeded());
  if (noArmedConflict(c)) return yes(R.noArmedConflict(), [jpPath(c, "pko.armedConflict")]);
  return from(read(c.jp.pko?.ceasefire), jpPath(c, "pko.ceasefire"), { yes: R.ceasefire(), no: R.notCeasefire(), unknown: R.ceasefireUnknown() });
});

/** Art 3(1), parenthesis (japan.md 2(g)(1)): where no armed conflict has occurred, the consent of the territorial state is enough. */
const noArmedConflict = (c: JpCtx) => read(c.jp.pko?.armedConflict).value === "no";

const consent = leaf<JpCtx>({ id: "jp-pko-consent", label: "Principle 2: the host state and the parties consent to the operation and to Japan's participation", cite: ["jp-pko-five-principles", "jp-pko-act"] }, (c) => {
  const stated = read(c.jp.pko?.consentOfParties);
  if (stated.stated || !noArmedConflict(c)) return from(stated, jpPath(c, "pko.consentOfParties"), { yes: R.consent(), no: R.notConsent(), unknown: R.consentUnknown() });
  // No parties to a conflict: the consents of the states where the unit works, from the situation.
  const states = [...new Set(foreignTerritories(c).map((p) => p.state as string))];
  if (!states.length) return unknown(R.consentUnknown(), [jpPath(c, "pko.consentOfParties")]);
  const missing = states.filter((s) => consentOf(c, s).length === 0);
  const names = (ss: string[]) => ss.map((s) => c.m.name(s)).join(", ");
  if (!missing.length) return yes(R.territorialConsent({ states: names(states) }), ["$.consents", jpPath(c, "pko.armedConflict")]);
  return c.m.absent("consents") === "no"
    ? no(R.noTerritorialConsent({ states: names(missing) }), ["$.consents", jpPath(c, "pko.consentOfParties")])
    : unknown(R.noTerritorialConsent({ states: names(missing) }), ["$.consents", jpPath(c, "pko.consentOfParties")]);
});

const impartial = leaf<JpCtx>({ id: "jp-pko-impartial", label: "Principle 3: the operation is impartial", cite: ["jp-pko-five-principles", "jp-pko-act"] }, (c) => {
  if (!isPeacekeeping(c)) return yes(R.humanitarian());
  return from(read(c.jp.pko?.impartial), jpPath(c, "pko.impartial"), { yes: R.impartial(), no: R.notImpartial(), unknown: R.impartialUnknown() });
});

const freeze = leaf<JpCtx>({ id: "jp-pko-freeze", label: "Peacekeeping-force core tasks were frozen until 14 December 2001", cite: ["jp-pko-2001", "jp-pko-act"] }, (c) => {
  const core = read(c.jp.pko?.coreTasks).value;
  if (core === "no" || !isPeacekeeping(c)) return yes(R.noCoreTasks());
  const frozen = onOrBefore("2001-12-14", c.law) !== "yes";
  if (core === "yes") return frozen ? no(R.frozen({ law: c.law }), [jpPath(c, "pko.coreTasks")]) : yes(R.freezeLifted(), [jpPath(c, "pko.coreTasks")]);
  return frozen ? unknown(R.frozenUnknown(), [jpPath(c, "pko.coreTasks")]) : yes(R.noFreeze());
});

const stableConsent = leaf<JpCtx>({ id: "jp-pko-stable-consent", label: "The host state's consent is stably maintained throughout the activity (art 6(1))", cite: ["jp-pko-2016", "jp-pko-answer-2016"] }, (c) =>
  from(read(c.jp.pko?.consentStable), jpPath(c, "pko.consentStable"), { yes: R.stableConsent(), no: R.notStableConsent(), unknown: R.stableConsentUnknown() }),
);

const noStateAdversary = leaf<JpCtx>(
  { id: "jp-pko-no-state-adversary", label: "No state or quasi-state organisation appears as an adversary", cite: ["jp-cd-2014-2-2", "jp-pko-2016"] },
  (c) => {
    const f = read(c.jp.stateAdversary);
    const path = jpPath(c, "stateAdversary");
    if (f.stated) return from({ ...f, value: f.value === "yes" ? "no" : f.value === "no" ? "yes" : "unknown" }, path, { yes: R.noStateAdversary(), no: R.stateAdversary(), unknown: R.noStateAdversaryUnknown() });
    const authors = answered(c).map((a) => stateOrQuasiState(c, a));
    if (authors.includes("yes")) return no(R.stateAttacker(), ["$.attacks"]);
    if (authors.length && authors.every((v) => v === "no")) return yes(R.nonStateAttackers(), ["$.attacks"]);
    return unknown(R.noStateAdversaryUnknown(), [path]);
  },
);

const BASE: Rule<JpCtx>[] = [resolution, unCommand, ceasefire, consent, impartial];

/**
 * Art 6(7)-(12) (pre-2016 text, japan.md 2(g)(1)): only SDF units given the peacekeeping-force core
 * tasks (art 3(3) イ-ヘ) need the Diet's approval, before dispatch, or, where the Diet is not in
 * session or the House of Representatives is dissolved, sought without delay in the first Diet
 * convened after. Every other task, humanitarian relief included, needs none: the Cabinet adopts
 * the implementation plan and reports it to the Diet (art 7). Which tasks need approval under the
 * post-2016 text is UNVERIFIED (the amended art 6(7) was not read).
 */
const pkoDiet = (c: JpCtx): DietRule => {
  const reported: DietRule["note"] = ["the Cabinet adopts the implementation plan and reports it to the Diet (art 7)", "実施計画を閣議決定し国会に報告（第7条）"];
  if (!isPeacekeeping(c))
    return { kind: "report-only", cite: ["jp-pko-act"], note: ["humanitarian relief is no peacekeeping-force core task: no Diet approval; the Cabinet adopts the implementation plan and reports it to the Diet (art 7)", "人道的な国際救援活動はPKF本体業務ではなく国会承認不要。実施計画を閣議決定し国会に報告（第7条）"] };
  const core = read(c.jp.pko?.coreTasks).value;
  if (onOrBefore("2016-03-29", c.law) === "yes")
    return core === "no"
      ? { kind: "report-only", cite: ["jp-pko-act"], note: ["no peacekeeping-force core tasks: no Diet approval, as before 2016 (the amended art 6(7) was not read: UNVERIFIED); the implementation plan is reported to the Diet", "PKF本体業務を行わないため国会承認不要（平成28年以前と同じ。改正後の第6条第7項は未確認）。実施計画は国会に報告"] }
      : { kind: "not-in-source", cite: ["jp-pko-2016"], note: ["which tasks need approval under the post-2016 text (believed: ceasefire-monitoring-type tasks and safety-ensuring operations) is UNVERIFIED", "改正後に承認を要する業務（停戦監視等及び安全確保業務と考えられる）は未検証"] };
  if (core === "no") return { kind: "report-only", cite: ["jp-pko-act"], note: ["only peacekeeping-force core tasks need approval (art 6(7)); " + reported[0], "承認を要するのはPKF本体業務のみ（第6条第7項）。" + reported[1]] };
  if (core === "yes") return { kind: "prior-or-next-session", cite: ["jp-pko-act"], note: ["the unit performs peacekeeping-force core tasks (art 3(3) イ-ヘ): art 6(7)", "PKF本体業務（第3条第3号イ〜ヘ）を行う：第6条第7項"] };
  return { kind: "prior-or-next-session", cite: ["jp-pko-act"], onlyIf: "core-tasks", note: ["only if the unit performs peacekeeping-force core tasks; otherwise none", "PKF本体業務を行う場合に限る。それ以外は不要"] };
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
