// A small fuzz run in npm test (the long one: npm run fuzz, scripts/fuzz.ts): mutated examples and
// a mutated small war through load, analyze, timeline, compare, explain and the Japanese layer.
// Nothing but a located refusal may escape, and every answer keeps the legal invariants.
import { test } from "node:test";
import fc from "fast-check";
import { loadSeeds, caseArb, runCase } from "./fuzz/harness.js";

const seeds = loadSeeds();

test("fuzz: broken and valid situations never crash and keep the legal invariants", () => {
  fc.assert(
    fc.property(caseArb(seeds), (c) => void runCase(seeds, c)),
    { numRuns: 300 },
  );
});

test("fuzz: the small war, mutated, through every entry point", () => {
  fc.assert(
    fc.property(caseArb(seeds), (c) => void runCase(seeds, { ...c, seed: 0 })),
    { numRuns: 700 },
  );
});
