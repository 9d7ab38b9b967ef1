// `npm start`: the workbench on http://HOST:PORT, on the embedded store (SQLite file at
// CASUS_DATA) or on PostgreSQL (DATABASE_URL=postgres://...). README section "Workbench: server".
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Store } from "../store/store.js";
import { buildApp } from "./app.js";
import { seedExamples } from "./seed.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const env = process.env;

function number(name: string, fallback: number): number {
  const v = env[name];
  if (v === undefined || v === "") return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`casus: ${name} must be a whole number, got "${v}"\n`);
    process.exit(2);
  }
  return n;
}

/** The web app's build, made on first start when it is missing (the web engineer's build:web). */
function webDir(): string {
  const dir = `${ROOT}web/dist`;
  if (existsSync(`${dir}/index.html`) || env.CASUS_NO_WEB_BUILD === "1") return dir;
  const scripts = (JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  if (scripts["build:web"]) {
    process.stderr.write("casus: building the web app (npm run build:web) ...\n");
    const r = spawnSync("npm", ["run", "build:web"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
    if (r.status !== 0) process.stderr.write("casus: the web app did not build; serving the API only\n");
  }
  return dir;
}

async function main() {
  const port = number("PORT", 8080);
  const host = env.HOST || "127.0.0.1";
  const target = env.DATABASE_URL || env.CASUS_DATA || `${ROOT}casus-data/casus.db`;
  let token = env.CASUS_TOKEN;
  if (!token) {
    token = randomBytes(24).toString("base64url");
    process.stderr.write(`casus: no CASUS_TOKEN set; the write token for this run is:\n  ${token}\n`);
  }
  const store = await Store.open(target);
  const seeded = await seedExamples(store);
  const app = await buildApp({
    store,
    token,
    openReads: env.CASUS_OPEN_READS !== "0",
    bodyLimit: number("CASUS_BODY_LIMIT", 1024 * 1024),
    webDir: webDir(),
    logger: env.CASUS_LOG === "1",
  });
  const close = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on("SIGINT", close);
  process.on("SIGTERM", close);
  await app.listen({ port, host });
  const where = store.kind === "postgres" ? "PostgreSQL" : target;
  process.stderr.write(`casus: workbench on http://${host.includes(":") ? `[${host}]` : host}:${port} (store: ${where}${seeded ? `; ${seeded} examples loaded` : ""})\n`);
}

main().catch((e) => {
  process.stderr.write(`casus: could not start: ${(e as Error).message}\n`);
  process.exit(1);
});
