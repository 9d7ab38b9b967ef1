// The house points down (issue 6, point 6): the engine knows no law, the law and the scenario
// format know no analysis, rendering or face; only the registry of domestic layers in
// src/analysis/layers.ts names Japan's layer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function* files(dir: string): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith(".ts")) yield p;
  }
}
const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^(?:import|export)[^;]*?from "([^"]+)"/gms)].map((m) => m[1]);

const FORBIDDEN: Record<string, RegExp> = {
  "src/engine": /\/(law|scenario|analysis|render|answer|cli|server|store|report)\//,
  "src/answer": /\/(law|analysis|render|cli|server|store|report)\//,
  "src/law": /\/(analysis|render|cli|server|store|report)\//,
  "src/scenario": /\/(analysis|render|cli|server|store|report)\//,
};

test("no folder imports from a floor above it", () => {
  const up: string[] = [];
  for (const [dir, re] of Object.entries(FORBIDDEN))
    for (const f of files(dir)) for (const i of imports(f)) if (i.startsWith(".") && re.test(`/${join(f, "..", i)}`.replace(/^\/src/, "/"))) up.push(`${f} imports ${i}`);
  assert.deepEqual(up, []);
});

test("the international law and the engine never import Japan's layer", () => {
  const bad: string[] = [];
  for (const dir of ["src/engine", "src/law/charter", "src/law/custom", "src/law/treaties"]) for (const f of files(dir)) for (const i of imports(f)) if (/japan/.test(i)) bad.push(`${f} imports ${i}`);
  assert.deepEqual(bad, []);
});
