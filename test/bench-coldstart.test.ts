// The one-file bundle bin/casus.js runs (dist/cli/casus.cjs with its code cache, scripts/bundle.mjs) is the same CLI as
// the sources: same output, same exit codes. Skipped when dist/ is not built or older than src/
// (`npm run build`); CI builds it through `npm ci`.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const bundle = join(root, "dist", "cli", "casus.cjs");
const newest = (dir: string): number =>
  Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
const skip = !existsSync(bundle) ? "dist/cli/casus.cjs not built (npm run build)" : statSync(bundle).mtimeMs < newest(join(root, "src")) ? "dist/ is older than src/ (npm run build)" : false;

// A situation with errors of every kind zod reports (wrong type, unknown field, bad enum, bad date).
const dir = mkdtempSync(join(tmpdir(), "casus-bench-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const invalid = join(dir, "invalid.yaml");
writeFileSync(invalid, "casus: 1\ntitle: 3\nactors:\n  - { id: a, name: A, kind: planet, colour: red }\nuses:\n  - { id: u1, title: U, by: a, where: a, start: 1990-13-01 }\n");

const run = (cmd: string[], args: string[]) => spawnSync(process.execPath, [...cmd, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

test("the build makes the bundle's code cache beside it", { skip }, () => {
  assert.ok(existsSync(`${bundle}.cache`), "dist/cli/casus.cjs.cache");
  assert.ok(statSync(`${bundle}.cache`).mtimeMs >= statSync(bundle).mtimeMs, "the cache is newer than the bundle");
});

for (const args of [
  ["analyze", "examples/kuwait-1990.yaml"],
  ["analyze", "examples/kosovo-1999.yaml", "--as-of", "1999-04-01", "--json"],
  ["analyze", "examples/japan/case-09-us-ship-under-armed-attack.yaml", "--as-of", "2016-06-01", "--lang", "ja"],
  ["validate", "examples/no-such-file.yaml"],
  ["validate", invalid],
  ["schema"],
]) {
  test(`bin/casus.js ${args.join(" ")} answers as the sources do`, { skip }, () => {
    const built = run(["bin/casus.js"], args);
    const src = run(["--import", "tsx", "src/cli/bin.ts"], args);
    assert.equal(built.status, src.status);
    assert.equal(built.stdout, src.stdout);
    assert.equal(built.stderr, src.stderr);
  });
}
