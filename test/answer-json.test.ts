// The JSON answer, version 3 (docs/json-output.md): citations by key with one table per answer,
// a proof-tree node's empty lists left out, and read back into the same objects.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadSituation } from "../src/scenario/load.js";
import { analyze, timeline } from "../src/analysis/analyze.js";
import { analysisFromJson, analysisJson, type AnalysisJson } from "../src/answer/json.js";
import { compactAnalysis } from "../src/render/compact.js";

const examples = [
  ...readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => join("examples", f)),
  ...readdirSync("examples/japan").filter((f) => f.endsWith(".yaml")).map((f) => join("examples/japan", f)),
];

/** Every value under a key, anywhere. */
function* under(v: unknown, key: string): Generator<unknown> {
  if (Array.isArray(v)) for (const x of v) yield* under(x, key);
  else if (typeof v === "object" && v !== null)
    for (const [k, x] of Object.entries(v)) {
      if (k === key) yield x;
      yield* under(x, key);
    }
}

test("every example's answer goes to JSON and back unchanged, in English and Japanese", () => {
  for (const file of examples) {
    const s = loadSituation(file);
    for (const lang of ["en", "ja"] as const) {
      const a = analyze(s, { lang });
      const text = JSON.stringify(analysisJson(a));
      assert.deepEqual(analysisFromJson(JSON.parse(text) as AnalysisJson), JSON.parse(JSON.stringify(a)), `${file} (${lang})`);
    }
  }
});

test("version 3: nodes name citations by key; the table holds each once, with its text", () => {
  const s = loadSituation("examples/kuwait-1990.yaml");
  const j = analysisJson(analyze(s, { date: "1991-01-20" }), timeline(s));
  assert.equal(j.casus, 3);
  const keys = [...under(j.uses, "citations")].flat();
  assert.ok(keys.length > 100);
  for (const k of keys) {
    assert.equal(typeof k, "string", "a node carries keys, not citations");
    assert.ok(j.citations[k as string], `${k} is in the table`);
  }
  assert.equal(new Set(keys).size, Object.keys(j.citations).length, "the table holds only the citations used");
  assert.match(j.citations["charter-51"].text!, /Charter of the United Nations, art 51/);
  assert.equal(j.citations["charter-51"].source, "registry");
  assert.ok(Object.values(j.citations).some((e) => e.unverified), "the unverified flag is kept");
  assert.ok(j.uses.every((u) => u.timeline), "the timeline rides with each use");
  // The keys the documentation promises are where they were.
  const u = j.uses[0];
  assert.ok(u.id && u.verdict && u.bases[0].basis && u.bases[0].status && Array.isArray(u.bases[0].conditions));
});

test("a proof-tree node leaves out its empty lists; reading puts them back", () => {
  const a = analyze(loadSituation("examples/wall-2004.yaml"));
  const j = analysisJson(a);
  const leaf = [...under(j.uses, "conditions")].flat().find((n) => !(n as { children?: unknown }).children) as Record<string, unknown>;
  assert.ok(leaf, "a leaf");
  assert.equal(leaf.children, undefined);
  const back = analysisFromJson(j).uses[0].bases[0].conditions;
  for (const n of back) assert.ok(Array.isArray(n.children) && Array.isArray(n.facts) && Array.isArray(n.missing) && Array.isArray(n.citations));
});

test("the same id cited with two texts in one answer gets two keys; a citation written as it is is its own key", () => {
  const a = analyze(loadSituation("examples/wall-2004.yaml"));
  const node = a.uses[0].bases[0].conditions[0];
  const en = node.citations[0];
  node.citations = [...node.citations, { id: en.id, text: "国際連合憲章（別の文言）" }, { id: "S/RES/1 (1946)", text: "S/RES/1 (1946)" }];
  const j = analysisJson(a);
  const keys = j.uses[0].bases[0].conditions[0].citations!;
  const other = keys[keys.length - 2];
  assert.equal(other, `${en.id}#2`);
  assert.deepEqual(j.citations[other], { id: en.id, text: "国際連合憲章（別の文言）", source: "registry" });
  assert.deepEqual(j.citations["S/RES/1 (1946)"], { source: "situation" });
  assert.deepEqual(analysisFromJson(JSON.parse(JSON.stringify(j))), JSON.parse(JSON.stringify(a)));
});

test("the compact form's citation keys are in its own table", () => {
  const c = compactAnalysis(analyze(loadSituation("examples/kuwait-1990.yaml"), { date: "1991-01-20" }));
  assert.equal(c.casus, 3);
  const keys = [...under(c.uses, "citations")].flat() as string[];
  assert.ok(keys.length > 0);
  for (const k of keys) assert.ok(c.citations[k], k);
});

test("an unknown key or version is refused with what was expected", () => {
  const j = analysisJson(analyze(loadSituation("examples/wall-2004.yaml")));
  assert.throws(() => analysisFromJson({ ...j, casus: 2 as never }), /expected version 3, got 2/);
  assert.throws(() => analysisFromJson({ ...j, citations: {} }), /citation "[^"]+" is not in the citations table/);
});
