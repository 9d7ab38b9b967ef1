// Regenerates the generated part of docs/legal-model.md from the rulebook, and the README's
// example outputs from the commands they show.
import { readFileSync, writeFileSync } from "node:fs";
import { describeRulebook } from "../src/law/describe.js";
import { withExamples } from "./readme-examples.js";

const file = new URL("../docs/legal-model.md", import.meta.url);
const text = readFileSync(file, "utf8");
writeFileSync(file, text.replace(/<!-- rulebook:start -->[\s\S]*<!-- rulebook:end -->/, `<!-- rulebook:start -->\n${describeRulebook()}\n<!-- rulebook:end -->`));

const readme = new URL("../README.md", import.meta.url);
writeFileSync(readme, withExamples(readFileSync(readme, "utf8")));
