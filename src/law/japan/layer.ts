// Japan's domestic layer: for an action of the Self-Defense Forces on a date, the regime in force,
// whether Article 9 as then read permits it, the instrument it falls under (or none), the Diet
// approval rule (statute and the 2015 political commitment, apart), the government's 2014
// category, and the pair with the international answer. Reforms switch the rulebook.
import { statuteData, statuteIds } from "./statutes.js";
import { onOrBefore } from "../../engine/dates.js";
import { evaluateWorlds } from "../../engine/worlds.js";
import type { World } from "../../engine/rule.js";
import type { ConditionResult, DomesticAnalysis, DomesticInstrumentResult, DomesticStatus } from "../../answer/types.js";
import { list } from "../../scenario/model.js";
import { findCondition, proofToConditions, ruleIdOf, type DomesticInput, type DomesticLayer } from "../domestic.js";
import { categorise } from "./category.js";
import { kindIfNotForce, minesAbandoned } from "./character.js";
import { jpCite } from "./citations.js";
import { attackText, R as C, type JpCtx } from "./context.js";
import { COMMITMENT_LABEL, compliance, commitmentApplies, dietRuleOut } from "./diet.js";
import type { Instrument } from "./instrument.js";
import { CATEGORY_LABEL } from "./category.js";
import { pairOf } from "./pair.js";
import { regimeOn } from "./regimes.js";
import { REFORM_BY_ID, REFORMS, reformInfo } from "./reforms.js";
import { domesticRule, JAPAN_RULEBOOK, lapsedFor, type JapanRulebook } from "./rulebook.js";
import { JP_SWITCHES } from "./switches.js";
import { japanOn } from "./dated.js";
import { citesOn, GUIDELINE_95_2 } from "./decided-on.js";
import { serviceJa } from "./words.js";
import { LABELS_JA as DECISION_LABELS, N, TASKS } from "./decisions.js";
import { LABELS_JA as SCOPE_LABELS } from "./instruments/scope-leaves.js";
import { LABELS_JA as SUPPORT_LABELS } from "./instruments/support.js";
import { reasons, renderReason, type Reason } from "../../engine/reason.js";
import type { ProofNode } from "../../engine/rule.js";

const STATUS_JA: Record<string, string> = { permitted: "許容される", "not-permitted": "許容されない", undetermined: "未確定", contested: "見解が分かれる" };

