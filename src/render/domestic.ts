// Plain-text rendering of a domestic layer's answer (and of the table of regimes), in the language
// of a strings table: English here, Japanese in src/render/ja.ts. Pure: answer in, string out.
import type { ConditionResult, DomesticAnalysis, DomesticStatus, Verdict } from "../answer/types.js";
import { VERDICT_WORDS } from "./summaries.js";
import type { RegimesTable } from "../analysis/regimes.js";

export interface DomesticStrings {
  answer: Record<DomesticStatus, string>;
  /** The international verdict's words. */
  verdict: Record<Verdict, string>;
  status: Record<ConditionResult["status"], string>;
  character: Record<DomesticAnalysis["character"]["value"], string>;
  fits: Record<"yes" | "no" | "unknown", string>;
  compliance: Record<DomesticAnalysis["diet"]["compliance"]["status"], string>;
  applies: Record<"yes" | "no" | "unknown", string>;
  h: {
    lawOf: string;
    factsOf: string;
    reform: string;
    regime: string;
    answer: string;
    character: string;
    category: string;
    article9: string;
    instruments: string;
    noInstrument: string;
    hypothetical: string;
    inForce: string;
    diet: string;
    statute: string;
    commitment: string;
    recorded: string;
    pair: string;
    international: string;
    domestic: string;
    governmentBasis: string;
    notUseOfForce: string;
    notes: string;
    under: string;
    byDefault: string;
    decidedBy: string;
    none: string;
    tableTitle: string;
    tableReforms: (date: string) => string;
    tableColumns: [string, string, string, string, string, string, string];
    legend: string;
    reforms: string;
    internationalVerdict: string;
    /** Beside the answer when the use is not under way on the date judged. */
    asIfDone: string;
  };
  /** A condition's label in this language (by rule id; the English label otherwise). */
  label(c: ConditionResult): string;
  /** A basis id's name. */
  basis(id: string): string;
}

export const EN: DomesticStrings = {
  answer: { permitted: "PERMITTED", "not-permitted": "NOT PERMITTED", undetermined: "UNDETERMINED", contested: "CONTESTED" },
  verdict: VERDICT_WORDS.en,
  status: { satisfied: "satisfied", failed: "failed", unknown: "unknown", contested: "contested" },
  character: {
    "use-of-force": "a use of force",
    support: "support not integrated with the use of force",
    "police-type": "police-type weapons use, not a use of force",
    "non-forcible": "not forcible",
    undetermined: "undetermined",
    contested: "contested",
  },
  fits: { yes: "the pair fits", no: "the pair does not fit", unknown: "whether the pair fits is undetermined" },
  compliance: { met: "met", "not-met": "not met", unknown: "unknown", "not-required": "not required" },
  applies: { yes: "applies", no: "does not apply", unknown: "may apply" },
  h: {
    lawOf: "law of",
    factsOf: "facts as of",
    reform: "Reform",
    regime: "Regime",
    answer: "ANSWER",
    character: "Use of force?",
    category: "Government's category (15 cases of 27 May 2014)",
    article9: "Article 9",
    instruments: "Instruments",
    noInstrument: "no instrument covers the action",
    hypothetical: "hypothetical",
    inForce: "in force",
    diet: "Diet approval",
    statute: "statute",
    commitment: "political commitment (not statute)",
    recorded: "approval recorded",
    pair: "Pair (international basis, domestic instrument)",
    international: "international law",
    domestic: "domestic instrument",
    governmentBasis: "government's premise",
    notUseOfForce: "not a use of force",
    notes: "Notes",
    under: "under",
    byDefault: "(default)",
    decidedBy: "would be decided by",
    none: "none",
    tableTitle: "the domestic answer under every regime",
    tableReforms: (date) => `Reforms, applied to the law of ${date}:`,
    tableColumns: ["LAW OF", "REGIME", "ART 9", "INSTRUMENT", "ANSWER", "DIET (STATUTE)", "PAIR"],
    legend: "Instruments",
    reforms: "Reforms",
    internationalVerdict: "international law",
    asIfDone: "the action is not under way on this date: the answer is the one it would get if it were done that day",
  },
  label: (c) => c.label,
  basis: (id) => id,
};

const MARK: Record<string, string> = { satisfied: "[+]", failed: "[x]", unknown: "[?]", contested: "[~]" };

export interface DomesticTextOptions {
  brief?: boolean;
  citations?: boolean;
  /** The use is not under way on the date judged (verdict "not-under-way"): the answer is hypothetical. */
  notUnderWay?: boolean;
}

