// The benchmark's encodings (bench/README.md) agree with casus: on every use of force of the seeded
// corpus (bench/corpus.ts), the status of collective self-defence and of collective security given
// by the hand-written function and by the json-rules-engine encoding is casus's status.
import { test } from "node:test";
import assert from "node:assert/strict";
import { corpus } from "../bench/corpus.js";
import { decideStatuses } from "../bench/casus-adapter.js";
import { decideHand, prepare } from "../bench/handwritten.js";
import { decideRules } from "../bench/rules-engine.js";

const situations = corpus(1000);

test("the corpus has at least 1,000 valid situations, 1 to 20 uses each, with every status of both bases", () => {
  assert.ok(situations.length >= 1000);
  for (const s of situations) assert.ok(s.uses.length >= 1 && s.uses.length <= 20);
  const seen = new Set<string>();
  for (const s of situations) for (const u of decideStatuses(s, s.asOf!)) for (const b of ["collective-self-defence", "collective-security"]) seen.add(`${b}:${u.statuses[b]}`);
  for (const b of ["collective-self-defence", "collective-security"]) for (const st of ["available", "not-available", "undetermined"]) assert.ok(seen.has(`${b}:${st}`), `${b}:${st} never occurs`);
});

test("the hand-written function agrees with casus on every basis status of every use", () => {
  const wrong: string[] = [];
  for (const s of situations) {
    const casus = decideStatuses(s, s.asOf!);
    decideHand(prepare(s), s.asOf!).forEach((h, i) => {
      const c = casus[i].statuses;
      if (h.csd !== c["collective-self-defence"]) wrong.push(`${s.title} ${h.use} collective-self-defence: hand ${h.csd}, casus ${c["collective-self-defence"]}`);
      if (h.cs !== c["collective-security"]) wrong.push(`${s.title} ${h.use} collective-security: hand ${h.cs}, casus ${c["collective-security"]}`);
    });
  }
  assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} disagreements`);
});

test("the json-rules-engine encoding agrees with casus on every basis status of every use", async () => {
  const wrong: string[] = [];
  for (const s of situations) {
    const casus = decideStatuses(s, s.asOf!);
    (await decideRules(prepare(s), s.asOf!)).forEach((h, i) => {
      const c = casus[i].statuses;
      if (h.csd !== c["collective-self-defence"]) wrong.push(`${s.title} ${h.use} collective-self-defence: json-rules-engine ${h.csd}, casus ${c["collective-self-defence"]}`);
      if (h.cs !== c["collective-security"]) wrong.push(`${s.title} ${h.use} collective-security: json-rules-engine ${h.cs}, casus ${c["collective-security"]}`);
    });
  }
  assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} disagreements`);
});
