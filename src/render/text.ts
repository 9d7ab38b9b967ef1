// Plain-text rendering of answers for the terminal. Pure: answer in, string out.
import { positionsLegend } from "./positions-legend.js";
import type { Analysis, BasisResult, Citation, ConditionResult, TimelineAnalysis, UseAnalysis, UseTimeline } from "../answer/types.js";
import type { Comparison } from "../analysis/compare.js";
import type { Explanation } from "../analysis/explain.js";
import { renderDomestic } from "./domestic.js";
import { decisiveConditions } from "./decisive.js";
import { STATUS_WORDS } from "./summaries.js";
import { BASIS_EN } from "../law/wording.js";

/** A status in words ("not available", not its code), where a line prints one. */
const word = (s: string) => (STATUS_WORDS.en as Record<string, string>)[s] ?? s;

export interface TextOptions {
  /** Only the verdict and one line per basis. */
  brief?: boolean;
  /** Print citations under each condition (default true). */
  citations?: boolean;
  /** The full proof tree of each basis (default: only the conditions that decide it). */
  tree?: boolean;
}

const MARK: Record<string, string> = { satisfied: "[+]", failed: "[x]", unknown: "[?]", contested: "[~]" };
const BASIS_MARK: Record<string, string> = { available: "AVAILABLE", "not-available": "not available", undetermined: "UNDETERMINED", contested: "CONTESTED" };

function condition(c: ConditionResult, indent: string, o: TextOptions, out: string[]) {
  const doctrineNote = c.doctrine ? ` {${c.doctrine.switch}=${c.doctrine.position}}` : "";
  const evidence = c.evidenceOnly ? " (evidence only)" : "";
  const because = c.children.length === 0 || c.kind === "doctrine" ? `: ${c.because}` : "";
  out.push(`${indent}${MARK[c.status]} ${c.label}${evidence}${doctrineNote}${because}`);
  if (c.byPosition) for (const p of c.byPosition) out.push(`${indent}      under ${posText(p.positions)}: ${word(p.status)}${p.isDefault ? " (default)" : ""}`);
  if (c.missing.length && c.status === "unknown") out.push(`${indent}      would be decided by: ${c.missing.join(", ")}`);
  if (o.citations !== false && c.citations.length && (c.children.length === 0 || c.kind !== "every"))
    out.push(`${indent}      - ${citationLine(c.citations)}`);
  const kids = c.kind === "doctrine" && c.children.length === 1 && c.children[0].children.length === 0 ? [] : c.children;
  siblings(kids, c.kind === "every" && c.id.endsWith("actors"), indent + "    ", o, out);
}

/**
 * A citation's text split at its last ", para N" / ", paras N-M": what /^(.*), paras? (\S.*)$/
 * matches, found from the end without the regex's backtracking. Citation texts are a few dozen
 * shared constants, so each split is kept (a bounded table: a situation's own texts come and go).
 */
const SPLITS = new Map<string, readonly [string, string]>();
function splitPara(t: string): readonly [string, string] {
  let r = SPLITS.get(t);
  if (r !== undefined) return r;
  r = [t, ""];
  if (!LINE_BREAK.test(t))
    for (let i = t.lastIndexOf(", para"); i >= 0; i = i === 0 ? -1 : t.lastIndexOf(", para", i - 1)) {
      const j = i + 6;
      if (t[j] === "s" && t[j + 1] === " " && NON_SPACE.test(t[j + 2] ?? "")) r = [t.slice(0, i), t.slice(j + 2)];
      else if (t[j] === " " && NON_SPACE.test(t[j + 1] ?? "")) r = [t.slice(0, i), t.slice(j + 1)];
      else continue;
      break;
    }
  if (SPLITS.size >= 4096) SPLITS.clear();
  SPLITS.set(t, r);
  return r;
}
const NON_SPACE = /^\S$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** "X, para 194" and "X, para 195" print as "X, paras 194, 195". */
export const compactCitations = (texts: readonly string[]): string => compact(texts, (t) => t);
/** A condition's citations as one line; a rule's own list (shared by every node of the rule) is worded once. */
const LINES = new WeakMap<readonly Citation[], string>();
export function citationLine(cs: readonly Citation[]): string {
  let line = LINES.get(cs);
  if (line === undefined) LINES.set(cs, (line = compact(cs, (c) => c.text)));
  return line;
}

function compact<T>(texts: readonly T[], textOf: (t: T) => string): string {
  // A handful of texts: groups in first-seen order, found by a scan.
  const heads: string[] = [];
  const nums: string[][] = [];
  for (let k = 0; k < texts.length; k++) {
    const [head, num] = splitPara(textOf(texts[k]));
    let g = heads.indexOf(head);
    if (g < 0) {
      g = heads.push(head) - 1;
      nums.push([]);
    }
    if (num) nums[g].push(num);
  }
  let out = "";
  for (let g = 0; g < heads.length; g++) {
    const n = nums[g];
    if (g) out += "; ";
    out += n.length === 0 ? heads[g] : `${heads[g]}, ${n.length > 1 || n[0].includes("-") ? "paras" : "para"} ${n.join(", ")}`;
  }
  return out;
}

