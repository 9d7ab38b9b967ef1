// Bundles the compiled CLI (dist/cli/bin.js and everything it imports, dependencies included) into
// one file, dist/cli/casus.js, which bin/casus.js runs when it exists. Loading ~200 small ES modules
// (zod, yaml, commander, casus) cost a cold `casus analyze` about 90 ms of CPU; one file costs a
// fraction of that (bench/coldstart.ts measures it). Run by `npm run build` after tsc.
import { build } from "esbuild";

await build({
  entryPoints: [new URL("../dist/cli/bin.js", import.meta.url).pathname],
  outfile: new URL("../dist/cli/casus.js", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  // The CommonJS dependencies (commander) call require(): give the bundle one.
  banner: { js: "import { createRequire as __casusRequire } from 'node:module'; const require = __casusRequire(import.meta.url);" },
});
