// The timeline reuses, from one date to the next, every subtree whose date comparisons still give
// the same answers (src/engine/dates.ts). Reuse must never change an answer: on the first and the
// last day of every interval of the timeline, a fresh decision on that date alone (a new
// preparation, nothing reused) gives the same status. And no answer depends on the order in which
// the uses of a situation are judged (per-situation memos).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadSituation } from "../src/scenario/load.js";
import { decide, prepare, timeline } from "../src/analysis/analyze.js";
import { isDay } from "../src/engine/dates.js";
import { corpus } from "../bench/corpus.js";
import type { Situation } from "../src/scenario/schema.js";

const examples = [
  ...readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => join("examples", f)),
  ...readdirSync("examples/japan").filter((f) => f.endsWith(".yaml")).map((f) => join("examples/japan", f)),
];

function disagreements(s: Situation, name: string): string[] {
  const out: string[] = [];
  const t = timeline(prepare(s));
  for (const u of t.uses)
    for (const b of u.bases)
      for (const iv of b.intervals) {
        const dates = [iv.from, ...(iv.to && isDay(iv.to) ? [iv.to] : [])].filter(isDay);
        for (const d of dates) {
          const fresh = decide(prepare(s), { date: d, uses: [u.id] }).uses[0]?.bases.find((x) => x.basis === b.basis)?.status;
          if (fresh !== undefined && fresh !== iv.status) out.push(`${name} ${u.id} ${b.basis} on ${d}: timeline ${iv.status}, fresh ${fresh}`);
        }
      }
  return out;
}

test("every example's timeline agrees with a fresh decision on each date it names", () => {
  const bad = examples.flatMap((f) => disagreements(loadSituation(f), f));
  assert.deepEqual(bad.slice(0, 10), []);
});

test("generated situations' timelines agree with fresh decisions on each date they name", () => {
  const bad = corpus(150).flatMap((s, i) => disagreements(s, `corpus[${i}]`));
  assert.deepEqual(bad.slice(0, 10), []);
});

test("a use's answer does not depend on which other uses were judged before it on the same situation", () => {
  const bad: string[] = [];
  corpus(150).forEach((s, i) => {
    const together = decide(prepare(s)).uses;
    const backwards = [...s.uses].reverse();
    const p = prepare(s);
    for (const u of backwards) {
      const alone = decide(p, { uses: [u.id] }).uses[0];
      const t = together.find((x) => x.id === u.id)!;
      for (const b of alone.bases) {
        const other = t.bases.find((x) => x.basis === b.basis)?.status;
        if (other !== b.status) bad.push(`corpus[${i}] ${u.id} ${b.basis}: in order ${other}, in reverse ${b.status}`);
      }
    }
  });
  assert.deepEqual(bad.slice(0, 10), []);
});
