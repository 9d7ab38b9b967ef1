// Cold start of the compiled CLI: `node bin/casus.js analyze <the largest example>`, a new process
// each time, wall time from spawn to exit; median of 10 runs (target: 300 ms). Needs `npm run build`.
//   node --import tsx bench/coldstart.ts [--runs 10] [--phases] [-- casus args...]
// Also reports where the time goes inside one process (node alone, module loading, the phases).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
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

const TIME = "/usr/bin/time";
const hasTime = existsSync(TIME);

/**
 * Milliseconds of `node args...` run `runs` times, after one unmeasured run (the disk cache): wall
 * time, and CPU time (user + system, from /usr/bin/time where it exists), which a loaded machine
 * disturbs less than wall time.
 */
export function wall(args: string[], runs = 10): { median: number; min: number; max: number; cpu?: number } {
  const once = () => {
    const t0 = performance.now();
    const r = hasTime
      ? spawnSync(TIME, ["-f", "casus-time %U %S", process.execPath, ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" })
      : spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    const m = /casus-time ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
    return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined };
  };
  once();
  const times = Array.from({ length: runs }, once);
  const ms = times.map((t) => t.ms);
  const cpu = times.every((t) => t.cpu !== undefined) ? median(times.map((t) => t.cpu!)) : undefined;
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), cpu };
}

export interface ColdStart {
  command: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  nodeAloneMs: number;
  /** Median CPU time (user + system) of the command and of `node -e 0`, where /usr/bin/time exists. */
  cpuMs?: number;
  nodeAloneCpuMs?: number;
  /** The machine's 1-minute load average before the runs (2 cores: above 2, the figures are disturbed). */
  load: number;
}

export function coldStart(runs = 10, casusArgs?: string[]): ColdStart {
  const args = casusArgs ?? ["analyze", relative(root, largestExample())];
  const load = loadavg()[0];
  const casus = wall([bin, ...args], runs);
  const node = wall(["-e", "0"], runs);
  return { command: `casus ${args.join(" ")}`, medianMs: casus.median, minMs: casus.min, maxMs: casus.max, nodeAloneMs: node.median, cpuMs: casus.cpu, nodeAloneCpuMs: node.cpu, load };
}

/**
 * Where a cold start goes: each step adds one phase to the one before (node alone, loading the CLI,
 * reading and validating the situation, one analysis, the timeline). Medians of `runs`.
 */
export function coldStartPhases(runs = 5): { step: string; wallMs: number; cpuMs?: number }[] {
  const file = relative(root, largestExample());
  const steps: [string, string[]][] = [
    ["node -e 0", ["-e", "0"]],
    ["casus --version (load the CLI)", [bin, "--version"]],
    [`casus validate ${file} (+ read and validate)`, [bin, "validate", file]],
    [`casus analyze ${file} --as-of <its asOf> (+ one analysis)`, [bin, "analyze", file, "--as-of", asOfOf(file)]],
    [`casus analyze ${file} (+ the timeline)`, [bin, "analyze", file]],
  ];
  return steps.map(([step, args]) => {
    const w = wall(args, runs);
    return { step, wallMs: w.median, cpuMs: w.cpu };
  });
}

function asOfOf(file: string): string {
  const m = /^asOf:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(root, file), "utf8"));
  return m ? m[1] : "2000-01-01";
}

export function describeColdStart(r: ColdStart, runs = 10): string {
  const cpu = r.cpuMs !== undefined ? `; CPU ${r.cpuMs.toFixed(0)} ms (node -e 0: ${r.nodeAloneCpuMs!.toFixed(0)} ms)` : "";
  return `\`${r.command}\` cold: median ${r.medianMs.toFixed(0)} ms wall of ${runs} (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)}; \`node -e 0\` alone: ${r.nodeAloneMs.toFixed(0)} ms)${cpu}; load average ${r.load.toFixed(1)} on 2 cores; target ≤ 300 ms wall`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf("--runs");
  const runs = i >= 0 ? Number(argv[i + 1]) : 10;
  const dd = argv.indexOf("--");
  const r = coldStart(runs, dd >= 0 ? argv.slice(dd + 1) : undefined);
  console.log(describeColdStart(r, runs));
  if (argv.includes("--phases")) for (const p of coldStartPhases()) console.log(`  ${p.step}: ${p.wallMs.toFixed(0)} ms wall${p.cpuMs !== undefined ? `, ${p.cpuMs.toFixed(0)} ms CPU` : ""}`);
}