function condition(c: ConditionResult, indent: string, s: DomesticStrings, o: DomesticTextOptions, out: string[], depth: number) {
  const sw = c.doctrine ? ` {${c.doctrine.switch}=${c.doctrine.position}}` : "";
  // "X unless Y" whose X always holds (Article 9 bars only the use of force): show Y alone.
  if (c.kind === "unless" && c.children.length === 2 && c.children[0].children.length === 0 && c.children[0].status === "satisfied") {
    out.push(`${indent}${MARK[c.status]} ${s.label(c)}`);
    condition(c.children[1], indent + "    ", s, o, out, depth + 1);
    return;
  }
  const because = c.children.length === 0 || c.kind === "doctrine" ? `: ${c.because}` : "";
  out.push(`${indent}${MARK[c.status]} ${s.label(c)}${sw}${because}`);
  if (c.byPosition) for (const p of c.byPosition) out.push(`${indent}      ${s.h.under} ${Object.entries(p.positions).map(([k, v]) => `${k}=${v}`).join(", ")}: ${s.status[p.status]}${p.isDefault ? ` ${s.h.byDefault}` : ""}`);
  if (c.missing.length && c.status === "unknown") out.push(`${indent}      ${s.h.decidedBy}: ${c.missing.join(", ")}`);
  if (o.citations !== false && c.citations.length && c.children.length === 0) out.push(`${indent}      - ${c.citations.map((x) => x.text).join("; ")}`);
  const kids = c.kind === "doctrine" && c.children.length === 1 && c.children[0].children.length === 0 ? [] : c.children;
  for (const k of kids) condition(k, indent + "    ", s, o, out, depth + 1);
}

/** One domestic layer's answer, indented to sit under a use of force. */
export function renderDomestic(d: DomesticAnalysis, o: DomesticTextOptions = {}, s: DomesticStrings = EN): string {
  const out: string[] = [];
  out.push(`  ${d.label} (${s.h.lawOf} ${d.lawDate}; ${s.h.factsOf} ${d.date})`);
  if (d.reform) out.push(`    ${s.h.reform}: ${d.reform.label}`);
  out.push(`    ${s.h.regime}: ${d.regime.label}${d.regime.from ? ` (${d.regime.from}${d.regime.to ? ` .. ${d.regime.to}` : " .."})` : ""}`);
  out.push(`    ${s.h.answer}: ${s.answer[d.answer]} (${d.summary})`);
  if (o.notUnderWay) out.push(`      (${s.h.asIfDone})`);
  if (d.positions) for (const p of d.positions) out.push(`      ${s.h.under} ${Object.entries(p.positions).map(([k, v]) => `${k}=${v}`).join(", ")}: ${s.answer[p.status]}${p.isDefault ? ` ${s.h.byDefault}` : ""}`);
  out.push(`    ${s.h.character} ${s.character[d.character.value]}: ${d.character.because}`);
  if (d.category) out.push(`    ${s.h.category}: ${d.category.label} (${d.category.because})`);
  const pair = d.pair;
  const intl = pair.international.available.length
    ? pair.international.available.map(s.basis).join(", ")
    : pair.international.isForce === "no"
      ? s.h.notUseOfForce
      : pair.international.open.length
        ? `${pair.international.open.map(s.basis).join(", ")} (${s.status.unknown})`
        : s.h.none;
  out.push(`    ${s.h.pair}: ${s.h.international}: ${intl} | ${s.h.domestic}: ${d.instruments.find((i) => i.id === pair.domestic.instrument)?.name ?? s.h.none} (${s.h.governmentBasis}: ${pair.domestic.governmentBasis.map(s.basis).join(", ")}) => ${s.fits[pair.fits]}`);
  for (const f of pair.flags) out.push(`      ${f.kind === "fits" ? "ok" : "!!"} ${f.message}`);
  const diet = d.diet;
  out.push(`    ${s.h.diet}: ${s.h.statute}: ${diet.statute ? diet.statute.label : s.h.none}${diet.statute?.note ? ` (${diet.statute.note})` : ""}; ${s.h.recorded}: ${s.compliance[diet.compliance.status]}${diet.compliance.because ? ` (${diet.compliance.because})` : ""}`);
  if (diet.commitment) out.push(`      ${s.h.commitment}: ${diet.commitment.label}: ${s.applies[diet.commitment.applies]} (${diet.commitment.because})`);
  if (o.brief) {
    for (const n of d.notes) out.push(`    - ${n}`);
    return out.join("\n");
  }
  out.push(`    ${s.h.article9}:`);
  condition(d.constitution, "      ", s, o, out, 0);
  out.push(`    ${s.h.instruments}:${d.instruments.length ? "" : ` ${s.h.noInstrument}`}`);
  for (const i of d.instruments) {
    const head = `      ${MARK[i.status]} ${i.name}${i.hypothetical ? ` (${s.h.hypothetical})` : ""} - ${i.law}; ${s.h.inForce} ${i.from}${i.to ? ` .. ${i.to}` : " .."}`;
    // An instrument that fails: its first failing condition is enough.
    const failing = i.status === "failed" ? firstFailed(i.conditions) : undefined;
    if (failing) {
      out.push(`${head}`);
      out.push(`          ${MARK.failed} ${s.label(failing)}: ${failing.because}`);
      continue;
    }
    out.push(head);
    for (const k of i.conditions) condition(k, "          ", s, o, out, 1);
  }
  if (d.notes.length) {
    out.push(`    ${s.h.notes}:`);
    for (const n of d.notes) out.push(`      - ${n}`);
  }
  return out.join("\n");
}

