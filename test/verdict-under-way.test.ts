// A use of force judged on a date outside its own period is not under way that day: no force to
// call lawful or unlawful, so its own verdict "not-under-way" (with why), never a verdict on art
// 2(4). Partial dates are ranges: a date that may fall inside the period counts as under way.
// Invented states only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSituation } from "../src/scenario/load.js";
import { analyze, timeline } from "../src/analysis/analyze.js";
import { underWay } from "../src/analysis/decide.js";
import { compactAnalysis } from "../src/render/compact.js";
import { renderAnalysis, renderUseTimeline } from "../src/render/text.js";
import { renderAnalysisJa } from "../src/render/ja.js";
import { checkAnalysis } from "./fuzz/harness.js";

const SITUATION = parseSituation(`casus: 1
title: Victimland repels an invasion
actors:
  - { id: V, name: Victimland, kind: state, unMember: true }
  - { id: X, name: Attackerland, kind: state, unMember: true }
attacks:
  - { id: a1, by: X, against: V, date: 2000-01-10, kind: invasion, gravity: armed-attack }
declarations:
  - { by: V, date: 2000-01-10 }
reports:
  - { by: V, date: 2000-01-12 }
uses:
  - id: u1
    title: Victimland expels the invader
    by: V
    against: X
    where: [V]
    start: 2000-01-12
    end: 2000-02-28
    purposes: [repel-attack]
    assessments: { necessity: yes, proportionality: yes, immediacy: yes }
  - id: u2
    title: Victimland strikes in March (month only)
    by: V
    against: X
    where: [V]
    start: "2000-03"
    end: "2000-03"
    purposes: [repel-attack]
    assessments: { necessity: yes, proportionality: yes, immediacy: yes }
  - id: u3
    title: Victimland patrols with no end recorded
    by: V
    against: X
    where: [V]
    start: 2000-01-12
    purposes: [repel-attack]
    assessments: { necessity: yes, proportionality: yes, immediacy: yes }
`);

const judge = (id: string, date: string) => {
  const a = analyze(SITUATION, { date, uses: [id] });
  checkAnalysis(SITUATION, a); // the fuzz harness's invariants hold on every answer here
  return a.uses[0];
};

test("before its start, a use of force is not under way: no verdict on lawfulness, and the reason says why", () => {
  const u = judge("u1", "2000-01-11");
  assert.equal(u.verdict, "not-under-way");
  assert.equal(u.notUnderWay, "before-start");
  assert.match(u.summary, /not under way on 2000-01-11 \(before its start\): the use of force runs from 2000-01-12 to 2000-02-28/);
  // The bases are still judged as if force were used that day (self-defence was open: the attack had occurred).
  assert.ok(u.bases.some((b) => b.basis === "individual-self-defence"));
});

test("on its first day and on its last day a use of force is under way and judged", () => {
  for (const date of ["2000-01-12", "2000-02-28"]) {
    const u = judge("u1", date);
    assert.equal(u.verdict, "lawful", `${date}: ${u.summary}`);
    assert.equal(u.notUnderWay, undefined);
  }
});

test("after its end, a use of force is not under way", () => {
  const u = judge("u1", "2000-02-29");
  assert.equal(u.verdict, "not-under-way");
  assert.equal(u.notUnderWay, "after-end");
  assert.match(u.summary, /\(after its end\)/);
});

test("a period given by month is a range of days: under way on any day of it, not under way outside it", () => {
  // "2000-03" may be any day of March: the use is possibly under way throughout, and judged as under way.
  for (const date of ["2000-03-01", "2000-03-15", "2000-03-31"]) assert.notEqual(judge("u2", date).verdict, "not-under-way", date);
  assert.equal(judge("u2", "2000-02-29").notUnderWay, "before-start");
  assert.equal(judge("u2", "2000-04-01").notUnderWay, "after-end");
  // The function itself, with partial dates on either side.
  assert.equal(underWay({ start: "1990-08" }, "1990-08-15"), "under-way");
  assert.equal(underWay({ start: "1990-08-02" }, "1990-08"), "under-way"); // the month may be after the 2nd
  assert.equal(underWay({ start: "1990-08" }, "1990-07-31"), "before-start");
  assert.equal(underWay({ start: "1990", end: "1990" }, "1991-01-01"), "after-end");
  assert.equal(underWay({ start: "1990-08-02", end: "1991-02-28" }, "1991"), "under-way"); // 1991 begins inside the period
});

