// The bounds a situation file must keep (docs/scenario-format.md, "Limits"). They are far above
// what a real situation needs (the largest example is ~30 KB, ~8 levels deep, no aliases) and low
// enough that a hostile file is refused in well under a second and 200 MB.

export interface InputLimits {
  /** Bytes of the file (or of standard input). */
  maxBytes: number;
  /** Levels of nesting (mappings and lists inside each other). */
  maxDepth: number;
  /** YAML aliases (`*name`) in the document. */
  maxAliases: number;
  /** Nodes the aliases add when expanded (the "billion laughs" bound). */
  maxAliasNodes: number;
}

export const LIMITS: Readonly<InputLimits> = Object.freeze({
  maxBytes: 256 * 1024,
  maxDepth: 64,
  maxAliases: 1000,
  maxAliasNodes: 100_000,
});

/** Ids: a letter or digit, then letters, digits, `_`, `-`, `.`, `:`; at most 64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** Names JavaScript objects already carry: refused as ids so that no lookup can reach them. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype"]);

export const isSafeId = (s: string) => ID_PATTERN.test(s) && !RESERVED_IDS.has(s);

/** A value echoed in a message: quoted, control characters escaped, cut to `max` characters. */
export function quote(v: unknown, max = 60): string {
  const s = typeof v === "string" ? v : String(v);
  const cut = s.length > max ? `${s.slice(0, max)}…` : s;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The id rule, in words, for messages and docs. */
export const ID_RULE = "an id: a letter or digit, then letters, digits, _ - . or :, at most 64 characters";
