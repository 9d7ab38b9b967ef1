// HTML to PDF with Debian's Chromium (/usr/bin/chromium, headless; never a downloaded browser).
// The flags keep it off the network: without them Chromium tries background connections at start.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** CASUS_CHROMIUM names another Chromium binary (read at each print). */
const chromium = () => process.env.CASUS_CHROMIUM || "/usr/bin/chromium";

export class PdfUnavailableError extends Error {
  override name = "PdfUnavailableError";
}

let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;
/** More PDFs than this waiting are refused (503) rather than queued without end. */
export const MAX_WAITING = 8;

/** Prints one HTML page to PDF. One Chromium at a time: each takes a few hundred MiB. */
export function printPdf(html: string, timeoutMs = 60_000): Promise<Buffer> {
  if (waiting >= MAX_WAITING) return Promise.reject(new PdfUnavailableError(`the server is printing ${waiting} reports already: try again shortly`));
  waiting++;
  const run = queue.then(() => print(html, timeoutMs)).finally(() => waiting--);
  queue = run.catch(() => undefined);
  return run;
}

async function print(html: string, timeoutMs: number): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "casus-pdf-"));
  try {
    const page = join(dir, "report.html");
    const out = join(dir, "report.pdf");
    await writeFile(page, html);
    const args = [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-extensions",
      `--user-data-dir=${join(dir, "profile")}`,
      "--no-pdf-header-footer",
      `--print-to-pdf=${out}`,
      pathToFileURL(page).href,
    ];
    await new Promise<void>((resolve, reject) =>
      execFile(chromium(), args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err) =>
        err ? reject(new PdfUnavailableError(`Chromium could not print the report (${(err as NodeJS.ErrnoException).code === "ENOENT" ? `${chromium()} is not installed` : "it failed or timed out"})`)) : resolve(),
      ),
    );
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