/** What the answer says beyond its conditions: summaries and notes, worded only when rendered. */
export const R = reasons("jp.answer", {
  label: { en: () => "Japan: Article 9 and the statutes in force", ja: () => "日本：憲法第9条と現行法" },
  beforeConstitution: { en: () => "before the Constitution of Japan (3 May 1947)", ja: () => "日本国憲法施行前" },
  noInstrument: { en: () => "no instrument applies", ja: () => "該当する法律がない" },
  art9OnDate: { en: (a: { law: string }) => `Article 9 as read on ${a.law}`, ja: (a: { law: string }) => `${a.law}時点の第9条の解釈` },
  art9Reform: { en: (a: { reform: Reason }, w) => `Article 9 under the reform "${w.reason(a.reform)}"`, ja: (a: { reform: Reason }, w) => `改正案「${w.reason(a.reform)}」による第9条` },
  permittedForce: {
    en: (a: { instrument: Reason; art9: Reason; reading: string }, w) => `permitted: ${w.reason(a.instrument)} (${w.reason(a.art9)}: ${a.reading})`,
    ja: (a: { instrument: Reason; art9: Reason; reading: string }, w) => `許容される：${w.reason(a.instrument)}（${w.reason(a.art9)}による）`,
  },
  permittedNotForce: {
    en: (a: { instrument: Reason; why: Reason | string }, w) => `permitted: ${w.reason(a.instrument)} (not a use of force: ${w.reason(a.why)})`,
    ja: (a: { instrument: Reason; why: Reason | string }, w) => `許容される：${w.reason(a.instrument)}（武力の行使に当たらない：${w.reason(a.why)}）`,
  },
  contested: {
    en: (a: { positions: string[][]; statuses: string[] }) => `contested: ${a.positions.map((p, i) => `${p.join(", ")}: ${a.statuses[i]}`).join("; ")}`,
    ja: (a: { positions: string[][]; statuses: string[] }) => `見解が分かれる：${a.positions.map((p, i) => `${p.join("、")}：${STATUS_JA[a.statuses[i]] ?? a.statuses[i]}`).join("／")}`,
  },
  barred: {
    en: (a: { art9: Reason; why: Reason | string }, w) => `not permitted: ${w.reason(a.art9)} does not allow it (${w.reason(a.why)})`,
    ja: (a: { art9: Reason; why: Reason | string }, w) => `許容されない：${w.reason(a.art9)}はこれを許さない（${w.reason(a.why)}）`,
  },
  notDecided: {
    en: (a: { date: string; why: Reason }, w) => `not permitted on ${a.date} (not decided, or not yet in effect): ${w.reason(a.why)}`,
    ja: (a: { date: string; why: Reason }, w) => `${a.date}時点では許容されない（未決定又は未発効）：${w.reason(a.why)}`,
  },
  noAuthority: {
    en: (a: { law: string; why: Reason | string }, w) => `not permitted (no statutory authority on ${a.law}): ${w.reason(a.why)}`,
    ja: (a: { law: string; why: Reason | string }, w) => `許容されない（${a.law}時点で法律上の根拠なし）：${w.reason(a.why)}`,
  },
  conditionsNotMet: {
    en: (a: { law: string; why: Reason | string }, w) => `not permitted (the statutory conditions are not met on ${a.law}): ${w.reason(a.why)}`,
    ja: (a: { law: string; why: Reason | string }, w) => `許容されない（${a.law}時点で法律の要件を満たさない）：${w.reason(a.why)}`,
  },
  undetermined: {
    en: (a: { open: (Reason | string)[] }, w) => `undetermined: ${a.open.map((x) => w.reason(x)).join("; ")}`,
    ja: (a: { open: (Reason | string)[] }, w) => `未確定：${a.open.map((x) => w.reason(x)).join("／")}`,
  },
  /** Each instrument and why it fails (or its status). */
  perInstrument: {
    en: (a: { names: Reason[]; whys: (Reason | string)[] }, w) => a.names.map((n, i) => `${w.reason(n)}: ${w.reason(a.whys[i])}`).join("; "),
    ja: (a: { names: Reason[]; whys: (Reason | string)[] }, w) => a.names.map((n, i) => `${w.reason(n)}: ${w.reason(a.whys[i])}`).join("／"),
  },
  /** Each ground of a reform's reading and why it fails. */
  perGround: {
    en: (a: { labels: string[]; whys: (Reason | string)[] }, w) => a.labels.map((l, i) => `${l}: ${w.reason(a.whys[i])}`).join("; "),
    ja: (a: { labels: string[]; whys: (Reason | string)[] }, w) => a.labels.map((l, i) => `${l}: ${w.reason(a.whys[i])}`).join("; "),
  },
  gap2014: {
    en: () => "From 1 July 2014 to 28 March 2016 the interpretation allowed limited collective self-defence, but no statute authorised it.",
    ja: () => "平成26年7月1日から平成28年3月28日までは、解釈上は限定的な集団的自衛権の行使が認められたが、これを授権する法律はなかった。",
  },
  guideline95: {
    en: () => "Art 95-2 was legally available from 29 March 2016 but operational only from the NSC guideline of 22 December 2016.",
    ja: () => "第95条の2は平成28年3月29日から法的に利用可能だが、運用は同年12月22日の国家安全保障会議の指針以降。",
  },
  nagoya: {
    en: () => "The Nagoya High Court's opinion (17 April 2008) is obiter in a case the state won; it bound neither the government nor other courts, and the Supreme Court never ruled.",
    ja: () => "名古屋高裁の判断（平成20年4月17日）は国が勝訴した事件の傍論であり、政府も他の裁判所も拘束せず、最高裁の判断はない。",
  },
  hypothetical: {
    en: () => "The instrument is the implementing law the reform presupposes, not a law in force.",
    ja: () => "この法律は改正が前提とする実施法であり、現行法ではない。",
  },
  unverifiedDates: {
    en: () => "Some dates in force are not verified against the statutes: see each instrument's note.",
    ja: () => "一部の施行日は法令の原文で未検証：各法律の注記を参照。",
  },
});

