// The HTTP API, end to end through Fastify's inject, on the embedded store and (with DATABASE_URL)
// on PostgreSQL: the same suite on both.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { analyze, parseSituation } from "../src/index.js";
import { seedExamples } from "../src/server/seed.js";
import type { Store } from "../src/store/store.js";
import { app as buildTestApp, auth, sqliteStore, testStores } from "./server-helpers.js";

const KUWAIT = readFileSync("examples/kuwait-1990.yaml", "utf8");
const WORKED = readFileSync("examples/worked-example.yaml", "utf8");
// What-if: S/RES/678's authorisation applies a month later.
const KUWAIT_LATE_678 = KUWAIT.replace('from: "1991-01-16"', 'from: "1991-02-16"');
const HAS_CHROMIUM = (() => {
  try {
    readFileSync("/usr/bin/chromium");
    return true;
  } catch {
    return false;
  }
})();

for (const ts of testStores()) {
  describe(`API on ${ts.kind}`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await ts.open();
      app = await buildTestApp(store);
    });
    after(async () => {
      await app.close();
      await store.close();
      await ts.cleanup();
    });
    const post = (url: string, payload: unknown, headers = {}) => app.inject({ method: "POST", url, payload: payload as object, headers });
    const put = (url: string, payload: unknown) => app.inject({ method: "PUT", url, payload: payload as object, headers: auth });

    test("analyze: the library's answer on the date, the timeline, the text; YAML or object", async () => {
      const r = await post("/api/analyze", { yaml: KUWAIT, date: "1991-01-20" });
      assert.equal(r.statusCode, 200);
      const body = r.json();
      const lib = analyze(parseSituation(KUWAIT), { date: "1991-01-20" });
      assert.deepEqual(
        body.analysis.uses.map((u: { id: string; verdict: string }) => [u.id, u.verdict]),
        lib.uses.map((u) => [u.id, u.verdict]),
      );
      assert.equal(body.timeline.uses.length, lib.uses.length);
      assert.ok(body.text.includes("VERDICT"));
      const obj = await post("/api/analyze", { situation: parseSituation(WORKED), lang: "ja" });
      assert.equal(obj.statusCode, 200);
      assert.equal(obj.json().analysis.uses.length, 3);
      const again = await post("/api/analyze", { yaml: KUWAIT, date: "1991-01-20" });
      assert.equal(again.body, r.body, "the cached answer is the same answer");
      const quick = (await post("/api/analyze", { yaml: KUWAIT, date: "1991-01-20", timeline: false })).json();
      assert.equal(quick.timeline, null);
      assert.deepEqual(quick.analysis, body.analysis);
      const gz = await app.inject({ method: "POST", url: "/api/analyze", payload: { yaml: KUWAIT, date: "1991-01-20" }, headers: { "accept-encoding": "gzip, deflate" } });
      assert.equal(gz.headers["content-encoding"], "gzip");
      assert.equal(gunzipSync(gz.rawPayload).toString(), r.body);
    });

    test("analyze: invalid situations get located errors, never a stack trace", async () => {
      const bad = KUWAIT.replace("kind: state", "kind: planet");
      const r = await post("/api/analyze", { yaml: bad });
      assert.equal(r.statusCode, 400);
      const e = r.json().error;
      assert.match(e.issues[0].path, /^\$\.actors\[\d+\]\.kind$/);
      assert.ok(e.issues[0].line > 1 && e.issues[0].column > 0);
      assert.doesNotMatch(r.body, /\n\s+at |node_modules|SELECT|INSERT/i);
      const date = await post("/api/analyze", { yaml: KUWAIT, date: "20 Jan 1991" });
      assert.equal(date.statusCode, 400);
      assert.equal(date.json().error.path, "$.date");
      const use = await post("/api/analyze", { yaml: KUWAIT, uses: ["u99"] });
      assert.equal(use.statusCode, 400);
      assert.match(use.json().error.message, /u99/);
      const none = await post("/api/analyze", { date: "1991-01-20" });
      assert.equal(none.statusCode, 400);
      const doctrine = await post("/api/analyze", { yaml: KUWAIT, doctrine: "nonsense=1" });
      assert.equal(doctrine.statusCode, 400);
      assert.match(doctrine.json().error.message, /switch/);
    });

    test("compare and explain", async () => {
      const c = await post("/api/compare", { yaml: KUWAIT, use: "u5", date: "1990-10-01" });
      assert.equal(c.statusCode, 200, c.body);
      assert.ok(JSON.stringify(c.json()).includes("collective-security"));
      const e = await post("/api/explain", { yaml: readFileSync("examples/nicaragua-1986.yaml", "utf8"), use: "u1", basis: "collective-self-defence", date: "1984-01-10" });
      assert.equal(e.statusCode, 200, e.body);
      const bad = await post("/api/compare", { yaml: KUWAIT, use: "nope" });
      assert.equal(bad.statusCode, 400);
      const basis = await post("/api/explain", { yaml: KUWAIT, use: "u1", basis: "manifest-destiny" });
      assert.equal(basis.statusCode, 400);
      assert.equal(basis.json().error.path, "$.basis");
    });

    test("diff: a what-if reports only what changed, as the library's two analyses differ", async () => {
      const r = await post("/api/diff", { before: { yaml: KUWAIT }, after: { yaml: KUWAIT_LATE_678 }, date: "1991-01-20" });
      assert.equal(r.statusCode, 200, r.body);
      const d = r.json();
      const b = analyze(parseSituation(KUWAIT), { date: "1991-01-20" });
      const a = analyze(parseSituation(KUWAIT_LATE_678), { date: "1991-01-20" });
      const expected = b.uses.filter((u, i) => u.verdict !== a.uses[i].verdict).map((u) => u.id);
      assert.deepEqual(d.uses.filter((u: { verdict?: unknown }) => u.verdict).map((u: { use: string }) => u.use), expected);
      assert.ok(d.changed && d.uses.length > 0);
      for (const u of d.uses) for (const basis of u.bases) for (const c of basis.conditions) assert.notEqual(c.before, c.after);
      const same = await post("/api/diff", { before: { yaml: KUWAIT }, after: { yaml: KUWAIT }, date: "1991-01-20" });
      assert.deepEqual(same.json(), { date: "1991-01-20", changed: false, uses: [] });
    });

    test("the examples are seeded once, with ids from their file names", async () => {
      const n = await seedExamples(store);
      assert.ok(n >= 29, `seeded ${n}`);
      assert.equal(await seedExamples(store), 0);
      const list = (await app.inject("/api/situations")).json();
      assert.ok(list.some((s: { id: string }) => s.id === "kuwait-1990"));
      assert.ok(list.some((s: { id: string }) => s.id === "japan-case-09-us-ship-under-armed-attack"));
      const stored = await app.inject("/api/situations/kuwait-1990/analysis?date=1991-01-20");
      assert.equal(stored.statusCode, 200);
      assert.equal(stored.body, (await post("/api/analyze", { yaml: KUWAIT, date: "1991-01-20" })).body, "a stored situation's analysis is the same answer");
      assert.equal((await app.inject("/api/situations/kuwait-1990/analysis?rev=2")).statusCode, 404);
      const q = (await app.inject("/api/situations?q=KUWAIT")).json();
      assert.deepEqual(q.map((s: { id: string }) => s.id), ["kuwait-1990"]);
      const pct = (await app.inject("/api/situations?q=%25")).json();
      assert.equal(pct.length, 0, "% is matched literally");
    });

    test("create, read, update with revision check, revisions, permanent links, compare, delete", async () => {
      const c = await post("/api/situations", { yaml: WORKED }, auth);
      assert.equal(c.statusCode, 201, c.body);
      const { id, revision } = c.json();
      assert.equal(revision, 1);
      assert.match(id, /^aldoria-borvia/);
      const again = await post("/api/situations", { yaml: WORKED }, auth);
      assert.notEqual(again.json().id, id, "a second situation with the same title gets its own id");
      const g = (await app.inject(`/api/situations/${id}`)).json();
      assert.equal(g.yaml, WORKED);
      assert.equal(g.revision, 1);

      const edited = WORKED.replace('asOf: "2031-05-02"', 'asOf: "2031-05-03"');
      const u = await put(`/api/situations/${id}`, { yaml: edited, baseRevision: 1 });
      assert.equal(u.statusCode, 200, u.body);
      assert.equal(u.json().revision, 2);
      // A second editor who started from revision 1 gets a conflict with the current text, not an overwrite.
      const stale = await put(`/api/situations/${id}`, { yaml: WORKED.replace("Aldoria", "Aldoria!"), baseRevision: 1 });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().error.current.revision, 2);
      assert.equal(stale.json().error.current.yaml, edited);
      assert.equal((await app.inject(`/api/situations/${id}`)).json().yaml, edited);

      const invalid = await put(`/api/situations/${id}`, { yaml: "casus: 1\ntitle: [", baseRevision: 2 });
      assert.equal(invalid.statusCode, 400);
      assert.ok(invalid.json().error.issues[0].line >= 1);

      const revs = (await app.inject(`/api/situations/${id}/revisions`)).json();
      assert.deepEqual(revs.map((r: { revision: number }) => r.revision), [1, 2]);
      const r1 = (await app.inject(`/api/situations/${id}/revisions/1`)).json();
      assert.equal(r1.yaml, WORKED);
      assert.equal((await app.inject(`/api/situations/${id}/revisions/3`)).statusCode, 404);

      const cmp = (await app.inject(`/api/situations/${id}/compare?from=1&to=2`)).json();
      assert.match(cmp.yamlDiff, /^-asOf: "2031-05-02"$/m);
      assert.match(cmp.yamlDiff, /^\+asOf: "2031-05-03"$/m);
      assert.equal(typeof cmp.analysisDiff.changed, "boolean");

      const del = await app.inject({ method: "DELETE", url: `/api/situations/${id}`, headers: auth });
      assert.equal(del.statusCode, 204);
      assert.equal((await app.inject(`/api/situations/${id}`)).statusCode, 404);
      assert.equal((await app.inject(`/api/situations/${id}/revisions/1`)).statusCode, 404);
      const reuse = await post("/api/situations", { id, yaml: WORKED }, auth);
      assert.equal(reuse.statusCode, 409, "a deleted id is not reused: its permanent links stay unambiguous");
      assert.equal((await app.inject({ method: "DELETE", url: `/api/situations/${id}`, headers: auth })).statusCode, 404);
    });

    test("simultaneous saves from the same revision: exactly one wins, the others get 409, none is lost", async () => {
      const id = `race-${ts.kind}`;
      assert.equal((await post("/api/situations", { id, yaml: WORKED }, auth)).statusCode, 201);
      const texts = Array.from({ length: 12 }, (_, i) => WORKED.replace("Invented for the documentation", `Edit ${i}`));
      const rs = await Promise.all(texts.map((yaml) => put(`/api/situations/${id}`, { yaml, baseRevision: 1 })));
      const ok = rs.filter((r) => r.statusCode === 200);
      assert.equal(ok.length, 1, rs.map((r) => r.statusCode).join(","));
      assert.ok(rs.every((r) => r.statusCode === 200 || r.statusCode === 409));
      const winner = texts[rs.indexOf(ok[0])];
      assert.equal((await app.inject(`/api/situations/${id}`)).json().yaml, winner);
      assert.equal((await app.inject(`/api/situations/${id}/revisions`)).json().length, 2);
    });

    test("saves to many situations at once, some stale: each fresh one is made, each stale one alone refused", async () => {
      // SQLite makes the saves waiting together in one commit: a refused save must not take the others with it.
      const ids = Array.from({ length: 6 }, (_, i) => `batch-${ts.kind}-${i}`);
      for (const id of ids) {
        assert.equal((await post("/api/situations", { id, yaml: WORKED }, auth)).statusCode, 201);
        assert.equal((await put(`/api/situations/${id}`, { yaml: `${WORKED}\n# revision 2\n`, baseRevision: 1 })).statusCode, 200);
      }
      const jobs = ids.flatMap((id, i) => [
        { id, yaml: WORKED.replace("Invented for the documentation", `Fresh ${i}`), baseRevision: 2, fresh: true },
        { id, yaml: WORKED.replace("Invented for the documentation", `Stale ${i}`), baseRevision: 1, fresh: false },
      ]);
      const rs = await Promise.all(jobs.map((j) => put(`/api/situations/${j.id}`, { yaml: j.yaml, baseRevision: j.baseRevision })));
      assert.deepEqual(rs.map((r) => r.statusCode), jobs.map((j) => (j.fresh ? 200 : 409)));
      for (const [i, id] of ids.entries()) {
        const stored = (await app.inject(`/api/situations/${id}`)).json();
        assert.equal(stored.revision, 3);
        assert.equal(stored.yaml, jobs[2 * i].yaml);
      }
    });

    test("exports: Markdown and HTML with numbered footnotes, CSL-JSON of the sources", async () => {
      await seedExamples(store);
      const md = await app.inject("/api/situations/kuwait-1990/export?format=md&date=1991-01-20");
      assert.equal(md.statusCode, 200);
      assert.match(md.headers["content-type"] as string, /text\/markdown/);
      // assert.ok(re.test) rather than assert.match: a failure would print the whole report.
      const has = (body: string, re: RegExp) => assert.ok(re.test(body), `report lacks ${re}`);
      has(md.body, /^# Iraq's invasion of Kuwait/m);
      has(md.body, /\[\^1\]/);
      has(md.body, /^\[\^1\]: /m);
      has(md.body, /^\[\^\d+\]: Fact relied on: `\$\.\S+` \(line \d+\)$/m);
      has(md.body, /^\[\^\d+\]: Fact relied on: `\$\.\S+` \(not stated; see line \d+\)$/m);
      has(md.body, /^\[\^\d+\]: Charter of the United Nations, art 51$/m);
      const html = await app.inject("/api/situations/kuwait-1990/export?format=html&date=1991-01-20&lang=ja");
      has(html.body, /<sup class="fn"><a href="#fn1"/);
      has(html.body, /<li id="fn1">/);
      has(html.body, /<th>根拠<\/th>/);
      const csl = await app.inject("/api/situations/nicaragua-1986/export?format=csl&date=1984-01-10");
      const items = csl.json();
      assert.ok(Array.isArray(items) && items.length > 3);
      assert.ok(items.some((i: { type: string; authority?: string }) => i.type === "legal_case" && i.authority === "International Court of Justice"));
      assert.ok(items.every((i: { id: string; title: string }) => i.id && i.title));
      const old = await app.inject("/api/situations/kuwait-1990/export?format=md&rev=9");
      assert.equal(old.statusCode, 404);
    });

    test("export: PDF printed by Chromium", { skip: !HAS_CHROMIUM && "no /usr/bin/chromium" }, async () => {
      const pdf = await app.inject("/api/situations/wall-2004/export?format=pdf");
      assert.equal(pdf.statusCode, 200, pdf.body.slice(0, 300));
      assert.equal(pdf.headers["content-type"], "application/pdf");
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), "%PDF-");
    });

    test("export: without Chromium, PDF is a clear 503 and the other formats still work", async () => {
      process.env.CASUS_CHROMIUM = "/nonexistent/chromium";
      try {
        const pdf = await app.inject("/api/situations/wall-2004/export?format=pdf");
        assert.equal(pdf.statusCode, 503);
        assert.match(pdf.json().error.message, /\/nonexistent\/chromium is not installed/);
        assert.equal((await app.inject("/api/situations/wall-2004/export?format=md")).statusCode, 200);
      } finally {
        delete process.env.CASUS_CHROMIUM;
      }
    });

    test("OpenAPI 3.1 at /openapi.json, from the same schemas", async () => {
      const doc = (await app.inject("/openapi.json")).json();
      assert.equal(doc.openapi, "3.1.0");
      for (const p of ["/api/analyze", "/api/diff", "/api/situations", "/api/situations/{id}", "/api/situations/{id}/revisions/{rev}", "/api/situations/{id}/compare", "/api/situations/{id}/export"]) assert.ok(doc.paths[p], p);
      const body = doc.paths["/api/situations/{id}"].put.requestBody.content["application/json"].schema;
      assert.deepEqual(body.required.sort(), ["baseRevision", "yaml"]);
      assert.ok(doc.paths["/api/analyze"].post.requestBody.content["application/json"].schema.properties.date.pattern);
    });
  });
}

test("PDF printing is queued one at a time, and refused with 503 past 8 waiting", { skip: process.platform !== "linux" && "needs /bin/sh" }, async () => {
  const ts = sqliteStore();
  const store = await ts.open();
  await seedExamples(store);
  const app = await buildTestApp(store);
  const dir = mkdtempSync(join(tmpdir(), "casus-fakechromium-"));
  const fake = join(dir, "chromium");
  writeFileSync(fake, "#!/bin/sh\nsleep 0.2\nexit 1\n");
  chmodSync(fake, 0o755);
  process.env.CASUS_CHROMIUM = fake;
  try {
    const rs = await Promise.all(Array.from({ length: 12 }, () => app.inject("/api/situations/wall-2004/export?format=pdf")));
    assert.ok(rs.every((r) => r.statusCode === 503));
    const busy = rs.filter((r) => /printing \d+ reports already/.test(r.json().error.message));
    assert.equal(busy.length, 4);
    assert.equal(rs.filter((r) => /could not print the report/.test(r.json().error.message)).length, 8);
  } finally {
    delete process.env.CASUS_CHROMIUM;
    rmSync(dir, { recursive: true, force: true });
    await app.close();
    await store.close();
    await ts.cleanup();
  }
});
