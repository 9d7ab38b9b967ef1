// The embedded store's writer, in a worker thread: with synchronous=FULL every commit waits for
// fsync, and on the main thread that wait would stop every other request (the event loop) for as
// long as the disk takes. Here only the saving request waits. The main thread keeps its own
// connection for reads (WAL: readers never block the writer and see each commit once it is made).
// The queries are built and compiled by Kysely on the main thread (one query layer, store.ts);
// the thread only runs them, one transaction per save, and answers once the commit is fsynced.
//
// The thread's code is plain JavaScript run with `eval`: a worker's entry file is not transpiled
// by `--import tsx` on Node 20, and this way the sources and the build run the same code.

/** One statement of a save; `mustChange`: it must change exactly one row, or the save is not made. */
export interface Step {
  sql: string;
  parameters: readonly unknown[];
  mustChange?: boolean;
}
export type WriteRequest = { id: number; steps: Step[] } | { id: number; close: true };
export type WriteReply = { id: number; ok: boolean } | { id: number; error: { message: string; code?: string } };

/** workerData: { file: the SQLite file, driver: the resolved path of better-sqlite3 }. */
export const WRITER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma("busy_timeout = 5000");
const statements = new Map();
const prepared = (sql) => statements.get(sql) || statements.set(sql, db.prepare(sql)).get(sql);
const NOT_MADE = new Error("a step changed no row");
const save = db.transaction((steps) => {
  for (const s of steps) {
    const r = prepared(s.sql).run(...s.parameters);
    if (s.mustChange && r.changes !== 1) throw NOT_MADE; // rolls the transaction back
  }
});
parentPort.on("message", (m) => {
  if (m.close) {
    db.close();
    parentPort.postMessage({ id: m.id, ok: true });
    parentPort.close();
    return;
  }
  let reply;
  try {
    save(m.steps); // returns once the commit is fsynced
    reply = { id: m.id, ok: true };
  } catch (e) {
    reply = e === NOT_MADE ? { id: m.id, ok: false } : { id: m.id, error: { message: String(e && e.message), code: e && e.code } };
  }
  parentPort.postMessage(reply);
});
`;
