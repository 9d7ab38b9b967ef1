// The workbench's reader (src/scenario/incremental.ts) parses again only the parts of a situation
// that an edit changed: whatever the edits, it must answer exactly as parseSituation does on the
// whole text (the same situation, or the same located problems).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { parseSituation, CasusInputError } from "../src/scenario/load.js";
import { SituationReader } from "../src/scenario/incremental.js";
import { analyze } from "../src/analysis/analyze.js";

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => readFileSync(`examples/${f}`, "utf8"));

const outcome = (read: () => unknown) => {
  try {
    return { situation: read() };
  } catch (e) {
    if (e instanceof CasusInputError) return { issues: e.issues };
    throw e;
  }
};

/** A change of one line, of the kinds a person typing (or a hostile file) makes. */
const SNIPPETS = ["", "  - id: extra", "foo: bar", "title: again", "---", "# a comment", "    votes: { for: 13, against: [uk] }", "  - &a { id: x }", "    x: *a", "uses: []", "\t- x", "- loose", '  "quoted": 1', "? complex", "casus: 1"];
const CHARS = [" ", "  ", "-", ":", "#", "\t", "&a ", "*a", "'", '"', "[", "{", "}", "x", "1", "\r", "\u0007", "|"];
const edit = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), line: fc.constantFrom(...SNIPPETS) }),
  fc.record({ op: fc.constant("char" as const), at: fc.nat(), col: fc.nat(), ch: fc.constantFrom(...CHARS) }),
  fc.record({ op: fc.constant("indent" as const), at: fc.nat(), by: fc.constantFrom(-2, -1, 1, 2) }),
  // a value changed in place (a date, a number, a name): the common edit, which parts serve
  fc.record({ op: fc.constant("digit" as const), at: fc.nat(), d: fc.integer({ min: 0, max: 9 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(text: string, e: Edit): string {
  const lines = text.split("\n");
  const i = e.at % lines.length;
  const line = lines[i];
  switch (e.op) {
    case "delete":
      lines.splice(i, 1);
      break;
    case "duplicate":
      lines.splice(i, 0, line);
      break;
    case "insert":
      lines.splice(i, 0, e.line);
      break;
    case "char": {
      const c = e.col % (line.length + 1);
      lines[i] = line.slice(0, c) + e.ch + line.slice(c);
      break;
    }
    case "indent":
      lines[i] = e.by > 0 ? " ".repeat(e.by) + line : line.replace(new RegExp(`^ {1,${-e.by}}`), "");
      break;
    case "digit": {
      const digits = [...line.matchAll(/\d/g)];
      if (digits.length) {
        const at = digits[e.d % digits.length].index!;
        lines[i] = line.slice(0, at) + String(e.d) + line.slice(at + 1);
      }
      break;
    }
  }
  return lines.join("\n");
}

test("read part by part, a situation is what parseSituation reads whole, after any edits", () => {
  let fromParts = 0;
  fc.assert(
    fc.property(fc.nat({ max: examples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
      const reader = new SituationReader();
      let text = examples[which];
      reader.read(text);
      for (const e of edits) {
        text = apply(text, e);
        assert.deepStrictEqual(outcome(() => reader.read(text)), outcome(() => parseSituation(text, "<situation>")));
        if (!reader.last.whole) fromParts++;
      }
    }),
    { numRuns: 80, seed: 20261203 },
  );
  assert.ok(fromParts > 30, `the parts were used on ${fromParts} edits: the test must exercise them`);
});

test("an edit of one value parses one part again, and the situation's data is never changed by an analysis", () => {
  for (const text of examples) {
    const reader = new SituationReader();
    const first = reader.read(text);
    assert.equal(reader.last.whole, false, "an example is read from its parts");
    analyze(first); // the data of the parts is frozen and shared between readings: nothing may change it
    const edited = `# an edit\n${text.replace(/(\n {2}- id: )(\S+)/, "$1$2\n    # a note")}`;
    assert.deepStrictEqual(reader.read(edited), parseSituation(edited));
    assert.equal(reader.last.whole, false);
    assert.ok(reader.last.parsed <= 2, `${reader.last.parsed} parts parsed again for an edit of two`);
  }
});

test("what can reach across parts is read whole: an alias, a key twice, another document", () => {
  const base = examples[0];
  const aliased = base.replace(/^title: (.*)$/m, "title: &t $1").replace(/^summary:/m, "subtitle: *t\nsummary:");
  const reader = new SituationReader();
  reader.read(base);
  assert.deepStrictEqual(outcome(() => reader.read(aliased)), outcome(() => parseSituation(aliased, "<situation>")));
  assert.equal(reader.last.whole, true);
  for (const text of [`${base}\ntitle: twice\n`, `${base}\n---\ncasus: 1\n`, JSON.stringify(parseSituation(base))]) {
    assert.deepStrictEqual(outcome(() => reader.read(text)), outcome(() => parseSituation(text, "<situation>")));
    assert.equal(reader.last.whole, true);
  }
});

test("one reader shared by many situations, with a small bound, still reads each as parseSituation does", () => {
  const reader = new SituationReader(20_000);
  for (let round = 0; round < 2; round++)
    for (const [i, text] of examples.entries()) {
      const edited = round ? text.replace(/^title: (.*)$/m, `title: $1 # ${i}`) : text;
      assert.deepStrictEqual(reader.read(edited), parseSituation(edited));
      assert.equal(reader.last.whole, false);
    }
});
