// Does a save block the event loop? The old way (commit on the main thread, WAL, synchronous=FULL):
// how long each commit holds the thread; the store now (commits on its writer thread): the event
// loop's delay while saves stream. Run: node --import tsx bench/store-writes.ts
import { monitorEventLoopDelay } from "node:perf_hooks";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Store } from "../src/store/store.ts";
const yaml = readFileSync("examples/worked-example.yaml", "utf8");
const N = 200;
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil(p * xs.length) - 1].toFixed(2);
// Before: the commit on the main thread (as the store did): how long each save holds the event loop.
{
  const db = new SQLite(join(mkdtempSync(join(tmpdir(), "m-")), "a.db"));
  db.pragma("journal_mode = WAL"); db.pragma("synchronous = FULL");
  db.exec("create table r (id integer primary key, yaml text)");
  const ins = db.prepare("insert into r (yaml) values (?)");
  const t = db.transaction((y: string) => ins.run(y));
  const ms: number[] = [];
  for (let i = 0; i < N; i++) { const t0 = performance.now(); t(yaml + i); ms.push(performance.now() - t0); }
  console.log(`main-thread commit blocks the event loop (ms): p50 ${q(ms, 0.5)} p99 ${q(ms, 0.99)} max ${q(ms, 1)}`);
}
// The machine's own noise: the event loop's delay with no save at all, for as long.
{
  const h = monitorEventLoopDelay({ resolution: 1 }); h.enable();
  await new Promise((r) => setTimeout(r, 600));
  h.disable();
  console.log(`no saves (the machine's noise): event loop delay p50 ${(h.percentile(50) / 1e6).toFixed(2)} p99 ${(h.percentile(99) / 1e6).toFixed(2)} max ${(h.max / 1e6).toFixed(2)} ms`);
}
// After: saves through the writer thread; the event loop's delay while they run.
{
  const s = await Store.open(join(mkdtempSync(join(tmpdir(), "m-")), "b.db"));
  await s.create("x", { yaml, title: "t", description: "" });
  const h = monitorEventLoopDelay({ resolution: 1 }); h.enable();
  const ms: number[] = [];
  for (let i = 1; i <= N; i++) { const t0 = performance.now(); await s.update("x", i, { yaml: yaml + i, title: "t", description: "" }); ms.push(performance.now() - t0); }
  h.disable();
  console.log(`writer thread: save acknowledged (ms) p50 ${q(ms, 0.5)} p99 ${q(ms, 0.99)}; event loop delay meanwhile p50 ${(h.percentile(50) / 1e6).toFixed(2)} p99 ${(h.percentile(99) / 1e6).toFixed(2)} max ${(h.max / 1e6).toFixed(2)} ms`);
  await s.close();
}