/** Japanese labels declared beside the Japan layer's newer rules. */
const LABELS_JA: Readonly<Record<string, string>> = { ...DECISION_LABELS, ...SCOPE_LABELS, ...SUPPORT_LABELS };

/**
 * Words a decided tree in the language asked for: each node with a reason code, the label of
 * each attacked country a candidate stands for, and in Japanese the labels declared here.
 */
function localise(c: ConditionResult, proofs: ReadonlyMap<string, ProofNode>, jc: JpCtx, lang: "en" | "ja"): ConditionResult {
  const p = proofs.get(c.id);
  // A node the engine gave its child's words (an exception's main rule) takes the child's reason.
  const reason = p?.reason ?? p?.children.find((k) => k.reason && k.because === c.because)?.reason;
  const because = reason ? renderReason(reason, lang) : c.because;
  // A candidate "victim:attack" (jp-nc-1b[v:a1]/jp-close-country) is labelled by its attack.
  const cand = c.id.match(/\[([^:\]]+):([^\]]+)\]\/[^/[]+$/);
  const attack = cand ? (jc.m.situation.attacks ?? []).find((a) => a.id === cand[2] && a.against === cand[1]) : undefined;
  // A service judged one by one (…-exclusions[fuel]/…-service) is named in the language asked for.
  const service = lang === "ja" ? c.id.match(/\[([a-z-]+)\]\/[^/[]+-service$/)?.[1] : undefined;
  const label = attack ? `${jc.m.name(attack.against)}: ${renderReason(attackText(jc, attack), lang)}` : service ? serviceJa(service) : lang === "ja" ? (LABELS_JA[ruleIdOf(c)] ?? c.label) : c.label;
  const children = c.children.map((k) => localise(k, proofs, jc, lang));
  // A composite node's summary is the engine's English ("fails: ..."): in Japanese, said from its children.
  const summaryJa = lang === "ja" && !reason && children.length ? composedJa(c.status, children) : undefined;
  return { ...c, label, because: summaryJa ?? because, children };
}

const STATUS_WORD_JA: Record<ConditionResult["status"], string> = { satisfied: "充足", failed: "不充足", unknown: "不明", contested: "見解が分かれる" };

/** "不充足：A、B" from the children that decide the node (those with its status), by their labels. */
function composedJa(status: ConditionResult["status"], children: readonly ConditionResult[]): string {
  if (status === "satisfied") return "すべての要件を満たす";
  const deciding = children.filter((k) => k.status === status && !k.evidenceOnly);
  return `${STATUS_WORD_JA[status]}${deciding.length ? `：${deciding.map((k) => k.label).join("、")}` : ""}`;
}

/** Leaves of the dated decisions: failing one means "not decided (yet)", not "no statute". */
const DECISION_LEAVES = new Set(["jp-task-given", "jp-ordered", "jp-plan-area"]);

const STATUS: Record<"yes" | "no" | "unknown", DomesticStatus> = { yes: "permitted", no: "not-permitted", unknown: "undetermined" };
const SPECS = new Map(JP_SWITCHES.map((s) => [s.id, s]));

export function rulebookFor(reform?: string): JapanRulebook {
  if (!reform) return JAPAN_RULEBOOK;
  const r = REFORM_BY_ID.get(reform);
  if (!r) throw new Error(`unknown reform "${reform}" (reforms: ${REFORMS.map((x) => x.id).join(", ")})`);
  return r.apply(JAPAN_RULEBOOK);
}

/** Japan's actor id: `japan.actor`, else the first state in the use's `by`. */
const japanOf = (input: DomesticInput) => input.use.japan?.actor ?? list(input.use.by).find((b) => input.model.isState(b)) ?? list(input.use.by)[0];

/** The reason of a decided node (its code), else its text (a composite node's summary). */
type Why = Reason | string;
type WhyOf = (n: ConditionResult) => Why;

