// The answer cache keeps memory bounded: by entries and by bytes, least recently used first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Lru } from "../src/server/casus.js";

test("the LRU evicts the least recently used past its entry and byte bounds", () => {
  const c = new Lru<Buffer>(3, 250, (b) => b.length);
  c.set("a", Buffer.alloc(100));
  c.set("b", Buffer.alloc(100));
  assert.ok(c.get("a"));
  c.set("c", Buffer.alloc(100)); // 300 bytes > 250: b (least recent) goes
  assert.equal(c.get("b"), undefined);
  assert.ok(c.get("a") && c.get("c"));
  assert.equal(c.heldBytes, 200);
  const n = new Lru<number>(2);
  n.set("x", 1);
  n.set("y", 2);
  n.set("z", 3);
  assert.deepEqual([n.get("x"), n.get("y"), n.get("z")], [undefined, 2, 3]);
  const big = new Lru<Buffer>(5, 10, (b) => b.length);
  big.set("huge", Buffer.alloc(50));
  assert.ok(big.get("huge"), "one entry larger than the budget is still kept (it is the one in use)");
  big.set("next", Buffer.alloc(1));
  assert.equal(big.get("huge"), undefined);
});
