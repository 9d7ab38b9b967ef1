// Japan's domestic layer: for an action of the Self-Defense Forces on a date, the regime in force,
// whether Article 9 as then read permits it, the instrument it falls under (or none), the Diet
// approval rule (statute and the 2015 political commitment, apart), the government's 2014
// category, and the pair with the international answer. Reforms switch the rulebook.
import { evaluateWorlds } from "../../engine/worlds.js";
import type { World } from "../../engine/rule.js";
import type { ConditionResult, DomesticAnalysis, DomesticInstrumentResult, DomesticStatus } from "../../analysis/result.js";
import { list } from "../../scenario/model.js";
import { findCondition, proofToConditions, ruleIdOf, type DomesticInput, type DomesticLayer } from "../domestic.js";
import { categorise } from "./category.js";
import { kindIfNotForce, minesAbandoned } from "./character.js";
import { jpCite } from "./citations.js";
import { tx, type JpCtx } from "./context.js";
import { COMMITMENT_LABEL, compliance, commitmentApplies, dietRuleOut } from "./diet.js";
import type { Instrument } from "./instrument.js";
import { pairOf } from "./pair.js";
import { regimeOn } from "./regimes.js";
import { REFORM_BY_ID, REFORMS, reformInfo } from "./reforms.js";
import { domesticRule, JAPAN_RULEBOOK, lapsedFor, type JapanRulebook } from "./rulebook.js";
import { JP_SWITCHES } from "./switches.js";
import { japanOn } from "./dated.js";
import { N, TASKS } from "./decisions.js";
import { renderReason } from "../../engine/reason.js";
import type { ProofNode } from "../../engine/rule.js";

