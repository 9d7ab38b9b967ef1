// Japan by date: the regime in force and the instruments in force, at each boundary.
import { test } from "node:test";
import assert from "node:assert/strict";
import { attackOnUsShip, defendUsShip, example, instrument, jpSituation, judge, node } from "./japan-helpers.js";
import { regimeOn, REGIMES } from "../src/law/japan/regimes.js";
import { inForce, INSTRUMENTS } from "../src/law/japan/rulebook.js";

const byId = (id: string) => INSTRUMENTS.find((i) => i.id === id)!;

test("the regime in force changes on 1 July 1954, 1 July 2014 and 29 March 2016, and the day before is the old one", () => {
  assert.equal(regimeOn(REGIMES, "1954-06-30")?.id, "before-sdf");
  assert.equal(regimeOn(REGIMES, "1954-07-01")?.id, "traditional");
  assert.equal(regimeOn(REGIMES, "2014-06-30")?.id, "traditional");
  assert.equal(regimeOn(REGIMES, "2014-07-01")?.id, "cabinet-decision-2014");
  assert.equal(regimeOn(REGIMES, "2016-03-28")?.id, "cabinet-decision-2014");
  assert.equal(regimeOn(REGIMES, "2016-03-29")?.id, "legislation-2016");
  assert.equal(regimeOn(REGIMES, "1947-05-02"), undefined);
});

const csd = jpSituation({ ...attackOnUsShip, uses: [defendUsShip()] });

test("on 30 June 2014 Article 9 bars defending a US ship under armed attack: collective self-defence is unconstitutional", () => {
  const { d } = judge(csd, "2014-06-30");
  assert.equal(d.regime.id, "traditional");
  assert.equal(d.answer, "not-permitted");
  assert.equal(d.constitution.status, "failed");
  assert.equal(node(d, "jp-tc-1")?.status, "failed");
  assert.match(node(d, "jp-tc-1")!.because, /collective self-defence, which Article 9 does not permit/);
});

test("on 1 July 2014 Article 9 as reinterpreted allows it under the three new conditions, but no statute authorises it", () => {
  const { d } = judge(csd, "2014-07-01");
  assert.equal(d.regime.id, "cabinet-decision-2014");
  assert.equal(d.constitution.status, "satisfied");
  assert.equal(d.answer, "not-permitted");
  assert.match(d.summary, /no statutory authority/);
  assert.ok(d.pair.flags.some((f) => f.kind === "no-statutory-authority"));
});

test("on 28 March 2016 there is still no statutory authority; on 29 March 2016 the survival-threatening situation authorises it", () => {
  assert.equal(judge(csd, "2016-03-28").d.answer, "not-permitted");
  const { d } = judge(csd, "2016-03-29");
  assert.equal(d.regime.id, "legislation-2016");
  assert.equal(d.answer, "permitted");
  assert.equal(d.instrument?.id, "defence-survival");
});

test("the same action judged on 2013-06-01, 2015-06-01 and 2016-06-01 shows the three regimes", () => {
  const s = example("case-09-us-ship-under-armed-attack");
  const answers = ["2013-06-01", "2015-06-01", "2016-06-01"].map((day) => judge(s, day).d);
  assert.deepEqual(
    answers.map((d) => d.regime.id),
    ["traditional", "cabinet-decision-2014", "legislation-2016"],
  );
  assert.deepEqual(
    answers.map((d) => d.constitution.status),
    ["failed", "unknown", "unknown"],
  );
  assert.equal(answers[1].answer, "not-permitted", "no statute in 2015, whatever the findings");
  assert.equal(answers[2].answer, "undetermined", "in 2016 the government's survival-threat finding decides");
});

test("--as-of moves both layers: before the attack, neither art 51 nor the new three conditions are met", () => {
  const { u, d } = judge(csd, "2013-04-30");
  assert.notEqual(u.bases.find((b) => b.basis === "collective-self-defence")!.status, "available");
  assert.equal(d.category?.id, "undetermined");
  assert.equal(d.answer, "not-permitted");
});

