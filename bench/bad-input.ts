// Time and peak memory for every bad file (npm run bench:bad-input; not part of npm test): the
// corpus in test/bad-input/ and large hostile inputs made here. Each runs `casus validate` in a
// fresh process; the figures are measured inside it (time from the call, peak resident memory of
// the whole process, Node and tsx included). `-- --write` puts the table in README.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LIMITS } from "../src/scenario/limits.js";

if (process.argv[2] === "--child") {
  const { run } = await import("../src/cli/main.js");
  const t0 = performance.now();
  const code = run(["validate", process.argv[3]], { out: () => {}, err: () => {} });
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ code, ms, rssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), "casus-bench-"));
const make = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const near = LIMITS.maxBytes - 1024;
const manyUses = (() => {
  let out = "casus: 1\ntitle: Many uses\nactors:\n  - { id: V, name: Victimland, kind: state }\n  - { id: H, name: Helperland, kind: state }\nuses:\n";
  for (let i = 0; out.length < near; i++) out += `  - { id: x${i}, title: Use ${i}, by: H, where: [V], start: "2031-05-01" }\n`;
  return out;
})();
const generated: [string, string][] = [
  ["valid example (baseline)", "examples/worked-example.yaml"],
  ["valid, 3,000 uses near the size limit", make("many-uses.yaml", manyUses)],
  ["unknown keys up to the size limit", make("unknown-keys.yaml", "casus: 1\ntitle: t\n" + Array.from({ length: Math.floor(near / 12) }, (_, i) => `k${i}: 1`).join("\n"))],
  ["one-line JSON string up to the limit", make("long-string.json", `{"casus": 1, "title": "${"x".repeat(near)}"}`)],
  ["nested lists up to the limit", make("nested.json", "[".repeat(near / 2) + "]".repeat(near / 2))],
  ["aliases up to the limit", make("aliases.yaml", "casus: 1\ntitle: &t t\nsources: [" + Array(Math.floor(near / 4)).fill("*t").join(", ") + "]\n")],
  ["invalid UTF-8 at the end, near the limit", join(dir, "late-bad-utf8.yaml")],
  ["20 MB JSON", make("twenty.json", `{"casus": 1, "title": "${"x".repeat(20_000_000)}"}`)],
  ["/dev/zero", "/dev/zero"],
  ["/dev/urandom", "/dev/urandom"],
];
writeFileSync(join(dir, "late-bad-utf8.yaml"), Buffer.concat([Buffer.from("casus: 1\ntitle: t\n# " + "x".repeat(near)), Buffer.from([0xff])]));
const corpus = readdirSync("test/bad-input").filter((f) => f !== "expected.json").map((f): [string, string] => [f, join("test/bad-input", f)]);

const rows: { name: string; code: number; ms: number; rssMiB: number }[] = [];
for (const [name, file] of [...generated, ...corpus]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "bench/bad-input.ts", "--child", file], { encoding: "utf8", timeout: 60_000 });
  const m = JSON.parse(r.stdout || "{}");
  rows.push({ name, code: m.code ?? -1, ms: m.ms ?? NaN, rssMiB: m.rssMiB ?? NaN });
  console.log(`${name.padEnd(44)} exit ${m.code}  ${(m.ms ?? NaN).toFixed(1).padStart(8)} ms  ${(m.rssMiB ?? NaN).toFixed(0).padStart(5)} MiB`);
}
const corpusRows = rows.slice(generated.length);
const worst = (k: "ms" | "rssMiB") => corpusRows.reduce((a, b) => (b[k] > a[k] ? b : a));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const table = [
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; \`casus validate\` in a fresh process each; peak RSS includes Node and tsx (the valid example is the baseline); load average ${(await import("node:os")).loadavg()[0].toFixed(1)} on ${(await import("node:os")).availableParallelism()} cores while measured.`,
  "",
  "| input | exit | time (ms) | peak RSS (MiB) |",
  "|---|---:|---:|---:|",
  ...rows.slice(0, generated.length).map((r) => `| ${r.name} | ${r.code} | ${r.ms.toFixed(1)} | ${r.rssMiB.toFixed(0)} |`),
  `| the ${corpusRows.length} corpus files (test/bad-input/): median | 2 | ${median(corpusRows.map((r) => r.ms)).toFixed(1)} | ${median(corpusRows.map((r) => r.rssMiB)).toFixed(0)} |`,
  `| the corpus: slowest (${worst("ms").name}) / largest (${worst("rssMiB").name}) | 2 | ${worst("ms").ms.toFixed(1)} | ${worst("rssMiB").rssMiB.toFixed(0)} |`,
].join("\n");
console.log("\n" + table);
if (rows.some((r) => r.name !== "valid example (baseline)" && r.name !== "valid, 3,000 uses near the size limit" && r.code !== 2)) console.log("\nSOME BAD INPUT WAS NOT REFUSED WITH EXIT CODE 2");
if (process.argv.includes("--write")) {
  const readme = readFileSync("README.md", "utf8");
  const out = readme.replace(/<!-- bad-input:start -->[\s\S]*<!-- bad-input:end -->/, `<!-- bad-input:start -->\n${table}\n<!-- bad-input:end -->`);
  writeFileSync("README.md", out);
}
