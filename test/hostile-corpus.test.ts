// The corpus of malformed and hostile files (test/bad-input/, expected.json: file -> what the
// message must say): each is refused through the CLI with exit code 2, a message that names the
// file and the place (line:column and JSON path), and never a stack trace or an internal error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/cli/main.js";

const DIR = "test/bad-input";
const expected: Record<string, string> = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8"));

function casus(...args: string[]) {
  let out = "";
  let err = "";
  const code = run(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("the corpus holds at least 60 files, each with its expected message", () => {
  const files = readdirSync(DIR).filter((f) => f !== "expected.json");
  assert.ok(files.length >= 60, `${files.length} files`);
  assert.deepEqual(files.sort(), Object.keys(expected).sort());
});

for (const [name, message] of Object.entries(expected)) {
  test(`bad input ${name}: exit 2, located message, no stack trace`, () => {
    const file = join(DIR, name);
    for (const command of ["validate", "analyze"]) {
      const r = casus(command, file);
      assert.equal(r.code, 2, `${command}: ${r.err}`);
      assert.equal(r.out, "");
      const lines = r.err.trimEnd().split("\n");
      // every line: casus: FILE[:LINE:COLUMN]: $PATH: message
      for (const line of lines) assert.match(line, new RegExp(`^casus: ${escapeRe(file)}(:\\d+:\\d+)?: \\$\\S*: \\S`), line);
      assert.match(r.err, new RegExp(message), r.err);
      assert.doesNotMatch(r.err, /\n\s+at |internal error|Maximum call stack|Buffer|Uint8Array|\bSet\b|received/);
      // no raw control character reaches the terminal, and no line is longer than a screenful
      assert.doesNotMatch(r.err, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      for (const line of lines) assert.ok(line.length < 600, `line of ${line.length} characters`);
    }
    // --json: the same problems as one JSON object on stdout, exit 2
    const j = casus("validate", file, "--json");
    assert.equal(j.code, 2);
    const e = JSON.parse(j.out).error;
    assert.equal(e.kind, "input");
    assert.ok(e.issues.length >= 1);
    for (const i of e.issues) {
      assert.equal(i.file, file);
      assert.match(i.path, /^\$/);
      assert.equal(typeof i.message, "string");
    }
  });
}
