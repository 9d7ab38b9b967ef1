// The benchmark's encodings (bench/README.md) agree with casus: on every use of force of the seeded
// corpus (bench/corpus.ts), the status of collective self-defence and of collective security given
// by the hand-written function and by the json-rules-engine encoding is casus's status, as the
// benchmark measures casus (decideCompared: the two bases alone) and as decide gives it (every basis).
import { test } from "node:test";
import assert from "node:assert/strict";
import { corpus } from "../bench/corpus.js";
import { COMPARED, conditionStatuses, decideCompared, decideStatuses } from "../bench/casus-adapter.js";
import { CS_CONDITIONS, CSD_CONDITIONS, EVIDENCE, decideHand, prepare } from "../bench/handwritten.js";
import { decideRules } from "../bench/rules-engine.js";

const situations = corpus(1000);
/** casus's statuses of the two bases, once per situation, as the benchmark measures them. */
const casus = situations.map((s) => decideCompared(s, s.asOf!));

test("deciding the two bases alone gives decide's statuses of them (every basis decided)", () => {
  const wrong: string[] = [];
  for (const [k, s] of situations.entries())
    decideStatuses(s, s.asOf!).forEach((u, i) => {
      assert.equal(casus[k][i].id, u.id);
      for (const b of COMPARED) if (casus[k][i].statuses[b] !== u.statuses[b]) wrong.push(`${s.title} ${u.id} ${b}: alone ${casus[k][i].statuses[b]}, with every basis ${u.statuses[b]}`);
    });
  assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} disagreements`);
});

test("the corpus has at least 1,000 valid situations, 1 to 20 uses each, with every status of both bases", () => {
  assert.ok(situations.length >= 1000);
  for (const s of situations) assert.ok(s.uses.length >= 1 && s.uses.length <= 20);
  const seen = new Set<string>();
  for (const answer of casus) for (const u of answer) for (const b of ["collective-self-defence", "collective-security"]) seen.add(`${b}:${u.statuses[b]}`);
  for (const b of ["collective-self-defence", "collective-security"]) for (const st of ["available", "not-available", "undetermined"]) assert.ok(seen.has(`${b}:${st}`), `${b}:${st} never occurs`);
});

test("the hand-written function agrees with casus on every basis status of every use", () => {
  const wrong: string[] = [];
  for (const [k, s] of situations.entries()) {
    decideHand(prepare(s), s.asOf!).forEach((h, i) => {
      const c = casus[k][i].statuses;
      if (h.csd !== c["collective-self-defence"]) wrong.push(`${s.title} ${h.use} collective-self-defence: hand ${h.csd}, casus ${c["collective-self-defence"]}`);
      if (h.cs !== c["collective-security"]) wrong.push(`${s.title} ${h.use} collective-security: hand ${h.cs}, casus ${c["collective-security"]}`);
    });
  }
  assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} disagreements`);
});

test("the hand-written function keeps casus's status of every condition of every candidate", () => {
  const STATUS = ["failed", "unknown", "satisfied"];
  const wrong: string[] = [];
  let compared = 0;
  for (const s of situations) {
    const casusConditions = conditionStatuses(s, s.asOf!);
    decideHand(prepare(s), s.asOf!).forEach((h, i) => {
      for (const c of h.candidates) {
        const names = c.key.includes(":") ? CSD_CONDITIONS : CS_CONDITIONS;
        c.conditions.forEach((v, k) => {
          if (v === EVIDENCE) return;
          compared++;
          const theirs = casusConditions[i].get(`${c.actor}|${c.key}|${names[k]}`);
          if (theirs !== STATUS[v]) wrong.push(`${s.title} ${h.use} ${c.actor} ${c.key} ${names[k]}: hand ${STATUS[v]}, casus ${theirs}`);
        });
      }
    });
  }
  assert.ok(compared > 50_000, `only ${compared} conditions compared`);
  assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} disagreements`);
});

test("the json-rules-engine encoding agrees with casus on every basis status of every use", async () => {
  const wrong: string[] = [];
  for (const [k, s] of situations.entries()) {
    (await decideRules(prepare(s), s.asOf!)).forEach((h, i) => {
      const c = casus[k][i].statuses;
      if (h.csd !== c["collective-self-defence"]) wrong.push(`${s.title} ${h.use} collective-self-defence: json-rules-engine ${h.csd}, casus ${c["collective-self-defence"]}`);
      if (h.cs !== c["collective-security"]) wrong.push(`${s.title} ${h.use} collective-security: json-rules-engine ${h.cs}, casus ${c["collective-security"]}`);
    });
  }
  assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} disagreements`);
});
