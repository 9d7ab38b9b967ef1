// JSON paths ($.uses[0].by) and YAML documents: where a path sits in the text, and one-fact edits
// that keep the rest of the file (comments, order, quoting) as the author wrote it.
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document } from "yaml";

export type Segment = string | number;

export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]/g;
  for (const m of path.replace(/^\$/, "").matchAll(re)) out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (m[3] ?? m[4]!)));
  return out;
}

/** The text range [from, to) of the node at a JSON path, or of its nearest existing parent. */
export function locate(text: string, path: string): [number, number] | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const segs = parsePath(path);
  for (let n = segs.length; n >= 0; n--) {
    const node = doc.getIn(segs.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return [node.range[0], node.range[1]];
  }
  return undefined;
}

export const parse = (text: string) => parseDocument(text);

/** Sets one value (a string is written quoted when it is a date, so that YAML keeps it a string). */
export function setIn(doc: Document, path: Segment[], value: unknown): void {
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0 && !isSeq(doc.getIn(path, true)))) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  if (typeof value === "string" && /^\d{4}(-\d{2}){0,2}$/.test(value)) {
    const s = new Scalar(value);
    s.type = Scalar.QUOTE_DOUBLE;
    doc.setIn(path, s);
    return;
  }
  const node = doc.createNode(value);
  if (isSeq(node) && (node.items.every((i) => isScalar(i)))) node.flow = true;
  if (isMap(node)) node.flow = true;
  doc.setIn(path, node);
}

export function getIn(doc: Document, path: Segment[]): unknown {
  const v = doc.getIn(path, false);
  return v && typeof v === "object" && "toJSON" in (v as object) ? (v as { toJSON(): unknown }).toJSON() : v;
}

export function items(doc: Document, key: string): unknown[] {
  const v = getIn(doc, [key]);
  return Array.isArray(v) ? v : [];
}

type Ranged = { range?: [number, number, number]; toJSON?: () => unknown };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const json = (n: unknown) => (n && typeof n === "object" && "toJSON" in (n as object) ? (n as { toJSON(): unknown }).toJSON() : n);

/**
 * The edited document as text, keeping the author's own text for everything the edit did not
 * touch: re-rendering a whole file would refold its long strings and bury a one-fact change in a
 * diff of the whole file. Unchanged top-level values and unchanged list items are copied from the
 * old text; the result is kept only if it reads back as the same data.
 */
export function rewrite(oldText: string, doc: Document): string {
  const fresh = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  try {
    const before = parseDocument(oldText);
    const after = parseDocument(fresh);
    if (before.errors.length || after.errors.length || !isMap(before.contents) || !isMap(after.contents)) return fresh;
    const swaps: { from: number; to: number; text: string }[] = [];
    const keep = (o: Ranged, n: Ranged) => {
      if (o.range && n.range) swaps.push({ from: n.range[0], to: n.range[1], text: oldText.slice(o.range[0], o.range[1]) });
    };
    const walk = (o: unknown, n: unknown): void => {
      if (same(json(o), json(n))) return keep(o as Ranged, n as Ranged);
      if (isMap(o) && isMap(n))
        for (const pair of n.items) {
          const old = o.items.find((p) => same(json(p.key), json(pair.key)));
          if (old && old.value && pair.value) walk(old.value, pair.value);
        }
      else if (isSeq(o) && isSeq(n)) n.items.forEach((item, i) => o.items[i] && walk(o.items[i], item));
    };
    walk(before.contents, after.contents);
    let out = fresh;
    for (const s of swaps.sort((a, b) => b.from - a.from)) out = out.slice(0, s.from) + s.text + out.slice(s.to);
    // Comments before the first key (a file's header) are kept as they were.
    const head = (t: string, d: Document) => t.slice(0, (isMap(d.contents) && (d.contents.items[0]?.key as Ranged)?.range?.[0]) || 0);
    out = head(oldText, before) + out.slice(head(fresh, after).length);
    const check = parseDocument(out);
    return !check.errors.length && same(check.toJSON(), after.toJSON()) ? out : fresh;
  } catch {
    return fresh;
  }
}
