// The one door from the server to the casus library. The engine and the answer's shape are being
// reworked ("decide, then explain"), so every call the server makes, and all it knows of the
// answer's shape, is here: adapt this file, not the routes.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, timeline, compare, explain, CasusInputError, UsageError, situationJsonSchema, BASES, type Situation, type InputIssue } from "../index.js";
import { DoctrineError } from "../analysis/doctrine-options.js";
import { SituationReader } from "../scenario/incremental.js";
import { Lru } from "../engine/lru.js";
export { Lru };
import { analysisJson } from "../answer/json.js";
import type { Analysis, BasisId, ConditionResult, TimelineAnalysis, UseAnalysis } from "../answer/types.js";
import { renderAnalysis } from "../render/text.js";
import { renderAnalysisJa } from "../render/ja.js";

export type { Situation, InputIssue, Analysis, TimelineAnalysis, UseAnalysis, ConditionResult };
export { situationJsonSchema };

export type Lang = "en" | "ja";
export type Doctrine = string | Record<string, string>;
export interface AskOptions {
  date?: string;
  doctrine?: Doctrine;
  lang?: Lang;
  uses?: string[];
  /** Leave the timeline out (null): it costs most of an analysis, and an editor can ask for it later. */
  timeline?: boolean;
}

/** Bad input the user can fix: a located situation error, an unknown use, switch or basis. */
export class InputError extends Error {
  constructor(
    message: string,
    public readonly issues: InputIssue[] = [],
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** Runs a library call, turning the library's input errors into InputError. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CasusInputError) throw new InputError(`the situation is not valid: ${e.issues.length} problem(s)`, e.issues);
    if (e instanceof UsageError || e instanceof DoctrineError) throw new InputError(e.message);
    throw e; // anything else is a bug: a 500, logged on the server
  }
}

/**
 * What is known of one situation text: the parsed situation, its timelines (by doctrine and uses:
 * they do not depend on the date) and its answers as JSON (by options). Keyed by the text itself:
 * a Map lookup hashes a string far faster than SHA-256 would, and equal texts are equal inputs.
 */
interface Known {
  situation: Situation;
  timelines: Map<string, TimelineAnalysis>;
  answers: Map<string, Buffer>;
  bytes: number;
}
/** Up to 256 texts and 64 MiB of answers (an example's answer is 40 KiB to 1 MiB). */
const known = new Lru<Known>(256, 64 * 1024 * 1024, (k) => k.bytes);
const PER_TEXT = 16;

/**
 * One reader for every text: a save is mostly the previous revision with one part changed, and
 * only the changed part is parsed again (src/scenario/incremental.ts; the answer is parseSituation's).
 */
const reader = new SituationReader();

function knownText(text: string): Known {
  const hit = known.get(text);
  if (hit) return hit;
  const k: Known = { situation: guard(() => reader.read(text, "<situation>")), timelines: new Map(), answers: new Map(), bytes: text.length * 2 };
  known.set(text, k);
  return k;
}

/** Keeps a per-text map small: the oldest entry goes. */
function put<V>(m: Map<string, V>, key: string, v: V): void {
  m.set(key, v);
  if (m.size > PER_TEXT) m.delete(m.keys().next().value as string);
}

/** Parse and validate situation text (YAML or JSON), cached by content. */
export function parseText(text: string): Situation {
  return knownText(text).situation;
}

const textOf = (input: { yaml?: string; situation?: unknown }): string => {
  if (typeof input.yaml === "string") return input.yaml;
  if (input.situation !== undefined) return JSON.stringify(input.situation);
  throw new InputError("give the situation as `yaml` (text) or `situation` (an object)", [{ path: "$", message: "expected `yaml` or `situation`" }]);
};

/** The situation given either as YAML text or as a JSON object (validated the same way). */
export function situationFrom(input: { yaml?: string; situation?: unknown }): { situation: Situation } {
  return { situation: parseText(textOf(input)) };
}

export interface Answer {
  analysis: Analysis;
  timeline: TimelineAnalysis | null;
  text: string;
}

const checkUses = (s: Situation, uses?: string[]) => {
  const ids = new Set(s.uses.map((u) => u.id));
  const bad = (uses ?? []).filter((u) => !ids.has(u));
  if (bad.length) throw new InputError(`no use of force ${bad.map((b) => JSON.stringify(b)).join(", ")} in the situation (uses: ${[...ids].join(", ")})`, bad.map(() => ({ path: "$.uses", message: "unknown use id" })));
};

/** The full answer for one situation: the analysis on the date, the timeline, and the text in lang. */
export function answer(s: Situation, o: AskOptions, k?: Known): Answer {
  checkUses(s, o.uses);
  return guard(() => {
    const analysis = analyze(s, { date: o.date, doctrine: o.doctrine, uses: o.uses, lang: o.lang });
    let tl: TimelineAnalysis | null = null;
    if (o.timeline !== false) {
      const key = `${JSON.stringify(o.doctrine ?? "")}|${(o.uses ?? []).join(",")}`;
      tl = k?.timelines.get(key) ?? timeline(s, { doctrine: o.doctrine, uses: o.uses });
      if (k) put(k.timelines, key, tl);
    }
    const text = o.lang === "ja" ? renderAnalysisJa(analysis) : renderAnalysis(analysis);
    return { analysis, timeline: tl, text };
  });
}

