// The words of an answer's summaries and verdicts: one reason code per kind of summary, worded in
// English and Japanese (the compiler refuses one without both). Made only when an answer is rendered.
import { reasons, type Language, type Words } from "../engine/reason.js";
import type { BasisStatus, Verdict } from "../answer/types.js";
import { basisEn, basisJa } from "../law/wording.js";

type Status = { status: BasisStatus };

export const STATUS_WORDS: Record<Language, Record<BasisStatus, string>> = {
  en: { available: "available", "not-available": "not available", undetermined: "undetermined", contested: "contested" },
  ja: { available: "援用可能", "not-available": "援用不可", undetermined: "未確定", contested: "見解が分かれる" },
};

export const VERDICT_WORDS: Record<Language, Record<Verdict, string>> = {
  en: { lawful: "lawful", unlawful: "unlawful", undetermined: "undetermined", contested: "contested", "not-force": "not a use of force", "not-under-way": "not under way" },
  ja: { lawful: "合法", unlawful: "違法", undetermined: "未確定", contested: "見解が分かれる", "not-force": "武力の行使に当たらない", "not-under-way": "当該日には行われていない" },
};

const st = (lang: Language, s: BasisStatus) => STATUS_WORDS[lang][s];

/** Short names of conditions, by their rule's English label, for the list of further grounds (else the condition's label). */
export const GROUND_NAMES: Record<Language, Record<string, string>> = {
  en: {
    "An armed attack against the victim has occurred (or, under the anticipatory switch, is imminent)": "an armed attack",
    "The attack reaches the gravity of an armed attack (scale and effects)": "gravity",
    "The attack is attributable to a state (or the non-state actors doctrine admits it)": "attribution to a state",
    "The attack does not originate in territory the victim itself controls": "origin outside the victim's control",
    "The force is directed at the source of the attack": "direction at the source",
    "Necessity: force is the only reasonable means left to repel the attack": "necessity",
    "Proportionality to the attack": "proportionality",
    "Immediacy: no undue delay after the attack": "immediacy",
    "The Council has not yet taken the measures necessary to maintain peace, in answer to this attack": "the Council's measures",
    "Report to the Council (a condition)": "the report to the Council",
    "The place is the victim's, the defender's, the attacking state's or no state's territory, or its state consented": "territorial consent",
    "The victim is a state": "the victim's statehood",
    "The victim declared itself the victim of an armed attack (covering the force from the declaration's date)": "the victim's declaration",
    "The victim requested this state's armed help, covering this force on this date": "the victim's request",
    "The helper does not act on its own assessment of the situation": "acting on the victim's assessment",
    "The help stays within what the victim's own self-defence would allow": "staying within the victim's own self-defence",
    "Its purpose is to come to the victim's rescue, not to share a burden or carry out a delegated plan": "the purpose of rescuing the victim",
    "Close link (required)": "a close link",
    "Force against this state's forces is covered": "force against the target state's forces",
    "The force needs, and rests on, some state's consent": "a consent to rest on",
    "Given by the government entitled to speak for the state": "who gave the consent",
    "Given to this state": "to whom the consent was given",
    "In force on the date: given, not withdrawn or expired": "the consent's dates",
    "The force stays within the consent's scope (place, targets, operations)": "the consent's scope",
    "Freely given": "free consent",
    "Not barred by a civil war in the state (civil-war limit)": "the civil-war limit",
    "The resolution was adopted (art 27) by the date": "adoption by the date",
    "The force serves the authorised purpose": "the authorised purpose",
    "The date lies within the authorisation's time window": "the authorisation's time window",
    "This state is an addressee of the authorisation": "the addressees",
  },
  ja: {
    "An armed attack against the victim has occurred (or, under the anticipatory switch, is imminent)": "武力攻撃の発生",
    "The attack reaches the gravity of an armed attack (scale and effects)": "重大性",
    "The attack is attributable to a state (or the non-state actors doctrine admits it)": "国家への帰属",
    "The attack does not originate in territory the victim itself controls": "被害国の支配外からの発生",
    "The force is directed at the source of the attack": "発生源への指向",
    "Necessity: force is the only reasonable means left to repel the attack": "必要性",
    "Proportionality to the attack": "均衡性",
    "Immediacy: no undue delay after the attack": "即時性",
    "The Council has not yet taken the measures necessary to maintain peace, in answer to this attack": "安保理の措置",
    "Report to the Council (a condition)": "安保理への報告",
    "The place is the victim's, the defender's, the attacking state's or no state's territory, or its state consented": "領域国の同意",
    "The victim is a state": "被害者の国家性",
    "The victim declared itself the victim of an armed attack (covering the force from the declaration's date)": "被害国の宣言",
    "The victim requested this state's armed help, covering this force on this date": "被害国の要請",
    "The helper does not act on its own assessment of the situation": "被害国の評価に基づく行動",
    "The help stays within what the victim's own self-defence would allow": "被害国自身の自衛の範囲内であること",
    "Its purpose is to come to the victim's rescue, not to share a burden or carry out a delegated plan": "被害国の救援という目的",
    "Close link (required)": "密接な関係",
    "Force against this state's forces is covered": "目標国の部隊に対する武力行使",
    "The force needs, and rests on, some state's consent": "依拠すべき同意",
    "Given by the government entitled to speak for the state": "同意を与えた者",
    "Given to this state": "同意の相手方",
    "In force on the date: given, not withdrawn or expired": "同意の期間",
    "The force stays within the consent's scope (place, targets, operations)": "同意の範囲",
    "Freely given": "自由な同意",
    "Not barred by a civil war in the state (civil-war limit)": "内戦の制限",
    "The resolution was adopted (art 27) by the date": "当該日までの採択",
    "The force serves the authorised purpose": "授権された目的",
    "The date lies within the authorisation's time window": "授権の期間",
    "This state is an addressee of the authorisation": "名宛人",
  },
};