export function judgeJapan(input: DomesticInput): DomesticAnalysis {
  const { model: m, use, date } = input;
  const lang = input.lang ?? "en";
  const law = input.lawDate ?? date;
  const rb = rulebookFor(input.reform);
  const regime = regimeOn(rb.regimes, law);
  // The block as it stood on the date of the facts: what had been decided by then, and no more.
  const dated = japanOn(use.japan!, date, use.start);
  const jp = dated.jp;
  const base = { m, use, jp, dated, japan: japanOf(input), date, law, bases: input.bases, isForce: input.isForce, commitments: input.commitments };
  const makeCtx = (world: World): JpCtx => ({ world, ...base });
  const tasked = TASKS.has(jp.activity) || (jp.decisions ?? []).some((d) => d.tasks);
  const rule = domesticRule(rb, regime, jp.activity, law, { dated: dated.dated, tasked });
  const settled = new Map([...(input.doctrine ?? new Map<string, string>())].filter(([k]) => SPECS.has(k)));
  // Decide: statuses and reason codes, no words.
  const outcomes = evaluateWorlds(rule, makeCtx, SPECS, settled);
  const statuses = outcomes.map((o) => STATUS[o.tree.value]);
  const contested = new Set(statuses).size > 1;
  const c = makeCtx({ positions: new Map(JP_SWITCHES.map((s) => [s.id, s.default])), consulted: new Set() });
  const proofs = new Map<string, ProofNode>();
  const index = (p: ProofNode) => (proofs.set(p.id, p), p.children.forEach(index));
  index(outcomes[0].tree);
  const whyOf: WhyOf = (n) => proofs.get(n.id)?.reason ?? n.because;
  // Explain: the tree and every text of the answer worded in the language asked for.
  const say = (r: Why | undefined) => renderReason(r, lang);
  const pick = (t: { en: string; ja: string }) => (lang === "ja" ? t.ja : t.en);
  const tree = localise(proofToConditions(outcomes, (id) => jpCite(id, lang)), proofs, c, lang);
  const [constitution, statute] = tree.children;
  const characterNode = findCondition(constitution, "jp-character")!;

  const byId = new Map(rb.instruments.map((i) => [i.id, i]));
  const instrumentNodes = statute.kind === "any" ? statute.children : [];
  const instruments: DomesticInstrumentResult[] = instrumentNodes.map((n) => toInstrument(pick, byId.get(ruleIdOf(n))!, n));
  // A reform's implementing law is hypothetical: it authorises only what the amended Article 9 permits.
  const chosenResult = instruments.find((i) => i.status === "satisfied" && (!i.hypothetical || constitution.status === "satisfied"));
  const chosen = chosenResult ? byId.get(chosenResult.id) : undefined;
  // Where no instrument holds yet but one may (a finding is missing), the pair is built with it.
  const pendingResult = chosenResult ? undefined : instruments.find((i) => (i.status === "unknown" || i.status === "contested") || (i.hypothetical && i.status === "satisfied" && constitution.status !== "failed"));
  const pending = pendingResult ? byId.get(pendingResult.id) : undefined;
  // The one instrument for the action gives its Diet rule only on a date it is in force: a statute
  // not yet in force, or expired, has no rule for that date.
  const only = instruments.length === 1 ? byId.get(instruments[0].id) : undefined;
  const inForce = (i: { from: string; to?: string }) => onOrBefore(i.from, law) === "yes" && (!i.to || onOrBefore(law, i.to) === "yes");
  const dietFrom = chosen ?? pending ?? (only && inForce(only) ? only : undefined);

  const characterWhy: Why = characterNode.children[0] ? whyOf(characterNode.children[0]) : whyOf(characterNode);
  const character = characterOf(c, characterNode, say(characterWhy));
  const answer: DomesticStatus = contested ? "contested" : statuses[0];
  const category = categorise(c);
  const dietRule = dietFrom?.diet(c);
  const rule0 = dietRule && { ...dietRule, cite: citesOn(dietRule.cite, law, dietRule.cite.slice(0, 1)) };
  const commitment = dietFrom?.commitment;
  const applies = commitment ? commitmentApplies(c, commitment) : undefined;
  const reform = rb.reform ? C.named(rb.reform.label) : undefined;
  const art9 = art9Name(c, reform);
  const compliant = dietFrom ? compliance(c, rule0) : { status: "unknown" as const, because: R.noInstrument() };
  const pair = pairOf(c, {
    statuteFailure: statuteFailureOf(instruments),
    answer,
    character: character.value,
    instrument: chosen ?? pending,
    constitution: constitution.status,
    statute: statute.status,
    constitutionBecause: readingWhy(constitution, whyOf),
    art9,
    category: category.id,
  });
  const analysis: DomesticAnalysis = {
    layer: "japan",
    label: say(R.label()),
    date,
    lawDate: law,
    regime: regime
      ? { id: regime.id, label: pick(regime.label), from: regime.from, to: regime.to, sources: regime.cite.map((id) => jpCite(id, lang)) }
      : { id: "before-constitution", label: say(R.beforeConstitution()), from: "", sources: [jpCite("jp-const-9", lang)] },
    answer,
    summary: "",
    character,
    constitution,
    instruments,
    diet: {
      statute: dietRuleOut(lang, rule0),
      commitment:
        commitment && applies
          ? { kind: commitment, label: lang === "ja" ? COMMITMENT_LABEL[commitment][1] : COMMITMENT_LABEL[commitment][0], applies: applies.value, because: say(applies.because), citations: [jpCite("jp-five-party-2015", lang)] }
          : undefined,
      compliance: { status: compliant.status, because: say(compliant.because) },
    },
    category: { scheme: "15-cases-2014", id: category.id, label: lang === "ja" ? CATEGORY_LABEL[category.id][1] : CATEGORY_LABEL[category.id][0], because: say(category.because), citations: [jpCite("jp-15-cases", lang)] },
    pair: { ...pair, flags: pair.flags.map((f) => ({ ...f, message: say(f.message) })) },
    notes: [],
  };
  if (rb.reform) analysis.reform = { id: rb.reform.id, label: pick(rb.reform.label) };
  if (contested) analysis.positions = outcomes.map((o) => ({ positions: o.positions, status: STATUS[o.tree.value], isDefault: o.isDefault }));
  const shown = chosenResult ?? (contested ? pendingResult : undefined);
  if (shown) {
    const { conditions: _c, ...rest } = shown;
    analysis.instrument = rest;
  }
  const chosenName = chosen ?? (shown ? byId.get(shown.id) : undefined);
  analysis.summary = say(summary(c, analysis, constitution, statute, { art9, instrument: chosenName ? C.named(chosenName.name) : undefined, characterWhy, whyOf, byId }));
  analysis.notes = notes(c, rb, analysis, chosen, byId).map(say);
  return analysis;
}

