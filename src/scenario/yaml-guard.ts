// What YAML allows and a situation does not need, refused with its place before the document is
// turned into data: tags (`!!binary`, `!custom`), merge keys (`<<`), keys that are lists or
// mappings, aliases beyond a bound or to no anchor, nesting beyond a bound, control characters in
// values (written as escapes), and line breaks in one-line fields. One pass, no recursion over the
// input's own depth, so that a hostile file cannot exhaust the stack.
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type LineCounter, type Node } from "yaml";
import type { InputIssue } from "./errors.js";
import { FORBIDDEN_CHARS, describeChar } from "./input.js";
import { jsonPath } from "./json-path.js";
import { LIMITS, quote, type InputLimits } from "./limits.js";

/** Fields shown on one line of the text output: a line break in them could forge output lines. */
const ONE_LINE_FIELDS = new Set(["id", "title", "name", "label", "symbol", "givenBy"]);

type Path = (string | number)[];

export function guardDocument(doc: Document, lc: LineCounter, limits: InputLimits = LIMITS): InputIssue[] {
  return guardPart(doc, lc, limits, [], 1).issues;
}

/**
 * The checks, for a whole document or for a part of a situation parsed on its own
 * (scenario/incremental.ts): the part's root sits at `rootPath` and `rootDepth` of the whole, and
 * `anchors` says whether it has an anchor or alias (which can reach across parts, so such a text
 * is only read whole).
 */
export function guardPart(doc: Document, lc: LineCounter, limits: InputLimits, rootPath: Path, rootDepth: number): { issues: InputIssue[]; anchors: boolean } {
  const issues: InputIssue[] = [];
  let anchors = false;
  const at = (node: { range?: [number, number, number] | null } | null | undefined, path: Path, message: string) => {
    const pos = node?.range ? lc.linePos(node.range[0]) : undefined;
    issues.push({ path: jsonPath(path), line: pos?.line, column: pos?.col, message });
  };
  const aliases: { alias: Alias; path: Path; depth: number }[] = [];
  const stack: { node: unknown; path: Path; depth: number }[] = [{ node: doc.contents, path: rootPath, depth: rootDepth }];
  while (stack.length > 0 && issues.length < 100) {
    const { node, path, depth } = stack.pop()!;
    if (node === null || node === undefined) continue;
    if (isAlias(node)) {
      aliases.push({ alias: node, path, depth });
      continue;
    }
    const n = node as Node;
    if (n.anchor) anchors = true;
    if (n.tag) at(n, path, `YAML tags (${quote(n.tag.replace(/^tag:yaml\.org,2002:/, "!!"), 30)}) are not supported: write the value plainly`);
    if (depth > limits.maxDepth) {
      at(n, path, `nested too deeply: more than ${limits.maxDepth} levels (docs/scenario-format.md, "Limits")`);
      return { issues, anchors }; // one is enough: its children are deeper still
    }
    if (isScalar(n)) {
      if (typeof n.value === "string") {
        const m = FORBIDDEN_CHARS.exec(n.value);
        if (m) at(n, path, `the character ${describeChar(m[0])} is not allowed in a value`);
        else if (ONE_LINE_FIELDS.has(String(path[path.length - 1])) && /[\r\n]/.test(n.value.replace(/\n$/, "")))
          at(n, path, "a line break is not allowed in this field (one line of text)");
      }
      continue;
    }
    if (isMap(n)) {
      const seen = new Map<string, Node>();
      for (const item of n.items) {
        const key = isPair(item) ? item.key : item;
        if (!isScalar(key)) {
          at((key as Node | null) ?? n, path, isAlias(key) ? "an alias cannot be a key" : "a key must be plain text, not a list or a mapping (YAML complex keys are not supported)");
          continue;
        }
        if (key.tag) at(key, path, `YAML tags (${quote(key.tag, 30)}) are not supported: write the key plainly`);
        const k = String(key.value);
        const twice = seen.get(k);
        if (twice) {
          const first = twice.range ? lc.linePos(twice.range[0]) : undefined;
          at(key, path, `the key ${quote(k, 40)} appears twice in the same mapping${first ? ` (first at line ${first.line})` : ""}`);
          continue;
        }
        seen.set(k, key);
        if (k === "<<" && key.type === "PLAIN") {
          at(key, path, "YAML merge keys (<<) are not supported: write the fields out (or repeat them with an alias)");
          continue;
        }
        if (k === "__proto__") {
          at(key, path, "a key named __proto__ is not allowed");
          continue;
        }
        const m = FORBIDDEN_CHARS.exec(k);
        if (m) at(key, path, `the character ${describeChar(m[0])} is not allowed in a key`);
        stack.push({ node: item.value, path: [...path, k], depth: depth + 1 });
      }
      continue;
    }
    if (isSeq(n)) {
      for (let i = n.items.length - 1; i >= 0; i--) stack.push({ node: n.items[i], path: [...path, i], depth: depth + 1 });
    }
  }
  if (issues.length === 0 && aliases.length > 0) checkAliases(doc, aliases, limits, at);
  return { issues, anchors: anchors || aliases.length > 0 };
}

/** Aliases: a bounded number, each to an anchor defined before it, expanding to a bounded size and depth. */
function checkAliases(
  doc: Document,
  aliases: { alias: Alias; path: Path; depth: number }[],
  limits: InputLimits,
  at: (node: Node | null | undefined, path: Path, message: string) => void,
): void {
  if (aliases.length > limits.maxAliases) {
    const { alias, path } = aliases[limits.maxAliases];
    return at(alias, path, `more than ${limits.maxAliases} aliases (docs/scenario-format.md, "Limits")`);
  }
  // Size and depth of each anchored node once expanded; "busy" marks a node being measured (a cycle).
  const measured = new Map<Node, { size: number; depth: number } | "busy">();
  const measure = (node: unknown): { size: number; depth: number } | "cycle" | "undefined" => {
    if (node === null || node === undefined) return { size: 1, depth: 0 };
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) return "undefined";
      return measure(target);
    }
    const n = node as Node;
    const done = measured.get(n);
    if (done === "busy") return "cycle";
    if (done) return done;
    if (isScalar(n)) return { size: 1, depth: 1 };
    measured.set(n, "busy");
    let size = 1;
    let depth = 0;
    const children: unknown[] = isMap(n) ? n.items.flatMap((p) => [p.key, p.value]) : isSeq(n) ? n.items : [];
    for (const c of children) {
      const r = measure(c);
      if (typeof r === "string") {
        measured.delete(n);
        return r;
      }
      size += r.size;
      depth = Math.max(depth, r.depth);
      if (size > limits.maxAliasNodes) break;
    }
    const r = { size, depth: depth + 1 };
    measured.set(n, r);
    return r;
  };
  let expanded = 0;
  for (const { alias, path, depth } of aliases) {
    const r = measure(alias);
    if (r === "undefined") at(alias, path, `the alias *${quote(alias.source, 40).slice(1, -1)} names no anchor defined before it`);
    else if (r === "cycle") at(alias, path, `the alias *${quote(alias.source, 40).slice(1, -1)} refers to a node that contains it`);
    else {
      expanded += r.size;
      if (expanded > limits.maxAliasNodes) {
        at(alias, path, `the aliases expand to more than ${limits.maxAliasNodes} nodes (docs/scenario-format.md, "Limits")`);
        break;
      }
      if (depth - 1 + r.depth > limits.maxDepth) {
        at(alias, path, `nested too deeply once the alias is expanded: more than ${limits.maxDepth} levels (docs/scenario-format.md, "Limits")`);
        break;
      }
    }
  }
}
