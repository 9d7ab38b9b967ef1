// The workbench's HTTP server: Fastify, requests validated by zod schemas (src/server/schemas.ts),
// OpenAPI 3.1 generated from the same schemas, the API under /api and the web app at /.
import { existsSync } from "node:fs";
import { createHash, timingSafeEqual } from "node:crypto";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import fastifySwagger from "@fastify/swagger";
import fastifyStatic from "@fastify/static";
import { serializerCompiler, validatorCompiler, jsonSchemaTransform, hasZodFastifySchemaValidationErrors, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { createPatch } from "diff";
import { gzipSync } from "node:zlib";
import * as S from "./schemas.js";
import * as casus from "./casus.js";
import { ConflictError, IdTakenError, NotFoundError, type Store } from "../store/store.js";
import { renderReport, REPORT_TYPES, type ReportFormat } from "../report/report.js";
import { PdfUnavailableError } from "../report/pdf.js";
import { parseJsonBody, PoisonedBodyError } from "./json-body.js";

export interface AppOptions {
  store: Store;
  /** The write token (Authorization: Bearer <token>). */
  token: string;
  /** Reads without the token (default true). */
  openReads?: boolean;
  /** Largest request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** The built web app to serve at / (web/dist), if present. */
  webDir?: string;
  logger?: boolean;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** "write" needs the token; "read" needs it only when reads are closed; "open" never. */
    access?: "read" | "write" | "open";
  }
}

const CACHED = Symbol("cached answer");
const RAW = Symbol("raw body");
type RawRequest = FastifyRequest & { [RAW]?: string };

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Error reply: {error: {message, path?, ...}}; never a stack trace or SQL. */
function fail(reply: FastifyReply, code: number, message: string, extra: Record<string, unknown> = {}) {
  return reply.code(code).type("application/json; charset=utf-8").send({ error: { message, ...extra } });
}

