// Fuzzing casus end to end (test/hostile-fuzz.test.ts runs a few thousand cases; scripts/fuzz.ts
// a million): valid situations and broken ones (mutated fields, dropped references, swapped
// types, damaged text) go through load, validate, analyze, timeline, compare, explain and the
// Japanese layer. A case fails if anything but a located CasusInputError escapes, or if an answer
// breaks a legal invariant.
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { stringify } from "yaml";
import { parseSituation, CasusInputError } from "../../src/scenario/load.js";
import { analyze, timeline, UsageError } from "../../src/analysis/analyze.js";
import { underWay } from "../../src/analysis/decide.js";
import { compare } from "../../src/analysis/compare.js";
import { explain } from "../../src/analysis/explain.js";
import { regimesTable } from "../../src/analysis/regimes.js";
import { renderAnalysis, renderUseTimeline } from "../../src/render/text.js";
import { renderAnalysisJa } from "../../src/render/ja.js";
import type { Situation } from "../../src/scenario/schema.js";
import type { Analysis, UseTimeline } from "../../src/answer/types.js";

export class InvariantViolation extends Error {
  override name = "InvariantViolation";
}
const must = (ok: boolean, what: string) => {
  if (!ok) throw new InvariantViolation(what);
};

// ---- seeds: the examples, and a small war ---------------------------------------------------

const SMALL = `casus: 1
title: A small war
actors:
  - { id: V, name: Victimland, kind: state, unMember: true }
  - { id: X, name: Attackerland, kind: state }
  - { id: H, name: Helperland, kind: state }
  - { id: P, name: United States, kind: state, permanentMember: true }
attacks:
  - { id: a1, by: X, against: V, date: 2000-01-10, kind: invasion, gravity: armed-attack }
declarations:
  - { id: d1, by: V, date: 2000-01-10 }
requests:
  - { id: q1, by: V, to: [H], date: 2000-01-11 }
consents:
  - { id: c1, state: V, givenBy: government, authority: government, to: [H], date: 2000-01-12, withdrawn: 2000-03-01 }
resolutions:
  - id: r1
    adopted: 2000-01-20
    votes: { for: 13, against: [], abstain: [China] }
    determination: { kind: breach-of-the-peace, against: X }
    chapterVII: express
    authorisation: authorises
    addressees: { states: all-members }
    concerns: [X]
reports:
  - { by: H, date: 2000-01-16 }
uses:
  - id: u1
    title: Helperland repels the invasion
    by: H
    against: X
    where: [V]
    start: 2000-01-15
    end: 2000-04-01
    purposes: [repel-attack]
    claims: [{ label: collective self-defence, basis: collective-self-defence }]
    assessments: { necessity: yes, proportionality: { value: unknown, why: not stated }, immediacy: yes }
    mandates: { r1: { addressee: yes, purpose: yes, area: yes, limits: yes } }
`;

