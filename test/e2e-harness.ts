// For the browser tests and the latency bench: the real server on a free port with a temporary
// embedded store, and Debian's Chromium driven by playwright-core (never a downloaded browser).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { buildWeb } from "../web/build.ts";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = () => existsSync(CHROMIUM);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Running {
  url: string;
  token: string;
  stop(): Promise<void>;
}

/** Builds the web app, then starts `src/server/main.ts` on a fresh embedded store (seeded with the examples). */
export async function startServer(): Promise<Running> {
  if (!process.env.CASUS_KEEP_BUILD) await buildWeb({ minify: true });
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "casus-e2e-"));
  const token = "e2e-token-" + Math.random().toString(36).slice(2);
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", CASUS_DATA: join(dir, "casus.db"), CASUS_TOKEN: token, CASUS_NO_WEB_BUILD: "1", DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${err}`)), 30_000);
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      if (/workbench on http/.test(err)) (clearTimeout(timer), resolve());
    });
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`server exited (${code}):\n${err}`))));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Debian Chromium with a fresh profile; nothing reaches the network but the server. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "casus-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
