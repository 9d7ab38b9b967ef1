// What two fresh readers could not say (issue 8, last point): Japan-related ships under art 82 in
// 2009, the last day of an operation, decisions tied to their statute, and the two operations they
// encoded (examples/japan/gulf-of-aden-counter-piracy-2009.yaml, iraq-samawah-2004-2006.yaml).
import { test } from "node:test";
import assert from "node:assert/strict";
import { example, jpSituation, judge, node } from "./japan-helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";

type Use = SituationInput["uses"][number];
const aden = () => example("gulf-of-aden-counter-piracy-2009");

// ---- 1. Japan-related ships (日本関係船舶) -------------------------------------------------------

const escort = (japan: Record<string, unknown>) =>
  jpSituation({
    attacks: [{ id: "a1", by: "g", against: "v", target: "vessel", where: "sea", date: "2009-01-10", gravity: "lesser", kind: "other" }],
    uses: [{ id: "u1", title: "escort", by: "jp", against: "g", where: "sea", start: "2009-04-01", respondsTo: ["a1"], isForce: "no", japan: { activity: "escort", region: "gulf-of-aden", findings: { specialNeed: "yes" }, ...japan } } as Use],
  });

test("art 82 in 2009 protects Japan-related ships under a foreign flag; ships not Japan-related are outside the provision's scope", () => {
  const related = judge(escort({ japanRelated: "yes" }), "2009-04-01").d;
  assert.equal(related.answer, "permitted");
  assert.equal(related.instrument?.id, "maritime-security-operations");
  assert.equal(node(related, "jp-protects-japanese", "maritime-security-operations")?.status, "satisfied");
  const foreign = judge(escort({ japanRelated: "no" }), "2009-04-01").d;
  assert.equal(foreign.answer, "not-permitted");
  assert.match(node(foreign, "jp-protects-japanese", "maritime-security-operations")!.because, /outside the scope of the authorising provision/);
  const ja = judge(escort({}), "2009-04-01", { lang: "ja" }).d;
  assert.match(node(ja, "jp-protects-japanese", "maritime-security-operations")!.because, /授権規定の対象外/);
});

test("Gulf of Aden: Japan-related ships under art 82 from the order of 13 Mar 2009 to its last day; every flag under the Anti-Piracy Act from 24 Jul 2009", () => {
  for (const day of ["2009-03-30", "2009-07-23"]) {
    const d = judge(aden(), day).d;
    assert.equal(d.answer, "permitted", day);
    assert.equal(d.instrument?.id, "maritime-security-operations", day);
  }
  for (const day of ["2009-07-24", "2011-03-05", "2014-06-01"]) {
    const d = judge(aden(), day).d;
    assert.equal(d.answer, "permitted", day);
    assert.equal(d.instrument?.id, "anti-piracy", day);
    // The art 82 order ended on 23 Jul 2009 (its last day): not an order for this date.
    assert.equal(node(d, "jp-ordered", "maritime-security-operations")?.status, "failed", day);
  }
  assert.equal(judge(aden(), "2009-03-10").d.answer, "not-permitted");
});

// ---- 3. the last day of an operation --------------------------------------------------------------

test("an end decision's effective date is the operation's last day: permitted on it, ended the day after", () => {
  const sudan = example("south-sudan-unmiss-2011-2017");
  const last = judge(sudan, "2017-05-27").d;
  assert.equal(last.answer, "permitted");
  const after = judge(sudan, "2017-05-28").d;
  assert.equal(after.answer, "not-permitted");
  assert.equal(node(after, "jp-ordered")?.status, "failed");
});

// ---- 4. an order under one statute is not an order under another ----------------------------------

test("a decision naming its statute counts only for that statute's instrument", () => {
  const d = judge(aden(), "2010-06-01").d;
  assert.equal(node(d, "jp-ordered", "anti-piracy")?.status, "satisfied");
  const ms = node(d, "jp-ordered", "maritime-security-operations");
  assert.equal(ms?.status, "failed");
  // Unnamed, a decision counts for every instrument (files written before `statute`).
  const s = aden();
  const loose = { ...s, uses: s.uses.map((u) => ({ ...u, japan: { ...u.japan!, decisions: u.japan!.decisions!.map(({ statute: _s, ...x }) => x) } })) };
  assert.equal(node(judge(loose, "2010-06-01").d, "jp-ordered", "maritime-security-operations")?.status, "satisfied");
  assert.match(ms!.because, /ended/);
});

test("the ordered and plan-area tests cite the instrument's own statute, not the 2015 Legislation", () => {
  const d = judge(aden(), "2009-04-01").d;
  const i = d.instruments.find((x) => x.id === "maritime-security-operations")!;
  const ordered = i.conditions.find((c) => c.id.endsWith("jp-ordered"));
  assert.ok(ordered, "jp-ordered under art 82");
  assert.ok(!JSON.stringify(ordered!.citations ?? ordered).includes("jp-legislation-2015"));
});

// ---- 2. humanitarian relief to a population; the Iraq law's own citations --------------------------

const samawah = () => example("iraq-samawah-2004-2006");

test("Samawah: humanitarian relief to the population is not tested as support to forces; permitted to the last day, ended the day after", () => {
  for (const day of ["2004-03-01", "2005-06-01", "2006-07-17"]) {
    const d = judge(samawah(), day).d;
    assert.equal(d.answer, "permitted", day);
    assert.equal(d.instrument?.id, "iraq-2003", day);
    assert.match(node(d, "jp-iraq-exclusions", "iraq-2003")!.because, /not to aid to the population/, day);
  }
  assert.equal(judge(samawah(), "2006-07-18").d.answer, "not-permitted");
  const ja = judge(samawah(), "2005-06-01", { lang: "ja" }).d;
  assert.match(node(ja, "jp-iraq-exclusions", "iraq-2003")!.because, /住民に対する人道復興支援（給水、医療/);
});

test("Samawah: the Iraq law's orders are not PKO Act orders; the non-combat-area test cites the Iraq law only", () => {
  const d = judge(samawah(), "2005-06-01").d;
  assert.equal(node(d, "jp-ordered", "pko")?.status, "failed");
  assert.match(node(d, "jp-ordered", "pko")!.because, /another statute \(iraq-2003\)/);
  const i = d.instruments.find((x) => x.id === "iraq-2003")!;
  const nc = i.conditions.find((c) => c.id.endsWith("jp-non-combat-area"))!;
  assert.ok(!JSON.stringify(nc.citations).includes("Anti-Terrorism"), JSON.stringify(nc.citations));
});
