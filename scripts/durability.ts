// Durability of the embedded store: start the server, stream saves at it from several writers,
// SIGKILL it at a random moment, and check that every acknowledged save is there, intact, and that
// the store opens cleanly (PRAGMA integrity_check, then a restart). Repeat.
//
//   npm run durability -- --runs 100      (README figures; a 5-run version is in npm test)
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TOKEN = "durability-token";
const BASE = readFileSync(join(ROOT, "examples/worked-example.yaml"), "utf8");

export interface DurabilityResult {
  runs: number;
  acknowledged: number;
  lost: number;
  corrupt: number;
  integrityFailures: number;
  killAfterMs: { min: number; max: number };
  savesPerRun: { min: number; max: number; mean: number };
  restartMs: { mean: number; max: number };
  seconds: number;
  problems: string[];
}

interface Ack {
  id: string;
  revision: number;
  sha: string;
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Starts the real server (npm start's entry) on the data file; resolves once it listens. */
async function start(data: string, port: number): Promise<{ child: ChildProcess; ms: number }> {
  const t0 = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/server/main.ts")], {
    cwd: ROOT,
    env: { ...process.env, CASUS_DATA: data, PORT: String(port), HOST: "127.0.0.1", CASUS_TOKEN: TOKEN, CASUS_NO_WEB_BUILD: "1", DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s: ${err}`)), 30_000);
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      if (err.includes("workbench on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${err}`));
    });
  });
  child.removeAllListeners("exit");
  return { child, ms: Date.now() - t0 };
}

async function call(port: number, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: r.status, json: await r.json().catch(() => null) };
}

/** One writer: saves revision after revision of its own situation, and now and then a new one. */
async function writer(port: number, id: string, n: { value: number }, acks: Ack[], stop: { value: boolean }, problems: string[]) {
  let base: number | undefined;
  while (!stop.value) {
    try {
      if (base === undefined) {
        const g = await call(port, "GET", `/api/situations/${id}`);
        if (g.status === 404) {
          const yaml = BASE.replace("Invented for the documentation", `${id} created`);
          const c = await call(port, "POST", "/api/situations", { id, yaml });
          if (c.status === 201) acks.push({ id, revision: 1, sha: sha(yaml) });
          else if (c.status !== 409) problems.push(`create ${id}: ${c.status}`);
          continue;
        }
        base = g.json.revision as number;
      }
      const yaml = BASE.replace("Invented for the documentation", `${id} save ${++n.value} ${"x".repeat(n.value % 500)}`);
      const u = await call(port, "PUT", `/api/situations/${id}`, { yaml, baseRevision: base });
      if (u.status === 200) {
        acks.push({ id, revision: u.json.revision, sha: sha(yaml) });
        base = u.json.revision;
      } else if (u.status === 409) base = u.json.error.current.revision; // an unacknowledged save made it before the kill
      else problems.push(`save ${id}: HTTP ${u.status}`);
    } catch {
      // The server was killed under us: what was not acknowledged need not be there.
      return;
    }
  }
}

/** Every acknowledged save is in the file with the same text; the file passes integrity_check. */
function verify(data: string, acks: Ack[]): { lost: number; corrupt: number; integrity: string } {
  const db = new SQLite(data);
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
    const get = db.prepare("select yaml from revisions where situation_id = ? and revision = ?");
    const latest = db.prepare("select revision from situations where id = ?");
    let lost = 0;
    let corrupt = 0;
    for (const a of acks) {
      const row = get.get(a.id, a.revision) as { yaml: string } | undefined;
      const head = latest.get(a.id) as { revision: number } | undefined;
      if (!row || !head || head.revision < a.revision) lost++;
      else if (sha(row.yaml) !== a.sha) corrupt++;
    }
    return { lost, corrupt, integrity };
  } finally {
    db.close();
  }
}

