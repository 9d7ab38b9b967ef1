// Reading the same situation again and again as someone edits it (the workbench's worker reads it
// on every keystroke, the server on every save): most of the time goes to the YAML parser, and an
// edit changes one part of the text. A reader keeps the data of the parts it has read (a bounded
// number, the least recently used go first) and parses only the parts it has not seen: a part is a top-level field (`title: ...`, `actors:` with its lines),
// or an item of a list written below its field (`  - id: u1` with its lines).
//
// A part's data depends on its text alone (a list item is read the same under any field), so one
// reader may serve many situations: the server shares one between every client; a client can
// only ever get what its own text parses to.
//
// The answer is always what parseSituation gives for the whole text (test/incremental-read.test.ts
// checks it over random edits of every example): parts are used only if each parses with no error
// and passes every YAML check on its own, none has an alias (an alias can reach across parts), and
// the data they make has no problem at all. Anything else, or a text of another shape (JSON, `---`,
// a top-level line that is not a field), is read whole by parseSituation, which locates every
// problem and reports it as it always does.
import { LineCounter, parseDocument, isMap, isScalar, isSeq } from "yaml";
import { parseSituation, situationFromCheckedData, YAML_OPTIONS } from "./load.js";
import { FORBIDDEN_CHARS } from "./input.js";
import { LIMITS } from "./limits.js";
import { prescan } from "./prescan.js";
import { guardPart } from "./yaml-guard.js";
import { Lru } from "../engine/lru.js";
import type { Situation } from "./schema.js";

/** A top-level field's line: `name:` then a space, a tab or the end of the line. */
const FIELD = /^([A-Za-z][A-Za-z0-9]*):(?=[ \t]|\r?\n|$)/;
/** A field whose value is on the lines below it (a comment may follow). */
const HEADER_ONLY = /^[A-Za-z][A-Za-z0-9]*:( +#.*)? *\r?\n?$/;
const COMMENT_OR_BLANK = /^(#|\r?\n?$)/;
const DASH = /^-( |\r?\n|$)/;

/** A top-level field: its text, or (a list below its field) the text of each item. */
export type Part = { key: string; text: string } | { key: string; items: string[] };

/** The text as its top-level fields; undefined if it is not simply a mapping of fields at column 0. */
export function splitFields(text: string): Part[] | undefined {
  const parts: Part[] = [];
  const seen = new Set<string>();
  let key: string | undefined;
  let start = 0; // where the current field's text starts (the first one takes the comments above it)
  for (let i = 0; i < text.length; ) {
    const nl = text.indexOf("\n", i);
    const end = nl < 0 ? text.length : nl + 1;
    const c = text[i];
    if (c !== " " && c !== "\n" && c !== "\r" && c !== "#") {
      const m = FIELD.exec(text.slice(i, Math.min(end, i + 80)));
      if (m) {
        if (seen.has(m[1])) return undefined; // a key twice: the whole text's reading reports it
        seen.add(m[1]);
        if (key !== undefined) {
          parts.push(splitItems(key, text.slice(start, i)));
          start = i;
        }
        key = m[1];
      } else if (!(key !== undefined && DASH.test(text.slice(i, i + 3)))) return undefined; // a list may start at column 0
    }
    i = end;
  }
  if (key === undefined) return undefined;
  parts.push(splitItems(key, text.slice(start)));
  return parts;
}

/** A field whose value is a list written on the lines below it, as its items' texts. */
function splitItems(key: string, text: string): Part {
  const whole = { key, text };
  const lines = text.split(/(?<=\n)/);
  const h = lines.findIndex((l) => FIELD.test(l));
  if (!HEADER_ONLY.test(lines[h]) || FORBIDDEN_CHARS.test(lines[h])) return whole;
  const items: string[] = [];
  let before = lines.slice(0, h).join(""); // comments above the field and above its first item
  let dash = -1; // the indentation of the items' dashes
  for (const line of lines.slice(h + 1)) {
    const body = line.replace(/^ +/, "");
    const indent = line.length - body.length;
    if (COMMENT_OR_BLANK.test(body)) {
      if (items.length) items[items.length - 1] += line;
      else before += line;
      continue;
    }
    const isDash = DASH.test(body);
    if (dash < 0) {
      if (!isDash) return whole;
      dash = indent;
    }
    if (indent === dash && isDash) items.push(items.length ? line : before + line);
    else if (indent > dash) items[items.length - 1] += line;
    else return whole;
  }
  return items.length ? { key, items } : whole;
}

const UNUSABLE = Symbol("read the whole text");

/** One part parsed on its own: its data (frozen, as it is shared between readings) or UNUSABLE. */
function readPart(text: string, key: string, item: boolean): unknown {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, ...YAML_OPTIONS });
  if (doc.errors.length) return UNUSABLE;
  // where the part's root sits in the whole: the top mapping (depth 1), or the list of `key` (depth 2)
  const { issues, anchors } = guardPart(doc, lc, LIMITS, item ? [key] : [], item ? 2 : 1);
  if (issues.length || anchors) return UNUSABLE;
  const c = doc.contents;
  if (item ? !isSeq(c) || c.items.length !== 1 : !isMap(c) || c.items.length !== 1 || !isScalar(c.items[0].key) || c.items[0].key.value !== key) return UNUSABLE;
  const data = doc.toJS({ maxAliasCount: -1 }) as Record<string, unknown> & unknown[];
  return deepFreeze(item ? data[0] : data[key]);
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === "object" && !Object.isFrozen(v)) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** Reads a situation as parseSituation does, parsing again only the parts it has not seen yet. */
export class SituationReader {
  /** The data of the parts read, by the part's text (sized by that text's length). */
  private readonly parts: Lru<{ data: unknown; chars: number }>;
  /** How the last text was read: whole, or from its parts (and how many of them were parsed anew). */
  last: { whole: boolean; parsed: number } = { whole: true, parsed: 0 };

