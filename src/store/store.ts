// Stored situations with their history, over ONE query layer (Kysely) for both the embedded store
// (SQLite through better-sqlite3, WAL, synchronous=FULL) and PostgreSQL (pg). Every save is a new
// revision; an update names the revision it was based on and fails with a conflict, never an
// overwrite, when someone saved in between.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { Kysely, PostgresDialect, SqliteDialect, sql, type Compilable, type Generated, type Transaction } from "kysely";
import SQLite from "better-sqlite3";
import pg from "pg";
import { WRITER_SOURCE, type Step, type WriteReply, type WriteRequest } from "./sqlite-writer.js";

interface SituationsTable {
  id: string;
  title: string;
  description: string;
  revision: number;
  yaml: string;
  created_at: string;
  updated_at: string;
  /** A deleted situation keeps its row (a tombstone) so that its id and permanent links are never reused. */
  deleted: number;
}
interface RevisionsTable {
  situation_id: string;
  revision: number;
  title: string;
  yaml: string;
  created_at: string;
  seq: Generated<number>;
}
interface Db {
  situations: SituationsTable;
  revisions: RevisionsTable;
}

export interface SituationSummary {
  id: string;
  title: string;
  revision: number;
  updatedAt: string;
}
export interface StoredSituation extends SituationSummary {
  yaml: string;
}
export interface RevisionSummary {
  revision: number;
  createdAt: string;
  title: string;
}
export interface StoredRevision {
  id: string;
  revision: number;
  yaml: string;
  title: string;
  createdAt: string;
}
export interface NewContent {
  yaml: string;
  title: string;
  description: string;
}

/** The revision an update was based on is not the latest: the caller must merge, not overwrite. */
export class ConflictError extends Error {
  constructor(public readonly current: { revision: number; yaml: string }) {
    super(`the situation was saved by someone else since the revision you edited: it is now at revision ${current.revision}`);
    this.name = "ConflictError";
  }
}
export class NotFoundError extends Error {
  override name = "NotFoundError";
}
export class IdTakenError extends Error {
  override name = "IdTakenError";
}

export type StoreKind = "sqlite" | "postgres";

/** One statement of a save, built by Kysely; `mustChange`: it must change exactly one row, or nothing is saved. */
interface WriteStep {
  query: Compilable;
  mustChange?: boolean;
}

/** The SQLite writer thread (sqlite-writer.ts): each save is one message, answered once its commit is fsynced. */
class SqliteWriter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (ok: boolean) => void; reject: (e: Error) => void }>();
  private ids = 0;
  private failed: Error | null = null;
  /** The most saves committed together so far (group commit; read by the tests). */
  largestBatch = 0;
  constructor(file: string) {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    this.worker = new Worker(WRITER_SOURCE, { eval: true, workerData: { file, driver } });
    this.worker.on("message", (m: WriteReply) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!p) return;
      if ("error" in m) p.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
      else {
        this.largestBatch = Math.max(this.largestBatch, m.batch ?? 1);
        p.resolve(m.ok);
      }
    });
    const fail = (e: Error) => {
      this.failed = e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", () => fail(new Error("the store's writer thread has stopped")));
  }
  private send(m: Omit<WriteRequest, "id">): Promise<boolean> {
    if (this.failed) return Promise.reject(this.failed);
    const id = ++this.ids;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...m, id } as WriteRequest);
    });
  }
  /** Runs the steps in one transaction: true if made, false if a mustChange step changed no row. */
  run(steps: Step[]): Promise<boolean> {
    return this.send({ steps });
  }
  async close(): Promise<void> {
    if (!this.failed) await this.send({ close: true }).catch(() => undefined);
    await this.worker.terminate();
  }
}

export class Store {
  private constructor(
    readonly db: Kysely<Db>,
    readonly kind: StoreKind,
    /** SQLite: the saves go to a writer thread, so that fsync never blocks the event loop. */
    private readonly writer?: SqliteWriter,
  ) {}

  /** PostgreSQL: idle connections the database ended, each replaced on the next query. */
  lostConnections = 0;

