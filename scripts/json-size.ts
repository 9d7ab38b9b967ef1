// The examples' JSON answers (version 3, as `casus analyze FILE --json` prints them: one line, with
// the timeline), in KB per use of force; and indented, for comparison. `npm run json-size`.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadSituation } from "../src/scenario/load.js";
import { analyze, timeline } from "../src/analysis/analyze.js";
import { analysisJson } from "../src/answer/json.js";
const ex = [...readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => join("examples", f)), ...readdirSync("examples/japan").filter((f) => f.endsWith(".yaml")).map((f) => join("examples/japan", f))];
console.log("example".padEnd(64), "uses", "KB/use (one line)", "KB/use (indented)");
let tp = 0, tf = 0, n = 0, mp = 0, mf = 0;
for (const f of ex) {
  const s = loadSituation(f);
  const v = analysisJson(analyze(s), timeline(s));
  const p = Buffer.byteLength(JSON.stringify(v, null, 2)), fl = Buffer.byteLength(JSON.stringify(v)), u = v.uses.length;
  tp += p; tf += fl; n += u; mp += p / u; mf += fl / u;
  console.log(f.padEnd(64), String(u).padStart(2), (fl / u / 1024).toFixed(1).padStart(17), (p / u / 1024).toFixed(1).padStart(17));
}
console.log(`all examples: ${(tf / n / 1024).toFixed(1)} KB per use (one line; indented ${(tp / n / 1024).toFixed(1)}); mean of the examples' KB per use ${(mf / ex.length / 1024).toFixed(1)} (indented ${(mp / ex.length / 1024).toFixed(1)})`);
