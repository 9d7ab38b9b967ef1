// The embedded store's writer, in a worker thread: with synchronous=FULL every commit waits for
// fsync, and on the main thread that wait would stop every other request (the event loop) for as
// long as the disk takes. Here only the saving request waits. The main thread keeps its own
// connection for reads (WAL: readers never block the writer and see each commit once it is made).
// The queries are built and compiled by Kysely on the main thread (one query layer, store.ts);
// the thread only runs them, the saves waiting together in one transaction (each a savepoint of
// it), and answers once the commit is fsynced.
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
/** `batch`: how many saves were committed together with this one. */
export type WriteReply = { id: number; ok: boolean; batch?: number } | { id: number; error: { message: string; code?: string } };

/** workerData: { file: the SQLite file, driver: the resolved path of better-sqlite3 }. */
export const WRITER_SOURCE = `
const { parentPort, workerData, receiveMessageOnPort } = require("node:worker_threads");
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma("busy_timeout = 5000");
// The log is copied back into the database (a checkpoint) by this thread after it has answered,
// not inside a commit that saves are waiting for (SQLite's automatic checkpoint runs in the commit).
db.pragma("wal_autocheckpoint = 0");
const CHECKPOINT_EVERY = 256; // saves; about 1 MB of log for the worked example
let sinceCheckpoint = 0;
const statements = new Map();
const prepared = (sql) => statements.get(sql) || statements.set(sql, db.prepare(sql)).get(sql);
const NOT_MADE = new Error("a step changed no row");
// One save: nested in the batch's transaction, better-sqlite3 makes it a savepoint, so a save that
// is not made rolls back alone.
const save = db.transaction((steps) => {
  for (const s of steps) {
    const r = prepared(s.sql).run(...s.parameters);
    if (s.mustChange && r.changes !== 1) throw NOT_MADE;
  }
});
// Group commit: the saves waiting when one arrives are made in one transaction, so that they wait
// for one fsync together instead of one after another; each is answered once that commit is made.
const saveAll = db.transaction((batch) =>
  batch.map((m) => {
    try {
      save(m.steps);
      return { id: m.id, ok: true };
    } catch (e) {
      if (e !== NOT_MADE) throw e; // a failure of the store: nothing of the batch is committed
      return { id: m.id, ok: false };
    }
  }),
);
const MAX_BATCH = 256;
parentPort.on("message", (first) => {
  const batch = [first];
  for (let m; batch.length < MAX_BATCH && !batch[batch.length - 1].close && (m = receiveMessageOnPort(parentPort)); ) batch.push(m.message);
  const close = batch[batch.length - 1].close ? batch.pop() : undefined;
  if (batch.length > 0) {
    let replies;
    try {
      replies = saveAll(batch); // returns once the commit is fsynced
    } catch (e) {
      const error = { message: String(e && e.message), code: e && e.code };
      replies = batch.map((m) => ({ id: m.id, error }));
    }
    for (const r of replies) parentPort.postMessage(Object.assign(r, { batch: batch.length }));
    sinceCheckpoint += batch.length;
    if (sinceCheckpoint >= CHECKPOINT_EVERY) {
      sinceCheckpoint = 0;
      try {
        db.pragma("wal_checkpoint(PASSIVE)"); // never waits for a reader; what it cannot copy now, a later one will
      } catch {
        // a checkpoint that fails leaves the log as it is: every commit in it is still there
      }
    }
  }
  if (close) {
    db.close();
    parentPort.postMessage({ id: close.id, ok: true });
    parentPort.close();
  }
});
`;