/** "/a/0/b" (a zod issue's path) as the JSON path "$.a[0].b". */
function jsonPath(instancePath: string, context?: string): string {
  const parts = instancePath.split("/").filter(Boolean);
  const head = context === "querystring" ? "query" : context === "params" ? "params" : "$";
  return head + parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join("");
}

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = o.bodyLimit ?? 1024 * 1024;
  const app = Fastify({ logger: o.logger ?? false, bodyLimit, return503OnClosing: true, forceCloseConnections: true });
  /** Answers by raw request body: at most 256 bodies and 32 MiB (each body's text and its answer counted). */
  const rawAnswers = new casus.Lru<{ json: Buffer; bodyBytes: number }>(256, 32 * 1024 * 1024, (e) => e.json.length + e.bodyBytes);
  // JSON bodies: JSON.parse with a refusal of prototype-poisoning keys (json-body.ts). The raw text
  // of an analysis is first looked up in the answer cache: a repeated body skips the parse and the
  // validation (analysis is pure: the same body always gets the same answer).
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (req, body, done) => {
    const text = body as string;
    if (req.url === "/api/analyze") {
      const hit = rawAnswers.get(text);
      if (hit) return done(null, { [CACHED]: hit.json });
      (req as RawRequest)[RAW] = text;
    }
    if (text === "") return done(Object.assign(new SyntaxError("the body is empty"), { statusCode: 400 }), undefined);
    try {
      done(null, parseJsonBody(text));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const store = o.store;
  const openReads = o.openReads ?? true;
  const token = digest(o.token);

  app.addHook("onRequest", async (req, reply) => {
    const access = req.routeOptions.config?.access ?? "open";
    if (access === "open" || (access === "read" && openReads)) return;
    const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? "");
    if (!m || !timingSafeEqual(digest(m[1]), token))
      return fail(reply, 401, access === "write" ? "this request changes stored data: it needs the write token (Authorization: Bearer <token>)" : "reads are closed on this server: send the token (Authorization: Bearer <token>)");
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({ path: jsonPath(v.instancePath, err.validationContext), message: v.message }));
      return fail(reply, 400, `invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, { path: issues[0]?.path, issues });
    }
    if (err instanceof PoisonedBodyError) return fail(reply, 400, err.message, { path: err.path });
    if (err instanceof casus.InputError) return fail(reply, 400, err.message, { path: err.issues[0]?.path ?? "$", issues: err.issues });
    if (err instanceof NotFoundError) return fail(reply, 404, err.message);
    if (err instanceof IdTakenError) return fail(reply, 409, err.message, { path: "$.id" });
    if (err instanceof ConflictError) return fail(reply, 409, err.message, { path: "$.baseRevision", current: err.current });
    if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return fail(reply, 413, `the request body is larger than this server accepts (${bodyLimit} bytes; CASUS_BODY_LIMIT sets it)`);
    if (err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return fail(reply, 415, "send the body as application/json");
    if (err.code === "FST_ERR_CTP_EMPTY_JSON_BODY" || err instanceof SyntaxError) return fail(reply, 400, `the body is not valid JSON: ${err.message}`, { path: "$" });
    if (err instanceof PdfUnavailableError) return fail(reply, 503, err.message);
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return fail(reply, status, err.message);
    // A bug: the details go to the server's log, never to the client.
    if (o.logger) req.log.error(err);
    else process.stderr.write(`casus: internal error on ${req.method} ${req.url.split("?")[0]}: ${err.stack ?? err}\n`);
    return fail(reply, 500, "internal error (logged on the server)");
  });

  app.setNotFoundHandler((req, reply) => fail(reply, 404, `no route ${req.method} ${req.url.split("?")[0]}`));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "casus workbench API", version: "0.1.0", description: "Analyse situations under the law on the use of force; store them with their revisions; export reports." },
      components: { securitySchemes: { token: { type: "http", scheme: "bearer" } } },
    },
    transform: jsonSchemaTransform,
  });
  app.get("/openapi.json", { config: { access: "open" }, schema: { hide: true } }, async () => app.swagger());

  const api = app.withTypeProvider<ZodTypeProvider>();
  /** Gzipped answers, alive as long as the answer cache holds the plain one. */
  const gzipped = new WeakMap<Buffer, Buffer>();
  const errors = { 400: S.ErrorBody, 401: S.ErrorBody, 404: S.ErrorBody, 413: S.ErrorBody };
  const write = { config: { access: "write" as const } };
  const read = { config: { access: "read" as const } };
  const secured = { security: [{ token: [] }] };

  // ---- Analysis without storing ----
  /** Sends a cached answer, gzipped (once per answer) when the client accepts it. */
  const sendAnswer = (req: FastifyRequest, reply: FastifyReply, json: Buffer) => {
    reply.type("application/json; charset=utf-8").header("vary", "accept-encoding");
    if (!/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) return reply.send(json as never);
    let gz = gzipped.get(json);
    if (!gz) gzipped.set(json, (gz = gzipSync(json, { level: 6 })));
    return reply.header("content-encoding", "gzip").send(gz as never);
  };
  api.post("/api/analyze", {
    ...read,
    // A cached body's answer is sent before validation (the body it came from was valid).
    preValidation: async (req, reply) => {
      const hit = (req.body as unknown as { [CACHED]?: Buffer } | undefined)?.[CACHED];
      if (hit) return sendAnswer(req, reply, hit);
    },
    schema: { summary: "Analyse a situation (not stored)", body: S.AnalyzeBody, response: { 200: S.AnswerBody, ...errors } } }, async (req, reply) => {
    const { yaml, situation, ...opts } = req.body;
    // The answer is cached by the situation's text and options as ready JSON, and by the raw body.
    const json = casus.answerJson({ yaml, situation }, opts);
    const raw = (req as RawRequest)[RAW];
    if (raw !== undefined) rawAnswers.set(raw, { json, bodyBytes: raw.length * 2 });
    return sendAnswer(req, reply, json);
  });
  api.post("/api/compare", { ...read, schema: { summary: "Collective self-defence vs collective security for one use", body: S.CompareBody, response: { 200: z.unknown().describe("casus compare JSON"), ...errors } } }, async (req) => {
    const { yaml, situation, use, ...opts } = req.body;
    return casus.compareUse(casus.situationFrom({ yaml, situation }).situation, use, opts);
  });
  api.post("/api/explain", { ...read, schema: { summary: "What would have to be true for a basis to hold", body: S.ExplainBody, response: { 200: z.unknown().describe("casus explain JSON"), ...errors } } }, async (req) => {
    const { yaml, situation, use, basis, ...opts } = req.body;
    return casus.explainUse(casus.situationFrom({ yaml, situation }).situation, use, basis, opts);
  });
  api.post("/api/diff", { ...read, schema: { summary: "What changed in the analysis between two situations", body: S.DiffBody, response: { 200: S.AnalysisDiff, ...errors } } }, async (req) => {
    const { before, after, ...opts } = req.body;
    return casus.diffSituations(casus.situationFrom(before).situation, casus.situationFrom(after).situation, opts);
  });

  // ---- Stored situations ----
  /** The situation's YAML validated, with what the listing needs. */
  const content = (yaml: string) => ({ yaml, ...casus.describe(casus.parseText(yaml)) });

  api.get("/api/situations", { ...read, schema: { summary: "List (and search) stored situations", querystring: z.object({ q: z.string().max(200).optional() }), response: { 200: z.array(S.Summary), ...errors } } }, async (req) =>
    store.list(req.query.q),
  );
  api.post("/api/situations", { ...write, schema: { summary: "Store a new situation (revision 1)", ...secured, body: S.CreateBody, response: { 201: S.Saved, 409: S.ErrorBody, ...errors } } }, async (req, reply) => {
    const c = content(req.body.yaml);
    const id = req.body.id ?? (await freeId(store, c.title));
    return reply.code(201).send(await store.create(id, c));
  });
  api.get("/api/situations/:id", { ...read, schema: { summary: "The latest revision of a situation", params: S.IdParams, response: { 200: S.Stored, ...errors } } }, async (req) => store.get(req.params.id));
  api.put("/api/situations/:id", { ...write, schema: { summary: "Save a new revision (409 if baseRevision is not the latest)", ...secured, params: S.IdParams, body: S.UpdateBody, response: { 200: S.Saved, 409: S.ErrorBody, ...errors } } }, async (req) =>
    store.update(req.params.id, req.body.baseRevision, content(req.body.yaml)),
  );
  api.delete("/api/situations/:id", { ...write, schema: { summary: "Delete a situation (its id is not reused)", ...secured, params: S.IdParams, response: { 204: z.undefined(), ...errors } } }, async (req, reply) => {
    await store.delete(req.params.id);
    return reply.code(204).send();
  });
  api.get("/api/situations/:id/revisions", { ...read, schema: { summary: "Every revision of a situation", params: S.IdParams, response: { 200: z.array(S.RevisionSummary), ...errors } } }, async (req) =>
    store.revisions(req.params.id),
  );
  api.get("/api/situations/:id/revisions/:rev", { ...read, schema: { summary: "One revision (a permanent link)", params: S.RevParams, response: { 200: S.Revision, ...errors } } }, async (req) =>
    store.revision(req.params.id, req.params.rev),
  );
  api.get("/api/situations/:id/analysis", { ...read, schema: { summary: "The analysis of a stored situation (as /api/analyze)", params: S.IdParams, querystring: S.StoredAnalysisQuery, response: { 200: S.AnswerBody, ...errors } } }, async (req, reply) => {
    const { rev, ...opts } = req.query;
    const stored = rev ? await store.revision(req.params.id, rev) : await store.get(req.params.id);
    return sendAnswer(req, reply, casus.answerJson({ yaml: stored.yaml }, opts));
  });
  api.get("/api/situations/:id/compare", { ...read, schema: { summary: "Compare two revisions: YAML diff and analysis diff", params: S.IdParams, querystring: S.CompareQuery, response: { 200: S.CompareRevisions, ...errors } } }, async (req) => {
    const { id } = req.params;
    const [a, b] = await Promise.all([store.revision(id, req.query.from), store.revision(id, req.query.to)]);
    const yamlDiff = createPatch(`${id}.yaml`, a.yaml, b.yaml, `revision ${a.revision}`, `revision ${b.revision}`);
    const analysisDiff = casus.diffSituations(casus.parseText(a.yaml), casus.parseText(b.yaml), { date: req.query.date, lang: req.query.lang });
    return { yamlDiff, analysisDiff };
  });
  api.get("/api/situations/:id/export", { ...read, schema: { summary: "A report of the analysis: Markdown, HTML, PDF, or the sources as CSL-JSON", params: S.IdParams, querystring: S.ExportQuery, response: { 200: z.unknown().describe("the report: text/markdown, text/html, application/pdf or CSL-JSON"), ...errors } } }, async (req, reply) => {
    const { id } = req.params;
    const { format, date, lang, rev } = req.query;
    const stored = rev ? await store.revision(id, rev) : await store.get(id);
    const body = await renderReport(format as ReportFormat, { id, revision: stored.revision, yaml: stored.yaml, date, lang: lang ?? "en" });
    const ext = format === "csl" ? "json" : format;
    reply.header("content-disposition", `inline; filename="${id}-r${stored.revision}.${ext}"`);
    return reply.type(REPORT_TYPES[format as ReportFormat]).send(body as never);
  });

  app.get("/api/health", { config: { access: "open" }, schema: { hide: true } }, async () => ({ ok: true, store: store.kind }));

  // ---- The web app ----
  if (o.webDir && existsSync(o.webDir)) {
    await app.register(fastifyStatic, { root: o.webDir, prefix: "/", wildcard: false, index: ["index.html"] });
  } else {
    app.get("/", { schema: { hide: true } }, async (_req, reply) =>
      reply.type("text/html; charset=utf-8").send(`<!doctype html><meta charset="utf-8"><title>casus</title><p>The casus API is running (<a href="/openapi.json">/openapi.json</a>). The web app is not built: <code>npm run build:web</code>.</p>`),
    );
  }
  return app;
}

/** An id from the title: its slug, or the slug with a number when taken. */
async function freeId(store: Store, title: string): Promise<string> {
  const slug =
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "situation";
  for (let n = 1; ; n++) {
    const id = n === 1 ? slug : `${slug}-${n}`;
    if (!(await store.exists(id))) return id;
  }
}

export type { FastifyRequest };
