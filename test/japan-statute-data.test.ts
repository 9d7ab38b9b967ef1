// The supported forces of each support statute come from its `supports` value in
// data/japan/statutes.yaml: the rule reads the data, so changing the table changes the answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { jpSituation, judge, node } from "./japan-helpers.js";
import { statuteData } from "../src/law/japan/statutes.js";
import type { SituationInput } from "../src/scenario/schema.js";

type Use = SituationInput["uses"][number];
const usAttacked = { attacks: [{ id: "a1", by: "x", against: "us", target: "armed-forces" as const, where: "sea", date: "2013-05-01", gravity: "armed-attack" as const }] };
/** Support to State V's forces (no treaty with Japan), which contribute to the Charter's purposes. */
const supportToV = (findings: Record<string, unknown>): Use => ({
  id: "u1",
  title: "SDF support",
  by: "jp",
  where: "sea",
  start: "2013-05-02",
  respondsTo: ["a1"],
  isForce: "no",
  japan: { activity: "logistics-support", nearJapan: "yes", findings, support: { to: ["v"], kinds: ["fuel"], combatAtSite: "no", combatExpected: "no", contributesToCharterPurposes: "yes" } },
});

/** Runs `f` with one statute's `supports` value replaced, then puts the data back. */
function withSupports<T>(statute: string, value: "us-only" | "us-and-others" | "none", f: () => T): T {
  const s = statuteData(statute) as { supports?: { value: string; source: string } };
  const saved = s.supports;
  s.supports = { value, source: "test" };
  try {
    return f();
  } finally {
    s.supports = saved;
  }
}

const surrounding = () => judge(jpSituation({ ...usAttacked, uses: [supportToV({ surroundingArea: "yes" })] }), "2005-06-01").d;
const influence = () => judge(jpSituation({ ...usAttacked, uses: [supportToV({ importantInfluence: "yes" })] }), "2016-06-01").d;

test("the data says the 1999 Act supports US forces only and the 2015 Act others too: support to a non-treaty state's forces fails under the one and holds under the other", () => {
  assert.equal(statuteData("surrounding-areas").supports?.value, "us-only");
  assert.equal(statuteData("important-influence").supports?.value, "us-and-others");
  const d1999 = surrounding();
  assert.equal(node(d1999, "jp-saj-us-only", "surrounding-areas")?.status, "failed");
  assert.match(node(d1999, "jp-saj-us-only", "surrounding-areas")!.because, /only to US forces/);
  const d2016 = influence();
  assert.equal(node(d2016, "jp-iis-supported", "important-influence")?.status, "satisfied");
  assert.equal(d2016.instrument?.id, "important-influence");
});

test("changing a statute's supports value in the data changes the answer: the rule reads the table, not a flag in the code", () => {
  const widened = withSupports("surrounding-areas", "us-and-others", surrounding);
  assert.equal(node(widened, "jp-saj-us-only", "surrounding-areas")?.status, "satisfied");
  const narrowed = withSupports("important-influence", "us-only", influence);
  assert.equal(node(narrowed, "jp-iis-supported", "important-influence")?.status, "failed");
  assert.notEqual(narrowed.instrument?.id, "important-influence");
  const none = withSupports("important-influence", "none", influence);
  assert.equal(node(none, "jp-iis-supported", "important-influence")?.status, "failed");
  assert.match(node(none, "jp-iis-supported", "important-influence")!.because, /no support to foreign forces/);
  // And the data is put back.
  assert.equal(node(influence(), "jp-iis-supported", "important-influence")?.status, "satisfied");
});

test("US forces are supported under either kind of statute", () => {
  const us = (f: Record<string, unknown>, date: string) => {
    const u = supportToV(f);
    u.japan!.support!.to = ["us"];
    return judge(jpSituation({ ...usAttacked, uses: [u] }), date).d;
  };
  assert.equal(node(us({ surroundingArea: "yes" }, "2005-06-01"), "jp-saj-us-only", "surrounding-areas")?.status, "satisfied");
  assert.equal(node(us({ importantInfluence: "yes" }, "2016-06-01"), "jp-iis-supported", "important-influence")?.status, "satisfied");
});