function firstFailed(cs: ConditionResult[]): ConditionResult | undefined {
  for (const k of cs) {
    if (k.status !== "failed") continue;
    if (k.kind === "leaf" || k.kind === "some" || k.children.length === 0) return k;
    return firstFailed(k.children) ?? k;
  }
  return undefined;
}

const pad = (t: string, n: number) => {
  // East Asian characters take two columns in a terminal.
  const width = [...t].reduce((w, ch) => w + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1), 0);
  return t + " ".repeat(Math.max(1, n - width));
};

/**
 * The table of the domestic answer under every regime date and every reform. In English, a table
 * of ids explained in the legend; in another language, each row in that language's words (the
 * regime, the instrument and the Diet rule by name), no id inside.
 */
export function renderRegimes(t: RegimesTable, s: DomesticStrings = EN): string {
  if (s !== EN) return renderRegimesNamed(t, s);
  const out: string[] = [`${t.title}`, `${t.use.id}: ${t.use.title} (${s.h.factsOf} ${t.date}); ${s.h.internationalVerdict}: ${s.verdict[t.international.verdict]} (${t.international.summary})`, ""];
  const widths = [25, 24, 15, 34, 15, 38];
  for (const layer of t.layers) {
    out.push(`${layer.label}: ${s.h.tableTitle}`);
    out.push(`  ${s.h.tableColumns.map((c, i) => (i < widths.length ? pad(c, widths[i]) : c)).join("")}`);
    const row = (first: string, r: (typeof layer.rows)[number]) =>
      `  ${pad(first, widths[0])}${pad(r.regime, widths[1])}${pad(s.status[r.article9], widths[2])}${pad(r.instrument ?? s.h.none, widths[3])}${pad(s.answer[r.answer], widths[4])}${pad(r.diet ?? "-", widths[5])}${s.fits[r.fits]}`;
    for (const r of layer.rows) out.push(row(`${r.lawFrom} .. ${r.lawTo ?? ""}`, r));
    out.push("");
    out.push(`  ${s.h.tableReforms(t.date)}`);
    for (const r of layer.reforms) out.push(row(r.reform!, r));
    out.push("");
    out.push(`  ${s.h.legend}:`);
    for (const [id, name] of Object.entries(layer.instruments)) out.push(`    ${id}: ${name}`);
    out.push(`  ${s.h.regime}:`);
    for (const [id, label] of Object.entries(layer.regimes)) out.push(`    ${id}: ${label}`);
    out.push(`  ${s.h.reforms}:`);
    for (const r of layer.reforms) out.push(`    ${r.reform}: ${r.summary}`);
  }
  return out.join("\n");
}

function renderRegimesNamed(t: RegimesTable, s: DomesticStrings): string {
  const out: string[] = [`${t.title}`, `${t.use.id}: ${t.use.title} (${s.h.factsOf} ${t.date}); ${s.h.internationalVerdict}: ${s.verdict[t.international.verdict]} (${t.international.summary})`, ""];
  const [, regimeH, art9H, instrumentH, answerH, dietH, pairH] = s.h.tableColumns;
  for (const layer of t.layers) {
    out.push(`${layer.label}: ${s.h.tableTitle}`);
    const row = (first: string, r: (typeof layer.rows)[number]) => {
      out.push(`  ${first}  ${answerH}：${s.answer[r.answer]}`);
      out.push(`      ${regimeH}：${r.names.regime}`);
      out.push(`      ${art9H}：${s.status[r.article9]}　${instrumentH}：${r.names.instrument ?? s.h.none}　${dietH}：${r.names.diet ?? "-"}　${pairH}：${s.fits[r.fits]}`);
    };
    for (const r of layer.rows) row(`${r.lawFrom} .. ${r.lawTo ?? ""}`, r);
    out.push("");
    out.push(`  ${s.h.tableReforms(t.date)}`);
    for (const r of layer.reforms) row(r.summary, r);
  }
  return out.join("\n");
}

/** Japan's answer over an operation's life (src/analysis/japan-timeline.ts), one line per span. */
export function renderJapanTimeline(spans: readonly { from: string; to?: string; answer: DomesticStatus; instrument?: string; summary: string }[], lang: "en" | "ja" = "en"): string {
  const s = lang === "ja" ? JA_ANSWER : EN.answer;
  const head = lang === "ja" ? "  日本法上の判断（期間ごと）:" : "  Japanese law over time:";
  const cut = (t: string) => (t.length > 140 ? `${t.slice(0, 139)}…` : t);
  return [head, ...spans.map((x) => `    ${x.from} .. ${(x.to ?? "").padEnd(10)}  ${s[x.answer].padEnd(13)} ${x.instrument ?? ""}\n      ${cut(x.summary)}`)].join("\n");
}

const JA_ANSWER: Record<DomesticStatus, string> = { permitted: "許容", "not-permitted": "許容されない", undetermined: "未確定", contested: "見解が分かれる" };
