// The situation's JSON Schema (`casus schema`; the workbench editor validates with it), and the
// fields it allows at a place, for "did you mean" on a misspelt field (load.ts): a suggestion is
// always a field the schema accepts right there.
import { z } from "zod";
import { SituationSchema } from "./schema.js";

/** The JSON Schema of a situation file (`casus schema`; the workbench editor's schema). */
export function situationJsonSchema(): unknown {
  return { title: "casus situation", ...z.toJSONSchema(SituationSchema, { io: "input", unrepresentable: "any" }) };
}

type Node = Record<string, unknown>;
let root: Node | undefined; // made on the first misspelt field, kept

const isNode = (v: unknown): v is Node => v !== null && typeof v === "object" && !Array.isArray(v);

/** A node and the alternatives it stands for (anyOf: zod's unions; zod inlines every other schema, no $ref). */
function alternatives(n: unknown, out: Node[] = []): Node[] {
  if (!isNode(n)) return out;
  if (Array.isArray(n.anyOf)) for (const m of n.anyOf) alternatives(m, out);
  out.push(n);
  return out;
}

/** The fields the schema allows in the mapping at a JSON path (empty if the path leads nowhere known). */
export function fieldsAllowedAt(path: ReadonlyArray<PropertyKey>): string[] {
  root ??= situationJsonSchema() as Node;
  let here: Node[] = alternatives(root);
  for (const seg of path) {
    const next: Node[] = [];
    for (const n of here) {
      const child =
        typeof seg === "number"
          ? n.items
          : isNode(n.properties) && Object.prototype.hasOwnProperty.call(n.properties, seg)
            ? n.properties[seg as string]
            : n.additionalProperties;
      alternatives(child, next);
    }
    here = next;
    if (!here.length) return [];
  }
  return [...new Set(here.flatMap((n) => (isNode(n.properties) ? Object.keys(n.properties) : [])))];
}
