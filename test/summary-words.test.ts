// A use's summary names its bases in words, in the answer's language (never their ids): on every example.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/analysis/analyze.js";
import { loadSituation } from "../src/scenario/load.js";
import { BASES } from "../src/law/rulebook.js";
import { BASIS_EN } from "../src/law/wording.js";

const root = join(import.meta.dirname, "..", "examples");
const files: string[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith(".yaml")) files.push(p);
  }
};
walk(root);
const ids = new RegExp(`\\b(${BASES.map((b) => b.id).filter((id) => id.includes("-")).join("|")})\\b`);

test("summaries name the bases in words: 'lawful: collective security', '合法：集団安全保障（安保理の授権）'", () => {
  let lawful = 0;
  for (const f of files) {
    const s = loadSituation(f);
    for (const lang of ["en", "ja"] as const) {
      for (const u of analyze(s, { lang }).uses) {
        assert.doesNotMatch(u.summary, ids, `${f} ${u.id} (${lang}): ${u.summary}`);
        for (const b of u.bases) assert.doesNotMatch(b.summary, ids, `${f} ${u.id} ${b.basis} (${lang}): ${b.summary}`);
        if (u.verdict === "lawful") {
          lawful++;
          const names = u.bases.filter((b) => b.status === "available").map((b) => BASIS_EN[b.basis]);
          if (lang === "en") for (const n of names) assert.ok(u.summary.includes(n), `${u.summary} names ${n}`);
          else assert.match(u.summary, /^合法：[^a-z]+$/);
        }
      }
    }
  }
  assert.ok(lawful > 10, "the examples have lawful uses");
});

test("the doctrine line names first the open switches an answer here is contested on, and never ends empty", async () => {
  const { renderAnalysis } = await import("../src/render/text.js");
  const { renderAnalysisJa } = await import("../src/render/ja.js");
  const kuwait = loadSituation(join(root, "kuwait-1990.yaml"));
  const a = analyze(kuwait, { date: "1991-01-20" });
  const contested = [...new Set(a.uses.flatMap((u) => u.bases.flatMap((b) => (b.positions ?? []).flatMap((p) => Object.keys(p.positions)))))];
  assert.ok(contested.length > 0, "some basis is contested on this date");
  const line = renderAnalysis(a).split("\n")[1];
  assert.match(line, new RegExp(`^Doctrine: open switches an answer here is contested on: ${contested.join(", ")}; other open switches`));
  assert.match(renderAnalysisJa(analyze(kuwait, { date: "1991-01-20", lang: "ja" })).split("\n")[2], new RegExp(`^結論が学説の立場により分かれる未設定の切替：${contested.join("、")}$`));
  const settled = renderAnalysis(analyze(kuwait, { date: "1991-01-20", doctrine: "icj" })).split("\n")[1];
  assert.doesNotMatch(settled, /open switches|: $/);
});

test("label checks name the bases in words, in English as in Japanese", () => {
  for (const f of files) {
    for (const lang of ["en", "ja"] as const)
      for (const u of analyze(loadSituation(f), { lang }).uses) for (const l of u.labels) assert.doesNotMatch(l.message, ids, `${f} ${u.id} (${lang}): ${l.message}`);
  }
});