export async function runDurability(o: { runs: number; writers?: number; maxKillMs?: number; log?: (s: string) => void }): Promise<DurabilityResult> {
  const t0 = Date.now();
  const dir = mkdtempSync(join(tmpdir(), "casus-durability-"));
  const data = join(dir, "casus.db");
  const writers = o.writers ?? 4;
  const maxKill = o.maxKillMs ?? 1000;
  const all: Ack[] = [];
  const problems: string[] = [];
  const perRun: number[] = [];
  const restarts: number[] = [];
  const kills: number[] = [];
  let integrityFailures = 0;
  let lost = 0;
  let corrupt = 0;
  const n = { value: 0 };
  try {
    for (let run = 1; run <= o.runs; run++) {
      const port = await freePort();
      const { child, ms } = await start(data, port);
      restarts.push(ms);
      const acks: Ack[] = [];
      const stop = { value: false };
      const done = Array.from({ length: writers }, (_, w) => writer(port, `dur-w${w}`, n, acks, stop, problems));
      // The kill falls at a random moment once saves are streaming (the first one acknowledged).
      for (let waited = 0; acks.length === 0 && waited < 20_000; waited += 5) await sleep(5);
      const killAfter = Math.floor(Math.random() * maxKill);
      kills.push(killAfter);
      await sleep(killAfter);
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      stop.value = true;
      await Promise.all(done);
      all.push(...acks);
      perRun.push(acks.length);
      // Every save acknowledged so far, in all runs, must still be there.
      const v = verify(data, all);
      if (v.integrity !== "ok") {
        integrityFailures++;
        problems.push(`run ${run}: integrity_check: ${v.integrity}`);
      }
      if (v.lost || v.corrupt) problems.push(`run ${run}: ${v.lost} acknowledged saves lost, ${v.corrupt} changed`);
      lost = Math.max(lost, v.lost);
      corrupt = Math.max(corrupt, v.corrupt);
      o.log?.(`run ${run}/${o.runs}: killed after ${killAfter} ms, ${acks.length} saves acknowledged (${all.length} in all), integrity ${v.integrity}, lost ${v.lost}`);
    }
    // Finally the server itself opens the store and serves every acknowledged save.
    const port = await freePort();
    const { child } = await start(data, port);
    try {
      const last = new Map<string, Ack>();
      for (const a of all) last.set(`${a.id}@${a.revision}`, a);
      for (const a of [...last.values()].slice(-200)) {
        const r = await call(port, "GET", `/api/situations/${a.id}/revisions/${a.revision}`);
        if (r.status !== 200 || sha(r.json.yaml) !== a.sha) problems.push(`after restart: ${a.id} revision ${a.revision}: HTTP ${r.status}`);
      }
    } finally {
      child.kill("SIGKILL");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    runs: o.runs,
    acknowledged: all.length,
    lost,
    corrupt,
    integrityFailures,
    killAfterMs: { min: Math.min(...kills), max: Math.max(...kills) },
    savesPerRun: { min: Math.min(...perRun), max: Math.max(...perRun), mean: Math.round(all.length / o.runs) },
    restartMs: { mean: Math.round(restarts.reduce((a, b) => a + b, 0) / restarts.length), max: Math.max(...restarts) },
    seconds: Math.round((Date.now() - t0) / 1000),
    problems,
  };
}

/** The README's lines for a result. */
export function figures(r: DurabilityResult): string {
  return [
    `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}: ${r.runs} SIGKILLs in ${r.seconds} s; ${r.acknowledged} saves acknowledged (${r.savesPerRun.min}-${r.savesPerRun.max} per run, mean ${r.savesPerRun.mean}), kill ${r.killAfterMs.min}-${r.killAfterMs.max} ms after the first.`,
    "",
    "| acknowledged saves lost | changed | integrity_check failures | restart to listening, mean / max (ms) |",
    "|---:|---:|---:|---:|",
    `| ${r.lost} | ${r.corrupt} | ${r.integrityFailures} | ${r.restartMs.mean} / ${r.restartMs.max} |`,
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--runs");
  const runs = i > 0 ? Number(process.argv[i + 1]) : 100;
  const r = await runDurability({ runs, log: (s) => process.stderr.write(s + "\n") });
  console.log(JSON.stringify(r, null, 2));
  if (process.argv.includes("--write")) {
    const { writeFileSync } = await import("node:fs");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const next = readme.replace(/<!-- durability:start -->[\s\S]*<!-- durability:end -->/, `<!-- durability:start -->\n${figures(r)}\n<!-- durability:end -->`);
    writeFileSync(join(ROOT, "README.md"), next);
  }
  process.exit(r.problems.length === 0 ? 0 : 1);
}
