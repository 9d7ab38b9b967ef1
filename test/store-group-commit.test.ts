// The SQLite writer makes the saves waiting together in one transaction (group commit), each save a
// savepoint of it: a save that is refused (a stale revision) must roll back alone, and every save
// acknowledged must be there after the store is closed and opened again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store, ConflictError } from "../src/store/store.js";

const content = (yaml: string) => ({ yaml, title: yaml.slice(0, 20), description: "" });

test("saves committed together: the fresh ones are made, each stale one refused alone, all kept after reopening", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casus-group-"));
  try {
    const file = join(dir, "casus.db");
    let store = await Store.open(file);
    const ids = Array.from({ length: 8 }, (_, i) => `s${i}`);
    for (const id of ids) await store.create(id, content(`title: ${id}\n`));
    // All sent at once: the writer is still busy with the first when the others arrive.
    const jobs = ids.flatMap((id) => [
      { id, base: 1, yaml: `title: ${id} fresh\n` },
      { id, base: 0, yaml: `title: ${id} stale\n` },
    ]);
    const results = await Promise.allSettled(jobs.map((j) => store.update(j.id, j.base, content(j.yaml))));
    results.forEach((r, i) => {
      if (jobs[i].base === 1) assert.deepEqual(r, { status: "fulfilled", value: { id: jobs[i].id, revision: 2 } });
      else assert.ok(r.status === "rejected" && r.reason instanceof ConflictError, `${jobs[i].id} stale: ${r.status}`);
    });
    assert.ok((store.largestBatch ?? 0) > 1, `the saves were committed one by one (largest batch ${store.largestBatch}): the test did not test a batch`);
    await store.close();
    store = await Store.open(file);
    for (const id of ids) {
      const s = await store.get(id);
      assert.equal(s.revision, 2);
      assert.equal(s.yaml, `title: ${id} fresh\n`);
      assert.equal((await store.revisions(id)).length, 2);
    }
    assert.equal(await store.check(), "ok");
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
