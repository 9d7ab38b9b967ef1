// The one place the benchmarks and the agreement test call casus: `decide` (statuses and trace, no
// text) for the statuses, `analyze` and the renderers for the answers and explanations, `timeline`.
//
// With CASUS_BENCH_FROM=dist (`npm run bench` sets it) casus is the compiled `dist/` a user runs
// (`npm run build` first); else the sources through tsx (the tests). tsx compiles with esbuild's
// keepNames, which wraps every named inner function in a naming call each time it is made: a few
// per cent of casus's time that no user pays.
import type * as AnalyzeModule from "../src/analysis/analyze.js";
import type * as DecideModule from "../src/analysis/decide.js";
import type * as RulebookModule from "../src/law/rulebook.js";
import type * as TextModule from "../src/render/text.js";
import type * as JsonModule from "../src/answer/json.js";
import type * as JaModule from "../src/render/ja.js";
import type { Prepared as CasusPrepared } from "../src/analysis/analyze.js";
import type { ConcludeMemo } from "../src/engine/rule.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const FROM = process.env.CASUS_BENCH_FROM === "dist" ? "dist" : "src";
if (FROM === "dist" && !existsSync(fileURLToPath(new URL("../dist/analysis/analyze.js", import.meta.url)))) {
  throw new Error("bench: dist/ is not built; run `npm run build` first");
}
const load = <T>(path: string): Promise<T> => import(new URL(`../${FROM}/${path}`, import.meta.url).href) as Promise<T>;
const [{ analyze, decide, prepare, timeline }, { dayOf, decideBasis, defaultDate, isPrepared }, { BASIS_BY_ID }, { renderAnalysis }, { analysisJson }, { renderAnalysisJa }] = await Promise.all([
  load<typeof AnalyzeModule>("analysis/analyze.js"),
  load<typeof DecideModule>("analysis/decide.js"),
  load<typeof RulebookModule>("law/rulebook.js"),
  load<typeof TextModule>("render/text.js"),
  load<typeof JsonModule>("answer/json.js"),
  load<typeof JaModule>("render/ja.js"),
]);
/** Where casus is loaded from: the compiled dist/ or the sources. */
export const CASUS_FROM = FROM;
import type { Situation } from "../src/scenario/schema.js";
import type { Analysis, BasisStatus, ConditionResult } from "../src/answer/types.js";

/** What the adapter is wired to, printed with the figures. */
export const ENGINE = `${FROM === "dist" ? "compiled dist/" : "sources through tsx"}: decideBasis of the two compared bases, and decide of every Charter basis (statuses and trace, no text), on a situation prepared once`;

/** Per-situation preparation (`decide` accepts a prepared situation; `analyze` prepares on every call). */
export type Prepared = Situation | CasusPrepared;
export const prepareCasus = (s: Situation): CasusPrepared => prepare(s);

export interface UseStatuses {
  id: string;
  statuses: Partial<Record<string, BasisStatus>>;
}

/** `date` undefined: each use on the situation's asOf, else its start (as the CLI does). */
const run = (p: Prepared, date?: string): Analysis => analyze(p, date ? { date } : {});

/** The two bases the other encodings judge (bench/rules-engine.ts, bench/handwritten.ts). */
export const COMPARED = ["collective-self-defence", "collective-security"] as const;
const COMPARED_DEFS = COMPARED.map((id) => BASIS_BY_ID.get(id)!);

/**
 * Decide the compared bases only (the same work as the other encodings): for each use of force,
 * `decideBasis` of collective self-defence and collective security (statuses and trace, no text),
 * one memo per use as `decideUse` keeps for its bases, on the date `decide` would judge.
 */
export function decideCompared(p: Prepared, date?: string): UseStatuses[] {
  const c = isPrepared(p) ? p : prepare(p);
  const s = c.model.situation;
  return s.uses.map((u) => {
    const day = dayOf(date ?? defaultDate(s.asOf, u));
    const memo: ConcludeMemo = new Map();
    const statuses: UseStatuses["statuses"] = {};
    for (const b of COMPARED_DEFS) statuses[b.id] = decideBasis(c, u, b, day, false, undefined, memo).status;
    return { id: u.id, statuses };
  });
}

/** Decide: every basis status of every use of force on `date` (with decide: statuses and trace, no text). */
export function decideStatuses(p: Prepared, date?: string): UseStatuses[] {
  return decide(p, date ? { date } : {}).uses.map((u) => ({ id: u.id, statuses: Object.fromEntries(u.bases.map((b) => [b.basis, b.status])) }));
}

const CONDITION_ID = /^actors\[([^\]]+)\]\/(?:victims|resolutions)\[([^\]]+)\]\/conditions\/([a-z-]+)$/;

/**
 * The status of each condition of each candidate, per use: "actor|candidate|condition" ->
 * satisfied / failed / unknown / contested (collective self-defence and collective security only).
 */
export function conditionStatuses(p: Prepared, date?: string): Map<string, string>[] {
  return run(p, date).uses.map((u) => {
    const out = new Map<string, string>();
    const walk = (n: ConditionResult) => {
      const m = CONDITION_ID.exec(n.id);
      if (m) out.set(`${m[1]}|${m[2]}|${m[3]}`, n.status);
      n.children.forEach(walk);
    };
    for (const b of u.bases) if (b.basis === "collective-self-defence" || b.basis === "collective-security") b.conditions.forEach(walk);
    return out;
  });
}

/** The full answer as JSON text, as the CLI and the server send it (version 3: citations by key; for the size figures). */
export const answerJson = (p: Prepared, date?: string): string => JSON.stringify(analysisJson(run(p, date)));

/** Decide, then render the English explanation with every proof tree in full (`--tree`). */
export const explainEn = (p: Prepared, date?: string): string => renderAnalysis(run(p, date), { tree: true });

/** Decide, then render the English answer as `casus analyze` prints it (verdict, bases, the decisive conditions; no full trees). */
export const explainEnDefault = (p: Prepared, date?: string): string => renderAnalysis(run(p, date));

/** Decide, then render the Japanese explanation. */
export const explainJa = (p: Prepared, date?: string): string => renderAnalysisJa(run(p, date), { tree: true });

/** The timeline of every use (all change dates). */
export const timelineOf = (p: Prepared) => timeline(p);
