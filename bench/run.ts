// The benchmarks of issue 6, in one process (bench/README.md says what each figure is):
//   npm run bench                 print the figures
//   npm run bench -- --write      also put them, with the rerun command, into README.md between the bench markers
//   npm run bench -- --quick      a smaller corpus (200 situations), to try a change
// Figures depend on the machine; the ratios are measured in the same run.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { loadSituation } from "../src/scenario/load.js";
import type { Situation } from "../src/scenario/schema.js";
import { corpus, newcomerSituation } from "./corpus.js";
import { ENGINE, answerJson, decideCompared, decideStatuses, explainEn, explainEnDefault, explainJa, prepareCasus, timelineOf } from "./casus-adapter.js";
import { decideHand, prepare as prepareHand } from "./handwritten.js";
import { decideRules } from "./rules-engine.js";
import { coldStart, coldStartPhases, describeColdStart } from "./coldstart.js";

const root = join(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const SEED = 20260601;
const COUNT = quick ? 200 : 1000;

const fmt = (x: number, d = 0) => x.toLocaleString("en-GB", { minimumFractionDigits: d, maximumFractionDigits: d });

interface Contender {
  name: string;
  /** The situations it is measured on (json-rules-engine, too slow for the corpus: its first 100). */
  items: Situation[];
  uses: number;
  run: (s: Situation, i: number) => unknown | Promise<unknown>;
}

/** Microseconds per use of force of one window: passes over the contender's situations for at least `ms`. */
async function windowUs(c: Contender, ms: number): Promise<number> {
  let passes = 0;
  const t0 = performance.now();
  do {
    for (let i = 0; i < c.items.length; i++) await c.run(c.items[i], i);
    passes++;
  } while (performance.now() - t0 < ms);
  return ((performance.now() - t0) * 1000) / (passes * c.uses);
}

/**
 * Every contender warmed up (passes for at least `warmMs`: casus reaches its steady speed only
 * after seconds, many small functions to compile), then measured in `rounds` interleaved rounds of
 * one window each; a contender's figure is its median window. Interleaving puts every contender
 * under the same drift of the machine (a shared virtual machine: its speed wanders by half within
 * a minute), and the median leaves out the windows a collection or a neighbour spoilt.
 */
async function measureAll(contenders: Contender[], warmMs: number, rounds: number, windowMs: number): Promise<Map<string, number>> {
  for (const c of contenders) await windowUs(c, warmMs);
  const windows = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) for (const c of contenders) windows.get(c.name)!.push(await windowUs(c, windowMs));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return new Map([...windows].map(([n, xs]) => [n, median(xs)]));
}

// ---- 1. the corpus, five ways ---------------------------------------------------------------------

const loadAtStart = loadavg()[0];
const t0 = performance.now();
const situations = corpus(COUNT, SEED);
const generateMs = performance.now() - t0;
const uses = situations.reduce((n, s) => n + s.uses.length, 0);
const casusPrepared = situations.map(prepareCasus);
const handPrepared = situations.map(prepareHand);
const date = (s: Situation) => s.asOf!;

// casus is measured twice: deciding the two bases the other encodings judge (the comparison), and
// deciding every Charter basis (what `decide` gives); then with its English and Japanese answers.
// A first pass also fills each prepared situation's memo (src/scenario/model.ts).
const ROUNDS = quick ? 5 : 9;
const rulesItems = situations.slice(0, 100);
const of = (name: string, items: Situation[], run: Contender["run"]): Contender => ({ name, items, uses: items.reduce((n, s) => n + s.uses.length, 0), run });
const figures = await measureAll(
  [
    of("compared", situations, (s, i) => decideCompared(casusPrepared[i], date(s))),
    of("decide", situations, (s, i) => decideStatuses(casusPrepared[i], date(s))),
    of("english", situations, (s, i) => explainEn(casusPrepared[i], date(s))),
    of("english-default", situations, (s, i) => explainEnDefault(casusPrepared[i], date(s))),
    of("japanese", situations, (s, i) => explainJa(casusPrepared[i], date(s))),
    of("rules", rulesItems, (s, i) => decideRules(handPrepared[i], date(s))),
    of("hand", situations, (s, i) => decideHand(handPrepared[i], date(s))),
  ],
  quick ? 2000 : 4000,
  ROUNDS,
  quick ? 400 : 1000,
);
const [comparedUs, decideUs, englishUs, englishDefaultUs, japaneseUs, rulesUs, handUs] = ["compared", "decide", "english", "english-default", "japanese", "rules", "hand"].map((n) => figures.get(n)!);

