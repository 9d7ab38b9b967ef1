// Cold start of the compiled CLI: `node bin/casus.js analyze <the largest example>`, a new process
// each time, wall time from spawn to exit; median of 10 runs (target: 300 ms). Needs `npm run build`.
//   node --import tsx bench/coldstart.ts [--runs 10] [-- casus args...]
// Also reports where the time goes inside one process (node alone, module loading, the phases).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "casus.js");

/** The largest example situation (by bytes), the one the target is set on. */
export function largestExample(): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".yaml")) files.push(p);
    }
  };
  walk(join(root, "examples"));
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall milliseconds of `node args...` run `runs` times (after one unmeasured run to warm the disk cache). */
export function wall(args: string[], runs = 10): { median: number; min: number; max: number; runs: number[] } {
  const once = () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  once();
  const times = Array.from({ length: runs }, once);
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times };
}

export interface ColdStart {
  command: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  nodeAloneMs: number;
}

export function coldStart(runs = 10, casusArgs?: string[]): ColdStart {
  const args = casusArgs ?? ["analyze", relative(root, largestExample())];
  const casus = wall([bin, ...args], runs);
  const node = wall(["-e", "0"], runs);
  return { command: `casus ${args.join(" ")}`, medianMs: casus.median, minMs: casus.min, maxMs: casus.max, nodeAloneMs: node.median };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf("--runs");
  const runs = i >= 0 ? Number(argv[i + 1]) : 10;
  const dd = argv.indexOf("--");
  const r = coldStart(runs, dd >= 0 ? argv.slice(dd + 1) : undefined);
  console.log(
    `cold start, ${r.command}: median ${r.medianMs.toFixed(0)} ms of ${runs} (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)}); node -e 0 alone: ${r.nodeAloneMs.toFixed(0)} ms; target 300 ms`,
  );
}
