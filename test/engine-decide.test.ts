// Decide, then explain: the decision (statuses and trace) and the answer made from it agree; worlds
// share what does not depend on a switch; the timeline (statuses only) agrees with the dated answer;
// not a use of force is its own outcome.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadSituation } from "../src/scenario/load.js";
import { analyze, decide, prepare, timeline } from "../src/analysis/analyze.js";
import type { TraceNode } from "../src/engine/trace.js";
import { situation } from "./helpers.js";

const examples = readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => join("examples", f));

function* nodes(n: TraceNode): Generator<TraceNode> {
  yield n;
  for (const c of n.children) yield* nodes(c);
}

test("decide gives the statuses and verdicts of the answer, on every example", () => {
  for (const file of examples) {
    const s = loadSituation(file);
    const d = decide(s);
    const a = analyze(s);
    assert.deepEqual(
      d.uses.map((u) => [u.id, u.verdict, u.bases.map((b) => [b.basis, b.status])]),
      a.uses.map((u) => [u.id, u.verdict, u.bases.map((b) => [b.basis, b.status])]),
      file,
    );
  }
});

test("a prepared situation is reused across dates with the same answers", () => {
  const s = loadSituation("examples/kuwait-1990.yaml");
  const p = prepare(s);
  for (const date of ["1990-08-02", "1990-11-29", "1991-01-17", "1991-04-03"]) {
    assert.deepEqual(
      decide(p, { date }).uses.map((u) => u.bases.map((b) => b.status)),
      decide(s, { date }).uses.map((u) => u.bases.map((b) => b.status)),
      date,
    );
  }
});

test("the worlds of a contested basis share every subtree that consulted no differing switch", () => {
  let contested = 0;
  let sharedTotal = 0;
  for (const file of examples) {
    for (const u of decide(loadSituation(file)).uses)
      for (const b of u.bases) {
        if (b.worlds.length < 2) continue;
        contested++;
        const first = new Set(nodes(b.worlds[0].tree));
        for (const w of b.worlds.slice(1)) {
          const own = [...nodes(w.tree)];
          sharedTotal += own.filter((n) => first.has(n)).length;
          // A node rebuilt in another world depends on an open switch, or has a child that does.
          // (Nodes of a doctrine branch the default world did not take are new, not rebuilt.)
          const defaultRules = new Set([...first].map((n) => n.rule));
          for (const n of own) if (!first.has(n) && defaultRules.has(n.rule)) assert.ok(n.deps.length > 0 || n.children.some((c) => !first.has(c)), `${file} ${u.id} ${b.basis} ${n.rule.id} rebuilt without a switch`);
        }
      }
  }
  assert.ok(contested > 0, "the examples have contested bases");
  assert.ok(sharedTotal > 0, "worlds share subtrees");
});

test("the timeline's statuses (decided without the full trace) agree with the dated answer at each change", () => {
  for (const file of ["examples/kuwait-1990.yaml", "examples/korea-1950.yaml", "examples/libya-2011.yaml"]) {
    const s = loadSituation(file);
    const t = timeline(s);
    for (const u of t.uses)
      for (const b of u.bases)
        for (const i of b.intervals) {
          const a = analyze(s, { date: i.from, uses: [u.id] }).uses[0];
          assert.equal(a.bases.find((x) => x.basis === b.basis)!.status, i.status, `${file} ${u.id} ${b.basis} on ${i.from}`);
        }
  }
});

const force = (isForce: unknown) =>
  situation({
    attacks: [],
    uses: [{ id: "u1", title: "pressure", by: "H", against: "X", where: ["X"], start: "2000-01-10", ...(isForce === undefined ? {} : { isForce }) }],
  } as never);

test("conduct that is not a use of force does not engage art 2(4): its own outcome, in JSON and text", () => {
  const u = analyze(force({ value: "no", why: "funding only" }), { date: "2000-01-20" }).uses[0];
  assert.equal(u.verdict, "not-force");
  assert.match(u.summary, /art 2\(4\) is not engaged/);
  const ja = analyze(force({ value: "no" }), { date: "2000-01-20", lang: "ja" }).uses[0];
  assert.match(ja.summary, /武力の行使に当たらない/);
});

test("where it is unknown whether the conduct is force, no breach of art 2(4) is found", () => {
  const u = analyze(force("unknown"), { date: "2000-01-20" }).uses[0];
  assert.ok(u.bases.every((b) => b.status === "not-available"));
  assert.equal(u.verdict, "undetermined");
  assert.match(u.summary, /whether the conduct is a use of force is not established/);
  assert.equal(analyze(force(undefined), { date: "2000-01-20" }).uses[0].verdict, "unlawful", "force is the default");
});

test("composite nodes are worded from their children in the language asked", () => {
  const s = loadSituation("examples/kuwait-1990.yaml");
  const en = analyze(s, { date: "1991-01-20", uses: ["u1"] }).uses[0];
  const ja = analyze(s, { date: "1991-01-20", uses: ["u1"], lang: "ja" }).uses[0];
  const top = (u: typeof en) => u.bases.find((b) => b.basis === "collective-security")!.conditions[0];
  assert.match(top(en).because, /^fails for every candidate|^fails: /);
  assert.match(top(ja).because, /不充足/);
  assert.equal(top(en).status, top(ja).status);
});