// ---- 2. answer sizes: the examples, the corpus -------------------------------------------------------

const exampleFiles: string[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith(".yaml")) exampleFiles.push(p);
  }
};
walk(join(root, "examples"));

function measure(fn: () => unknown, minMs = 300): number {
  for (let i = 0; i < 10; i++) fn();
  let calls = 0;
  const t = performance.now();
  while (performance.now() - t < minMs) {
    fn();
    calls++;
  }
  return ((performance.now() - t) * 1000) / calls;
}

const exampleRows: string[] = [];
let exampleBytes = 0;
let exampleUses = 0;
let exampleMax = 0;
for (const f of exampleFiles) {
  const s = loadSituation(f);
  const p = prepareCasus(s);
  const bytes = Buffer.byteLength(answerJson(p, undefined));
  exampleBytes += bytes;
  exampleUses += s.uses.length;
  exampleMax = Math.max(exampleMax, bytes);
  const a = measure(() => decideStatuses(p, undefined));
  const t = measure(() => timelineOf(p), 200);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep: unknown[] = [];
  for (let i = 0; i < 100; i++) keep.push(decideStatuses(p, undefined));
  const heap = (process.memoryUsage().heapUsed - before) / 100 / 1024;
  keep.length = 0;
  exampleRows.push(`| ${relative(join(root, "examples"), f)} | ${s.uses.length} | ${fmt(a)} | ${fmt(t / 1000, 1)} | ${fmt(heap)} | ${fmt(bytes / 1024)} | ${fmt(bytes / 1024 / s.uses.length)} |`);
}
let corpusMax = 0;
let corpusBytes = 0;
for (const [i, s] of situations.entries()) {
  const bytes = Buffer.byteLength(answerJson(casusPrepared[i], date(s)));
  corpusMax = Math.max(corpusMax, bytes);
  corpusBytes += bytes;
}

// The newcomer's kind of situation: a dozen resolutions, every switch open, two uses.
const newcomer = newcomerSituation();
const newcomerStart = performance.now();
const newcomerBytes = Buffer.byteLength(answerJson(prepareCasus(newcomer), undefined));
const newcomerMs = performance.now() - newcomerStart;

// ---- 3. the long timeline (a child process with a time limit), 4. cold start -------------------------

function longTimeline(attacks: number, limitMs: number): string {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "bench", "timeline.ts"), String(attacks), "20"], { cwd: root, timeout: limitMs, encoding: "utf8" });
  if (r.status === 0) return `${fmt(JSON.parse(r.stdout).ms / 1000, 2)} s`;
  return `not finished in ${limitMs / 1000} s`;
}
const timeline2000 = longTimeline(2000, 60_000);
const timeline100 = longTimeline(100, 60_000);
let cold = "not measured (run `npm run build` first)";
try {
  cold = describeColdStart(coldStart(10));
  cold += ". Where it goes (medians of 5; each step adds one phase):\n\n| step | wall (ms) | CPU (ms) |\n|---|---:|---:|\n";
  cold += coldStartPhases(5).map((p) => `| \`${p.step}\` | ${fmt(p.wallMs)} | ${p.cpuMs !== undefined ? fmt(p.cpuMs) : ""} |`).join("\n");
} catch (e) {
  cold = `not measured: ${(e as Error).message.split("\n")[0]}`;
}

// ---- the report ------------------------------------------------------------------------------------

