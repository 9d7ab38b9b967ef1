#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci`/`npm install` through the prepare script): the one-file
// bundle dist/cli/casus.cjs with V8's code cache of it when they are there (a faster cold start:
// scripts/bundle.mjs), else dist/cli/bin.js.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const bundle = fileURLToPath(new URL("../dist/cli/casus.cjs", import.meta.url));
if (!existsSync(bundle)) await import("../dist/cli/bin.js");
else {
  const cacheFile = `${bundle}.cache`;
  const writeCache = process.env.CASUS_WRITE_CODE_CACHE === cacheFile;
  let cachedData;
  try {
    if (!writeCache) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache: V8 compiles the bundle as it runs
  }
  // The bundle run as Node.js runs a CommonJS module (its own require, module, __filename).
  const script = new Script(Module.wrap(readFileSync(bundle, "utf8")), { filename: bundle, cachedData });
  const module = { exports: {} };
  if (writeCache) process.on("exit", () => writeFileSync(cacheFile, script.createCachedData()));
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}
