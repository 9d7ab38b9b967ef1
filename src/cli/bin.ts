#!/usr/bin/env node
import { run } from "./main.js";

// A reader that stops early (`casus analyze ... | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

process.exitCode = run(process.argv.slice(2));