const exampleFiles = (): string[] => {
  const dirs = ["examples", "examples/japan"];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${d}/${f}`));
};

export interface Seed {
  name: string;
  text: string;
  data: unknown;
  /** Every path into the data, and the string values seen (ids among them), for mutations. */
  paths: (string | number)[][];
  strings: string[];
}

function seedOf(name: string, text: string): Seed {
  const data = JSON.parse(JSON.stringify(parseSituation(text, name)));
  const paths: (string | number)[][] = [];
  const strings = new Set<string>();
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (typeof v === "string" && v.length < 40) strings.add(v);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(data, []);
  return { name, text, data, paths, strings: [...strings] };
}

/** The small war and the lighter examples first (cheap to analyse), then the rest. */
export function loadSeeds(all = true): Seed[] {
  const seeds = [seedOf("small", SMALL)];
  if (all) for (const f of exampleFiles()) seeds.push(seedOf(f, readFileSync(f, "utf8")));
  return seeds;
}

// ---- mutations --------------------------------------------------------------------------------

const hostileString = fc.constantFrom("", " ", "__proto__", "constructor", "toString", "\u001b[2J", "a\nb", "\u202e", "x".repeat(200), "9999-99-99", "2023-02-30", "2021-02-29", "1945-01-01", "0000-01-01", "-1", "yes", "all", "all-members", "V", "X", "H", "u1", "r1", "c1", "a1");
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 40 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(hostileString, { maxLength: 12 }),
  fc.record({ value: fc.constantFrom("yes", "no", "unknown", "maybe"), why: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }),
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

export type Mutation =
  | { op: "set"; path: number; value: unknown }
  | { op: "delete"; path: number }
  | { op: "rename"; path: number; suffix: string }
  | { op: "duplicate"; path: number }
  | { op: "swap-ref"; path: number; to: number }
  | { op: "text-insert"; at: number; chunk: string }
  | { op: "text-cut"; at: number; length: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("set" as const), path: fc.nat(), value: anyValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("delete" as const), path: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("rename" as const), path: fc.nat(), suffix: fc.constantFrom("s", "_", "X", "") }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("duplicate" as const), path: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("swap-ref" as const), path: fc.nat(), to: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("text-insert" as const), at: fc.nat(), chunk: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("&a ", "*a", "!!binary ", "<<: ", "? ", "[", "{", "\u0000", "\uFEFF", "\t", "---\n", ": ", "- ", "#")) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("text-cut" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
);

function at(data: unknown, path: (string | number)[]): { parent: Record<string | number, unknown> | unknown[]; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  let v = data as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) {
    v = v?.[p] as Record<string | number, unknown>;
    if (v === null || typeof v !== "object") return undefined;
  }
  return { parent: v, key: path[path.length - 1] };
}

/** The text of a seed after the mutations, as YAML or JSON. */
export function mutate(seed: Seed, mutations: Mutation[], format: "yaml" | "json"): string {
  const data = structuredClone(seed.data);
  const textOps: Mutation[] = [];
  for (const m of mutations) {
    if (m.op === "text-insert" || m.op === "text-cut") {
      textOps.push(m);
      continue;
    }
    const target = at(data, seed.paths[m.path % seed.paths.length]);
    if (!target) continue;
    const { parent, key } = target;
    const p = parent as Record<string | number, unknown>;
    if (!(key in p)) continue;
    if (m.op === "set") p[key] = m.value;
    else if (m.op === "delete") Array.isArray(parent) ? parent.splice(Number(key), 1) : delete p[key];
    else if (m.op === "rename" && !Array.isArray(parent)) {
      p[`${key}${m.suffix || "x"}`] = p[key];
      delete p[key];
    } else if (m.op === "duplicate" && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
    else if (m.op === "swap-ref" && typeof p[key] === "string") p[key] = seed.strings[m.to % seed.strings.length];
  }
  let text = format === "json" ? JSON.stringify(data) : stringify(data);
  for (const m of textOps) {
    if (m.op === "text-insert") {
      const i = m.at % (text.length + 1);
      text = text.slice(0, i) + m.chunk + text.slice(i);
    } else if (m.op === "text-cut") {
      const i = m.at % (text.length + 1);
      text = text.slice(0, i) + text.slice(i + m.length);
    }
  }
  return text;
}

export const caseArb = (seeds: Seed[]) =>
  fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    mutations: fc.array(mutationArb, { maxLength: 3 }),
    format: fc.constantFrom("yaml" as const, "json" as const),
    date: fc.option(fc.date({ min: new Date("1940-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
    basis: fc.nat(),
  });
export type Case = { seed: number; mutations: Mutation[]; format: "yaml" | "json"; date?: string; basis: number };

// ---- running a case --------------------------------------------------------------------------

export type Outcome = "refused" | "analysed";

/** Run one case through every entry point; throws anything that is not a located refusal or that breaks an invariant. */
export function runCase(seeds: Seed[], c: Case): Outcome {
  const seed = seeds[c.seed];
  const text = c.mutations.length === 0 ? seed.text : mutate(seed, c.mutations, c.format);
  let s: Situation;
  try {
    s = parseSituation(text, "fuzz.yaml");
  } catch (e) {
    if (!(e instanceof CasusInputError)) throw e;
    must(e.issues.length > 0 && e.issues.length <= 101, "a refusal names between 1 and 101 problems");
    for (const i of e.issues) {
      must(i.path.startsWith("$") && i.message.length > 0 && i.message.length < 800, `a located, bounded message: ${i.path} ${i.message.slice(0, 80)}`);
      must(!/received|Buffer|Uint8Array|Maximum call stack|undefined is not|Cannot read/.test(i.message), `a message in the format's words: ${i.message.slice(0, 120)}`);
    }
    return "refused";
  }
  const use = s.uses[c.seed % s.uses.length];
  const date = c.date;
  const a = analyze(s, date ? { date } : {});
  if (c.basis % 16 === 0) must(JSON.stringify(analyze(s, date ? { date } : {})) === JSON.stringify(a), "the same situation and date give the same answer");
  checkAnalysis(s, a);
  if (c.basis % (seed.name === "small" ? 4 : 32) === 0) {
    const t = timeline(s, { uses: [use.id] });
    for (const u of t.uses) checkTimeline(u);
    renderUseTimeline(t.uses[0]);
  }
  renderAnalysis(a);
  renderAnalysisJa(a);
  compare(s, use.id, date ? { date } : {});
  const judged = a.uses.find((u) => u.id === use.id)?.bases ?? [];
  if (date && judged.length) explain(s, use.id, judged[c.basis % judged.length].basis, { date });
  if (use.japan) {
    try {
      regimesTable(s, use.id, date ? { date } : {});
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
    }
  }
  return "analysed";
}

