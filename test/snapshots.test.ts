// Snapshots of the examples' explanations, in English and Japanese (the default text view of
// `casus analyze FILE` on each use's default date). After a deliberate change of wording or law,
// refresh them with `npm run snapshots` and review the diff.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSituation } from "../src/scenario/load.js";
import { analyze } from "../src/analysis/analyze.js";
import { renderAnalysis } from "../src/render/text.js";
import { renderAnalysisJa } from "../src/render/ja.js";

const DIR = "test/snapshots";
const UPDATE = process.env.CASUS_UPDATE_SNAPSHOTS === "1";
const examples = [
  ...readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => join("examples", f)),
  ...readdirSync("examples/japan").filter((f) => f.endsWith(".yaml")).map((f) => join("examples/japan", f)),
];

for (const file of examples) {
  for (const lang of ["en", "ja"] as const) {
    const name = `${file.replace(/^examples\//, "").replace(/\//g, "_").replace(/\.yaml$/, "")}.${lang}.txt`;
    test(`the explanation of ${file} in ${lang} is as in ${DIR}/${name}`, () => {
      const a = analyze(loadSituation(file), { lang });
      const text = (lang === "ja" ? renderAnalysisJa(a) : renderAnalysis(a)) + "\n";
      const path = join(DIR, name);
      if (UPDATE) {
        writeFileSync(path, text);
        return;
      }
      // Every example has its English and Japanese snapshot: a missing one is a failure, not written silently.
      assert.ok(existsSync(path), `${path} is missing: run \`npm run snapshots\` and commit it`);
      assert.equal(text, readFileSync(path, "utf8"), `${path} differs: if the change is deliberate, run \`npm run snapshots\` and review the diff`);
    });
  }
}
