// A citation names the source itself (the Charter article, the resolution, the ICJ paragraph, the
// writer's work), never a file of this repository or of ../shared it was read from.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CITATIONS, cite } from "../src/law/citations.js";
import { JP_CITATIONS, jpCite } from "../src/law/japan/citations.js";
import { loadSituation } from "../src/scenario/load.js";
import { analyze } from "../src/analysis/analyze.js";

/** A path or a file name: "../shared/law/MODEL.md", "customary.md", "shared/law", "data/x.yaml". */
export const FILE = /\.\.\/|\bshared\/|\.(md|ya?ml|json|ts|txt)\b/i;

const examples = [
  ...readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => join("examples", f)),
  ...readdirSync("examples/japan").filter((f) => f.endsWith(".yaml")).map((f) => join("examples/japan", f)),
];

test("the pattern catches a file, not a document symbol or a case", () => {
  for (const bad of ["as summarised in ../shared/law/MODEL.md", "customary.md, section 2", "see shared/law", "[japan.md 2(e)]"]) assert.match(bad, FILE);
  for (const good of ["S/RES/678 (1990), para 2", "UN Doc S/2014/695", "[1986] ICJ Rep 14, para 195", "(2012) 106 AJIL 770"]) assert.doesNotMatch(good, FILE);
});

test("no citation of the registries names a file", () => {
  const bad: string[] = [];
  for (const id of Object.keys(CITATIONS)) if (FILE.test(cite(id).text)) bad.push(`${id}: ${cite(id).text}`);
  for (const id of Object.keys(JP_CITATIONS))
    for (const lang of ["en", "ja"] as const) if (FILE.test(jpCite(id, lang).text)) bad.push(`${id} (${lang}): ${jpCite(id, lang).text}`);
  assert.deepEqual(bad, []);
});

/** Every citation (and a regime's sources) anywhere in an answer, with where it is. */
function* citationsIn(v: unknown, path: string): Generator<[string, string]> {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield* citationsIn(v[i], `${path}[${i}]`);
    return;
  }
  if (typeof v !== "object" || v === null) return;
  for (const [k, x] of Object.entries(v)) {
    if ((k === "citations" || k === "sources") && Array.isArray(x))
      for (const c of x) yield [`${path}.${k}`, typeof c === "string" ? c : (c as { text: string }).text];
    else yield* citationsIn(x, `${path}.${k}`);
  }
}

test("no citation in any example's answer names a file (the dataset's and the situation's included), in English or Japanese", () => {
  const bad = new Set<string>();
  let seen = 0;
  for (const file of examples) {
    const s = loadSituation(file);
    for (const lang of ["en", "ja"] as const)
      for (const [where, text] of citationsIn(analyze(s, { lang }).uses, "$.uses")) {
        seen++;
        if (FILE.test(text)) bad.add(`${file} ${where}: ${text}`);
      }
  }
  assert.ok(seen > 1000, `only ${seen} citations seen`);
  assert.deepEqual([...bad].slice(0, 20), []);
});
