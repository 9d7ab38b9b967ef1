// Stores for the server tests: a fresh SQLite file, and (when DATABASE_URL is given, as CI always
// does) a fresh PostgreSQL database created for the run and dropped after it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { Store } from "../src/store/store.js";
import { buildApp, type AppOptions } from "../src/server/app.js";

export const TOKEN = "test-token-" + randomBytes(6).toString("hex");

export interface TestStore {
  kind: "sqlite" | "postgres";
  /** PostgreSQL: the database made for this run. */
  database?: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export function sqliteStore(): TestStore {
  const dir = mkdtempSync(join(tmpdir(), "casus-test-"));
  return { kind: "sqlite", open: () => Store.open(join(dir, "casus.db")), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

export function postgresStore(url: string): TestStore {
  const name = `casus_test_${randomBytes(5).toString("hex")}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  let created = false;
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    kind: "postgres",
    database: name,
    open: async () => {
      if (!created) await admin(`create database ${name}`);
      created = true;
      return Store.open(u.toString());
    },
    cleanup: async () => {
      if (created) await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** The stores to run the suite on: SQLite always; PostgreSQL when DATABASE_URL is set. */
export function testStores(): TestStore[] {
  const url = process.env.DATABASE_URL;
  if (!url && process.env.CI) throw new Error("CI must give DATABASE_URL: the API suite runs on PostgreSQL too (.ci/run)");
  return url ? [sqliteStore(), postgresStore(url)] : [sqliteStore()];
}

export const app = (store: Store, o: Partial<AppOptions> = {}) => buildApp({ store, token: TOKEN, ...o });
export const auth = { authorization: `Bearer ${TOKEN}` };