const ids = (xs: readonly string[]) => xs.join(", ");

/** A condition's label inside a sentence: a leading pronoun or article in lower case (never a name: "Iraq" stays). */
const inList = (label: string) => label.replace(/^(It|Its|The|A|An|Each|Every|No)\b/, (w) => w.toLowerCase());

export const SUMMARY = reasons("summary", {
  // A basis: what decided it.
  basisContested: {
    en: (a: { parts: readonly { positions: readonly string[]; status: BasisStatus; turnsOn?: readonly string[] }[] }) =>
      `contested: ${a.parts.map((p) => `${p.positions.join(", ") || "default"}: ${st("en", p.status)}${p.turnsOn?.length ? ` (it turns on: ${p.turnsOn.join("; ")})` : ""}`).join("; ")}`,
    ja: (a) => `見解が分かれる：${a.parts.map((p) => `${p.positions.join("、") || "既定"}：${st("ja", p.status)}${p.turnsOn?.length ? `（次の点による：${p.turnsOn.join("；")}）` : ""}`).join("；")}`,
  },
  basisAvailable: { en: (a: { why: string }) => `available: ${a.why}`, ja: (a) => `援用可能：${a.why}` },
  // Every independent ground is named (a label's leading "It"/"The" in lower case inside the list): the first reasons in full, the other failing (or open)
  // conditions by name (a court's separate holdings, e.g. necessity and proportionality, are not hidden).
  basisOpen: {
    en: (a: Status & { whys: readonly string[]; also?: readonly { ground: string; of?: readonly string[] }[] }, w: Words) =>
      `${st("en", a.status)}: ${a.whys.map((x) => x.replace(/\.$/, "")).join("; ")}${a.also?.length ? `; ${a.status === "not-available" ? "it also fails on" : "also not established"}: ${w.list(a.also.map((g) => `${inList(g.ground)}${g.of ? ` (${g.of.join(", ")})` : ""}`))}` : ""}`,
    ja: (a, w) =>
      `${st("ja", a.status)}：${a.whys.join("；")}${a.also?.length ? `；${a.status === "not-available" ? "このほか次の要件も満たされない" : "このほか次の点も確定していない"}：${w.list(a.also.map((g) => `${g.ground}${g.of ? `（${g.of.join("、")}）` : ""}`))}` : ""}`,
  },
  // A use of force: the verdict and what decided it.
  // Not force on the situation's own record (its isForce why and source): Nicaragua para 228 is
  // cited only where the record cites it (funding is not force; arming and training armed bands is).
  notForce: {
    en: (a: { available: readonly string[]; why?: string; source?: string }) =>
      `not a use of force${a.why ? ` (${a.why.replace(/\.$/, "")}${a.source ? `: ${a.source}` : ""})` : " (isForce: no)"}: art 2(4) is not engaged, so no basis is needed; whether it is unlawful intervention is outside casus${a.available.length ? ` (available anyway: ${ids(basisEn(a.available))})` : ""}`,
    ja: (a) =>
      `武力の行使に当たらない${a.why ? `（${a.why}${a.source ? `：${a.source}` : ""}）` : "（isForce：no）"}：憲章第2条4は適用されず、根拠は不要である。違法な干渉に当たるかはcasusの対象外${a.available.length ? `（なお援用可能：${basisJa(a.available).join("、")}）` : ""}`,
  },
  notUnderWay: {
    en: (a: { date: string; why: "before-start" | "after-end"; start: string; end?: string }) =>
      `not under way on ${a.date} (${a.why === "before-start" ? "before its start" : "after its end"}): the use of force runs from ${a.start}${a.end ? ` to ${a.end}` : ""}, so there is no force on that date to judge lawful or unlawful; the bases are judged as if it were used that day`,
    ja: (a) =>
      `${a.date}の時点では行われていない（${a.why === "before-start" ? "開始前" : "終了後"}）：当該武力の行使の期間は${a.start}${a.end ? `から${a.end}まで` : "以降"}であり、当該日に合法・違法を判断すべき武力の行使はない。各根拠は、当該日に行使されたと仮定して判断している`,
  },
  // The bases by name (their ids are in the answer's bases).
  lawful: { en: (a: { bases: readonly string[] }) => `lawful: ${ids(basisEn(a.bases))}`, ja: (a) => `合法：${basisJa(a.bases).join("、")}` },
  unlawful: {
    en: (a: { why: string }) => `unlawful: no basis is available, a breach of art 2(4)${a.why ? ` (${a.why})` : ""}`,
    ja: (a) => `違法：援用可能な根拠がなく、憲章第2条4に違反する${a.why ? `（${a.why}）` : ""}`,
  },
  contested: { en: (a: { bases: readonly string[] }) => `contested: ${ids(basisEn(a.bases))} ${a.bases.length > 1 ? "depend" : "depends"} on doctrine`, ja: (a) => `見解が分かれる：${basisJa(a.bases).join("、")}は学説の立場により結論が異なる` },
  undetermined: { en: (a: { bases: readonly string[] }) => `undetermined: ${ids(basisEn(a.bases))} ${a.bases.length > 1 ? "turn" : "turns"} on unknown facts`, ja: (a) => `未確定：${basisJa(a.bases).join("、")}は不明な事実に左右される` },
  forceUnknown: {
    en: () => "undetermined: whether the conduct is a use of force is not established (isForce), so no breach of art 2(4) can be found; no basis is available",
    ja: () => "未確定：当該行為が武力の行使に当たるか確定していない（isForce）ため、憲章第2条4の違反は認定できない。援用可能な根拠はない",
  },
  // The timeline's events (what bears on the use).
  useBegins: { en: (a: { title: string }) => `${a.title} begins`, ja: (a) => `${a.title}の開始` },
  useEnds: { en: (a: { title: string }) => `${a.title} ends`, ja: (a) => `${a.title}の終了` },
  attack: { en: (a: { id: string; victim: string; by?: string }) => `${a.by ? `attack by ${a.by}` : "attack"} on ${a.victim} (${a.id})`, ja: (a) => `${a.by ? `${a.by}による` : ""}${a.victim}に対する攻撃（${a.id}）` },
  declares: { en: (a: { state: string }) => `${a.state} declares itself attacked`, ja: (a) => `${a.state}が武力攻撃の被害を宣言` },
  asks: { en: (a: { state: string }) => `${a.state} asks for help`, ja: (a) => `${a.state}が援助を要請` },
  consents: { en: (a: { state: string; givenBy: string }) => `${a.state} consents (${a.givenBy})`, ja: (a) => `${a.state}が同意（${a.givenBy}）` },
  consentWithdrawn: { en: (a: { state: string }) => `${a.state} withdraws its consent`, ja: (a) => `${a.state}が同意を撤回` },
  consentEnds: { en: (a: { state: string }) => `${a.state}'s consent ends`, ja: (a) => `${a.state}の同意の期限` },
  adopted: { en: (a: { symbol: string }) => `${a.symbol} adopted`, ja: (a) => `${a.symbol}採択` },
  draftFailed: { en: (a: { symbol: string }) => `${a.symbol} failed in the vote (not adopted)`, ja: (a) => `${a.symbol}は投票で否決された（不採択）` },
  draftVoted: { en: (a: { symbol: string }) => `${a.symbol} put to the vote (whether adopted is not established)`, ja: (a) => `${a.symbol}の投票（採択されたかどうかは確定していない）` },
  authorisationApplies: { en: (a: { symbol: string }) => `${a.symbol}: authorisation applies`, ja: (a) => `${a.symbol}：授権の適用開始` },
  authorisationEnds: { en: (a: { symbol: string }) => `${a.symbol}: authorisation ends`, ja: (a) => `${a.symbol}：授権の終了` },
  ceasefire: { en: (a: { symbol: string }) => `${a.symbol}: ceasefire in effect`, ja: (a) => `${a.symbol}：停戦の発効` },
  reports: { en: (a: { state: string }) => `${a.state} reports to the Council`, ja: (a) => `${a.state}が安保理に報告` },
  decides: { en: (a: { org: string }) => `${a.org} decides`, ja: (a) => `${a.org}が決定` },
});
