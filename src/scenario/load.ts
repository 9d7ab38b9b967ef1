// Reading a situation file: YAML or JSON, validated against the schema, every reference checked.
// Errors name the file, the line and column, the JSON path, and what was expected.
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument, type Document, type Node } from "yaml";
import { SituationSchema, type Situation, type Resolution } from "./schema.js";
import { loadDataset, datasetDefaults } from "./dataset.js";

export interface InputIssue {
  path: string; // JSON path, e.g. $.uses[0].by
  line?: number;
  column?: number;
  message: string;
}

export class CasusInputError extends Error {
  constructor(
    public readonly file: string,
    public readonly issues: InputIssue[],
  ) {
    super(
      issues
        .map((i) => `${file}${i.line ? `:${i.line}:${i.column}` : ""}: ${i.path}: ${i.message}`)
        .join("\n"),
    );
    this.name = "CasusInputError";
  }
}

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    "$" +
    path
      .map((p) => (typeof p === "number" ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`))
      .join("")
  );
}

/** The position of the deepest node of `path` that exists in the document. */
function locate(doc: Document, lc: LineCounter, path: ReadonlyArray<PropertyKey>) {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true)) as Node | null | undefined;
    if (node && (node as Node).range) {
      const pos = lc.linePos((node as Node).range![0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return {};
}

/** Parse and validate a situation held in memory. `file` is only used in messages. */
export function parseSituation(text: string, file = "<input>"): Situation {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new CasusInputError(
      file,
      doc.errors.map((e) => {
        const pos = lc.linePos(e.pos[0]);
        return { path: "$", line: pos.line, column: pos.col, message: `not valid YAML or JSON: ${e.message.split("\n")[0]}` };
      }),
    );
  }
  const raw = doc.toJS();
  const parsed = SituationSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CasusInputError(
      file,
      parsed.error.issues.map((i) => {
        const path = i.code === "unrecognized_keys" ? [...i.path, i.keys[0]] : i.path;
        return { path: jsonPath(path), ...locate(doc, lc, path), message: describeIssue(i as unknown as ZodIssueLike) };
      }),
    );
  }
  const situation = resolveDataset(parsed.data, doc, lc, file);
  const issues = checkReferences(situation).map((i) => ({ ...i, ...locate(doc, lc, i.at) }));
  if (issues.length > 0) throw new CasusInputError(file, issues.map(({ at: _at, ...rest }) => rest));
  return situation;
}

export function loadSituation(file: string): Situation {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new CasusInputError(file, [{ path: "$", message: `cannot read the file: ${(e as Error).message}` }]);
  }
  return parseSituation(text, file);
}

interface ZodIssueLike {
  code: string;
  message: string;
  values?: unknown[];
}

function describeIssue(i: ZodIssueLike): string {
  switch (i.code) {
    case "unrecognized_keys":
      return `unknown field (see docs/scenario-format.md for the fields allowed here)`;
    case "invalid_value":
      return `expected one of ${(i.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_type":
      return i.message.replace("Invalid input: ", "").replace(/received undefined/, "the field is missing");
    case "invalid_union":
      return "none of the allowed forms fits here (see docs/scenario-format.md)";
    default:
      return i.message.replace("Invalid input: ", "").replace("Invalid string: must match pattern", "expected");
  }
}

function resolveDataset(s: Situation, doc: Document, lc: LineCounter, file: string): Situation {
  if (!s.resolutions?.some((r) => r.dataset !== undefined)) return s;
  const dataset = loadDataset();
  const issues: InputIssue[] = [];
  const resolutions = s.resolutions.map((r, i) => {
    if (r.dataset === undefined) return r;
    const record = dataset.get(r.dataset);
    if (!record) {
      const path = ["resolutions", i, "dataset"];
      issues.push({ path: jsonPath(path), ...locate(doc, lc, path), message: `no resolution ${r.dataset} in data/sc-authorisations.yaml` });
      return r;
    }
    const defaults = datasetDefaults(record);
    const own = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
    return { ...defaults, ...own } as Resolution;
  });
  if (issues.length) throw new CasusInputError(file, issues);
  return { ...s, resolutions };
}

interface RefIssue extends InputIssue {
  at: (string | number)[];
}

/** Every id a situation uses must be defined, once. */
function checkReferences(s: Situation): RefIssue[] {
  const issues: RefIssue[] = [];
  const fail = (at: (string | number)[], message: string) => issues.push({ at, path: jsonPath(at), message });
  const actors = new Set<string>();
  const places = new Set<string>();
  const defined = new Set<string>();
  const define = (id: string, at: (string | number)[]) => {
    if (defined.has(id)) fail(at, `the id "${id}" is defined twice`);
    defined.add(id);
  };
  s.actors.forEach((a, i) => (define(a.id, ["actors", i, "id"]), actors.add(a.id)));
  s.places?.forEach((p, i) => (define(p.id, ["places", i, "id"]), places.add(p.id)));
  const attacks = new Set<string>();
  s.attacks?.forEach((a, i) => (define(a.id, ["attacks", i, "id"]), attacks.add(a.id)));
  const resolutions = new Set<string>();
  s.resolutions?.forEach((r, i) => (define(r.id, ["resolutions", i, "id"]), resolutions.add(r.id)));
  const consents = new Set<string>();
  s.consents?.forEach((c, i) => (define(c.id, ["consents", i, "id"]), consents.add(c.id)));
  const uses = new Set<string>();
  s.uses.forEach((u, i) => (define(u.id, ["uses", i, "id"]), uses.add(u.id)));
  s.regionalDecisions?.forEach((d, i) => define(d.id, ["regionalDecisions", i, "id"]));

  const actor = (id: string | undefined, at: (string | number)[]) => {
    if (id !== undefined && !actors.has(id)) fail(at, `"${id}" is not an actor id (define it under actors)`);
  };
  const actorList = (ids: string | string[] | undefined, at: (string | number)[]) => {
    if (ids === undefined) return;
    (Array.isArray(ids) ? ids : [ids]).forEach((id, k) => actor(id, Array.isArray(ids) ? [...at, k] : at));
  };
  const where = (id: string | undefined, at: (string | number)[]) => {
    if (id !== undefined && !places.has(id) && !actors.has(id)) fail(at, `"${id}" is neither a place id nor an actor id`);
  };
  const ref = (set: Set<string>, what: string, ids: string[] | undefined, at: (string | number)[]) =>
    ids?.forEach((id, k) => set.has(id) || fail([...at, k], `"${id}" is not ${what} id`));

  s.actors.forEach((a, i) => actorList(a.members, ["actors", i, "members"]));
  s.places?.forEach((p, i) => {
    actor(p.territoryOf, ["places", i, "territoryOf"]);
    actor(p.controlledBy, ["places", i, "controlledBy"]);
    actor(p.administeredBy, ["places", i, "administeredBy"]);
  });
  s.alliances?.forEach((a, i) => actorList(a.parties, ["alliances", i, "parties"]));
  s.attacks?.forEach((a, i) => {
    actor(a.by, ["attacks", i, "by"]);
    actor(a.against, ["attacks", i, "against"]);
    where(a.where, ["attacks", i, "where"]);
    where(a.originatesFrom, ["attacks", i, "originatesFrom"]);
    actor(a.attribution?.state, ["attacks", i, "attribution", "state"]);
  });
  s.declarations?.forEach((d, i) => {
    actor(d.by, ["declarations", i, "by"]);
    ref(attacks, "an attack", d.attacks, ["declarations", i, "attacks"]);
  });
  s.requests?.forEach((r, i) => {
    actor(r.by, ["requests", i, "by"]);
    if (r.to !== "all") actorList(r.to, ["requests", i, "to"]);
  });
  s.consents?.forEach((c, i) => {
    actor(c.state, ["consents", i, "state"]);
    if (c.to !== "all") actorList(c.to, ["consents", i, "to"]);
  });
  s.resolutions?.forEach((r, i) => {
    if (r.organ === "security-council" && !r.adopted) fail(["resolutions", i], "a resolution needs `adopted` (or `dataset`)");
    actorList(r.addressees?.states === "all-members" || r.addressees?.states === "none" ? undefined : r.addressees?.states, ["resolutions", i, "addressees", "states"]);
    actorList(r.addressees?.organisations, ["resolutions", i, "addressees", "organisations"]);
    actor(r.addressees?.cooperatingWith, ["resolutions", i, "addressees", "cooperatingWith"]);
    r.areas?.forEach((a, k) => where(a, ["resolutions", i, "areas", k]));
    actorList(r.concerns, ["resolutions", i, "concerns"]);
    ref(uses, "a use-of-force", r.endorses, ["resolutions", i, "endorses"]);
    ref(attacks, "an attack", r.respondsTo, ["resolutions", i, "respondsTo"]);
    if (r.revives !== undefined && !resolutions.has(r.revives)) fail(["resolutions", i, "revives"], `"${r.revives}" is not a resolution id`);
    ref(resolutions, "a resolution", r.terminates, ["resolutions", i, "terminates"]);
  });
  s.reports?.forEach((r, i) => {
    actor(r.by, ["reports", i, "by"]);
    ref(uses, "a use-of-force", r.uses, ["reports", i, "uses"]);
  });
  s.regionalDecisions?.forEach((d, i) => {
    actor(d.by, ["regionalDecisions", i, "by"]);
    ref(uses, "a use-of-force", d.uses, ["regionalDecisions", i, "uses"]);
  });
  s.uses.forEach((u, i) => {
    actorList(u.by, ["uses", i, "by"]);
    actorList(u.against, ["uses", i, "against"]);
    (Array.isArray(u.where) ? u.where : [u.where]).forEach((w, k) => where(w, Array.isArray(u.where) ? ["uses", i, "where", k] : ["uses", i, "where"]));
    actor(u.through, ["uses", i, "through"]);
    ref(attacks, "an attack", u.respondsTo, ["uses", i, "respondsTo"]);
    actorList(u.onBehalfOf, ["uses", i, "onBehalfOf"]);
    Object.keys(u.mandates ?? {}).forEach((k) => resolutions.has(k) || fail(["uses", i, "mandates", k], `"${k}" is not a resolution id`));
    Object.keys(u.consentScope ?? {}).forEach((k) => consents.has(k) || fail(["uses", i, "consentScope", k], `"${k}" is not a consent id`));
    // Japan's domestic layer (docs/japan.md): the states its facts name.
    if (u.japan) {
      actorList(u.japan.support?.to, ["uses", i, "japan", "support", "to"]);
      actor(u.japan.assetProtection?.protects, ["uses", i, "japan", "assetProtection", "protects"]);
      if (u.japan.actor !== undefined && !(Array.isArray(u.by) ? u.by : [u.by]).includes(u.japan.actor)) fail(["uses", i, "japan", "actor"], `"${u.japan.actor}" is not among the use's \`by\``);
      Object.keys(u.japan.closeRelationship ?? {}).forEach((k) => actors.has(k) || fail(["uses", i, "japan", "closeRelationship", k], `"${k}" is not an actor id`));
      if (!(Array.isArray(u.by) ? u.by : [u.by]).some((b) => s.actors.find((a) => a.id === b)?.kind === "state"))
        fail(["uses", i, "japan"], "a `japan` block describes an action of Japan: `by` must name Japan (a state)");
    }
  });
  return issues;
}

