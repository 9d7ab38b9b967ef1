// Compiles data/japan/statutes.yaml into src/law/japan/statutes.generated.ts (checked by
// test/japan-data.test.ts). Run: npm run japan-data
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { JapanDataSchema } from "../src/law/japan/statutes.js";

export const DATA_FILE = new URL("../data/japan/statutes.yaml", import.meta.url);
export const MODULE_FILE = new URL("../src/law/japan/statutes.generated.ts", import.meta.url);

export function generate(yamlText: string): string {
  const data = JapanDataSchema.parse(parse(yamlText));
  return `// Generated from data/japan/statutes.yaml by scripts/japan-data.ts (npm run japan-data): do not edit.\nexport const JAPAN_DATA = ${JSON.stringify(data, null, 2)} as const;\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync(MODULE_FILE, generate(readFileSync(DATA_FILE, "utf8")));
