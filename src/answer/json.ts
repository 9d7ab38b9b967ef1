// The answer as JSON (version 3, docs/json-output.md): every citation once, in one `citations`
// table per answer, and the nodes naming them by id; empty lists left out. The library's objects
// (Analysis) carry citations resolved; `analysisJson` writes the JSON form, `analysisFromJson`
// reads it back into the same objects.
import type { Analysis, Citation, TimelineAnalysis, UseAnalysis, UseTimeline } from "./types.js";

export const JSON_VERSION = 3;

/** One entry of the citations table. */
export interface CitationEntry {
  /** The citation's text; left out when it is the id itself (a citation written as it is, e.g. "S/RES/678 (1990), para 2"). */
  text?: string;
  /** "registry": one of casus's authorities (src/law/citations.ts, src/law/japan/citations.ts); "situation": written in the situation or the Council record it imports. */
  source: "registry" | "situation";
  /** The citation itself says a part of it (a paragraph number, a date, a title) is not verified. */
  unverified?: true;
  /** The citation's id, where the key is not (the same id cited with two texts in one answer, e.g. a Charter article in English and in Japanese). */
  id?: string;
}

export type CitationTable = Record<string, CitationEntry>;

/** A value with every list of citations (`citations`, a regime's `sources`) as keys of the table. (A proof-tree node's empty lists are left out.) */
export type Cited<T> = T extends Citation[]
  ? string[]
  : T extends readonly (infer U)[]
    ? Cited<U>[]
    : T extends object
      ? { [K in keyof T]: Cited<T[K]> }
      : T;

export type UseJson = Cited<UseAnalysis> & { timeline?: Cited<UseTimeline> };

export interface AnalysisJson {
  casus: 3;
  title: string;
  date: string;
  doctrine: Analysis["doctrine"];
  uses: UseJson[];
  citations: CitationTable;
}

const UNVERIFIED = /unverified|未検証|not verified|not checked/i;
const CITE_KEYS = new Set(["citations", "sources"]);
/** A proof-tree node's lists, left out of the JSON when empty (a leaf's children, a satisfied node's missing facts): restored on reading. */
const NODE_LISTS = ["children", "facts", "missing", "citations"] as const;

const isCitation = (v: unknown): v is Citation =>
  typeof v === "object" && v !== null && typeof (v as Citation).id === "string" && typeof (v as Citation).text === "string" && Object.keys(v).length === 2;

/** A writer of one answer's citations table: the same citation gets the same key. */
export class CitationWriter {
  readonly table: CitationTable = {};
  private readonly texts = new Map<string, string>();

  /** The key of a citation in the table (its id, unless the id is already taken by another text). */
  key(c: Citation): string {
    let key = c.id;
    for (let n = 2; ; n++) {
      const t = this.texts.get(key);
      if (t === undefined) break;
      if (t === c.text) return key;
      key = `${c.id}#${n}`;
    }
    this.texts.set(key, c.text);
    // A registry id resolves to its text; a citation written as it is resolves to itself.
    const e: CitationEntry = c.text === c.id ? { source: "situation" } : { text: c.text, source: "registry" };
    if (UNVERIFIED.test(c.text)) e.unverified = true;
    if (key !== c.id) e.id = c.id;
    this.table[key] = e;
    return key;
  }

  /** A copy of `v` with citations as keys and empty optional lists left out. */
  write<T>(v: T): Cited<T> {
    return this.walk(v) as Cited<T>;
  }

  private walk(v: unknown): unknown {
    if (Array.isArray(v)) return v.map((x) => this.walk(x));
    if (typeof v !== "object" || v === null) return v;
    const out: Record<string, unknown> = {};
    const node = isNode(v);
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue;
      if (node && Array.isArray(x) && x.length === 0 && (NODE_LISTS as readonly string[]).includes(k)) continue;
      out[k] = CITE_KEYS.has(k) && Array.isArray(x) && x.every(isCitation) ? x.map((c) => this.key(c)) : this.walk(x);
    }
    return out;
  }
}

/** The JSON form (version 3) of an analysis; `timeline`, if given, is added to each use as the CLI does without a date. */
export function analysisJson(a: Analysis, timeline?: TimelineAnalysis): AnalysisJson {
  const w = new CitationWriter();
  const uses = a.uses.map((u, i) => {
    const j = w.write(u) as UseJson;
    const t = timeline?.uses[i];
    if (t) j.timeline = w.write(t);
    return j;
  });
  return { casus: 3, title: a.title, date: a.date, doctrine: a.doctrine, uses, citations: w.table };
}

/** Reads the citations table back: each key to its citation. */
export function citationReader(table: CitationTable): (key: string) => Citation {
  return (key) => {
    const e = table[key];
    if (!e) throw new Error(`casus JSON: citation "${key}" is not in the citations table`);
    const id = e.id ?? key;
    return { id, text: e.text ?? id };
  };
}

/** The analysis (the library's objects, citations resolved and every list present) from its JSON form. */
export function analysisFromJson(json: AnalysisJson): Analysis & { uses: (UseAnalysis & { timeline?: UseTimeline })[] } {
  if (json.casus !== JSON_VERSION) throw new Error(`casus JSON: expected version ${JSON_VERSION}, got ${String(json.casus)}`);
  const cite = citationReader(json.citations);
  const read = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return CITE_KEYS.has(key ?? "") && v.every((x) => typeof x === "string") ? v.map((k: string) => cite(k)) : v.map((x) => read(x));
    if (typeof v !== "object" || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = read(x, k);
    restoreLists(out);
    return out;
  };
  return { casus: JSON_VERSION, title: json.title, date: json.date, doctrine: json.doctrine, uses: json.uses.map((u) => read(u) as UseAnalysis & { timeline?: UseTimeline }) };
}

/** A node of a proof tree (ConditionResult): only its lists are left out when empty. */
const isNode = (o: object): boolean => "kind" in o && "status" in o && "because" in o && "label" in o && "id" in o;

function restoreLists(o: Record<string, unknown>): void {
  if (isNode(o)) for (const k of NODE_LISTS) o[k] ??= [];
}
