// compactCitations groups "X, para N" citations; its split is hand-written for speed, so it is
// checked here against the regular expression it replaces, on generated texts.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { compactCitations } from "../src/render/text.js";

const BY_REGEX = (texts: string[]): string => {
  const groups = new Map<string, string[]>();
  for (const t of texts) {
    const m = t.match(/^(.*), paras? (\S.*)$/);
    const [head, num] = m ? [m[1], m[2]] : [t, ""];
    if (!groups.has(head)) groups.set(head, []);
    if (num) groups.get(head)!.push(num);
  }
  return [...groups].map(([head, nums]) => (nums.length === 0 ? head : `${head}, ${nums.length > 1 || nums[0].includes("-") ? "paras" : "para"} ${nums.join(", ")}`)).join("; ");
};

test("compactCitations merges paragraphs of one source", () => {
  assert.equal(compactCitations(["Nicaragua, para 194", "Nicaragua, para 195", "UN Charter art 51"]), "Nicaragua, paras 194, 195; UN Charter art 51");
  assert.equal(compactCitations(["Oil Platforms, paras 51-64"]), "Oil Platforms, paras 51-64");
});

test("compactCitations splits as the regular expression /^(.*), paras? (\\S.*)$/ does", () => {
  const piece = fc.constantFrom(", para", ", paras", " ", "s", "1", "-", "x", ",", "\n", "\u2028", "\t", "para", "é");
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
  fc.assert(fc.property(fc.array(text, { maxLength: 5 }), (texts) => assert.equal(compactCitations(texts), BY_REGEX(texts))), { numRuns: 5000 });
});
