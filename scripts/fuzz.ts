// The long fuzz run (npm run fuzz; not part of npm test): at least a million cases of valid and
// broken situations through every entry point (test/fuzz/harness.ts), on worker threads, with a
// watchdog. Reports crashes (anything but a located refusal), hangs, slow cases and violated legal
// invariants, each with a case that reproduces it; exits 1 if there is any.
//
//   npm run fuzz                          # 1,000,000 cases on every core
//   npm run fuzz -- --runs 20000 --seed 7 --workers 2
//   npm run fuzz -- --minutes 60          # stop after an hour (or on Ctrl-C) and report what was done
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { availableParallelism } from "node:os";
import fc from "fast-check";
import { loadSeeds, caseArb, runCase, InvariantViolation, type Case } from "../test/fuzz/harness.js";

const HANG_MS = 10_000;
const SLOW_MS = 1_000;
const CASE_BYTES = 64 * 1024;

/** Workers do not inherit `--import tsx` on Node 20: each registers it, then loads this file. */
const BOOT = `const { workerData } = require("node:worker_threads");
import("tsx/esm/api").then((tsx) => { tsx.register(); return import(workerData.url); });`;

interface Finding {
  kind: "crash" | "invariant" | "hang" | "slow";
  what: string;
  case: string;
  count: number;
}

if (isMainThread) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const runs = arg("runs", 1_000_000);
  const workers = arg("workers", availableParallelism());
  const seed = arg("seed", Date.now() % 1_000_000);
  console.log(`casus fuzz: ${runs} cases, ${workers} workers, seed ${seed}`);
  const findings = new Map<string, Finding>();
  const add = (f: Omit<Finding, "count">) => {
    const key = `${f.kind}: ${f.what}`;
    const had = findings.get(key);
    if (had) had.count++;
    else {
      findings.set(key, { ...f, count: 1 });
      console.log(`  new ${f.kind}: ${f.what}\n      case: ${f.case.slice(0, 500)}`);
    }
  };
  let done = 0;
  const outcomes: Record<string, number> = {};
  const started = Date.now();
  const share = Math.ceil(runs / workers);
  const start = (w: number, count: number, wseed: number): Promise<void> =>
    new Promise((resolve) => {
      if (count <= 0) return resolve();
      const shared = new SharedArrayBuffer(8 + 4 + CASE_BYTES);
      const clock = new Float64Array(shared, 0, 1);
      const worker = new Worker(BOOT, { eval: true, workerData: { count, seed: wseed, shared, url: import.meta.url } });
      live.add(worker);
      let finished = 0;
      const watchdog = setInterval(() => {
        const t = clock[0];
        if (t > 0 && Date.now() - t > HANG_MS) {
          const len = new Int32Array(shared, 8, 1)[0];
          const c = Buffer.from(new Uint8Array(shared, 12, len)).toString("utf8");
          add({ kind: "hang", what: `no answer in ${HANG_MS} ms`, case: c });
          clearInterval(watchdog);
          void worker.terminate();
          // carry on with the rest of this worker's share under another seed
          start(w, count - finished - 1, wseed + 7919).then(resolve);
        }
      }, 500);
      worker.on("message", (m: { progress?: number; outcomes?: Record<string, number>; finding?: Omit<Finding, "count"> }) => {
        if (m.finding) add(m.finding);
        if (m.progress) {
          finished += m.progress;
          done += m.progress;
          for (const [k, v] of Object.entries(m.outcomes ?? {})) outcomes[k] = (outcomes[k] ?? 0) + v;
        }
      });
      worker.on("error", (e) => {
        add({ kind: "crash", what: `worker died: ${e.message}`, case: "" });
        clearInterval(watchdog);
        resolve();
      });
      worker.on("exit", () => {
        live.delete(worker);
        clearInterval(watchdog);
        resolve();
      });
    });
  const progress = setInterval(() => {
    const s = (Date.now() - started) / 1000;
    console.log(`  ${done} cases in ${s.toFixed(0)} s (${(done / s).toFixed(0)}/s); findings: ${findings.size}`);
  }, 30_000);
  const live = new Set<Worker>();
  const report = (stopped: boolean) => {
    clearInterval(progress);
    const secs = (Date.now() - started) / 1000;
    console.log(`\n${done} cases in ${secs.toFixed(0)} s${stopped ? ` (stopped early, of ${runs})` : ""}: ${Object.entries(outcomes).map(([k, v]) => `${v} ${k}`).join(", ")}`);
    const byKind = (k: Finding["kind"]) => [...findings.values()].filter((f) => f.kind === k);
    const titles = { crash: "crashes", hang: "hangs", invariant: "violated invariants", slow: `slow cases (over ${SLOW_MS} ms)` } as const;
    for (const kind of ["crash", "hang", "invariant", "slow"] as const) {
      const list = byKind(kind);
      console.log(`${titles[kind]}: ${list.reduce((n, f) => n + f.count, 0)}`);
      for (const f of list.slice(0, 20)) console.log(`  [${f.count}x] ${f.what}\n      case: ${f.case.slice(0, 2000)}`);
    }
    return byKind("crash").length + byKind("hang").length + byKind("invariant").length > 0 || stopped ? 1 : 0;
  };
  // Ctrl-C (or a time budget: --minutes) stops the run and reports what was done.
  const stop = () => {
    for (const w of live) void w.terminate();
    process.exit(report(true));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const minutes = arg("minutes", 0);
  if (minutes > 0) setTimeout(stop, minutes * 60_000).unref();
  await Promise.all(Array.from({ length: workers }, (_, w) => start(w, Math.min(share, runs - w * share), seed + w)));
  process.exitCode = report(false);
} else {
  const { count, seed, shared } = workerData as { count: number; seed: number; shared: SharedArrayBuffer };
  const clock = new Float64Array(shared, 0, 1);
  const len = new Int32Array(shared, 8, 1);
  const bytes = new Uint8Array(shared, 12, CASE_BYTES);
  const seeds = loadSeeds();
  // 49 cases in 50 start from the small war (cheap to analyse), one from an example.
  const arb = fc.tuple(fc.nat({ max: 49 }), caseArb(seeds)).map(([w, c]): Case => (w < 49 ? { ...c, seed: 0 } : c));
  let outcomes: Record<string, number> = {};
  let batch = 0;
  const encoder = new TextEncoder();
  fc.assert(
    fc.property(arb, (c) => {
      const json = JSON.stringify(c);
      const { written } = encoder.encodeInto(json, bytes);
      len[0] = written;
      const t0 = Date.now();
      clock[0] = t0;
      try {
        const o = runCase(seeds, c);
        outcomes[o] = (outcomes[o] ?? 0) + 1;
      } catch (e) {
        const err = e as Error;
        const kind = e instanceof InvariantViolation ? "invariant" : "crash";
        const where = kind === "crash" ? ` at ${(err.stack ?? "").split("\n").slice(1, 3).map((l) => l.trim()).join(" < ")}` : "";
        parentPort!.postMessage({ finding: { kind, what: `${err.name}: ${err.message.split("\n")[0].slice(0, 300)}${where}`, case: json } });
      }
      const ms = Date.now() - t0;
      if (ms > SLOW_MS) parentPort!.postMessage({ finding: { kind: "slow", what: `${ms} ms (seed ${seeds[c.seed].name})`, case: json } });
      clock[0] = 0;
      if (++batch === 200) {
        parentPort!.postMessage({ progress: batch, outcomes });
        batch = 0;
        outcomes = {};
      }
    }),
    { numRuns: count, seed, endOnFailure: false },
  );
  parentPort!.postMessage({ progress: batch, outcomes });
}