function toInstrument(pick: (t: { en: string; ja: string }) => string, i: Instrument, n: ConditionResult): DomesticInstrumentResult {
  const out: DomesticInstrumentResult = {
    id: i.id,
    name: pick(i.name),
    law: pick(i.law),
    from: i.from,
    to: i.to,
    status: n.status,
    conditions: n.children,
  };
  if (i.datesNote) out.datesNote = pick(i.datesNote);
  if (i.hypothetical) out.hypothetical = true;
  return out;
}

function characterOf(c: JpCtx, n: ConditionResult, because: string): DomesticAnalysis["character"] {
  const abandoned = c.jp.activity === "minesweeping" && minesAbandoned(c).value === "yes";
  const value =
    n.status === "satisfied" ? "use-of-force" : n.status === "failed" ? (abandoned ? "non-forcible" : kindIfNotForce(c.jp.activity)) : n.status === "contested" ? "contested" : "undetermined";
  return { value, because, tree: n };
}

/** "Article 9 as read on DATE", or as a reform would have it. */
export const art9Name = (c: JpCtx, reform: Reason | undefined): Reason => (reform ? R.art9Reform({ reform }) : R.art9OnDate({ law: c.law }));

interface SummaryParts {
  art9: Reason;
  instrument?: Reason;
  characterWhy: Why;
  whyOf: WhyOf;
  byId: Map<string, Instrument>;
}

