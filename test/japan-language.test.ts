// --lang ja: the domestic answer of every examples/japan file, on every date its operation turns on,
// is Japanese. Names, document symbols and case titles may stay as written: every text of the
// situation file itself (names, titles, descriptions, stated reasons and sources) is allowed, and
// so are citation lines (the titles of the sources cited).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { analyze } from "../src/analysis/analyze.js";
import { parseSituation } from "../src/scenario/load.js";
import { renderDomestic } from "../src/render/domestic.js";
import { JA } from "../src/render/ja.js";

const DIR = new URL("../examples/japan/", import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".yaml"));

/** Every string of the situation file: what the user wrote may stay as written. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === "object") for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** The dates an operation turns on: the situation's date, each use's start, each decision's day. */
function datesOf(doc: { asOf?: unknown; uses?: { start?: unknown; japan?: { decisions?: { date?: unknown; effective?: unknown }[] } }[] }): string[] {
  const days = new Set<string>();
  if (doc.asOf) days.add(String(doc.asOf).slice(0, 10));
  for (const u of doc.uses ?? []) {
    if (!u.japan) continue;
    if (u.start) days.add(String(u.start).slice(0, 10));
    for (const d of u.japan.decisions ?? []) days.add(String(d.effective ?? d.date).slice(0, 10));
  }
  return [...days].sort();
}

/** Three English words in a row (a sentence, or a piece of one). */
const ENGLISH = /\b[A-Za-z][a-z']+(?:[ ,;:()]+[A-Za-z][a-z']+){2,}/g;

export function englishIn(text: string, allowed: readonly string[]): string[] {
  let t = text
    .split("\n")
    .filter((l) => !/^\s+- /.test(l)) // citation lines
    .join("\n");
  for (const a of [...allowed].sort((x, y) => y.length - x.length)) if (a.length > 2) t = t.split(a).join("\u3000");
  return t.match(ENGLISH) ?? [];
}

test("the sentence finder catches English and lets Japanese, ids and names through", () => {
  assert.deepEqual(englishIn("許容される：no statute covers it", []), ["no statute covers it"]);
  assert.deepEqual(englishIn("許容されない：State X attacks a US warship（対United States）", ["State X attacks a US warship", "United States"]), []);
  assert.deepEqual(englishIn("{jpIttaika=government} kaketsuke-keigo S/RES/1996 (2011)", []), []);
});

for (const file of FILES) {
  test(`--lang ja: the domestic answer of examples/japan/${file} has no English sentence`, () => {
    const text = readFileSync(new URL(file, DIR), "utf8");
    const doc = parse(text);
    const s = parseSituation(text, file);
    const allowed = strings(doc);
    const found = new Map<string, string>();
    for (const date of datesOf(doc)) {
      for (const u of analyze(s, { date, lang: "ja" }).uses)
        for (const d of u.domestic ?? []) for (const e of englishIn(renderDomestic(d, {}, JA), allowed)) if (!found.has(e)) found.set(e, `${u.id} on ${date}`);
    }
    assert.deepEqual([...found].map(([e, where]) => `${where}: ${e}`), []);
  });
}
