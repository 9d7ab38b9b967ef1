// Every reason of every example's decision is a reason code worded in both languages: no node
// carries legacy English text, and the Japanese answer has no English sentence (names, document
// symbols, case titles and the situation's own words for a stated fact may stay as written).
// A reason is rendered with its arguments marked (renderReason's `mark`): what it quotes (names,
// symbols, dates, the situation's words) is set aside, and the rest, the wording, must be Japanese.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadSituation } from "../src/scenario/load.js";
import { analyze, decide } from "../src/analysis/analyze.js";
import { renderReason, unmarked } from "../src/engine/reason.js";
import type { TraceNode } from "../src/engine/trace.js";

const examples = [
  ...readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => join("examples", f)),
  ...readdirSync("examples/japan").filter((f) => f.endsWith(".yaml")).map((f) => join("examples/japan", f)),
];

/** Four English words in a row: a sentence, not a name. */
export const ENGLISH = /\b[A-Za-z]{2,}(?:[ ,;:'-]+[A-Za-z]{2,}){3,}/;

/** Every text of the situation (names, titles, symbols, quoted words, sources: written as the situation has them), longest first. */
export function situationWords(v: unknown, out = new Set<string>()): string[] {
  if (typeof v === "string" && v.includes(" ")) {
    // A single word is no sentence; a text is also quoted without its final full stop.
    out.add(v);
    if (v.endsWith(".")) out.add(v.slice(0, -1));
  }
  else if (Array.isArray(v)) for (const x of v) situationWords(x, out);
  else if (typeof v === "object" && v !== null) for (const x of Object.values(v)) situationWords(x, out);
  return [...out].sort((a, b) => b.length - a.length);
}

/** The text without what it quotes from the situation. */
export const ownWords = (text: string, words: readonly string[]): string => {
  let t = text;
  for (const w of words) if (t.includes(w)) t = t.split(w).join("\u27e6\u27e7");
  return t;
};

function* nodes(n: TraceNode): Generator<TraceNode> {
  yield n;
  for (const c of n.children) yield* nodes(c);
}

test("every example's decision is made of reason codes, none of legacy text", () => {
  const legacy: string[] = [];
  for (const file of examples) {
    const d = decide(loadSituation(file));
    for (const u of d.uses)
      for (const b of u.bases)
        for (const w of b.worlds)
          for (const n of nodes(w.tree)) if (n.finding?.because !== undefined) legacy.push(`${file} ${u.id} ${b.basis} ${n.rule.id}: ${n.finding.because}`);
  }
  assert.deepEqual([...new Set(legacy)].slice(0, 20), [], `${legacy.length} nodes carry legacy text`);
});

test("no English sentence in a Japanese answer", () => {
  const english: string[] = [];
  const check = (where: string, text: string | undefined) => {
    if (text && ENGLISH.test(text)) english.push(`${where}: ${text}`);
  };
  for (const file of examples) {
    const s = loadSituation(file);
    const words = situationWords(s);
    const d = decide(s);
    // The leaves' own reasons, except a stated fact's own words (the situation's, as written).
    for (const u of d.uses)
      for (const b of u.bases)
        for (const n of nodes(b.worlds[0].tree)) {
          const f = n.finding;
          // English is left only if it is left both without the marked arguments and without the situation's own texts
          // (a wording may quote an argument inside a longer text of the situation, or rework it).
          if (f?.reason) {
            const marked = ownWords(unmarked(renderReason(f.reason, "ja", { mark: true })), words);
            if (ENGLISH.test(marked)) check(`${file} ${u.id} ${n.rule.id}`, ownWords(renderReason(f.reason, "ja"), words));
          }
          else if (f?.because !== undefined) check(`${file} ${u.id} ${n.rule.id}`, f.because);
        }
    const a = analyze(s, { lang: "ja" });
    for (const u of a.uses) {
      check(`${file} ${u.id} summary`, ownWords(u.summary, words));
      for (const c of u.commitments) check(`${file} ${u.id} commitment`, ownWords(c.because, words));
      for (const l of u.labels) check(`${file} ${u.id} label`, ownWords(l.reason ? unmarked(renderReason(l.reason, "ja", { mark: true })) : l.message, words));
      for (const dm of u.domestic ?? []) check(`${file} ${u.id} domestic summary`, ownWords(dm.summary, words));
    }
  }
  assert.deepEqual(english.slice(0, 20), [], `${english.length} English sentences in Japanese answers`);
});

test("every condition of the international rulebook has a Japanese label", async () => {
  const { BASES } = await import("../src/law/rulebook.js");
  const { JA_INTERNATIONAL } = await import("../src/render/ja-labels.js");
  const missing = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (r: { label: string; of?: unknown[]; rule?: unknown; exception?: unknown; branches?: Record<string, unknown> }) => {
    if (seen.has(r)) return;
    seen.add(r);
    if (!JA_INTERNATIONAL[r.label]) missing.add(r.label);
    for (const k of [...(r.of ?? []), r.rule, r.exception, ...Object.values(r.branches ?? {})]) if (k) walk(k as never);
  };
  for (const b of BASES) walk(b.rule as never);
  assert.deepEqual([...missing], []);
});

/** Ids (kebab-case, as "collective-self-defence" or "uphold-and-implement-660") and switch settings ("anticipatory=restrictive") are codes, not words. */
const CODES = /\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b|\b[A-Za-z]+=[A-Za-z-]+/g;

test("the Japanese text of every example, full trees included, has no English sentence but what it quotes", async () => {
  const { renderAnalysisJa } = await import("../src/render/ja.js");
  const { CITATIONS } = await import("../src/law/citations.js");
  const { JP_CITATIONS } = await import("../src/law/japan/citations.js");
  const cites = [...Object.values(CITATIONS), ...Object.values(JP_CITATIONS).flatMap((c) => [c.en, c.ja])];
  const english = new Set<string>();
  for (const file of examples) {
    const s = loadSituation(file);
    const words = [...situationWords(s), ...cites].sort((a, b) => b.length - a.length);
    const text = renderAnalysisJa(analyze(s, { lang: "ja" }), { tree: true });
    for (const line of text.split("\n")) {
      const own = ownWords(line, words).replace(CODES, "");
      if (ENGLISH.test(own)) english.add(`${file}: ${line.trim()}`);
    }
  }
  assert.deepEqual([...english].slice(0, 20), [], `${english.size} lines with English`);
});

test("compare and explain in Japanese have no English sentence but what they quote", async () => {
  const { compare } = await import("../src/analysis/compare.js");
  const { explain } = await import("../src/analysis/explain.js");
  const { renderComparisonJa, renderExplanationJa } = await import("../src/render/ja-explain.js");
  const { CITATIONS } = await import("../src/law/citations.js");
  const english: string[] = [];
  for (const [file, use, date] of [
    ["examples/kuwait-1990.yaml", "u5", "1990-10-01"],
    ["examples/nicaragua-1986.yaml", "u1", "1984-01-10"],
    ["examples/kosovo-1999.yaml", "u1", undefined],
  ] as const) {
    const s = loadSituation(file);
    const words = [...situationWords(s), ...Object.values(CITATIONS)].sort((a, b) => b.length - a.length);
    const texts = [renderComparisonJa(compare(s, use, { date, lang: "ja" }))];
    for (const basis of ["individual-self-defence", "collective-self-defence", "collective-security", "consent"] as const)
      texts.push(renderExplanationJa(explain(s, use, basis, { date, lang: "ja" })));
    for (const t of texts) for (const line of t.split("\n")) if (ENGLISH.test(ownWords(line, words).replace(CODES, ""))) english.push(`${file}: ${line.trim()}`);
  }
  assert.deepEqual(english.slice(0, 20), []);
});

test("every doctrine switch, its default's reason and each position have a Japanese wording (casus doctrine --lang ja)", async () => {
  const { SWITCHES } = await import("../src/law/doctrine.js");
  const { SWITCHES_JA } = await import("../src/render/ja-doctrine.js");
  const missing: string[] = [];
  for (const s of SWITCHES) {
    const j = SWITCHES_JA[s.id];
    if (!j?.question || !j.whyDefault) missing.push(s.id);
    for (const d of s.detail) if (!j?.positions[d.id]) missing.push(`${s.id}=${d.id}`);
  }
  assert.deepEqual(missing, []);
});
