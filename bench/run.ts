// Speed and memory of an analysis: `npm run bench` prints a table; `npm run bench -- --write`
// also puts it into README.md between the bench markers. Figures depend on the machine.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadSituation } from "../src/scenario/load.js";
import { analyze, timeline } from "../src/analysis/analyze.js";

const dir = join(import.meta.dirname, "..", "examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();

function measure(fn: () => unknown, minMs = 400): { perCallUs: number; calls: number } {
  for (let i = 0; i < 20; i++) fn(); // warm up
  let calls = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    calls++;
  }
  return { perCallUs: ((performance.now() - t0) * 1000) / calls, calls };
}

const rows: string[] = [];
rows.push("| situation | uses | analyze on a date (µs/call) | timeline, all dates (ms/call) | heap per analysis (KiB) |");
rows.push("|---|---:|---:|---:|---:|");
for (const f of files) {
  const s = loadSituation(join(dir, f));
  const date = s.asOf ?? s.uses[0].start;
  const a = measure(() => analyze(s, { date: date.length === 10 ? date : undefined }));
  const t = measure(() => timeline(s), 300);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep: unknown[] = [];
  for (let i = 0; i < 200; i++) keep.push(analyze(s, { date: date.length === 10 ? date : undefined }));
  const heap = (process.memoryUsage().heapUsed - before) / 200 / 1024;
  rows.push(`| ${f} | ${s.uses.length} | ${a.perCallUs.toFixed(0)} | ${(t.perCallUs / 1000).toFixed(1)} | ${heap.toFixed(0)} |`);
  keep.length = 0;
}
const table = [`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}:`, "", ...rows].join("\n");
console.log(table);

if (process.argv.includes("--write")) {
  const readme = join(import.meta.dirname, "..", "README.md");
  const text = readFileSync(readme, "utf8");
  const next = text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
  writeFileSync(readme, next);
  console.log("README.md updated");
}
