#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci`/`npm install` through the prepare script): the one-file
// bundle dist/cli/casus.js when it is there (a faster cold start: scripts/bundle.mjs), else dist/cli/bin.js.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/cli/casus.js", import.meta.url);
await import(existsSync(bundle) ? bundle.href : "../dist/cli/bin.js");