  /**
   * `keepChars`: the parts kept, by the length of their texts (the data takes a few times that):
   * the default keeps the parts of several large situations, so that one reader can serve a
   * server's many editors as well as one editor's keystrokes.
   */
  constructor(keepChars = 4 * 1024 * 1024) {
    this.parts = new Lru(Infinity, keepChars, (e) => e.chars);
  }

  read(text: string, file = "<situation>"): Situation {
    this.last = { whole: false, parsed: 0 };
    const situation = situationFromCheckedData(this.data(text));
    if (situation) return situation;
    this.last.whole = true;
    return parseSituation(text, file);
  }

  /** The data of one part: kept, or parsed now and kept (not if it cannot be used). */
  private part(text: string, key: string, item: boolean): unknown {
    const id = (item ? "-" : ":") + text;
    const kept = this.parts.get(id);
    if (kept) return kept.data;
    this.last.parsed++;
    const data = readPart(text, key, item);
    if (data !== UNUSABLE) this.parts.set(id, { data, chars: id.length });
    return data;
  }

  /** The text's data from its parts, or undefined if the text must be read whole. */
  private data(text: string): Record<string, unknown> | undefined {
    if (text.length > LIMITS.maxBytes || prescan(text, LIMITS)) return undefined;
    const fields = splitFields(text);
    if (!fields) return undefined;
    const data: Record<string, unknown> = {};
    for (const f of fields) {
      if ("text" in f) {
        const v = this.part(f.text, f.key, false);
        if (v === UNUSABLE) return undefined;
        data[f.key] = v;
      } else {
        const list: unknown[] = [];
        for (const t of f.items) {
          const v = this.part(t, f.key, true);
          if (v === UNUSABLE) return undefined;
          list.push(v);
        }
        data[f.key] = list;
      }
    }
    return data;
  }
}