test("with no end recorded, a use of force stays under way after its start", () => {
  assert.equal(judge("u3", "2010-06-01").notUnderWay, undefined);
  assert.notEqual(judge("u3", "2010-06-01").verdict, "not-under-way");
  assert.equal(judge("u3", "2000-01-11").verdict, "not-under-way");
});

test("JSON (version 3), compact form and both text renderers say the use is not under way", () => {
  const a = analyze(SITUATION, { date: "2000-02-29", uses: ["u1"] });
  assert.equal(a.casus, 3);
  const c = compactAnalysis(a);
  assert.equal(c.uses[0].verdict, "not-under-way");
  assert.equal(c.uses[0].notUnderWay, "after-end");
  const en = renderAnalysis(a);
  assert.match(en, /VERDICT: NOT UNDER WAY on this date/);
  assert.doesNotMatch(en, /VERDICT: (LAWFUL|UNLAWFUL)/);
  const ja = renderAnalysisJa(analyze(SITUATION, { date: "2000-02-29", uses: ["u1"], lang: "ja" }));
  assert.match(ja, /国際法上の結論：当該日には行われていない/);
  assert.match(ja, /終了後/);
  assert.doesNotMatch(ja, /not under way/);
});

test("without a date, each use is judged on a day it is under way (the situation's asOf only if inside its period)", () => {
  const a = analyze({ ...SITUATION, asOf: "2000-03-10" });
  assert.deepEqual(
    a.uses.map((u) => [u.id, u.date, u.verdict === "not-under-way"]),
    [
      ["u1", "2000-01-12", false],
      ["u2", "2000-03-10", false],
      ["u3", "2000-03-10", false],
    ],
  );
});

test("the timeline covers the use's own period: never not under way inside it, and the text says so where it is", () => {
  const t = timeline(SITUATION);
  for (const u of t.uses) assert.ok(u.verdicts.every((v) => v.verdict !== "not-under-way"), `${u.id}: ${JSON.stringify(u.verdicts)}`);
  const u2 = t.uses.find((u) => u.id === "u2")!;
  assert.equal(u2.verdicts[0].from, "2000-03-01");
  assert.equal(u2.verdicts.at(-1)!.to, "2000-03-31");
  assert.match(renderUseTimeline({ ...u2, verdicts: [{ from: "2000-04-01", verdict: "not-under-way" }] }), /2000-04-01 \.\.\s+not under way/);
});

test("the Japanese layer, on a date the use is not under way, says its answer is the one it would get that day; the report words the verdict", async () => {
  const { readFileSync } = await import("node:fs");
  const { loadSituation } = await import("../src/scenario/load.js");
  const japan = loadSituation("examples/japan/case-07-rescue-of-nationals.yaml");
  const before = "2000-01-01"; // the use begins in 2013
  const en = renderAnalysis(analyze(japan, { date: before }));
  assert.match(en, /ANSWER: [A-Z ]+ \(.*\)\n\s+\(the action is not under way on this date: the answer is the one it would get if it were done that day\)/);
  const ja = renderAnalysisJa(analyze(japan, { date: before, lang: "ja" }));
  assert.match(ja, /当該日には行われていない行動であり、その日に行われたとした場合の回答である/);
  // On a day it is under way, no such note.
  assert.doesNotMatch(renderAnalysis(analyze(japan, {})), /not under way on this date: the answer is the one/);
  const { renderReport } = await import("../src/report/report.js");
  const yaml = readFileSync("examples/japan/case-07-rescue-of-nationals.yaml", "utf8");
  const md = String(await renderReport("md", { id: "s1", revision: 1, yaml, date: before, lang: "en" }));
  assert.match(md, /Verdict: \*\*not under way\*\*/);
  assert.doesNotMatch(md, /NOT-UNDER-WAY|\*\*not-available\*\*/);
  const mdJa = String(await renderReport("md", { id: "s1", revision: 1, yaml, date: before, lang: "ja" }));
  assert.match(mdJa, /結論: \*\*当該日には行われていない\*\*/);
  assert.match(mdJa, /\*\*援用不可\*\*/);
});