/** Reasons are words only now: each node with a reason code is worded in the language asked for. */
function localise(c: ConditionResult, p: ProofNode, lang: "en" | "ja"): ConditionResult {
  const kids = new Map(p.children.map((k) => [k.id, k]));
  const because = p.reason && c.id === p.id ? renderReason(p.reason, lang) : c.because;
  return { ...c, because, children: c.children.map((k) => (kids.has(k.id) ? localise(k, kids.get(k.id)!, lang) : k)) };
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

export function judgeJapan(input: DomesticInput): DomesticAnalysis {
  const { model: m, use, date } = input;
  const lang = input.lang ?? "en";
  const law = input.lawDate ?? date;
  const rb = rulebookFor(input.reform);
  const regime = regimeOn(rb.regimes, law);
  // The block as it stood on the date of the facts: what had been decided by then, and no more.
  const dated = japanOn(use.japan!, date, use.start);
  const jp = dated.jp;
  const base = { m, use, jp, dated, japan: japanOf(input), date, law, lang, bases: input.bases, isForce: input.isForce, commitments: input.commitments };
  const makeCtx = (world: World): JpCtx => ({ world, ...base });
  const tasked = TASKS.has(jp.activity) || (jp.decisions ?? []).some((d) => d.tasks);
  const rule = domesticRule(rb, regime, jp.activity, law, { dated: dated.dated, tasked });
  const settled = new Map([...(input.doctrine ?? new Map<string, string>())].filter(([k]) => SPECS.has(k)));
  const outcomes = evaluateWorlds(rule, makeCtx, SPECS, settled);
  const statuses = outcomes.map((o) => STATUS[o.tree.value]);
  const contested = new Set(statuses).size > 1;
  const tree = localise(proofToConditions(outcomes, (id) => jpCite(id, lang)), outcomes[0].tree, lang);
  const [constitution, statute] = tree.children;
  const characterNode = findCondition(constitution, "jp-character")!;
  const c = makeCtx({ positions: new Map(JP_SWITCHES.map((s) => [s.id, s.default])), consulted: new Set() });

  const byId = new Map(rb.instruments.map((i) => [i.id, i]));
  const instrumentNodes = statute.kind === "any" ? statute.children : [];
  const instruments: DomesticInstrumentResult[] = instrumentNodes.map((n) => toInstrument(c, byId.get(ruleIdOf(n))!, n));
  // A reform's implementing law is hypothetical: it authorises only what the amended Article 9 permits.
  const chosenResult = instruments.find((i) => i.status === "satisfied" && (!i.hypothetical || constitution.status === "satisfied"));
  const chosen = chosenResult ? byId.get(chosenResult.id) : undefined;
  // Where no instrument holds yet but one may (a finding is missing), the pair is built with it.
  const pendingResult = chosenResult ? undefined : instruments.find((i) => (i.status === "unknown" || i.status === "contested") || (i.hypothetical && i.status === "satisfied" && constitution.status !== "failed"));
  const pending = pendingResult ? byId.get(pendingResult.id) : undefined;
  const dietFrom = chosen ?? pending ?? (instruments.length === 1 ? byId.get(instruments[0].id) : undefined);

  const character = characterOf(c, characterNode);
  const answer: DomesticStatus = contested ? "contested" : statuses[0];
  const category = categorise(c);
  const rule0 = dietFrom?.diet(c);
  const commitment = dietFrom?.commitment;
  const applies = commitment ? commitmentApplies(c, commitment) : undefined;
  const analysis: DomesticAnalysis = {
    layer: "japan",
    label: tx(c, "Japan: Article 9 and the statutes in force", "日本：憲法第9条と現行法"),
    date,
    lawDate: law,
    regime: regime
      ? { id: regime.id, label: tx(c, regime.label.en, regime.label.ja), from: regime.from, to: regime.to, sources: regime.cite.map((id) => jpCite(id, lang)) }
      : { id: "before-constitution", label: tx(c, "before the Constitution of Japan (3 May 1947)", "日本国憲法施行前"), from: "", sources: [jpCite("jp-const-9", lang)] },
    answer,
    summary: "",
    character,
    constitution,
    instruments,
    diet: {
      statute: dietRuleOut(c, rule0),
      commitment:
        commitment && applies
          ? { kind: commitment, label: tx(c, ...COMMITMENT_LABEL[commitment]), applies: applies.value, because: applies.because, citations: [jpCite("jp-five-party-2015", lang)] }
          : undefined,
      compliance: dietFrom ? compliance(c, rule0) : { status: "unknown", because: tx(c, "no instrument applies", "該当する法律がない") },
    },
    category,
    pair: pairOf(c, {
      answer,
      character: character.value,
      instrument: chosen ?? pending,
      constitution: constitution.status,
      statute: statute.status,
      constitutionBecause: readingWhy(constitution),
      art9: art9Name(c, rb.reform ? { label: tx(c, rb.reform.label.en, rb.reform.label.ja) } : undefined),
      category: category.id,
    }),
    notes: [],
  };
  if (rb.reform) analysis.reform = { id: rb.reform.id, label: tx(c, rb.reform.label.en, rb.reform.label.ja) };
  if (contested) analysis.positions = outcomes.map((o) => ({ positions: o.positions, status: STATUS[o.tree.value], isDefault: o.isDefault }));
  const shown = chosenResult ?? (contested ? pendingResult : undefined);
  if (shown) {
    const { conditions: _c, ...rest } = shown;
    analysis.instrument = rest;
  }
  analysis.summary = summary(c, analysis, constitution, statute);
  analysis.notes = notes(c, rb, analysis, chosen);
  return analysis;
}

function toInstrument(c: JpCtx, i: Instrument, n: ConditionResult): DomesticInstrumentResult {
  const out: DomesticInstrumentResult = {
    id: i.id,
    name: tx(c, i.name.en, i.name.ja),
    law: tx(c, i.law.en, i.law.ja),
    from: i.from,
    to: i.to,
    status: n.status,
    conditions: n.children,
  };
  if (i.datesNote) out.datesNote = tx(c, i.datesNote.en, i.datesNote.ja);
  if (i.hypothetical) out.hypothetical = true;
  return out;
}

function characterOf(c: JpCtx, n: ConditionResult): DomesticAnalysis["character"] {
  const abandoned = c.jp.activity === "minesweeping" && minesAbandoned(c).value === "yes";
  const value =
    n.status === "satisfied" ? "use-of-force" : n.status === "failed" ? (abandoned ? "non-forcible" : kindIfNotForce(c.jp.activity)) : n.status === "contested" ? "contested" : "undetermined";
  const because = n.children[0]?.because ?? n.because;
  return { value, because, tree: n };
}

/** "Article 9 as read on DATE", or as a reform would have it. */
export const art9Name = (c: JpCtx, reform: { label: string } | undefined): string =>
  reform ? tx(c, `Article 9 under the reform "${reform.label}"`, `改正案「${reform.label}」による第9条`) : tx(c, `Article 9 as read on ${c.law}`, `${c.law}時点の第9条の解釈`);

function summary(c: JpCtx, a: DomesticAnalysis, constitution: ConditionResult, statute: ConditionResult): string {
  const on = a.lawDate;
  const art9 = art9Name(c, a.reform);
  const instrument = a.instrument?.name;
  switch (a.answer) {
    case "permitted":
      return tx(
        c,
        `permitted: ${instrument}${a.character.value === "use-of-force" ? ` (${art9}: ${constitution.children[1]?.label ?? ""})` : ` (not a use of force: ${a.character.because})`}`,
        `許容される：${instrument}${a.character.value === "use-of-force" ? `（${art9}による）` : `（武力の行使に当たらない：${a.character.because}）`}`,
      );
    case "contested":
      return tx(
        c,
        `contested: ${a.positions!.map((p) => `${Object.entries(p.positions).map(([k, v]) => `${k}=${v}`).join(", ")}: ${p.status}`).join("; ")}`,
        `見解が分かれる：${a.positions!.map((p) => `${Object.entries(p.positions).map(([k, v]) => `${k}=${v}`).join("、")}：${p.status}`).join("／")}`,
      );
    case "not-permitted":
      if (constitution.status === "failed") return tx(c, `not permitted: ${art9} does not allow it (${readingWhy(constitution)})`, `許容されない：${art9}はこれを許さない（${readingWhy(constitution)}）`);
      if (a.instruments.length && a.instruments.every((i) => { const f = i.conditions.find((k) => k.status === "failed"); return f && DECISION_LEAVES.has(ruleIdOf(f)); }))
        return tx(c, `not permitted on ${a.date} (not decided, or not yet in effect): ${statuteWhy(c, a, statute)}`, `${a.date}時点では許容されない（未決定又は未発効）：${statuteWhy(c, a, statute)}`);
      return tx(c, `not permitted (no statutory authority on ${on}): ${statuteWhy(c, a, statute)}`, `許容されない（${on}時点で法律上の根拠なし）：${statuteWhy(c, a, statute)}`);
    case "undetermined": {
      const open = [...new Set([constitution, statute].filter((x) => x.status === "unknown").map((x) => firstUnknown(x.children) ?? x.because))];
      return tx(c, `undetermined: ${open.join("; ")}`, `未確定：${open.join("／")}`);
    }
  }
}

/** Why Article 9 (as read) bars the force: the first failing condition of the reading. */
function readingWhy(constitution: ConditionResult): string {
  const reading = constitution.children[1];
  if (!reading) return constitution.because;
  // A reading that admits several grounds (a reform): say why each fails.
  if (reading.kind === "any") return reading.children.filter((k) => k.status === "failed").map((k) => `${k.label}: ${firstFailure(k.children) ?? k.because}`).join("; ");
  return firstFailure(reading.children) ?? reading.because;
}

function statuteWhy(c: JpCtx, a: DomesticAnalysis, statute: ConditionResult): string {
  if (a.instruments.length === 0) return statute.because;
  return a.instruments.map((i) => `${i.name}: ${firstFailure(i.conditions) ?? i.status}`).join(tx(c, "; ", "／"));
}

function firstUnknown(cs: ConditionResult[]): string | undefined {
  for (const k of cs) {
    if (k.status !== "unknown") continue;
    return k.children.length && k.kind !== "leaf" ? firstUnknown(k.children) ?? k.because : k.because;
  }
  return undefined;
}

function firstFailure(cs: ConditionResult[]): string | undefined {
  for (const k of cs) {
    if (k.status !== "failed") continue;
    return k.children.length && k.kind !== "leaf" ? firstFailure(k.children) ?? k.because : k.because;
  }
  return undefined;
}

function notes(c: JpCtx, rb: JapanRulebook, a: DomesticAnalysis, chosen: Instrument | undefined): string[] {
  const out: string[] = [];
  if (a.regime.id === "cabinet-decision-2014" && a.character.value === "use-of-force" && a.category?.id === "collective-self-defence")
    out.push(tx(c, "From 1 July 2014 to 28 March 2016 the interpretation allowed limited collective self-defence, but no statute authorised it (japan.md 2(f)).", "平成26年7月1日から平成28年3月28日までは、解釈上は限定的な集団的自衛権の行使が認められたが、これを授権する法律はなかった（japan.md 2(f)）。"));
  if (chosen?.id === "asset-protection-95-2" && a.lawDate < "2016-12-22")
    out.push(tx(c, "Art 95-2 was legally available from 29 March 2016 but operational only from the NSC guideline of 22 December 2016.", "第95条の2は平成28年3月29日から法的に利用可能だが、運用は同年12月22日の国家安全保障会議の指針以降。"));
  if (a.positions?.some((p) => "jpIttaika" in p.positions))
    out.push(tx(c, "The Nagoya High Court's opinion (17 April 2008) is obiter in a case the state won; it bound neither the government nor other courts, and the Supreme Court never ruled (japan.md 2(g)(4)).", "名古屋高裁の判断（平成20年4月17日）は国が勝訴した事件の傍論であり、政府も他の裁判所も拘束せず、最高裁の判断はない（japan.md 2(g)(4)）。"));
  if (chosen?.hypothetical) out.push(tx(c, "The instrument is the implementing law the reform presupposes, not a law in force.", "この法律は改正が前提とする実施法であり、現行法ではない。"));
  const lang = c.lang;
  const variant = (c.use.japan as { variant?: string } | undefined)?.variant;
  if (variant) out.push(renderReason(N.variant({ name: variant }), lang));
  const lapsed = lapsedFor(rb, c.jp.activity, a.lawDate, c.use.purposes ?? []);
  const madeFor = rb.instruments.filter((i) => i.activities.includes(c.jp.activity) && i.purposes?.some((p) => (c.use.purposes ?? []).includes(p)));
  if (lapsed.length && lapsed.length === madeFor.length)
    out.push(renderReason(N.lapse({ day: a.lawDate, laws: lapsed.map((i) => ({ name: tx(c, i.name.en, i.name.ja), from: i.from, to: i.to ?? "" })) }), lang));
  for (const i of a.instruments) {
    const bundle = i.conditions.find((k) => k.kind === "every" && k.status === "failed" && k.children.length > 0 && k.children.every((x) => x.id.includes("[")));
    if (!bundle) continue;
    const key = (x: ConditionResult) => x.id.match(/\[([^\]]+)\]$/)?.[1] ?? x.label;
    out.push(renderReason(N.services({ instrument: i.name, allowed: bundle.children.filter((x) => x.status === "satisfied").map(key), excluded: bundle.children.filter((x) => x.status === "failed").map(key) }), lang));
  }
  for (const d of c.dated.notYet) out.push(renderReason(N.pending({ title: d.title ?? d.kind, date: d.date, effective: d.effective ?? d.date }), lang));
  if (a.instruments.some((i) => i.datesNote)) out.push(tx(c, "Some dates in force are not verified in japan.md: see each instrument's note.", "一部の施行日は japan.md で未検証：各法律の注記を参照。"));
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
  days.add("2001-12-14");
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
