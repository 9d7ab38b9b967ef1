// Reading a situation file: YAML or JSON, validated against the schema, every reference checked.
// Errors name the file, the line and column, the JSON path, and what was expected.
//
// The steps, each refusing what it cannot handle safely before the next one runs:
// 1. bytes: regular files and standard input only, within a size limit (input.ts);
// 2. text: UTF-8 only, no control characters (input.ts);
// 3. YAML: syntax, then no tags, merge keys, complex keys, aliases within bounds, depth within a
//    bound (yaml-guard.ts); then the data;
// 4. the schema (schema.ts), every problem reported, unknown fields at every depth;
// 5. the situation's own consistency: references, intervals, doctrine, Council votes (check.ts).
import { LineCounter, parseDocument, type Document, type Node, type YAMLError } from "yaml";
import { SituationSchema, type Situation, type Resolution } from "./schema.js";
import { loadDataset, datasetDefaults } from "./dataset.js";
import { CasusInputError, type InputIssue } from "./errors.js";
import { readInput, decodeInput, STDIN } from "./input.js";
import { guardDocument } from "./yaml-guard.js";
import { prescan } from "./prescan.js";
import { jsonPath } from "./json-path.js";
import { ID_RULE, LIMITS, quote, type InputLimits } from "./limits.js";
import { checkSituation, type SituationIssue } from "./check.js";
import { fieldsAllowedAt } from "./json-schema.js";
import { didYouMean } from "./suggest.js";

export { CasusInputError, formatIssue, type InputIssue } from "./errors.js";
export { jsonPath } from "./json-path.js";
export { STDIN } from "./input.js";

/** How the YAML parser is called (uniqueKeys is checked in yaml-guard.ts, in linear time; the library's check is quadratic). */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, logLevel: "error", schema: "core" } as const;

/** At most this many problems are listed; the last line says how many more there were. */
const MAX_ISSUES = 100;

export interface LoadOptions {
  limits?: Partial<InputLimits>;
}

export interface Loaded {
  situation: Situation;
  /** Problems that do not stop the analysis (e.g. a vote record naming fewer members than sat). */
  warnings: InputIssue[];
}

