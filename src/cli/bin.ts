#!/usr/bin/env node
import { run } from "./main.js";

// Output that cannot be written ends the command with one line and exit code 1, never a stack
// trace. A reader that stops early (`casus analyze ... | head`) is not an error: exit 0.
const onWriteError = (stream: string) => (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  try {
    process.stderr.write(`casus: cannot write to ${stream}: ${e.code ?? e.message}\n`);
  } catch {
    // stderr is gone too: the exit code says it
  }
  process.exit(1);
};
process.stdout.on("error", onWriteError("standard output"));
process.stderr.on("error", () => process.exit(1));

try {
  process.exitCode = run(process.argv.slice(2));
} catch (e) {
  // A synchronous write failure surfaces here rather than as an 'error' event.
  onWriteError("standard output")(e as NodeJS.ErrnoException);
}