  /** SQLite: the most saves the writer thread has committed together (group commit). */
  get largestBatch(): number | undefined {
    return this.writer?.largestBatch;
  }

  /** `postgres://...` opens PostgreSQL; anything else is the path of the SQLite file. */
  static async open(target: string): Promise<Store> {
    let store: Store;
    if (/^postgres(ql)?:\/\//.test(target)) {
      const pool = new pg.Pool({ connectionString: target, max: 10 });
      // An idle connection the database ends (a restart, pg_terminate_backend, a dropped database)
      // is an 'error' on the pool; unheard, it would end the process. The pool has already
      // discarded that connection and opens another for the next query, so it is only counted.
      pool.on("error", () => {
        store.lostConnections++;
      });
      store = new Store(new Kysely<Db>({ dialect: new PostgresDialect({ pool }) }), "postgres");
    } else {
      if (target !== ":memory:") mkdirSync(dirname(target), { recursive: true });
      const file = new SQLite(target);
      // WAL: readers never block the writer, and a commit is one append to the log.
      // synchronous=FULL: the log is fsynced at every commit, so an acknowledged save survives a
      // crash or power loss (NORMAL may lose the last commits on power loss).
      file.pragma("journal_mode = WAL");
      file.pragma("synchronous = FULL");
      file.pragma("busy_timeout = 5000");
      const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: file }) });
      if (target === ":memory:") store = new Store(db, "sqlite"); // a private database: saved on this connection
      else {
        await new Store(db, "sqlite").migrate(); // the tables exist before the writer opens the file
        return new Store(db, "sqlite", new SqliteWriter(target));
      }
    }
    await store.migrate();
    return store;
  }

  /**
   * One save: the steps in one transaction, on the writer thread (SQLite) or a pooled connection
   * (PostgreSQL); the same compiled queries either way. False if a mustChange step changed no row
   * (then nothing was saved).
   */
  private async save(steps: WriteStep[]): Promise<boolean> {
    if (this.writer)
      return this.writer.run(
        steps.map((s) => {
          const c = s.query.compile();
          return { sql: c.sql, parameters: c.parameters, mustChange: s.mustChange };
        }),
      );
    const notMade = new Error("not made");
    try {
      await this.db.transaction().execute(async (tx) => {
        for (const s of steps) {
          const r = await tx.executeQuery(s.query.compile());
          if (s.mustChange && Number(r.numAffectedRows ?? 0) !== 1) throw notMade;
        }
      });
      return true;
    } catch (e) {
      if (e === notMade) return false;
      throw e;
    }
  }

  private async migrate(): Promise<void> {
    const seq = this.kind === "postgres" ? "serial" : "integer";
    await this.db.schema
      .createTable("situations")
      .ifNotExists()
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull())
      .addColumn("revision", "integer", (c) => c.notNull())
      .addColumn("yaml", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("deleted", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await this.db.schema
      .createTable("revisions")
      .ifNotExists()
      .addColumn("seq", seq, (c) => (this.kind === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("situation_id", "text", (c) => c.notNull())
      .addColumn("revision", "integer", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("yaml", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("revisions_situation_revision", ["situation_id", "revision"])
      .execute();
  }

  /** A quick check that the store answers (and, for SQLite, that the file is sound). */
  async check(): Promise<string> {
    if (this.kind === "sqlite") {
      const r = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(this.db);
      return r.rows.map((x) => x.integrity_check).join("; ");
    }
    await sql`select 1`.execute(this.db);
    return "ok";
  }

  async close(): Promise<void> {
    await this.writer?.close();
    await this.db.destroy();
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom("situations").select((e) => e.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async list(q?: string): Promise<SituationSummary[]> {
    let query = this.db.selectFrom("situations").select(["id", "title", "revision", "updated_at"]).where("deleted", "=", 0);
    if (q && q.trim()) {
      // LIKE with the user's text escaped: % and _ are matched literally.
      const pattern = `%${q.trim().toLowerCase().replace(/[\\%_]/g, (m) => "\\" + m)}%`;
      query = query.where((e) =>
        e.or([
          sql<boolean>`lower(id) like ${pattern} escape '\\'`,
          sql<boolean>`lower(title) like ${pattern} escape '\\'`,
          sql<boolean>`lower(description) like ${pattern} escape '\\'`,
        ]),
      );
    }
    const rows = await query.orderBy("id").execute();
    return rows.map((r) => ({ id: r.id, title: r.title, revision: Number(r.revision), updatedAt: r.updated_at }));
  }

  async get(id: string): Promise<StoredSituation> {
    const r = await this.db.selectFrom("situations").selectAll().where("id", "=", id).where("deleted", "=", 0).executeTakeFirst();
    if (!r) throw new NotFoundError(`no situation "${id}"`);
    return { id: r.id, title: r.title, revision: Number(r.revision), yaml: r.yaml, updatedAt: r.updated_at };
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.selectFrom("situations").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
  }

  /** Creates revision 1. Fails if the id was ever used (even by a deleted situation). */
  async create(id: string, c: NewContent): Promise<{ id: string; revision: number }> {
    const now = new Date().toISOString();
    try {
      await this.save([
        { query: this.db.insertInto("situations").values({ id, title: c.title, description: c.description, revision: 1, yaml: c.yaml, created_at: now, updated_at: now, deleted: 0 }) },
        { query: this.db.insertInto("revisions").values({ situation_id: id, revision: 1, title: c.title, yaml: c.yaml, created_at: now }) },
      ]);
    } catch (e) {
      if (isUniqueViolation(e)) throw new IdTakenError(`the id "${id}" is taken`);
      throw e;
    }
    return { id, revision: 1 };
  }

  /** Saves a new revision if `baseRevision` is the latest; else ConflictError with the current one. */
  async update(id: string, baseRevision: number, c: NewContent): Promise<{ id: string; revision: number }> {
    const now = new Date().toISOString();
    const revision = baseRevision + 1;
    const done = await this.save([
      // The compare-and-set: only the writer whose base is still the latest moves the revision on.
      {
        query: this.db
          .updateTable("situations")
          .set({ revision, yaml: c.yaml, title: c.title, description: c.description, updated_at: now })
          .where("id", "=", id)
          .where("revision", "=", baseRevision)
          .where("deleted", "=", 0),
        mustChange: true,
      },
      { query: this.db.insertInto("revisions").values({ situation_id: id, revision, title: c.title, yaml: c.yaml, created_at: now }) },
    ]);
    if (!done) {
      const current = await this.get(id); // NotFoundError if it does not exist
      throw new ConflictError({ revision: current.revision, yaml: current.yaml });
    }
    return { id, revision };
  }

  async delete(id: string): Promise<void> {
    const done = await this.save([{ query: this.db.updateTable("situations").set({ deleted: 1, updated_at: new Date().toISOString() }).where("id", "=", id).where("deleted", "=", 0), mustChange: true }]);
    if (!done) throw new NotFoundError(`no situation "${id}"`);
  }

  async revisions(id: string): Promise<RevisionSummary[]> {
    await this.get(id);
    const rows = await this.db.selectFrom("revisions").select(["revision", "created_at", "title"]).where("situation_id", "=", id).orderBy("revision").execute();
    return rows.map((r) => ({ revision: Number(r.revision), createdAt: r.created_at, title: r.title }));
  }

  async revision(id: string, revision: number): Promise<StoredRevision> {
    await this.get(id);
    const r = await this.db.selectFrom("revisions").selectAll().where("situation_id", "=", id).where("revision", "=", revision).executeTakeFirst();
    if (!r) throw new NotFoundError(`situation "${id}" has no revision ${revision}`);
    return { id, revision: Number(r.revision), yaml: r.yaml, title: r.title, createdAt: r.created_at };
  }

  /** Used by tests and the durability check: run a function inside one transaction. */
  async transaction<T>(f: (tx: Transaction<Db>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(f);
  }
}

function isUniqueViolation(e: unknown): boolean {
  const x = e as { code?: string };
  return x?.code === "23505" || x?.code === "SQLITE_CONSTRAINT_PRIMARYKEY" || x?.code === "SQLITE_CONSTRAINT_UNIQUE";
}
