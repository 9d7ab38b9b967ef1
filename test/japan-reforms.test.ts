// Reforms: amendment and reinterpretation options switched on like doctrine profiles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { attackOnUsShip, defendUsShip, jpSituation, judge, node } from "./japan-helpers.js";
import { analyze, UsageError } from "../src/analysis/analyze.js";
import { JAPAN_RULEBOOK } from "../src/law/japan/rulebook.js";
import { REFORMS } from "../src/law/japan/reforms.js";
import { reformIds } from "../src/law/domestic-layers.js";

/** Japan defends a US ship under armed attack, at the US's request: collective self-defence, no Council resolution. */
const csdCase = jpSituation({ ...attackOnUsShip, uses: [defendUsShip()] });

/**
 * Japan joins force the Council authorises against X's invasion of V; V asked no one for help:
 * collective security, no collective self-defence. V is not in a close relationship with Japan.
 */
const csCase = jpSituation({
  attacks: [{ id: "a1", by: "x", against: "v", target: "territory", where: "vland", date: "2013-05-01", kind: "invasion" }],
  declarations: [{ by: "v", date: "2013-05-01" }],
  resolutions: [
    {
      id: "r1",
      adopted: "2013-05-03",
      adoptedAsRecorded: true,
      determination: { kind: "breach-of-the-peace", against: "x" },
      chapterVII: "express",
      authorisation: "authorises",
      addressees: { states: "all-members" },
      purposes: ["repel-attack"],
      areas: ["vland"],
      measures: ["force"],
      from: "2013-05-03",
    },
  ],
  uses: [
    {
      id: "u1",
      title: "SDF join the authorised force",
      by: "jp",
      against: "x",
      where: "vland",
      start: "2013-05-05",
      respondsTo: ["a1"],
      purposes: ["repel-attack"],
      assessments: { necessity: "yes", proportionality: "yes", immediacy: "yes" },
      japan: { activity: "repel-attack", closeRelationship: { v: "no" }, findings: { survivalThreat: "no", noOtherMeans: "yes", minimumNecessary: "yes" } },
    },
  ],
});

test("the international answers the reforms are tested against: the first case is collective self-defence only, the second collective security only", () => {
  const a = judge(csdCase, "2013-06-01").u.bases;
  assert.equal(a.find((b) => b.basis === "collective-self-defence")!.status, "available");
  assert.equal(a.find((b) => b.basis === "collective-security")!.status, "not-available");
  const b = judge(csCase, "2013-06-01").u.bases;
  assert.equal(b.find((x) => x.basis === "collective-security")!.status, "available");
  assert.equal(b.find((x) => x.basis === "collective-self-defence")!.status, "not-available");
});

test("without a reform, neither action is permitted in 2013", () => {
  assert.equal(judge(csdCase, "2013-06-01").d.answer, "not-permitted");
  assert.equal(judge(csCase, "2013-06-01").d.answer, "not-permitted");
});

test("'allow collective self-defence only' permits defending the US ship in 2013 but not joining the Council's force", () => {
  const a = judge(csdCase, "2013-06-01", { reform: "csd-only" }).d;
  assert.equal(a.reform?.id, "csd-only");
  assert.equal(a.answer, "permitted");
  assert.equal(a.instrument?.id, "reform-law-csd-only");
  assert.equal(a.instrument?.hypothetical, true);
  assert.equal(node(a, "jp-intl-csd")?.status, "satisfied");
  assert.equal(judge(csCase, "2013-06-01", { reform: "csd-only" }).d.answer, "not-permitted");
});

test("'allow collective security only' permits joining the Council's force but not defending the US ship", () => {
  assert.equal(judge(csCase, "2013-06-01", { reform: "cs-only" }).d.answer, "permitted");
  const d = judge(csdCase, "2013-06-01", { reform: "cs-only" }).d;
  assert.equal(d.answer, "not-permitted");
  assert.equal(node(d, "jp-intl-cs")?.status, "failed");
});

test("'allow both' permits both, each on its own international basis, and the pair fits", () => {
  const a = judge(csdCase, "2013-06-01", { reform: "both" }).d;
  const b = judge(csCase, "2013-06-01", { reform: "both" }).d;
  assert.equal(a.answer, "permitted");
  assert.equal(b.answer, "permitted");
  assert.equal(a.pair.fits, "yes");
  assert.equal(b.pair.fits, "yes");
});

test("the LDP 2012 draft permits collective self-defence, and leaves Council-authorised force contested between two readings of art 9-2(3)", () => {
  assert.equal(judge(csdCase, "2013-06-01", { reform: "ldp-2012" }).d.answer, "permitted");
  const d = judge(csCase, "2013-06-01", { reform: "ldp-2012" }).d;
  assert.equal(d.answer, "contested");
  const by = Object.fromEntries(d.positions!.map((p) => [p.positions.jpLdp2012Cooperation, p.status]));
  assert.deepEqual(by, { "non-forcible-only": "not-permitted", "includes-force": "permitted" });
  assert.equal(d.diet.statute?.kind, "as-provided-by-law");
});

test("the LDP 2018 text leaves open whether limited collective self-defence survives: contested in 2016, and in 2013 barred for want of a statute either way", () => {
  const d = judge(csdCase, "2016-06-01", { reform: "ldp-2018" }).d;
  assert.equal(d.answer, "contested");
  const by = Object.fromEntries(d.positions!.map((p) => [p.positions.jpLdp2018Reading, p.status]));
  assert.deepEqual(by, { "2014-reading": "permitted", "1972-reading": "not-permitted" });
  assert.equal(judge(csdCase, "2013-06-01", { reform: "ldp-2018" }).d.answer, "not-permitted");
  assert.equal(judge(csCase, "2016-06-01", { reform: "ldp-2018" }).d.answer, "not-permitted");
});

test("a reform is a pure function over the rulebook: applying one leaves the rulebook in force unchanged", () => {
  const before = JAPAN_RULEBOOK.instruments.length;
  for (const r of REFORMS) {
    const patched = r.apply(JAPAN_RULEBOOK);
    assert.equal(patched.reform?.id, r.id);
  }
  assert.equal(JAPAN_RULEBOOK.instruments.length, before);
  assert.equal(JAPAN_RULEBOOK.reform, undefined);
  assert.equal(judge(csdCase, "2013-06-01").d.reform, undefined);
});

test("the five reforms are offered by name, and an unknown name is a usage error that lists them", () => {
  assert.deepEqual(reformIds(), ["csd-only", "cs-only", "both", "ldp-2012", "ldp-2018"]);
  assert.throws(() => analyze(csdCase, { date: "2013-06-01", reform: "abolish-article-9" }), (e: Error) => e instanceof UsageError && /csd-only, cs-only, both, ldp-2012, ldp-2018/.test(e.message));
});
