// The YAML of docs/scenario-format.md: every block that is a whole situation loads through the
// real loader with no error; every other block is plainly a fragment (no `casus:` line, or marked
// as the shape only), so a reader never copies a "file" that the loader refuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";
import { parseSituationWithWarnings } from "../src/scenario/load.js";
import { analyze } from "../src/analysis/analyze.js";

const DOC = "docs/scenario-format.md";
const text = readFileSync(new URL(`../${DOC}`, import.meta.url), "utf8");

/** Each ```yaml block with the line it starts on. */
const blocks = [...text.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((m) => ({ yaml: m[1], line: text.slice(0, m.index).split("\n").length + 1 }));
const topKeys = (yaml: string) => new Set([...yaml.matchAll(/^([A-Za-z]+):/gm)].map((m) => m[1]));
const whole = (yaml: string) => {
  const k = topKeys(yaml);
  return k.has("casus") || (k.has("actors") && k.has("uses"));
};
const markedFragment = (yaml: string) => /^# The shape only \(a fragment/.test(yaml);

test(`${DOC} has YAML blocks, among them at least one whole situation`, () => {
  assert.ok(blocks.length > 10, `${blocks.length} blocks`);
  assert.ok(blocks.some((b) => whole(b.yaml) && !markedFragment(b.yaml)));
});

for (const b of blocks.filter((x) => whole(x.yaml) && !markedFragment(x.yaml)))
  test(`${DOC}:${b.line}: the whole situation loads with no error`, () => {
    const { situation } = parseSituationWithWarnings(b.yaml, `${DOC}:${b.line}`); // throws CasusInputError naming the line
    assert.ok(situation.uses.length > 0);
  });

test(`${DOC}: every other block is plainly a fragment (no casus line, or marked as the shape only)`, () => {
  for (const b of blocks.filter((x) => !whole(x.yaml) || markedFragment(x.yaml)))
    assert.ok(!topKeys(b.yaml).has("casus") || markedFragment(b.yaml), `${DOC}:${b.line}: a block with \`casus:\` must load as a whole file`);
});

test(`${DOC}: the recipes are numbered once each, in order`, () => {
  const numbers = [...text.matchAll(/^### 6\.(\d+) /gm)].map((m) => Number(m[1]));
  assert.deepEqual(numbers, numbers.map((_, i) => i + 1));
});

test(`${DOC}: recipe 6.20's counter-use (respondsTo names a use of force) loads inside the worked example and rests on self-defence`, () => {
  const fragment = parse(blocks.find((b) => b.yaml.includes("respondsTo: [u1]"))!.yaml) as { uses: Record<string, unknown>[] };
  const worked = parse(blocks.find((b) => b.yaml.startsWith('casus: 1\ntitle: "Aldoria'))!.yaml) as { uses: unknown[] };
  const uses = fragment.uses.map((u) => ({ ...u, id: `recipe-${u.id}`, ...(u.respondsTo ? { respondsTo: ["recipe-u1"] } : {}) }));
  const s = parseSituationWithWarnings(stringify({ ...worked, uses: [...worked.uses, ...uses] }), "recipe 6.20").situation;
  const u2 = analyze(s, { date: "2031-07-02", uses: ["recipe-u2"] }).uses[0];
  const sd = u2.bases.find((b) => b.basis === "individual-self-defence")!;
  // The recipe states no necessity or proportionality: open on those, with Borvia's shelling as the armed attack answered.
  assert.equal(sd.status, "undetermined", sd.summary);
  assert.match(JSON.stringify(sd.conditions), /Borvia shells Aldorian border towns/);
});