const VERDICT: Record<UseAnalysis["verdict"], string> = {
  lawful: "LAWFUL",
  unlawful: "UNLAWFUL",
  undetermined: "UNDETERMINED",
  contested: "CONTESTED",
  "not-force": "NOT A USE OF FORCE (art 2(4) not engaged)",
  "not-under-way": "NOT UNDER WAY on this date",
};

const posText = (p: Record<string, string>) => Object.entries(p).map(([k, v]) => `${k}=${v}`).join(", ") || "the default positions";

function basis(b: BasisResult, actors: number, o: TextOptions, out: string[]) {
  out.push(`  ${b.label}: ${BASIS_MARK[b.status]}${b.claimed ? " (claimed)" : ""}`);
  out.push(`    ${b.summary}`);
  if (b.positions) for (const p of b.positions) out.push(`    under ${posText(p.positions)}: ${word(p.status)}${p.isDefault ? " (default)" : ""}`);
  if (o.brief) return;
  if (!o.tree) return decisive(b, o, out);
  // Several acting states: the top level is one tree per state.
  const perState = actors > 1 && b.conditions.length === actors;
  siblings(b.conditions, perState, "      ", o, out);
}

/** The conditions that decide the basis, each shown once (with the candidates it stands for). */
function decisive(b: BasisResult, o: TextOptions, out: string[]) {
  for (const { node: c, for: who } of decisiveConditions(b)) {
    const doctrineNote = c.doctrine ? ` {${c.doctrine.switch}=${c.doctrine.position}}` : "";
    out.push(`      ${MARK[c.status]} ${c.label}${doctrineNote}${who.length ? ` [${who.join("; ")}]` : ""}: ${c.because}`);
    if (c.byPosition) for (const p of c.byPosition) out.push(`          under ${posText(p.positions)}: ${word(p.status)}${p.isDefault ? " (default)" : ""}`);
    if (c.missing.length && c.status === "unknown") out.push(`          would be decided by: ${c.missing.join(", ")}`);
    if (o.citations !== false && c.citations.length) out.push(`          - ${citationLine(c.citations)}`);
  }
}

/** Print sibling conditions; where they are one tree per acting state, only the first of each status in full. */
function siblings(kids: ConditionResult[], perState: boolean, indent: string, o: TextOptions, out: string[]) {
  let shown: string[] | undefined;
  for (const k of kids) {
    if (perState) {
      if (shown?.includes(k.status)) {
        out.push(`${indent}${MARK[k.status]} ${k.label}: ${k.because} (as above)`);
        continue;
      }
      (shown ??= []).push(k.status);
    }
    condition(k, indent, o, out);
  }
}

export function renderUse(u: UseAnalysis, o: TextOptions = {}): string {
  const out: string[] = [];
  useLines(u, o, out);
  return out.join("\n");
}

function useLines(u: UseAnalysis, o: TextOptions, out: string[]) {
  const start = out.length;
  out.push(`${u.id}: ${u.title}`);
  out.push(`  by ${u.by.join(", ")}, judged on ${u.date}`);
  out.push(`  VERDICT: ${VERDICT[u.verdict]} (${u.summary})`);
  out.push("");
  for (const b of u.bases) {
    basis(b, u.by.length, o, out);
    if (!o.brief) out.push("");
  }
  if (u.commitments.length) {
    out.push("  Collective defence treaties (commitments, not legal bases):");
    for (const c of u.commitments) out.push(`    ${c.label}: ${c.triggered === "yes" ? "triggered" : c.triggered === "no" ? "not triggered" : "undetermined"} (${c.because})`);
  }
  if (u.labels.length) {
    out.push("  Labels claimed:");
    for (const l of u.labels) out.push(`    ${l.kind === "fits" ? "ok " : "!! "}${l.message}`);
  }
  // Domestic layers (src/render/domestic.ts): the answer of a state's own law, beside the international one.
  for (const d of u.domestic ?? []) out.push("", renderDomestic(d, { ...o, notUnderWay: u.verdict === "not-under-way" }));
  const legend = positionsLegend(out, start, "en");
  if (legend.length) out.push("", ...legend);
}

export function renderAnalysis(a: Analysis, o: TextOptions = {}): string {
  // One list of lines for the whole answer, joined once.
  const out = [`${a.title}`, `Doctrine: ${doctrineLine(a.doctrine, contestedOn(a))}`, ""];
  for (const u of a.uses) {
    useLines(u, o, out);
    out.push("");
  }
  return out.join("\n");
}

