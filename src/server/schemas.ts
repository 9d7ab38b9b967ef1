// The HTTP API's request and response schemas (zod). Fastify validates requests with them and
// @fastify/swagger turns the same schemas into the OpenAPI 3.1 document at /openapi.json.
import { z } from "zod";

export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .describe("the date judged (YYYY-MM-DD); default: the situation's asOf, else each use's start");
export const Lang = z.enum(["en", "ja"]).describe("language of the rendered text");
const Doctrine = z
  .union([z.string().max(2000), z.record(z.string(), z.string())])
  .describe('a profile ("icj"), "switch=position,..." or {switch: position}');

/** A situation, as YAML (or JSON) text, or as an object. Validated by the casus loader, which locates errors. */
export const SituationInput = z.object({
  yaml: z.string().optional().describe("the situation as YAML or JSON text (errors then carry line and column)"),
  situation: z.record(z.string(), z.unknown()).optional().describe("the situation as an object (the casus scenario format; `casus schema` prints its JSON Schema)"),
});

const AskFields = {
  date: DateSchema.optional(),
  doctrine: Doctrine.optional(),
  lang: Lang.optional(),
};

export const AnalyzeBody = SituationInput.extend({
  ...AskFields,
  uses: z.array(z.string().max(200)).max(1000).optional().describe("judge only these uses of force"),
  timeline: z.boolean().optional().describe("false: leave the timeline out (null), for a quicker answer while editing"),
});
export const CompareBody = SituationInput.extend({ ...AskFields, use: z.string().describe("the use of force") });
export const ExplainBody = CompareBody.extend({ basis: z.string().describe("the basis, e.g. collective-self-defence") });
export const DiffBody = z.object({ before: SituationInput, after: SituationInput, ...AskFields });

export const Issue = z.object({ path: z.string(), line: z.number().optional(), column: z.number().optional(), message: z.string() });
export const ErrorBody = z
  .object({
    error: z.object({
      message: z.string(),
      path: z.string().optional(),
      issues: z.array(Issue).optional(),
      current: z.object({ revision: z.number(), yaml: z.string() }).optional(),
    }),
  })
  .describe("an error: a message, and where known the JSON path at fault");

export const AnswerBody = z.object({
  analysis: z.unknown().describe("the casus analysis on the date, in its JSON form (version 3: citations by key, with one `citations` table; docs/json-output.md)"),
  timeline: z.unknown().describe("for each use of force, the intervals over which each basis is available (null if not asked for)"),
  text: z.string().describe("the analysis rendered as text in `lang`"),
});
const Change = z.object({ before: z.string().nullable(), after: z.string().nullable() });
export const AnalysisDiff = z.object({
  date: z.string(),
  changed: z.boolean(),
  uses: z.array(
    z.object({
      use: z.string(),
      title: z.string(),
      verdict: Change.optional(),
      bases: z.array(z.object({ basis: z.string(), status: Change.optional(), conditions: z.array(Change.extend({ id: z.string(), label: z.string() })) })),
    }),
  ),
});

export const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "expected lower-case letters, digits, '.', '_' or '-'")
  .describe("the situation's id");
export const IdParams = z.object({ id: Id });
export const RevParams = z.object({ id: Id, rev: z.coerce.number().int().min(1) });
export const Summary = z.object({ id: z.string(), title: z.string(), revision: z.number(), updatedAt: z.string() });
export const Stored = Summary.extend({ yaml: z.string() });
export const Saved = z.object({ id: z.string(), revision: z.number() });
export const CreateBody = z.object({ id: Id.optional(), yaml: z.string().describe("the situation as YAML") });
export const UpdateBody = z.object({ yaml: z.string(), baseRevision: z.number().int().min(1).describe("the revision the edit started from") });
export const RevisionSummary = z.object({ revision: z.number(), createdAt: z.string(), title: z.string() });
export const Revision = z.object({ id: z.string(), revision: z.number(), yaml: z.string(), title: z.string(), createdAt: z.string() });
export const CompareQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1), date: DateSchema.optional(), lang: Lang.optional() });
export const CompareRevisions = z.object({ yamlDiff: z.string().describe("unified diff of the two revisions' YAML"), analysisDiff: AnalysisDiff });
export const ExportQuery = z.object({
  format: z.enum(["md", "html", "pdf", "csl"]).default("md"),
  date: DateSchema.optional(),
  lang: Lang.optional(),
  rev: z.coerce.number().int().min(1).optional().describe("a revision (default: the latest)"),
});
export const StoredAnalysisQuery = z.object({
  date: DateSchema.optional(),
  doctrine: z.string().max(2000).optional().describe('a profile ("icj") or "switch=position,..."'),
  lang: Lang.optional(),
  rev: z.coerce.number().int().min(1).optional().describe("a revision (default: the latest)"),
});