test("each special measures law is in force from its first day to its expiry day, and not a day outside", () => {
  const cases: [string, string, string, string, string][] = [
    // id, day before, first day, last day, day after
    ["anti-terrorism-2001", "2001-11-01", "2001-11-02", "2007-11-01", "2007-11-02"],
    ["iraq-2003", "2003-07-31", "2003-08-01", "2009-07-31", "2009-08-01"],
    ["replenishment-2008", "2008-01-15", "2008-01-16", "2010-01-15", "2010-01-16"],
    ["surrounding-areas", "1999-08-24", "1999-08-25", "2016-03-28", "2016-03-29"],
  ];
  for (const [id, before, first, last, after] of cases) {
    assert.equal(inForce(byId(id), before), "no", `${id} on ${before}`);
    assert.equal(inForce(byId(id), first), "yes", `${id} on ${first}`);
    assert.equal(inForce(byId(id), last), "yes", `${id} on ${last}`);
    assert.equal(inForce(byId(id), after), "no", `${id} on ${after}`);
  }
});

test("the instruments of 1992, 1994, 2009 and 2016 come into force on their first day", () => {
  const cases: [string, string, string][] = [
    ["pko", "1992-08-09", "1992-08-10"],
    ["transport-nationals", "1994-11-17", "1994-11-18"],
    ["anti-piracy", "2009-07-23", "2009-07-24"],
    ["important-influence", "2016-03-28", "2016-03-29"],
    ["international-peace-support", "2016-03-28", "2016-03-29"],
    ["defence-survival", "2016-03-28", "2016-03-29"],
    ["pko-kaketsuke-keigo", "2016-03-28", "2016-03-29"],
    ["pko-safety-ensuring", "2016-03-28", "2016-03-29"],
    ["asset-protection-95-2", "2016-03-28", "2016-03-29"],
    ["rescue-nationals-84-3", "2016-03-28", "2016-03-29"],
  ];
  for (const [id, before, first] of cases) {
    assert.equal(inForce(byId(id), before), "no", `${id} on ${before}`);
    assert.equal(inForce(byId(id), first), "yes", `${id} on ${first}`);
  }
});

test("where japan.md gives no exact day of entry into force, the days in between are unknown, not guessed", () => {
  const bmd = byId("missile-destruction");
  assert.equal(inForce(bmd, "2005-07-28"), "no");
  assert.equal(inForce(bmd, "2005-12-01"), "unknown");
  assert.equal(inForce(bmd, "2006-03-31"), "yes");
  const mtra = byId("maritime-transport-restriction");
  assert.equal(inForce(mtra, "2003-12-31"), "no");
  assert.equal(inForce(mtra, "2004-06-01"), "unknown");
  assert.equal(inForce(mtra, "2005-01-01"), "yes");
});

test("the support to US forces that the 1999 Act allowed on 28 March 2016 falls under the Important Influence Situations Act on 29 March 2016", () => {
  const s = jpSituation({
    attacks: [{ id: "a1", by: "x", against: "us", target: "armed-forces", where: "sea", date: "2013-05-01", kind: "attack-on-forces", gravity: "armed-attack" }],
    uses: [
      {
        id: "u1",
        title: "supply to US forces near Japan",
        by: "jp",
        where: "sea",
        start: "2013-05-02",
        respondsTo: ["a1"],
        isForce: "no",
        japan: {
          activity: "logistics-support",
          nearJapan: "yes",
          findings: { surroundingArea: "yes" },
          support: { to: ["us"], kinds: ["fuel", "supply"], combatAtSite: "no", combatExpected: "no" },
        },
      },
    ],
  });
  assert.equal(judge(s, "2016-03-28").d.instrument?.id, "surrounding-areas");
  const after = judge(s, "2016-03-29").d;
  assert.equal(after.instrument?.id, "important-influence");
  assert.equal(instrument(after, "surrounding-areas"), undefined, "the 1999 Act is no longer a candidate");
});