function doctrineLine(doctrine: Analysis["doctrine"], deciding?: ReadonlySet<string>): string {
  const chosen = doctrine.filter((d) => d.from === "user" || d.from === "situation");
  const open = doctrine.filter((d) => d.from === "default").map((d) => d.switch);
  // The open switches an answer here is contested on first (those a reader may want to settle), then the rest.
  if (!deciding) return [...(chosen.length ? [chosen.map((d) => `${d.switch}=${d.position} (${d.from})`).join(", ")] : []), ...(open.length ? [`open switches (judged under each position where it matters): ${open.join(", ")}`] : [])].join("; ") || "every switch settled";
  const turning = open.filter((sw) => deciding.has(sw));
  const others = open.filter((sw) => !deciding.has(sw));
  const parts = chosen.length ? [chosen.map((d) => `${d.switch}=${d.position} (${d.from})`).join(", ")] : [];
  if (turning.length) parts.push(`open switches an answer here is contested on: ${turning.join(", ")}`);
  if (others.length) parts.push(`${turning.length ? "other open switches" : "open switches"} (judged under each position where it matters; no answer here is contested on them): ${others.join(", ")}`);
  return parts.length ? parts.join("; ") : "every switch settled";
}

/** The doctrine switches on which some basis of some use is contested (its positions). */
export function contestedOn(a: Pick<Analysis, "uses">): Set<string> {
  const out = new Set<string>();
  for (const u of a.uses) for (const b of u.bases) for (const p of b.positions ?? []) for (const sw of Object.keys(p.positions)) if (!sw.startsWith("fact:")) out.add(sw);
  return out;
}

export function renderUseTimeline(t: UseTimeline): string {
  const out = [`${t.id}: ${t.title} (${t.from}${t.to ? ` to ${t.to}` : " onward"})`, "  Verdict over time:"];
  for (const v of t.verdicts) out.push(`    ${v.from} .. ${v.to ?? ""}`.padEnd(32) + (v.verdict === "not-force" ? "not a use of force" : v.verdict === "not-under-way" ? "not under way" : v.verdict));
  out.push("  Bases over time:");
  for (const b of t.bases) {
    out.push(`    ${BASIS_EN[b.basis] ?? b.basis}`);
    for (const i of b.intervals) out.push(`      ${i.from} .. ${i.to ?? ""}`.padEnd(34) + word(i.status));
  }
  if (t.events.length) {
    out.push("  Events:");
    for (const e of t.events) out.push(`    ${e.until ? `${e.date}..${e.until}` : e.date}  ${e.what}`);
  }
  return out.join("\n");
}

export function renderTimeline(t: TimelineAnalysis): string {
  return [`${t.title}`, `Doctrine: ${doctrineLine(t.doctrine)}`, "", ...t.uses.map((u) => renderUseTimeline(u) + "\n")].join("\n");
}

export function renderComparison(c: Comparison): string {
  const w = 22;
  const col = 48;
  const wrap = (s: string) => {
    const lines: string[] = [];
    let line = "";
    for (const word of s.split(" ")) {
      if ((line + " " + word).trim().length > col) {
        lines.push(line.trim());
        line = word;
      } else line += " " + word;
    }
    lines.push(line.trim());
    return lines;
  };
  const out = [`${c.use}: ${c.title}, on ${c.date}`, "", `${"".padEnd(w)}${"COLLECTIVE SELF-DEFENCE".padEnd(col + 2)}COLLECTIVE SECURITY`];
  for (const r of c.rows) {
    const a = wrap(r.collectiveSelfDefence);
    const b = wrap(r.collectiveSecurity);
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(`${(i === 0 ? r.aspect : "").padEnd(w)}${(a[i] ?? "").padEnd(col + 2)}${b[i] ?? ""}`);
  }
  out.push("");
  out.push(`Holds: ${c.holds.length ? c.holds.join(" and ") : "neither"}`);
  out.push(`Sources: ${c.citations.collectiveSelfDefence.map((x) => x.text).join("; ")} | ${c.citations.collectiveSecurity.map((x) => x.text).join("; ")}`);
  return out.join("\n");
}

export function renderExplanation(e: Explanation): string {
  const out = [`${BASIS_EN[e.basis] ?? e.basis} for ${e.use} on ${e.date}: ${word(e.status)}`, `  ${e.summary}`, ""];
  if (e.status === "available") out.push("  It holds already.");
  if (e.flips.length) {
    out.push("  What would have to be true for it to hold (smallest sets):");
    e.flips.forEach((set, i) => {
      out.push(`    ${i + 1}. ${set.map((c) => c.label).join(" AND ")}`);
      for (const c of set) out.push(`         now ${c.status}: ${c.because}${c.facts.length ? ` [${c.facts.join(", ")}]` : ""}`);
    });
  } else if (e.status !== "available") out.push("  No set of up to three conditions would make it hold: it fails on more counts than that, or on doctrine.");
  if (e.deciding.length) {
    out.push("", "  Unknown facts that would decide it:");
    const byDefault = (s: string | undefined) => (s ? ` (${s} on the default positions)` : "");
    for (const d of e.deciding)
      out.push(`    ${d.label} [${d.facts.join(", ")}]: if it holds -> ${d.ifSatisfied}${byDefault(d.ifSatisfiedByDefault)}, if it fails -> ${d.ifFailed}${byDefault(d.ifFailedByDefault)}`);
  }
  if (e.irrelevant.length) out.push("", `  Unknown but irrelevant as things stand: ${e.irrelevant.map((d) => d.label).join("; ")}`);
  if (e.availableUnder.length) out.push("", `  Available under: ${e.availableUnder.map(posText).join(" | ")}`);
  return out.join("\n");
}