const VERDICTS = new Set(["lawful", "unlawful", "undetermined", "contested", "not-force", "not-under-way"]);
const STATUSES = new Set(["available", "not-available", "undetermined", "contested"]);

/** The legal invariants every answer keeps, whatever the facts. */
export function checkAnalysis(s: Situation, a: Analysis) {
  const has = (list: unknown[] | undefined) => (list?.length ?? 0) > 0;
  for (const u of a.uses) {
    must(VERDICTS.has(u.verdict), `verdict ${u.verdict}`);
    const statuses = u.bases.map((b) => b.status);
    for (const st of statuses) must(STATUSES.has(st), `status ${st}`);
    // outside the use's own period there is nothing to judge: "not-under-way", and only there
    const use = s.uses.find((x) => x.id === u.id)!;
    const when = underWay(use, u.date);
    must((u.verdict === "not-under-way") === (when !== "under-way"), `${u.id}: not-under-way iff ${u.date} is outside ${use.start}..${use.end ?? ""}: ${u.verdict}`);
    if (u.verdict === "not-under-way") must(u.notUnderWay === when, `${u.id}: not under way because ${when}, said ${u.notUnderWay}`);
    // the prohibition of force (art 2(4)): not engaged by conduct that is no force at all; otherwise lawful only through an available basis
    else must((u.verdict === "not-force") === (u.isForce === "no"), `${u.id}: not-force iff the conduct is no use of force: ${u.verdict} with isForce ${u.isForce}`);
    if (u.isForce !== "no" && when === "under-way") must((u.verdict === "lawful") === statuses.includes("available"), `${u.id}: lawful iff a basis is available: ${u.verdict} with ${statuses.join(",")}`);
    if (u.verdict === "unlawful") must(statuses.every((x) => x === "not-available"), `${u.id}: unlawful while a basis is open`);
    const st = (id: string) => u.bases.find((b) => b.basis === id)?.status;
    // art 51: no self-defence without an attack; Chapter VII and art 53: no authorisation without a resolution; no consent without one given
    if (st("individual-self-defence") === "available" || st("collective-self-defence") === "available") must(has(s.attacks), `${u.id}: self-defence without any attack`);
    if (st("collective-security") === "available" || st("regional-enforcement") === "available") must(has(s.resolutions), `${u.id}: Council authorisation without any resolution`);
    if (st("consent") === "available") must(has(s.consents) || has(s.requests), `${u.id}: consent without any consent given (a victim's request for help is also its consent there)`);
    if (st("collective-self-defence") === "available") must(has(s.requests), `${u.id}: collective self-defence without any request`);
  }
}

/** A timeline tiles the use's period: ordered, contiguous, non-overlapping intervals. */
export function checkTimeline(t: UseTimeline) {
  for (const b of t.bases) {
    must(b.intervals.length > 0, `${t.id}/${b.basis}: an empty timeline`);
    must(b.intervals[0].from === t.from, `${t.id}/${b.basis}: starts on ${b.intervals[0].from}, not ${t.from}`);
    for (let i = 0; i < b.intervals.length; i++) {
      const iv = b.intervals[i];
      if (iv.to !== undefined) must(iv.from <= iv.to, `${t.id}/${b.basis}: interval ${iv.from} .. ${iv.to} reversed`);
      if (i > 0) must(b.intervals[i - 1].to !== undefined && b.intervals[i - 1].to! < iv.from, `${t.id}/${b.basis}: intervals overlap or leave a gap`);
    }
  }
}
