// The words of an answer's summaries and verdicts: one reason code per kind of summary, worded in
// English and Japanese (the compiler refuses one without both). Made only when an answer is rendered.
import { reasons, type Language } from "../engine/reason.js";
import type { BasisStatus, Verdict } from "../answer/types.js";

type Status = { status: BasisStatus };

export const STATUS_WORDS: Record<Language, Record<BasisStatus, string>> = {
  en: { available: "available", "not-available": "not-available", undetermined: "undetermined", contested: "contested" },
  ja: { available: "援用可能", "not-available": "援用不可", undetermined: "未確定", contested: "見解が分かれる" },
};

export const VERDICT_WORDS: Record<Language, Record<Verdict, string>> = {
  en: { lawful: "lawful", unlawful: "unlawful", undetermined: "undetermined", contested: "contested", "not-force": "not a use of force", "not-under-way": "not under way" },
  ja: { lawful: "合法", unlawful: "違法", undetermined: "未確定", contested: "見解が分かれる", "not-force": "武力の行使に当たらない", "not-under-way": "当該日には行われていない" },
};

const st = (lang: Language, s: BasisStatus) => STATUS_WORDS[lang][s];
const ids = (xs: readonly string[]) => xs.join(", ");

export const SUMMARY = reasons("summary", {
  // A basis: what decided it.
  basisContested: {
    en: (a: { parts: readonly { positions: readonly string[]; status: BasisStatus }[] }) =>
      `contested: ${a.parts.map((p) => `${p.positions.join(", ") || "default"}: ${p.status}`).join("; ")}`,
    ja: (a) => `見解が分かれる：${a.parts.map((p) => `${p.positions.join("、") || "既定"}：${st("ja", p.status)}`).join("；")}`,
  },
  basisAvailable: { en: (a: { why: string }) => `available: ${a.why}`, ja: (a) => `援用可能：${a.why}` },
  basisOpen: {
    en: (a: Status & { whys: readonly string[] }) => `${a.status}: ${a.whys.join("; ")}`,
    ja: (a) => `${st("ja", a.status)}：${a.whys.join("；")}`,
  },
  // A use of force: the verdict and what decided it.
  notForce: {
    en: (a: { available: readonly string[] }) =>
      `not a use of force (Nicaragua para 228): art 2(4) is not engaged, so no basis is needed; whether it is unlawful intervention is outside casus${a.available.length ? ` (available anyway: ${ids(a.available)})` : ""}`,
    ja: (a) =>
      `武力の行使に当たらない（ニカラグア事件判決第228項）：憲章第2条4は適用されず、根拠は不要である。違法な干渉に当たるかはcasusの対象外${a.available.length ? `（なお援用可能：${a.available.join("、")}）` : ""}`,
  },
  notUnderWay: {
    en: (a: { date: string; why: "before-start" | "after-end"; start: string; end?: string }) =>
      `not under way on ${a.date} (${a.why === "before-start" ? "before its start" : "after its end"}): the use of force runs from ${a.start}${a.end ? ` to ${a.end}` : ""}, so there is no force on that date to judge lawful or unlawful; the bases are judged as if it were used that day`,
    ja: (a) =>
      `${a.date}の時点では行われていない（${a.why === "before-start" ? "開始前" : "終了後"}）：当該武力の行使の期間は${a.start}${a.end ? `から${a.end}まで` : "以降"}であり、当該日に合法・違法を判断すべき武力の行使はない。各根拠は、当該日に行使されたと仮定して判断している`,
  },
  lawful: { en: (a: { bases: readonly string[] }) => `lawful: ${ids(a.bases)}`, ja: (a) => `合法：${a.bases.join("、")}` },
  unlawful: {
    en: (a: { why: string }) => `unlawful: no basis is available, a breach of art 2(4)${a.why ? ` (${a.why})` : ""}`,
    ja: (a) => `違法：援用可能な根拠がなく、憲章第2条4に違反する${a.why ? `（${a.why}）` : ""}`,
  },
  contested: { en: (a: { bases: readonly string[] }) => `contested: ${ids(a.bases)} depend on doctrine`, ja: (a) => `見解が分かれる：${a.bases.join("、")}は学説の立場により結論が異なる` },
  undetermined: { en: (a: { bases: readonly string[] }) => `undetermined: ${ids(a.bases)} turn on unknown facts`, ja: (a) => `未確定：${a.bases.join("、")}は不明な事実に左右される` },
  forceUnknown: {
    en: () => "undetermined: whether the conduct is a use of force is not established (isForce), so no breach of art 2(4) can be found; no basis is available",
    ja: () => "未確定：当該行為が武力の行使に当たるか確定していない（isForce）ため、憲章第2条4の違反は認定できない。援用可能な根拠はない",
  },
  // The timeline's events (what bears on the use).
  useBegins: { en: (a: { title: string }) => `${a.title} begins`, ja: (a) => `${a.title}の開始` },
  useEnds: { en: (a: { title: string }) => `${a.title} ends`, ja: (a) => `${a.title}の終了` },
  attack: { en: (a: { id: string; victim: string }) => `attack ${a.id} on ${a.victim}`, ja: (a) => `${a.victim}に対する攻撃${a.id}` },
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

/** The note after a basis's summary on positions most authority rejects, or open ones (src/law/contest.ts rejectedNote, in words). */
export const CONTEST_NOTE = reasons("contest-note", {
  rejectedOnly: {
    en: (a: { value: "yes" | "no"; under: string }) => `; ${a.value === "yes" ? "available" : "not available"} only under ${a.under}, a position most authority rejects`,
    ja: (a) => `（${a.under}の下でのみ${a.value === "yes" ? "援用可能" : "援用不可"}であるが、この立場は大多数の見解により否定されている）`,
  },
  openUnder: {
    en: (a: { under: string }) => `; undetermined under ${a.under} (a fact it needs is unknown)`,
    ja: (a) => `（${a.under}の下では、必要な事実が不明のため未確定）`,
  },
});