function summary(c: JpCtx, a: DomesticAnalysis, constitution: ConditionResult, statute: ConditionResult, p: SummaryParts): Reason {
  const instrument = p.instrument ?? C.named({ en: a.instrument?.name ?? "", ja: a.instrument?.name ?? "" });
  switch (a.answer) {
    case "permitted":
      return a.character.value === "use-of-force"
        ? R.permittedForce({ instrument, art9: p.art9, reading: constitution.children[1]?.label ?? "" })
        : R.permittedNotForce({ instrument, why: p.characterWhy });
    case "contested":
      return R.contested({ positions: a.positions!.map((x) => Object.entries(x.positions).map(([k, v]) => `${k}=${v}`)), statuses: a.positions!.map((x) => x.status) });
    case "not-permitted":
      if (constitution.status === "failed") return R.barred({ art9: p.art9, why: readingWhy(constitution, p.whyOf) });
      if (a.instruments.length && a.instruments.every((i) => { const f = i.conditions.find((k) => k.status === "failed"); return f && DECISION_LEAVES.has(ruleIdOf(f)); }))
        return R.notDecided({ date: a.date, why: statuteWhy(a, statute, p) as Reason });
      // The one statute for the action is in force and its conditions fail: that is not "no
      // statutory authority" (法律上の根拠なし). Where several might reach it and none does (force for
      // collective self-defence in 2014-2016, japan.md 2(f)), it is.
      if (statuteFailureOf(a.instruments) === "conditions") return R.conditionsNotMet({ law: a.lawDate, why: statuteWhy(a, statute, p) });
      return R.noAuthority({ law: a.lawDate, why: statuteWhy(a, statute, p) });
    case "undetermined": {
      const open = [constitution, statute].filter((x) => x.status === "unknown").map((x) => firstOf("unknown", x.children, p.whyOf) ?? p.whyOf(x));
      return R.undetermined({ open: open.filter((x, i) => open.findIndex((y) => same(x, y)) === i) });
    }
  }
}

/**
 * Why the statute fails, for the words: no instrument in force; not (yet) ordered, or ended; or
 * "conditions": exactly one instrument for the action is in force and a condition of it (not its
 * dates or orders) fails.
 */
function statuteFailureOf(instruments: readonly DomesticInstrumentResult[]): "no-instrument" | "conditions" | "not-decided" {
  const firstFailed = (i: DomesticInstrumentResult) => i.conditions.find((k) => k.status === "failed");
  const failures = instruments.map(firstFailed).filter((k): k is ConditionResult => k !== undefined);
  if (instruments.length === 0 || failures.every((k) => ruleIdOf(k) === "jp-in-force")) return "no-instrument";
  if (failures.every((k) => DECISION_LEAVES.has(ruleIdOf(k)) || ruleIdOf(k) === "jp-in-force")) return "not-decided";
  const live = instruments.filter((i) => i.conditions.find((k) => k.status === "failed" && ruleIdOf(k) === "jp-in-force") === undefined);
  const f = live.length === 1 ? firstFailed(live[0]) : undefined;
  return f !== undefined && !DECISION_LEAVES.has(ruleIdOf(f)) ? "conditions" : "no-instrument";
}

/** Two reasons (or texts) that say the same thing. */
const same = (x: Why, y: Why) => (typeof x === "string" || typeof y === "string" ? x === y : JSON.stringify(x) === JSON.stringify(y));

/** Why Article 9 (as read) bars the force: the first failing condition of the reading. */
function readingWhy(constitution: ConditionResult, whyOf: WhyOf): Why {
  const reading = constitution.children[1];
  if (!reading) return whyOf(constitution);
  // A reading that admits several grounds (a reform): say why each fails.
  if (reading.kind === "any") {
    const failed = reading.children.filter((k) => k.status === "failed");
    return R.perGround({ labels: failed.map((k) => k.label), whys: failed.map((k) => firstOf("failed", k.children, whyOf) ?? whyOf(k)) });
  }
  return firstOf("failed", reading.children, whyOf) ?? whyOf(reading);
}

function statuteWhy(a: DomesticAnalysis, statute: ConditionResult, p: SummaryParts): Why {
  if (a.instruments.length === 0) return p.whyOf(statute);
  return R.perInstrument({ names: a.instruments.map((i) => C.named(p.byId.get(i.id)!.name)), whys: a.instruments.map((i) => firstOf("failed", i.conditions, p.whyOf) ?? i.status) });
}