/** The position of the deepest node of `path` that exists in the document. */
function locate(doc: Document, lc: LineCounter, path: ReadonlyArray<PropertyKey>) {
  for (let n = path.length; n >= 0; n--) {
    let node: unknown;
    try {
      node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    } catch {
      continue;
    }
    if (node && (node as Node).range) {
      const pos = lc.linePos((node as Node).range![0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return {};
}

/** Locate only the problems that will be shown (locating is a walk of the document). */
function located<T>(issues: T[], locateOne: (i: T) => InputIssue): InputIssue[] {
  const shown = issues.slice(0, MAX_ISSUES).map(locateOne);
  if (issues.length > MAX_ISSUES) shown.push({ path: "$", message: `and ${issues.length - MAX_ISSUES} more problems` });
  return shown;
}

/** Refuse the input: at most MAX_ISSUES problems, then one line saying how many more. */
function refuse(file: string, issues: InputIssue[]): never {
  throw new CasusInputError(file, issues.length > MAX_ISSUES + 1 ? located(issues, (i) => i) : issues);
}

/** The yaml library's reason, without the stretch of source it may quote (which can be the whole file). */
const yamlReason = (m: string) => {
  const first = m.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  const cut = first.indexOf(": ");
  const reason = cut > 0 && first.length > 100 ? first.slice(0, cut) : first;
  return reason.length > 100 ? `${reason.slice(0, 100)}…` : reason;
};

/**
 * The parser's errors as the user's problems. One slip is put where it is: a field indented more
 * than the one above makes the parser read the line above as a key running over two lines
 * (MULTILINE_IMPLICIT_KEY, with BLOCK_AS_IMPLICIT_KEY at the same place); the line to mend is the
 * one below.
 */
function yamlIssues(errors: readonly YAMLError[], text: string, lc: LineCounter, maxDepth: number): InputIssue[] {
  const indent = (line: number) => {
    const start = lc.lineStarts[line - 1] ?? 0;
    let i = start;
    while (text[i] === " ") i++;
    return i - start;
  };
  const overIndented = new Map<number, number>(); // error start -> the over-indented line
  for (const e of errors) {
    if (e.code !== "MULTILINE_IMPLICIT_KEY" || text[e.pos[0]] === '"' || text[e.pos[0]] === "'") continue; // a quoted key over two lines is another slip
    const from = lc.linePos(e.pos[0]).line;
    if (from + 1 <= lc.linePos(e.pos[1]).line && indent(from + 1) > indent(from)) overIndented.set(e.pos[0], from + 1);
  }
  const out: InputIssue[] = [];
  for (const e of errors) {
    const pos = lc.linePos(e.pos[0]);
    const below = overIndented.get(e.pos[0]);
    if (below !== undefined) {
      if (e.code === "MULTILINE_IMPLICIT_KEY")
        out.push({ path: "$", line: below, column: indent(below) + 1, message: `not valid YAML or JSON: this line is indented more than line ${pos.line} above it; the fields of one mapping start in the same column` });
      continue; // the same misreading's other complaint says nothing more
    }
    const message =
      e.code === "RESOURCE_EXHAUSTION"
        ? `nested too deeply: more than ${maxDepth} levels (docs/scenario-format.md, "Limits")`
        : e.code === "MULTIPLE_DOCS"
          ? "more than one YAML document (---): a file holds one situation"
          : e.code === "BLOCK_AS_IMPLICIT_KEY"
            ? 'not valid YAML or JSON: a ": " inside a value starts a field of its own; put text that contains ": " in quotes'
            : `not valid YAML or JSON: ${yamlReason(e.message)}`;
    out.push({ path: "$", line: pos.line, column: pos.col, message });
  }
  return out;
}

/** Parse and validate a situation held in memory, with the warnings. `file` is only used in messages. */
export function parseSituationWithWarnings(text: string, file = "<input>", options: LoadOptions = {}): Loaded {
  const limits = { ...LIMITS, ...options.limits };
  if (text.length > limits.maxBytes) refuse(file, [{ path: "$", message: `the input is more than ${limits.maxBytes} bytes (docs/scenario-format.md, "Limits")` }]);
  const early = prescan(text, limits);
  if (early) refuse(file, [early]);
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, ...YAML_OPTIONS });
  if (doc.errors.length > 0) refuse(file, yamlIssues(doc.errors, text, lc, limits.maxDepth));
  const guarded = guardDocument(doc, lc, limits);
  if (guarded.length > 0) refuse(file, guarded);
  const raw = doc.toJS({ maxAliasCount: -1 }) as unknown;
  const checked = checkData(raw);
  if (checked.step === "schema")
    refuse(
      file,
      located(
        checked.issues.flatMap((i) => describeIssue(i as unknown as ZodIssueLike, raw)),
        ({ path, message }) => ({ path: jsonPath(path), ...locate(doc, lc, path), message }),
      ),
    );
  if (checked.step === "dataset")
    refuse(
      file,
      checked.missing.map(({ path, dataset }) => ({ path: jsonPath(path), ...locate(doc, lc, path), message: `no resolution ${dataset} in data/sc-authorisations.yaml` })),
    );
  const { situation, errors, warnings } = checked;
  const place = (list: SituationIssue[]) => located(list, ({ at, path, message }) => ({ path, ...locate(doc, lc, at), message }));
  if (errors.length > 0) refuse(file, place(errors));
  return { situation, warnings: place(warnings) };
}

/** Parse and validate a situation held in memory. `file` is only used in messages. */
export function parseSituation(text: string, file = "<input>", options: LoadOptions = {}): Situation {
  return parseSituationWithWarnings(text, file, options).situation;
}

/** Read, parse and validate a situation file (`-`: standard input), with the warnings. */
export function loadSituationWithWarnings(file: string, options: LoadOptions = {}): Loaded {
  const limits = { ...LIMITS, ...options.limits };
  const name = file === STDIN ? "<stdin>" : file;
  const text = decodeInput(readInput(file, limits.maxBytes), name);
  return parseSituationWithWarnings(text, name, options);
}

export function loadSituation(file: string, options: LoadOptions = {}): Situation {
  return loadSituationWithWarnings(file, options).situation;
}

// ---- zod's issues, said in the format's words ------------------------------------------------

interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  expected?: string;
  values?: unknown[];
  keys?: string[];
  errors?: ZodIssueLike[][];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

type Described = { path: PropertyKey[]; message: string };

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = raw;
  for (const p of path) {
    if (v === null || typeof v !== "object" || !Object.prototype.hasOwnProperty.call(v, p)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** What a value is, in the format's words (never a library's type name). */
function kindOf(v: unknown): string {
  if (v === null) return "null (an empty value)";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the text ${quote(v, 40)}`;
  if (typeof v === "number") return Number.isFinite(v) ? `the number ${v}` : "a non-finite number";
  if (typeof v === "boolean") return `${v}`;
  return "a value of another kind";
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping of fields",
  array: "a list",
  record: "a mapping",
  literal: "a fixed value",
};

/** One zod issue as the user's problems, at absolute paths. Unions: the branch the value was meant for. */
function describeIssue(i: ZodIssueLike, raw: unknown, prefix: PropertyKey[] = []): Described[] {
  const path = [...prefix, ...i.path];
  const value = valueAt(raw, path);
  switch (i.code) {
    case "unrecognized_keys":
      return (i.keys ?? []).map((k) => ({ path: [...path, k], message: unknownField(k, path, value) }));
    case "invalid_value":
      if (value === undefined) return [{ path, message: "the field is missing" }];
      return [{ path, message: `expected one of ${(i.values ?? []).map((v) => JSON.stringify(v)).join(", ")}, got ${kindOf(value)}` }];
    case "invalid_type":
      if (value === undefined) return [{ path, message: `the field is missing (expected ${EXPECTED[i.expected ?? ""] ?? i.expected})` }];
      return [{ path, message: `expected ${EXPECTED[i.expected ?? ""] ?? i.expected}, got ${kindOf(value)}` }];
    case "invalid_union": {
      if (value === undefined) return [{ path, message: "the field is missing" }];
      const branches = i.errors ?? [];
      // A branch whose only complaint is the value's kind was not the form meant.
      const meant = branches.filter((b) => !isKindMismatch(b));
      if (meant.length > 0) {
        const best = meant.reduce((a, b) => (b.length < a.length ? b : a));
        return best.flatMap((x) => describeIssue(x, raw, path));
      }
      return [{ path, message: `expected ${[...new Set(branches.flatMap(forms))].join(", or ")}; got ${kindOf(value)} (see docs/scenario-format.md)` }];
    }
    case "too_small":
      if (i.origin === "array") return [{ path, message: `expected at least ${i.minimum} item${Number(i.minimum) === 1 ? "" : "s"} in the list` }];
      if (i.origin === "string") return [{ path, message: "expected a non-empty text" }];
      return [{ path, message: `expected at least ${i.minimum}` }];
    case "too_big":
      return [{ path, message: `expected at most ${i.maximum}` }];
    case "invalid_format":
      return [{ path, message: `expected ${i.message.replace(/^Invalid string: must match pattern .*$/, "a value of the documented form")}, got ${kindOf(value)}` }];
    case "invalid_key":
      return [{ path, message: `the key is not a valid id (${ID_RULE})` }];
    case "custom":
      return [{ path, message: i.message }];
    default:
      return [{ path, message: i.message.replace("Invalid input: ", "") }];
  }
}

/** An unknown field, with the allowed field it was probably meant to be (not one the mapping already has). */
function unknownField(key: string, path: PropertyKey[], mapping: unknown): string {
  const present = new Set(mapping !== null && typeof mapping === "object" ? Object.keys(mapping) : []);
  // `{ why: roads, bridges and depots }`: the comma ended the value, and the rest became a field with no value.
  if (/\s/.test(key) && (mapping as Record<string, unknown>)[key] === null)
    return `unknown field ${quote(key, 40)}: a "," inside { } ends a value; put text that contains "," in quotes`;
  return `unknown field ${quote(key, 40)}${didYouMean(key, fieldsAllowedAt(path).filter((f) => !present.has(f)))} (see docs/scenario-format.md for the fields allowed here)`;
}

/** A union branch that fails only on the value's kind (a number where text is expected): not the form meant. */
const isKindMismatch = (b: ZodIssueLike[]): boolean =>
  b.length === 1 &&
  b[0].path.length === 0 &&
  (b[0].code === "invalid_type" || b[0].code === "invalid_value" || (b[0].code === "invalid_union" && (b[0].errors ?? []).every(isKindMismatch)));

/** The forms a union branch accepts, in words. */
const forms = (b: ZodIssueLike[]): string[] =>
  b[0].code === "invalid_union"
    ? (b[0].errors ?? []).flatMap(forms)
    : b[0].code === "invalid_value"
      ? [(b[0].values ?? []).map((v) => JSON.stringify(v)).join(", ")]
      : [EXPECTED[b[0].expected ?? ""] ?? String(b[0].expected)];


/** Council records imported from the dataset; `missing`: the references to no record. */
function resolveDataset(s: Situation): { situation: Situation; missing: { path: PropertyKey[]; dataset: unknown }[] } {
  const missing: { path: PropertyKey[]; dataset: unknown }[] = [];
  if (!s.resolutions?.some((r) => r.dataset !== undefined)) return { situation: s, missing };
  const dataset = loadDataset();
  const resolutions = s.resolutions.map((r, i) => {
    if (r.dataset === undefined) return r;
    const record = dataset.get(r.dataset);
    if (!record) {
      missing.push({ path: ["resolutions", i, "dataset"], dataset: r.dataset });
      return r;
    }
    const defaults = datasetDefaults(record);
    const own = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
    return { ...defaults, ...own } as Resolution;
  });
  return { situation: { ...s, resolutions }, missing };
}

/**
 * The steps after YAML, one for every reading: the schema, the Council records imported from the
 * dataset, the situation's own checks. The first that finds a problem says so (locating it is the
 * caller's: it alone has the text).
 */
type Checked =
  | { step: "schema"; issues: readonly unknown[] }
  | { step: "dataset"; missing: { path: PropertyKey[]; dataset: unknown }[] }
  | { step: "checked"; situation: Situation; errors: SituationIssue[]; warnings: SituationIssue[] };
function checkData(raw: unknown): Checked {
  const parsed = SituationSchema.safeParse(raw);
  if (!parsed.success) return { step: "schema", issues: parsed.error.issues };
  const { situation, missing } = resolveDataset(parsed.data);
  if (missing.length) return { step: "dataset", missing };
  return { step: "checked", situation, ...checkSituation(situation) };
}

/**
 * The same steps for data read from text that passed the YAML checks (scenario/incremental.ts):
 * the situation if it has no problem at all, else undefined (the text is then read whole, which
 * locates every problem in it and gives the warnings).
 */
export function situationFromCheckedData(raw: unknown): Situation | undefined {
  if (raw === undefined) return undefined;
  const c = checkData(raw);
  return c.step === "checked" && c.errors.length === 0 && c.warnings.length === 0 ? c.situation : undefined;
}
