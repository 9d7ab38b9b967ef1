// The documentation says what the code does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describeRulebook } from "../src/law/describe.js";
import { SWITCHES } from "../src/law/doctrine.js";

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), "utf8");

test("docs/legal-model.md shows the rulebook as the code has it (run `npm run docs` after changing a rule)", () => {
  const doc = read("docs/legal-model.md");
  const generated = doc.match(/<!-- rulebook:start -->\n([\s\S]*)\n<!-- rulebook:end -->/)?.[1];
  assert.equal(generated, describeRulebook());
});

test("every doctrine switch is documented in the scenario format", () => {
  const doc = read("docs/scenario-format.md");
  for (const s of SWITCHES) assert.ok(doc.includes(s.id), `docs/scenario-format.md does not mention ${s.id}`);
});

test("the README starts with the two commands a newcomer runs, and CI runs the README's test command", () => {
  const readme = read("README.md");
  const first = readme.split("\n").slice(0, 6).join("\n");
  assert.match(first, /npx casus analyze/);
  assert.match(first, /npm test/);
  assert.match(read(".ci/run"), /npm test/);
});
