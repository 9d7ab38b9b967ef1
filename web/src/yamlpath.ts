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
