// A short run of scripts/durability.ts (the README's figures come from 100 runs): SIGKILL the
// server during a stream of saves; every acknowledged save must survive, intact.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runDurability } from "../scripts/durability.js";

test("SIGKILL during saves: every acknowledged save is there after restart, and the store is sound", { timeout: 120_000 }, async () => {
  const r = await runDurability({ runs: 5, maxKillMs: 800 });
  assert.deepEqual(r.problems, []);
  assert.equal(r.lost, 0);
  assert.equal(r.corrupt, 0);
  assert.equal(r.integrityFailures, 0);
  // Each run kills only after its first acknowledged save, so every run was killed mid-stream.
  assert.ok(r.acknowledged >= r.runs, `only ${r.acknowledged} saves were acknowledged in ${r.runs} runs`);
});
