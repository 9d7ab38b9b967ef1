// Bundles the compiled CLI (dist/cli/bin.js and everything it imports, dependencies included) into
// one file, dist/cli/casus.js, which bin/casus.js runs when it exists. Loading ~200 small ES modules
// (zod, yaml, commander, casus) cost a cold `casus analyze` about 90 ms of CPU; one file costs a
// fraction of that (bench/coldstart.ts measures it). Run by `npm run build` after tsc.
import { build } from "esbuild";

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

await build({
  entryPoints: [new URL("../dist/cli/bin.js", import.meta.url).pathname],
  outfile: new URL("../dist/cli/casus.js", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  // The CommonJS dependencies (commander) call require(): give the bundle one.
  plugins: [zodWithoutLocales],
  banner: { js: "import { createRequire as __casusRequire } from 'node:module'; const require = __casusRequire(import.meta.url);" },
});
