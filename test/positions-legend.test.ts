// After a use's answer, the doctrine positions its lines named (switch=position) are given in words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, loadSituation } from "../src/index.js";
import { renderUse } from "../src/render/text.js";
import { renderUseJa } from "../src/render/ja.js";
import { positionsLegend } from "../src/render/positions-legend.js";
import { SWITCH_BY_ID } from "../src/law/doctrine.js";
import { SWITCHES_JA } from "../src/render/ja-doctrine.js";

const kosovo = analyze(loadSituation("examples/kosovo-1999.yaml"), { date: "1999-04-15" });
const u1 = kosovo.uses.find((u) => u.id === "u1")!;

test("the positions a use's answer names are worded after it: question, label, default, rejected", () => {
  const text = renderUse(u1);
  const legend = text.slice(text.indexOf("Doctrine positions named above"));
  const implied = SWITCH_BY_ID.get("impliedAuthorisation")!;
  assert.ok(text.includes("impliedAuthorisation=express-only"), "the answer names the position");
  assert.ok(legend.includes(`impliedAuthorisation: ${implied.question}`));
  assert.ok(legend.includes(`express-only: ${implied.detail.find((d) => d.id === "express-only")!.label} (the default)`));
  assert.match(legend, /exceptional-right: .* \(a position most authority rejects\)/);
  assert.equal(legend.match(/^ {4}impliedAuthorisation:/gm)?.length, 1, "each switch once");
});

test("in Japanese, in Japanese", () => {
  const text = renderUseJa(u1);
  const legend = text.slice(text.indexOf("上記で名指しした学説上の立場"));
  assert.ok(legend.includes(`impliedAuthorisation：${SWITCHES_JA.impliedAuthorisation.question}`));
  assert.ok(legend.includes(`express-only：${SWITCHES_JA.impliedAuthorisation.positions["express-only"]}（既定）`));
  assert.match(legend, /exceptional-right：.*（大多数の見解が否定する立場）/);
});

test("no legend where no position is named; text that only looks like one is not a position", () => {
  assert.deepEqual(positionsLegend(["  a=b", "gravity=sometimes", "x gravity =strict"], 0, "en"), []);
  assert.equal(positionsLegend(["{gravity=strict}"], 0, "en").length, 3);
  const worked = analyze(loadSituation("examples/worked-example.yaml"));
  for (const u of worked.uses) {
    const t = renderUse(u);
    const body = t.split("Doctrine positions named above")[0];
    const named = [...SWITCH_BY_ID.keys()].some((sw) => body.includes(`${sw}=`));
    assert.equal(t.includes("Doctrine positions named above"), named, u.id);
  }
});