/** The answer as JSON, cached by (text, options): the hot path of /api/analyze. */
export function answerJson(input: { yaml?: string; situation?: unknown }, o: AskOptions): Buffer {
  const text = textOf(input);
  const k = knownText(text);
  const key = `${o.date ?? ""}|${JSON.stringify(o.doctrine ?? "")}|${o.lang ?? "en"}|${(o.uses ?? []).join(",")}|${o.timeline !== false}`;
  const hit = k.answers.get(key);
  if (hit !== undefined) return hit;
  // The analysis in its JSON form (version 3: citations by key, one table; docs/json-output.md).
  const a = answer(k.situation, o, k);
  const json = Buffer.from(JSON.stringify({ ...a, analysis: analysisJson(a.analysis) }));
  put(k.answers, key, json);
  k.bytes = text.length * 2 + [...k.answers.values()].reduce((n, b) => n + b.length, 0);
  known.set(text, k); // re-weigh it
  return json;
}

export function compareUse(s: Situation, use: string, o: AskOptions): unknown {
  checkUses(s, [use]);
  return guard(() => compare(s, use, { date: o.date, doctrine: o.doctrine }));
}

export function explainUse(s: Situation, use: string, basis: string, o: AskOptions): unknown {
  checkUses(s, [use]);
  const ids = BASES.map((b) => b.id as string);
  if (!ids.includes(basis)) throw new InputError(`no basis "${basis}" (bases: ${ids.join(", ")})`, [{ path: "$.basis", message: "unknown basis" }]);
  return guard(() => explain(s, use, basis as BasisId, { date: o.date, doctrine: o.doctrine }));
}

// ---- What changed between two analyses (what-if, revision compare) ----

export interface Change<T> {
  before: T | null;
  after: T | null;
}
export interface UseDiff {
  use: string;
  title: string;
  verdict?: Change<string>;
  bases: { basis: string; status?: Change<string>; conditions: ({ id: string; label: string } & Change<string>)[] }[];
}
export interface AnalysisDiff {
  date: string;
  changed: boolean;
  uses: UseDiff[];
}

function flatten(nodes: ConditionResult[], out = new Map<string, ConditionResult>()): Map<string, ConditionResult> {
  for (const n of nodes) {
    out.set(n.id, n);
    flatten(n.children, out);
  }
  return out;
}

/** Only the changes: per use the verdict, per basis the status, per condition id the status. */
export function diffAnalyses(before: Analysis, after: Analysis): AnalysisDiff {
  const ids = [...new Set([...before.uses.map((u) => u.id), ...after.uses.map((u) => u.id)])];
  const uses: UseDiff[] = [];
  for (const id of ids) {
    const b = before.uses.find((u) => u.id === id);
    const a = after.uses.find((u) => u.id === id);
    const d: UseDiff = { use: id, title: (a ?? b)!.title, bases: [] };
    if (b?.verdict !== a?.verdict) d.verdict = { before: b?.verdict ?? null, after: a?.verdict ?? null };
    const basisIds = [...new Set([...(b?.bases ?? []), ...(a?.bases ?? [])].map((x) => x.basis))];
    for (const basis of basisIds) {
      const bb = b?.bases.find((x) => x.basis === basis);
      const ab = a?.bases.find((x) => x.basis === basis);
      const bc = flatten(bb?.conditions ?? []);
      const ac = flatten(ab?.conditions ?? []);
      const conditions = [...new Set([...bc.keys(), ...ac.keys()])]
        .filter((c) => bc.get(c)?.status !== ac.get(c)?.status)
        .map((c) => ({ id: c, label: (ac.get(c) ?? bc.get(c))!.label, before: bc.get(c)?.status ?? null, after: ac.get(c)?.status ?? null }));
      const status = bb?.status !== ab?.status ? { before: bb?.status ?? null, after: ab?.status ?? null } : undefined;
      if (status || conditions.length) d.bases.push({ basis, ...(status ? { status } : {}), conditions });
    }
    if (d.verdict || d.bases.length) uses.push(d);
  }
  return { date: after.date, changed: uses.length > 0, uses };
}

export function diffSituations(before: Situation, after: Situation, o: AskOptions): AnalysisDiff {
  return guard(() => {
    const opts = { date: o.date, doctrine: o.doctrine, lang: o.lang };
    return diffAnalyses(analyze(before, opts), analyze(after, opts));
  });
}

// ---- For listings and reports ----

export function describe(s: Situation): { title: string; description: string } {
  const d = (s as { description?: unknown }).description;
  return { title: s.title, description: typeof d === "string" ? d : "" };
}

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

/** The bundled examples: id = file name without .yaml; examples/japan/* get the prefix `japan-`. */
export function examples(): { id: string; yaml: string }[] {
  const out: { id: string; yaml: string }[] = [];
  const dir = (d: string, prefix: string) => {
    for (const f of readdirSync(d).sort()) if (f.endsWith(".yaml")) out.push({ id: prefix + basename(f, ".yaml"), yaml: readFileSync(join(d, f), "utf8") });
  };
  dir(EXAMPLES, "");
  dir(join(EXAMPLES, "japan"), "japan-");
  return out;
}
