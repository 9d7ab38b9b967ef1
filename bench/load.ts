// Load on loopback with autocannon: the real server (npm start's entry, embedded store) in its own
// process; each connection cycles through every example's analysis, then reads its own stored
// situation and saves a new revision of it. Reported: analyses/s, latency p50/p99 over all
// requests, errors (any non-2xx or socket error), and the server's resident memory.
//
//   npm run bench:load                       (1 and 16 connections 20 s each, 64 connections 60 s)
//   npm run bench:load -- --write            (also updates the README table)
//   npm run bench:load -- --quick            (5 s each: a smoke run)
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import autocannon from "autocannon";
import * as casus from "../src/server/casus.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

// autocannon 9 turns every response body into a string (pipelinedRequestsQueue.js, addBody), even
// where nobody reads it: for gzip bodies, binary to UTF-8, that was half of the client's CPU, on
// the 2 cores the client shares with the server, and so a limit of the measure, not of the server.
// The body is kept only where the bench reads it (the GET, for the revision); the bytes are still
// counted and the latency is measured as before.
{
  const Queue = createRequire(import.meta.url)("autocannon/lib/pipelinedRequestsQueue.js") as { prototype: { addBody(this: { peek(): { req?: { method?: string } } | undefined }, data: Buffer): void } };
  const addBody = Queue.prototype.addBody;
  if (typeof addBody !== "function") throw new Error("autocannon's PipelinedRequestsQueue has no addBody: see bench/load.ts");
  Queue.prototype.addBody = function (data) {
    if (this.peek()?.req?.method === "GET") addBody.call(this, data);
  };
}
const TOKEN = "load-token";
const PORT = 18000 + Math.floor(Math.random() * 1000);
const quick = process.argv.includes("--quick");
const RUNS = [
  { connections: 1, seconds: quick ? 5 : 20 },
  { connections: 16, seconds: quick ? 5 : 20 },
  { connections: 64, seconds: quick ? 5 : 60 },
];

/** CPU seconds the process has used (user + system): a figure that other load on the machine does not inflate as much as latency. */
function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) / 100;
}

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function startServer(data: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/server/main.ts")], {
    cwd: ROOT,
    env: { ...process.env, CASUS_DATA: data, PORT: String(PORT), CASUS_TOKEN: TOKEN, CASUS_NO_WEB_BUILD: "1", DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (d: Buffer) => {
      err += d;
      if (err.includes("workbench on")) resolve();
    });
    child.on("exit", (c) => reject(new Error(`server exited ${c}: ${err}`)));
  });
  return child;
}

const base = `http://127.0.0.1:${PORT}`;
const json = { "content-type": "application/json", "accept-encoding": "gzip" };
const EXAMPLES = casus.examples();
const WORKED = readFileSync(join(ROOT, "examples/worked-example.yaml"), "utf8");

interface Row {
  connections: number;
  seconds: number;
  requests: number;
  analysesPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  saves: number;
  rssMaxMiB: number;
  serverCpuUsPerRequest: number;
}

async function run(pid: number, connections: number, seconds: number): Promise<Row> {
  let analyses = 0;
  let saves = 0;
  let conn = 0;
  type Ctx = { id?: string; revision?: number; n?: number };
  const requests: autocannon.Request[] = [
    ...EXAMPLES.map((e) => ({
      method: "POST" as const,
      path: "/api/analyze",
      headers: json,
      body: JSON.stringify({ yaml: e.yaml }),
      onResponse: (status: number) => {
        if (status === 200) analyses++;
      },
    })),
    {
      method: "GET",
      setupRequest: (req: any, ctx: Ctx) => {
        ctx.id ??= `load-${conn++ % 64}`;
        return { ...req, path: `/api/situations/${ctx.id}` };
      },
      onResponse: (status: number, body: string, ctx: Ctx) => {
        if (status === 200) ctx.revision = JSON.parse(body).revision;
      },
    },
    {
      method: "PUT",
      headers: { ...json, authorization: `Bearer ${TOKEN}` },
      setupRequest: (req: any, ctx: Ctx) => {
        ctx.n = (ctx.n ?? 0) + 1;
        const yaml = WORKED.replace("Invented for the documentation", `load save ${ctx.n}`);
        return { ...req, path: `/api/situations/${ctx.id}`, body: JSON.stringify({ yaml, baseRevision: ctx.revision }) };
      },
      onResponse: (status: number) => {
        if (status === 200) saves++;
      },
    },
  ] as autocannon.Request[];
  let rssMax = rssMiB(pid);
  const timer = setInterval(() => (rssMax = Math.max(rssMax, rssMiB(pid))), 500);
  const cpu0 = cpuSeconds(pid);
  const r = await autocannon({ url: base, connections, duration: seconds, requests, timeout: 10 });
  const cpu = cpuSeconds(pid) - cpu0;
  clearInterval(timer);
  return {
    connections,
    seconds,
    requests: r.requests.total,
    analysesPerSec: Math.round(analyses / seconds),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    saves,
    rssMaxMiB: rssMax,
    serverCpuUsPerRequest: Math.round((cpu * 1e6) / Math.max(1, r.requests.total)),
  };
}

const dir = mkdtempSync(join(tmpdir(), "casus-load-"));
const server = await startServer(join(dir, "casus.db"));
try {
  // Each connection saves its own situation: 64 of them.
  for (let i = 0; i < 64; i++) {
    const r = await fetch(`${base}/api/situations`, { method: "POST", headers: { ...json, authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ id: `load-${i}`, yaml: WORKED }) });
    if (r.status !== 201) throw new Error(`setup: ${r.status} ${await r.text()}`);
  }
  // Warm-up: each example analysed once (the first analysis of a text computes; later ones are lookups).
  for (const e of EXAMPLES) await fetch(`${base}/api/analyze`, { method: "POST", headers: json, body: JSON.stringify({ yaml: e.yaml }) });
  const rows: Row[] = [];
  const load0 = loadavg()[0].toFixed(1);
  const rssStart = rssMiB(server.pid!);
  for (const { connections, seconds } of RUNS) {
    const row = await run(server.pid!, connections, seconds);
    rows.push(row);
    process.stderr.write(`${JSON.stringify(row)}\n`);
  }
  const rssEnd = rssMiB(server.pid!);
  const table = [
    `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${EXAMPLES.length} examples; after one warm-up analysis of each, each connection cycles: the ${EXAMPLES.length} analyses (gzip), a read and a save of its own situation. Server RSS ${rssStart} MiB after start, ${rssEnd} MiB at the end. Load average before the run ${load0}, after it ${loadavg()[0].toFixed(1)} (the machine's 2 cores may be shared).`,
    "",
    "| connections | seconds | requests | analyses/s | p50 (ms) | p99 (ms) | errors | saves | server CPU per request (µs) | server RSS max (MiB) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.connections} | ${r.seconds} | ${r.requests} | ${r.analysesPerSec} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.saves} | ${r.serverCpuUsPerRequest} | ${r.rssMaxMiB} |`),
  ].join("\n");
  console.log(table);
  if (process.argv.includes("--write")) {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const next = readme.replace(/<!-- load:start -->[\s\S]*<!-- load:end -->/, `<!-- load:start -->\n${table}\n<!-- load:end -->`);
    if (next === readme) throw new Error("README has no <!-- load:start --> ... <!-- load:end --> markers");
    writeFileSync(join(ROOT, "README.md"), next);
  }
  if (rows.some((r) => r.errors > 0)) process.exitCode = 1;
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
