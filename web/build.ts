// Builds the workbench into web/dist/: one bundle (Preact, CodeMirror, yaml), the page and its CSS.
// esbuild alone: no plugins, no dev server, nothing fetched at run time (everything is bundled).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, "dist");

export async function buildWeb(options: { minify?: boolean } = {}): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  await build({
    entryPoints: { app: join(here, "src/main.tsx"), worker: join(here, "src/engine-worker.ts") },
    bundle: true,
    outdir: DIST,
    // The library runs in the worker: its one file read (the Council dataset) is bundled as text.
    alias: { "node:fs": join(here, "src/shims/fs.ts"), "node:url": join(here, "src/shims/url.ts") },
    loader: { ".yaml": "text" },
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "preact",
    minify: options.minify ?? true,
    sourcemap: true,
    legalComments: "linked",
    logLevel: "warning",
  });
  copyFileSync(join(here, "index.html"), join(DIST, "index.html"));
  copyFileSync(join(here, "src/style.css"), join(DIST, "style.css"));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWeb({ minify: !process.argv.includes("--dev") });
  console.log(`web app built into ${DIST}`);
}
