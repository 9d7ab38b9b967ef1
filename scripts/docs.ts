// Regenerates the generated part of docs/legal-model.md from the rulebook.
import { readFileSync, writeFileSync } from "node:fs";
import { describeRulebook } from "../src/law/describe.js";

const file = new URL("../docs/legal-model.md", import.meta.url);
const text = readFileSync(file, "utf8");
writeFileSync(file, text.replace(/<!-- rulebook:start -->[\s\S]*<!-- rulebook:end -->/, `<!-- rulebook:start -->\n${describeRulebook()}\n<!-- rulebook:end -->`));
