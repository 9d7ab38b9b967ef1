// PostgreSQL only (DATABASE_URL, as CI gives): a connection the database ends while it sits idle in
// the pool (a restart, an administrator, a dropped database) must not end the server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import pg from "pg";
import { postgresStore } from "./server-helpers.js";

const url = process.env.DATABASE_URL;

test("an idle connection ended by the database is counted and replaced; the store goes on", { skip: !url && "needs DATABASE_URL" }, async () => {
  const ts = postgresStore(url!);
  const store = await ts.open();
  try {
    await store.create("idle", { title: "t", description: "", yaml: readFileSync("examples/worked-example.yaml", "utf8") });
    assert.equal(await store.count(), 1); // the pool now holds an idle connection
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const r = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [ts.database]);
      assert.ok(r.rowCount! >= 1, "a connection of the store was there to end");
    } finally {
      await admin.end();
    }
    for (let i = 0; i < 100 && store.lostConnections === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(store.lostConnections >= 1, "the pool heard the connection end");
    assert.equal(await store.count(), 1, "the next query runs on a new connection");
    assert.equal((await store.get("idle")).title, "t");
  } finally {
    await store.close();
    await ts.cleanup();
  }
});
