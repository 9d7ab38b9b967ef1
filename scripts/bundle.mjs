// Bundles the compiled CLI (dist/cli/bin.js and everything it imports, dependencies included) into
// one CommonJS file, dist/cli/casus.cjs, and makes V8's code cache of it, dist/cli/casus.cjs.cache,
// which bin/casus.js loads with it. Loading ~200 small ES modules (zod, yaml, commander, casus)
// cost a cold `casus analyze` about 90 ms of CPU; one file costs a fraction of that; and the code
// cache (the bytecode of every function a typical command runs, made here by running one) saves
// compiling it again on each run, about 70 ms more (bench/coldstart.ts measures it). A cache that
// does not fit the Node.js that runs it is refused by V8 and the bundle is compiled as usual.
// CommonJS, because only a classic script can be given a code cache (node:vm); ES modules cannot
// on Node.js 20. Run by `npm run build` after tsc.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const path = (p) => fileURLToPath(new URL(p, import.meta.url));
const bundle = path("../dist/cli/casus.cjs");
const cache = `${bundle}.cache`;

/**
 * zod's `z.locales` (the error messages of every language, a fifth of the bundle) is never used:
 * casus words its own messages, and zod's English default comes from its own import of en.js.
 */
const zodWithoutLocales = {
  name: "zod-without-locales",
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (a) => (a.importer.includes("node_modules/zod/") ? { path: "zod-locales", namespace: "casus-stub" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "casus-stub" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

// An older build's ES module bundle (dist/cli/casus.js) is no longer run: remove it.
rmSync(path("../dist/cli/casus.js"), { force: true });
rmSync(cache, { force: true });
await build({
  entryPoints: [path("../dist/cli/bin.js")],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
  plugins: [zodWithoutLocales],
  // The sources find their data files from import.meta.url (../../data/...): in the bundle, its own
  // URL (dist/cli/ sits as deep as src/cli/).
  define: { "import.meta.url": "__casusUrl" },
  banner: { js: "const __casusUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// bin/casus.js runs the bundle inside a function (as Node.js runs a CommonJS file): no #! line.
writeFileSync(bundle, readFileSync(bundle, "utf8").replace(/^#!.*\n/, ""));

// The code cache: bin/casus.js writes it when asked, after running a typical command (the
// embedded example's timeline and verdicts) so that the functions it runs are in it.
const r = spawnSync(process.execPath, [path("../bin/casus.js"), "analyze"], { env: { ...process.env, CASUS_WRITE_CODE_CACHE: cache }, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
if (r.status !== 0 || !existsSync(cache)) console.warn(`bundle: no code cache made (the CLI still runs without it): ${r.stderr?.split("\n")[0] ?? r.error}`);
