// Reason codes: declared with both languages, rendered only when asked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { reasons, renderReason, reasonCatalog, unmarked, LANGUAGES } from "../src/engine/reason.js";
import { leaf, evaluate, no } from "../src/engine/rule.js";

const R = reasons("test-reasons", {
  late: { en: (a: { date: string }) => `asked only on ${a.date}`, ja: (a) => `${a.date}になって初めて要請した` },
  plain: { en: () => "no request", ja: () => "要請はない" },
});

test("a reason is a code with arguments, rendered in each language on demand", () => {
  const r = R.late({ date: "1984-08-15" });
  assert.deepEqual(r, { code: "test-reasons.late", args: { date: "1984-08-15" } });
  assert.equal(renderReason(r, "en"), "asked only on 1984-08-15");
  assert.equal(renderReason(r, "ja"), "1984-08-15になって初めて要請した");
  assert.equal(renderReason(R.plain(), "ja"), "要請はない");
});

test("a stated fact's own why replaces the wording, and its source follows it", () => {
  const r = R.plain(undefined, { why: "the Court found none", source: "para 234" });
  assert.equal(renderReason(r, "en"), "the Court found none (para 234)");
});

test("a leaf returning a reason keeps the code in its proof node", () => {
  const rule = leaf<{ world: { positions: Map<string, string>; consulted: Set<string> } }>({ id: "x", label: "X" }, () => no(R.plain()));
  const n = evaluate(rule, { world: { positions: new Map(), consulted: new Set() } });
  assert.equal(n.reason?.code, "test-reasons.plain");
  assert.equal(n.value, "no");
});

test("every declared reason has a wording in every language", () => {
  for (const [code, w] of reasonCatalog()) for (const lang of LANGUAGES) assert.equal(typeof w[lang], "function", `${code} lacks ${lang}`);
});

test("a marked rendering brackets the arguments' words, not the wording's", () => {
  const M = reasons("test-reasons-mark", {
    asked: { en: (a: { who: string; date: string }) => `${a.who} asked on ${a.date}`, ja: (a) => `${a.who}は${a.date}に要請した` },
    nested: { en: (a: { why: ReturnType<typeof R.late> }, w) => `because ${w.reason(a.why)}`, ja: (a, w) => `理由：${w.reason(a.why)}` },
  });
  const r = M.asked({ who: "United States of America", date: "2001-10-07" });
  assert.equal(renderReason(r, "ja", { mark: true }), "⟦United States of America⟧は⟦2001-10-07⟧に要請した");
  assert.equal(unmarked(renderReason(r, "ja", { mark: true })), "はに要請した");
  assert.equal(renderReason(r, "ja"), "United States of Americaは2001-10-07に要請した", "unmarked by default");
  assert.equal(renderReason(M.nested({ why: R.late({ date: "1984-08-15" }) }), "en", { mark: true }), "because asked only on ⟦1984-08-15⟧");
  assert.equal(renderReason(R.plain(undefined, { why: "the Court found none", source: "para 234" }), "ja", { mark: true }), "⟦the Court found none⟧ (⟦para 234⟧)");
});
