// The workbench's in-browser engine (web/src/local-engine.ts, run in a worker) explains only what
// the verdicts show and each proof tree when it is opened: the page must show exactly what the
// whole analysis (analyze(), then the view model) shows, for every example, in both languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSituation } from "../src/scenario/load.ts";
import { analyze } from "../src/analysis/analyze.ts";
import type { Analysis } from "../src/answer/types.ts";
import { localView, readAnalyze } from "../web/src/answer.ts";
import { analyzeLocally, treeLocally, type LocalQuestion } from "../web/src/local-engine.ts";

const dir = join(import.meta.dirname, "../examples");
const examples = readdirSync(dir).filter((f) => f.endsWith(".yaml"));

function same(q: LocalQuestion, what: string) {
  const whole: Analysis = analyze(parseSituation(q.yaml), { date: q.date, doctrine: q.doctrine, lang: q.lang });
  const local = analyzeLocally(q);
  assert.deepEqual(local.view, localView(whole), `${what}: the verdicts`);
  // Every basis's proof tree, as the page draws it from the server's answer.
  const trees = readAnalyze({ analysis: whole, timeline: { uses: [] } }, true);
  for (const u of trees.uses) for (const b of u.bases) assert.deepEqual(treeLocally(local.held, u.id, b.basis), b.conditions, `${what}: the tree of ${u.id} ${b.basis}`);
  assert.equal(treeLocally(local.held, trees.uses[0]?.id ?? "", "no-such-basis"), null);
}

test("the worker's view and trees are the whole analysis's, for every example, in English and Japanese", () => {
  assert.ok(examples.length >= 9);
  for (const f of examples) {
    const yaml = readFileSync(join(dir, f), "utf8");
    for (const lang of ["en", "ja"] as const) same({ yaml, lang }, `${f} (${lang})`);
  }
});

test("... on another date and under another doctrine", () => {
  const yaml = readFileSync(join(dir, "kuwait-1990.yaml"), "utf8");
  same({ yaml, date: "1991-01-20", lang: "en" }, "kuwait on 1991-01-20");
  same({ yaml, date: "1990-08-03", doctrine: { councilMeasures: "any-binding-measures" }, lang: "ja" }, "kuwait on 1990-08-03, councilMeasures=any-binding-measures");
});