/** The reason of the first condition with this status, looking into composite conditions. */
function firstOf(status: "failed" | "unknown", cs: ConditionResult[], whyOf: WhyOf): Why | undefined {
  for (const k of cs) {
    if (k.status !== status) continue;
    return k.children.length && k.kind !== "leaf" ? firstOf(status, k.children, whyOf) ?? whyOf(k) : whyOf(k);
  }
  return undefined;
}

function notes(c: JpCtx, rb: JapanRulebook, a: DomesticAnalysis, chosen: Instrument | undefined, byId: Map<string, Instrument>): Reason[] {
  const out: Reason[] = [];
  if (a.regime.id === "cabinet-decision-2014" && a.character.value === "use-of-force" && a.category?.id === "collective-self-defence") out.push(R.gap2014());
  if (chosen?.id === "asset-protection-95-2" && a.lawDate < GUIDELINE_95_2) out.push(R.guideline95());
  if (a.positions?.some((p) => "jpIttaika" in p.positions)) out.push(R.nagoya());
  if (chosen?.hypothetical) out.push(R.hypothetical());
  const variant = (c.use.japan as { variant?: string } | undefined)?.variant;
  if (variant) out.push(N.variant({ name: variant }));
  const lapsed = lapsedFor(rb, c.jp.activity, a.lawDate, c.use.purposes ?? []);
  const madeFor = rb.instruments.filter((i) => i.activities.includes(c.jp.activity) && i.purposes?.some((p) => (c.use.purposes ?? []).includes(p)));
  if (lapsed.length && lapsed.length === madeFor.length) out.push(N.lapse({ day: a.lawDate, laws: lapsed.map((i) => ({ name: C.named(i.name), from: i.from, to: i.to ?? "" })) }));
  for (const i of a.instruments) {
    const bundle = i.conditions.find((k) => k.kind === "every" && k.status === "failed" && k.children.length > 0 && k.children.every((x) => x.id.includes("[")));
    if (!bundle) continue;
    const key = (x: ConditionResult) => x.id.match(/\[([^\]]+)\]$/)?.[1] ?? x.label;
    out.push(N.services({ instrument: C.named(byId.get(i.id)!.name), allowed: bundle.children.filter((x) => x.status === "satisfied").map(key), excluded: bundle.children.filter((x) => x.status === "failed").map(key) }));
  }
  for (const d of c.dated.notYet) out.push(N.pending({ title: d.title ?? d.kind, date: d.date, effective: d.effective ?? d.date }));
  if (a.instruments.some((i) => i.datesNote)) out.push(R.unverifiedDates());
  return out;
}

/** The days on which Japan's law changed: regimes, instruments coming into force and expiring, the 2015 commitment. */
function lawDates(): string[] {
  const days = new Set<string>();
  for (const r of JAPAN_RULEBOOK.regimes) days.add(r.from);
  for (const i of JAPAN_RULEBOOK.instruments) {
    days.add(i.from.length === 10 ? i.from : `${i.from}-01-01`.slice(0, 10));
    if (i.certainFrom) days.add(i.certainFrom);
    if (i.to) days.add(new Date(Date.parse(`${i.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
  }
  // The days within a statute's life its scope changes (data/japan/statutes.yaml): core tasks
  // unfrozen, the 95-2 guideline, the 2013 transport test, each means of transport allowed.
  for (const id of statuteIds()) {
    const s = statuteData(id);
    for (const v of [s.coreTasksFrom?.value, s.operationalFrom?.value, s.safetyTestFrom?.value, ...Object.values(s.means?.value ?? {})]) if (v && v.length === 10) days.add(v);
  }
  days.add("2015-09-19");
  return [...days].sort();
}

export const japanLayer: DomesticLayer = {
  id: "japan",
  label: "Japan: Article 9 and the statutes on the Self-Defense Forces",
  appliesTo: (_m, use) => use.japan !== undefined,
  judge: judgeJapan,
  reforms: REFORMS.map(reformInfo),
  lawDates,
};
