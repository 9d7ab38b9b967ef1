// The README shows what casus does: every `npx casus ...` command in its shell blocks runs (exit 0,
// or the exit code its comment promises), and its example outputs are what the commands print
// (`npm run docs` writes them afresh after a change of wording or law).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { run } from "../src/cli/main.js";
import { withExamples } from "../scripts/readme-examples.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

test("the README's example outputs are what the commands print (run `npm run docs` to update them)", () => {
  const fresh = withExamples(readme);
  const stale = readme.split("\n").filter((l, i) => l !== fresh.split("\n")[i]);
  assert.equal(readme, fresh, `stale example lines, first: ${stale[0]}`);
});

/** The `npx casus` commands of the README's sh blocks: arguments, and the exit code the comment promises. */
const commands = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)]
  .flatMap((m) => m[1].split("\n"))
  .map((l) => l.match(/^(?:npm ci && )?npx casus( [^#|>]*?)?\s*(?:>\s*\S+\s*)?(?:#(.*))?$/))
  .filter((m): m is RegExpMatchArray => m !== null)
  .map((m) => ({ args: (m[1] ?? "").trim(), expect: /exit 2/.test(m[2] ?? "") ? 2 : 0 }))
  // A file the reader writes (my-situation.yaml) is theirs, not the repository's.
  .filter((c) => !c.args.includes("my-situation.yaml"));

test("the README shows the commands a reader tries", () => {
  assert.ok(commands.length >= 15, commands.map((c) => c.args).join("\n"));
});

for (const c of commands)
  test(`README: npx casus ${c.args}`.trim(), () => {
    let err = "";
    const argv = c.args ? c.args.split(/\s+/).map((a) => (/^(examples|test)\//.test(a) ? `${ROOT}${a}` : a)) : [];
    const code = run(argv, { out: () => {}, err: (s) => void (err += s) });
    assert.equal(code, c.expect, err);
  });
