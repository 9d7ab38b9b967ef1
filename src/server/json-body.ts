// Request bodies: JSON.parse (the fastest parser), then a refusal of the keys that poison
// prototypes when a body is later merged into an object: `__proto__` anywhere, and `constructor`
// holding `prototype`. JSON.parse itself makes them plain own properties, so they are harmless
// here; the refusal is for whatever code copies a body later. The walk runs only when the text
// names one of the keys at all, so ordinary bodies pay one substring search.

/** A body with a prototype-poisoning key: a 400 naming the key's JSON path. */
export class PoisonedBodyError extends Error {
  readonly statusCode = 400;
  constructor(readonly path: string) {
    super(`the body has a forbidden key at ${path} (a prototype-poisoning key: "__proto__", or "constructor" with "prototype")`);
    this.name = "PoisonedBodyError";
  }
}

const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

/** The JSON path of the first poisoning key in a parsed value, or undefined. */
export function poisonedPath(v: unknown, path = "$"): string | undefined {
  if (v === null || typeof v !== "object") return undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = poisonedPath(v[i], `${path}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    if (k === "__proto__") return `${path}${key(k)}`;
    if (k === "constructor" && x !== null && typeof x === "object" && Object.prototype.hasOwnProperty.call(x, "prototype")) return `${path}.constructor.prototype`;
    const p = poisonedPath(x, `${path}${key(k)}`);
    if (p) return p;
  }
  return undefined;
}

/** Parses a JSON body; throws SyntaxError for bad JSON and PoisonedBodyError for a poisoning key. */
export function parseJsonBody(text: string): unknown {
  const v: unknown = JSON.parse(text);
  if (text.includes("__proto__") || text.includes("constructor") || text.includes("\\u")) {
    const p = poisonedPath(v);
    if (p) throw new PoisonedBodyError(p);
  }
  return v;
}
