// A server never trusts its client: writes need the token, bodies have a limit, reads can be
// closed, and path or SQL injection attempts change nothing and leak nothing.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Store } from "../src/store/store.js";
import { seedExamples } from "../src/server/seed.js";
import { app as buildTestApp, auth, testStores, TOKEN } from "./server-helpers.js";

const WORKED = readFileSync("examples/worked-example.yaml", "utf8");
const noLeak = (body: string) => assert.doesNotMatch(body, /\n\s+at |node_modules|\bselect\b.*\bfrom\b|\binsert into\b|sqlite|postgres/i, body.slice(0, 400));

for (const ts of testStores()) {
  describe(`security on ${ts.kind}`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await ts.open();
      await seedExamples(store);
      app = await buildTestApp(store, { bodyLimit: 64 * 1024 });
    });
    after(async () => {
      await app.close();
      await store.close();
      await ts.cleanup();
    });

    test("writes without a valid token are refused and change nothing", async () => {
      const before = await store.count();
      const kuwait = await store.get("kuwait-1990");
      for (const headers of [{}, { authorization: "Bearer wrong" }, { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }]) {
        const c = await app.inject({ method: "POST", url: "/api/situations", payload: { yaml: WORKED }, headers });
        assert.equal(c.statusCode, 401);
        assert.match(c.json().error.message, /token/);
        const u = await app.inject({ method: "PUT", url: "/api/situations/kuwait-1990", payload: { yaml: WORKED, baseRevision: 1 }, headers });
        assert.equal(u.statusCode, 401);
        const d = await app.inject({ method: "DELETE", url: "/api/situations/kuwait-1990", headers });
        assert.equal(d.statusCode, 401);
      }
      assert.equal(await store.count(), before);
      assert.deepEqual(await store.get("kuwait-1990"), kuwait);
    });

    test("an oversized body gets a clear 413", async () => {
      const big = WORKED + "\n# " + "x".repeat(80 * 1024);
      for (const [method, url] of [["POST", "/api/analyze"], ["POST", "/api/situations"], ["PUT", "/api/situations/kuwait-1990"]] as const) {
        const r = await app.inject({ method, url, payload: { yaml: big, baseRevision: 1 }, headers: auth });
        assert.equal(r.statusCode, 413, `${method} ${url}`);
        assert.match(r.json().error.message, /larger than this server accepts \(65536 bytes/);
      }
      assert.equal((await store.get("kuwait-1990")).revision, 1);
    });

    test("reads can be closed: then they need the token too", async () => {
      const closed = await buildTestApp(store, { openReads: false });
      try {
        assert.equal((await closed.inject("/api/situations")).statusCode, 401);
        assert.equal((await closed.inject({ method: "POST", url: "/api/analyze", payload: { yaml: WORKED } })).statusCode, 401);
        assert.equal((await closed.inject({ url: "/api/situations", headers: auth })).statusCode, 200);
        assert.equal((await app.inject("/api/situations")).statusCode, 200, "open by default");
      } finally {
        await closed.close();
      }
    });

    test("SQL injection attempts are data, not SQL", async () => {
      const tables = async () => [await store.count(), (await store.revisions("kuwait-1990")).length];
      const t0 = await tables();
      for (const q of ["' OR 1=1 --", "%' OR '1'='1", "x'); DROP TABLE situations; --", "\\", "_"]) {
        const r = await app.inject({ url: `/api/situations?q=${encodeURIComponent(q)}` });
        assert.equal(r.statusCode, 200);
        assert.deepEqual(r.json(), [], q);
      }
      for (const id of ["kuwait-1990' OR '1'='1", "x; DROP TABLE revisions", "1 UNION SELECT yaml FROM revisions"]) {
        const r = await app.inject({ url: `/api/situations/${encodeURIComponent(id)}` });
        assert.equal(r.statusCode, 400, id);
        noLeak(r.body);
      }
      const weird = await app.inject({ method: "POST", url: "/api/situations", payload: { id: "a'b", yaml: WORKED }, headers: auth });
      assert.equal(weird.statusCode, 400);
      assert.equal(weird.json().error.path, "$.id");
      // A title full of SQL is stored and given back as text.
      const evil = WORKED.replace(/^title: .*$/m, `title: "Robert'); DROP TABLE situations; --"`);
      const c = await app.inject({ method: "POST", url: "/api/situations", payload: { yaml: evil }, headers: auth });
      assert.equal(c.statusCode, 201, c.body);
      assert.equal((await app.inject(`/api/situations/${c.json().id}`)).json().title, "Robert'); DROP TABLE situations; --");
      const t1 = await tables();
      assert.deepEqual([t1[0] - 1, t1[1]], t0);
    });

    test("path traversal reaches no file", async () => {
      for (const url of ["/../package.json", "/..%2f..%2fpackage.json", "/%2e%2e/%2e%2e/etc/passwd", "/api/situations/..%2f..%2fetc%2fpasswd", "/api/situations/kuwait-1990/revisions/..%2f1", "/web/../package.json"]) {
        const r = await app.inject({ url });
        assert.ok(r.statusCode === 404 || r.statusCode === 400, `${url}: ${r.statusCode}`);
        assert.doesNotMatch(r.body, /"name": "casus"|root:x:0/);
        noLeak(r.body);
      }
    });

    test("the web app's files are served, and nothing outside them", async () => {
      const web = mkdtempSync(join(tmpdir(), "casus-web-"));
      writeFileSync(join(web, "index.html"), "<!doctype html><title>casus web</title>");
      const withWeb = await buildTestApp(store, { webDir: web });
      try {
        const index = await withWeb.inject("/");
        assert.equal(index.statusCode, 200);
        assert.match(index.body, /casus web/);
        for (const url of ["/../package.json", "/..%2fpackage.json", "/%2e%2e/%2e%2e/etc/passwd", "/index.html/../../package.json"]) {
          const r = await withWeb.inject(url);
          assert.ok(r.statusCode === 404 || r.statusCode === 400 || r.statusCode === 403, `${url}: ${r.statusCode}`);
          assert.doesNotMatch(r.body, /"name": "casus"|root:x:0/);
        }
      } finally {
        await withWeb.close();
        rmSync(web, { recursive: true, force: true });
      }
    });

    test("prototype-poisoning keys are refused at a 400 naming their JSON path", async () => {
      const json = { "content-type": "application/json" };
      const cases: [string, string, string][] = [
        ["POST", "/api/analyze", `{"yaml": ${JSON.stringify(WORKED)}, "__proto__": {"isAdmin": true}}`],
        ["POST", "/api/analyze", `{"situation": {"actors": [{"id": "a", "__proto__": {"x": 1}}]}}`],
        ["POST", "/api/analyze", `{"situation": {"constructor": {"prototype": {"polluted": true}}}}`],
        ["POST", "/api/diff", `{"before": {"yaml": "x"}, "after": {"yaml": "y", "\\u005f_proto__": 1}}`],
        ["POST", "/api/situations", `{"yaml": ${JSON.stringify(WORKED)}, "__proto__": {"id": "pwned"}}`],
        ["PUT", "/api/situations/kuwait-1990", `{"yaml": ${JSON.stringify(WORKED)}, "baseRevision": 1, "__proto__": {}}`],
      ];
      // (the fourth spells the key with a JSON escape: JSON.parse reads it as "__proto__")
      const paths = ["$.__proto__", '$.situation.actors[0].__proto__', "$.situation.constructor.prototype", "$.after.__proto__", "$.__proto__", "$.__proto__"];
      const before = await store.count();
      for (const [i, [method, url, payload]] of cases.entries()) {
        const r = await app.inject({ method: method as "POST", url, payload, headers: { ...json, ...auth } });
        assert.equal(r.statusCode, 400, `${method} ${url}: ${r.body}`);
        assert.equal(r.json().error.path, paths[i], r.body);
        assert.match(r.json().error.message, /forbidden key .*prototype-poisoning/);
        noLeak(r.body);
      }
      assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(await store.count(), before);
      // A situation may still mention the words: only keys are refused.
      const ok = await app.inject({ method: "POST", url: "/api/analyze", payload: { yaml: WORKED.replace(/^title: .*$/m, "title: The constructor of __proto__") } });
      assert.equal(ok.statusCode, 200, ok.body);
    });

    test("an analysis body seen before gets the same answer from the raw-body cache; invalid bodies are never cached", async () => {
      const body = JSON.stringify({ yaml: WORKED, date: "2030-02-01" });
      const a = await app.inject({ method: "POST", url: "/api/analyze", payload: body, headers: { "content-type": "application/json" } });
      const b = await app.inject({ method: "POST", url: "/api/analyze", payload: body, headers: { "content-type": "application/json" } });
      assert.equal(a.statusCode, 200);
      assert.equal(b.statusCode, 200);
      assert.equal(b.body, a.body);
      const gz = await app.inject({ method: "POST", url: "/api/analyze", payload: body, headers: { "content-type": "application/json", "accept-encoding": "gzip" } });
      assert.equal(gz.headers["content-encoding"], "gzip");
      const bad = JSON.stringify({ yaml: WORKED, date: "not a date" });
      for (let i = 0; i < 2; i++) {
        const r = await app.inject({ method: "POST", url: "/api/analyze", payload: bad, headers: { "content-type": "application/json" } });
        assert.equal(r.statusCode, 400);
        assert.equal(r.json().error.path, "$.date");
      }
      // The cache sits behind the token check: closed reads still refuse a cached body.
      const closed = await buildTestApp(store, { openReads: false });
      try {
        assert.equal((await closed.inject({ method: "POST", url: "/api/analyze", payload: body, headers: { "content-type": "application/json", ...auth } })).statusCode, 200);
        assert.equal((await closed.inject({ method: "POST", url: "/api/analyze", payload: body, headers: { "content-type": "application/json" } })).statusCode, 401);
      } finally {
        await closed.close();
      }
    });

    test("malformed requests get JSON errors, never a stack trace or SQL", async () => {
      const cases = [
        await app.inject({ method: "POST", url: "/api/analyze", payload: "{not json", headers: { "content-type": "application/json" } }),
        await app.inject({ method: "POST", url: "/api/analyze", payload: "yaml", headers: { "content-type": "text/plain" } }),
        await app.inject({ method: "POST", url: "/api/analyze", payload: { yaml: 42 } }),
        await app.inject({ method: "POST", url: "/api/analyze", payload: { yaml: "{{{{" } }),
        await app.inject({ method: "PUT", url: "/api/situations/kuwait-1990", payload: { yaml: WORKED, baseRevision: "one" }, headers: auth }),
        await app.inject({ url: "/api/situations/kuwait-1990/revisions/-1" }),
        await app.inject({ url: "/api/situations/kuwait-1990/export?format=exe" }),
        await app.inject({ url: "/api/nothing-here" }),
      ];
      for (const r of cases) {
        assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${r.statusCode} ${r.body}`);
        assert.equal(typeof r.json().error.message, "string");
        noLeak(r.body);
      }
      assert.equal(cases[2].json().error.path, "$.yaml");
      assert.equal(cases[4].json().error.path, "$.baseRevision");
    });
  });
}