const mark = (ok: boolean) => (ok ? "met" : "**not met**");
const kb = (b: number) => `${fmt(b / 1024)} KB`;
const report = [
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${fmt(loadAtStart, 1)} on 2 cores at the start (above 2, absolute times are inflated; ratios less so), casus through \`${ENGINE}\`; rerun: \`npm run build && npm run bench -- --write\`.`,
  "",
  `Corpus: ${fmt(situations.length)} generated situations (seed ${SEED}), ${fmt(uses)} uses of force, each judged on its situation's \`asOf\` (generated and validated in ${fmt(generateMs / 1000, 1)} s). Each figure is the median of ${ROUNDS} interleaved windows, after a warm-up (json-rules-engine on the first 100 situations).`,
  "",
  "| per use of force | µs | ratio | target |",
  "|---|---:|---:|---|",
  `| casus decide, the two bases compared (statuses and trace, no text) | ${fmt(comparedUs)} | json-rules-engine / decide = ${fmt(rulesUs / comparedUs, 1)}×; decide / hand-written = ${fmt(comparedUs / handUs, 1)}× | ≥ 50× and ≤ 3×: ${mark(rulesUs / comparedUs >= 50)}, ${mark(comparedUs / handUs <= 3)} |`,
  `| casus decide, every Charter basis (five; not compared: the others judge two) | ${fmt(decideUs)} | json-rules-engine / decide = ${fmt(rulesUs / decideUs, 1)}×; decide / hand-written = ${fmt(decideUs / handUs, 1)}× | |`,
  `| casus, English explanation rendered, every proof tree in full (every Charter basis; \`--tree\`) | ${fmt(englishUs)} | json-rules-engine / English = ${fmt(rulesUs / englishUs, 1)}× | ≥ 10×: ${mark(rulesUs / englishUs >= 10)} |`,
  `| casus, English answer as \`casus analyze\` prints it (every sentence of every tree made; the decisive conditions printed) | ${fmt(englishDefaultUs)} | json-rules-engine / English = ${fmt(rulesUs / englishDefaultUs, 1)}× | ≥ 10×: ${mark(rulesUs / englishDefaultUs >= 10)} |`,
  `| casus, Japanese explanation rendered, every proof tree in full (every Charter basis) | ${fmt(japaneseUs)} | json-rules-engine / Japanese = ${fmt(rulesUs / japaneseUs, 1)}× | |`,
  `| json-rules-engine, the two bases (bench/rules-engine.ts) | ${fmt(rulesUs)} | | |`,
  `| hand-written, the two bases, every condition's status kept (bench/handwritten.ts) | ${fmt(handUs, 1)} | | |`,
  "",
  "| JSON answer | figure | target |",
  "|---|---:|---|",
  `| largest, generated situations (1 to 20 uses) | ${kb(corpusMax)} | ≤ 2 MB: ${mark(corpusMax <= 2 * 1024 * 1024)} |`,
  `| average per use, generated situations | ${kb(corpusBytes / uses)} | |`,
  `| largest, examples | ${kb(exampleMax)} | ≤ 2 MB: ${mark(exampleMax <= 2 * 1024 * 1024)} |`,
  `| average per use, examples | ${kb(exampleBytes / exampleUses)} | < 50 KB: ${mark(exampleBytes / exampleUses < 50 * 1024)} |`,
  `| a newcomer's kind of situation (${newcomer.resolutions!.length} resolutions, every switch open, ${newcomer.uses.length} uses): answer and JSON, cold | ${kb(newcomerBytes)} in ${fmt(newcomerMs)} ms | well under 1 s: ${mark(newcomerMs < 500)} |`,
  "",
  `Timeline of a generated situation with 2,000 attacks and 20 uses: ${timeline2000} (target < 2 s); with 100 attacks and 20 uses: ${timeline100}.`,
  "",
  `Cold start (bench/coldstart.ts): ${cold}`,
  "",
  "Per example (the analysis on the example's date, the timeline over all its dates, the heap an answer keeps, its JSON):",
  "",
  "| situation | uses | decide on a date (µs/call) | timeline, all dates (ms/call) | heap per answer (KiB) | JSON (KB) | JSON per use (KB) |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...exampleRows,
].join("\n");
console.log(report);

if (argv.includes("--write")) {
  const readme = join(root, "README.md");
  const text = readFileSync(readme, "utf8");
  writeFileSync(readme, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${report}\n<!-- bench:end -->`));
  console.log("README.md updated");
}
