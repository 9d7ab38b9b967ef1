// Self-defence over time (issue 7, principles 1, 2, 3 and the leaf side of 16): invented situations,
// one point of law each. Authorities: MODEL.md section 4; Nicaragua paras 232-237; S/RES/661 (1990) preamble.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { basis, find, nodes, situation } from "./helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";

type UseInput = SituationInput["uses"][number];

const invasion = { id: "a1", by: "X", against: "V", date: "2000-01-10", kind: "invasion" as const };
const ok = { necessity: true, proportionality: true, immediacy: true, withinVictimSelfDefence: true };

const helper = (over: Partial<UseInput> = {}): UseInput => ({
  id: "u1",
  title: "Helperland defends Victimland",
  by: "H",
  against: "X",
  where: ["V"],
  start: "2000-01-15",
  purposes: ["repel-attack"],
  assessments: ok,
  ...over,
});
const defence = (over: Partial<UseInput> = {}): UseInput => ({ id: "u1", title: "Victimland resists", by: "V", against: "X", where: ["V"], start: "2000-01-10", assessments: ok, ...over });

const collective = (over: Partial<SituationInput> = {}, use: Partial<UseInput> = {}) =>
  situation({
    attacks: [invasion],
    declarations: [{ by: "V", date: "2000-01-10" }],
    requests: [{ by: "V", to: ["H"], date: "2000-01-11" }],
    uses: [helper(use)],
    ...over,
  });

const status = (s: ReturnType<typeof situation>, id: string, date: string, doctrine?: Record<string, string>, use = 0) =>
  basis(analyze(s, { date, doctrine }).uses[use], id).status;

const sanctions = (over: Record<string, unknown> = {}) => ({
  id: "r1",
  adopted: "2000-01-12",
  votes: { for: 13, against: [], abstain: [] },
  determination: { kind: "breach-of-the-peace" as const, against: "X" },
  chapterVII: "express" as const,
  authorisation: "none" as const,
  measures: ["sanctions" as const],
  concerns: ["X", "V"],
  ...over,
});

// ---- Principle 1: Council measures answer the attack they address ---------------------------------

test("a ceasefire answering an earlier attack does not bar self-defence against a fresh armed attack after it, by the same state", () => {
  const s = situation({
    attacks: [invasion, { id: "a2", by: "X", against: "V", date: "2000-03-01", kind: "invasion" }],
    resolutions: [sanctions({ measures: ["ceasefire"], ceasefireEffective: "2000-02-01", adopted: "2000-01-30" })],
    uses: [defence({ start: "2000-03-01", respondsTo: ["a2"] })],
  });
  assert.equal(status(s, "individual-self-defence", "2000-03-02"), "available");
  const n = find(basis(analyze(s, { date: "2000-03-02" }).uses[0], "individual-self-defence"), "satisfied", /Council has not yet taken/i)[0];
  assert.match(n.because, /no binding measures in answer to this attack/);
  // The attack the ceasefire answered: the right against it ended.
  const old = situation({ attacks: [invasion], resolutions: [sanctions({ measures: ["ceasefire"], ceasefireEffective: "2000-02-01", adopted: "2000-01-30" })], uses: [defence({ start: "2000-03-01" })] });
  assert.equal(status(old, "individual-self-defence", "2000-03-02"), "not-available");
});

test("sanctions on one attacker do not end collective self-defence against a fresh attack by another state, under any position", () => {
  const s = collective({
    actors: [
      { id: "V", name: "Victimland", kind: "state" },
      { id: "X", name: "Attackerland", kind: "state" },
      { id: "Y", name: "Otherland", kind: "state" },
      { id: "H", name: "Helperland", kind: "state" },
    ],
    attacks: [invasion, { id: "a2", by: "Y", against: "V", date: "2000-02-01", kind: "bombardment" }],
    resolutions: [sanctions({ concerns: ["X", "V"] })],
    requests: [{ by: "V", to: ["H"], date: "2000-02-02" }],
    declarations: [{ by: "V", date: "2000-02-01" }],
  }, { against: "Y", start: "2000-02-03", respondsTo: ["a2"] });
  for (const councilMeasures of ["effective", "any-binding-measures"]) assert.equal(status(s, "collective-self-defence", "2000-02-05", { councilMeasures }), "available", councilMeasures);
  assert.equal(status(s, "collective-self-defence", "2000-02-05"), "available");
});

test("a resolution that expressly affirms the inherent right never ends it, under any position", () => {
  const s = collective({ resolutions: [sanctions({ affirmsSelfDefence: true })] });
  for (const councilMeasures of ["effective", "any-binding-measures"]) assert.equal(status(s, "collective-self-defence", "2000-01-20", { councilMeasures }), "available", councilMeasures);
  assert.equal(status(s, "collective-self-defence", "2000-01-20"), "available");
  const n = find(basis(analyze(s, { date: "2000-01-20" }).uses[0], "collective-self-defence"), "satisfied", /Council has not yet taken/i)[0];
  assert.match(n.because, /expressly affirms the inherent right of self-defence/);
});

test("sanctions alone do not displace the victim's own resistance to an invasion still under way, even on the any-binding-measures position", () => {
  const s = situation({ attacks: [invasion], resolutions: [sanctions()], uses: [defence()] });
  assert.equal(status(s, "individual-self-defence", "2000-01-20", { councilMeasures: "any-binding-measures" }), "available");
  assert.equal(status(s, "individual-self-defence", "2000-01-20"), "available");
  // A helper under the same sanctions: the question of art 51's "until" stays open (contested).
  assert.equal(status(collective({ resolutions: [sanctions()] }), "collective-self-defence", "2000-01-20"), "contested");
  // Once the invasion has ended, the victim's own force is not "resistance to an attack under way".
  const ended = situation({ attacks: [{ ...invasion, end: "2000-01-14" }], resolutions: [sanctions()], uses: [defence({ end: "2000-01-30" })] });
  assert.equal(status(ended, "individual-self-defence", "2000-01-20", { councilMeasures: "any-binding-measures" }), "not-available");
});

// ---- Principle 2: a request or declaration covers the force from its own date ----------------------

test("a request made after the force began covers it from the request's date, not before", () => {
  const s = collective({ requests: [{ by: "V", to: ["H"], date: "2000-01-20" }] });
  assert.equal(status(s, "collective-self-defence", "2000-01-19"), "not-available");
  assert.equal(status(s, "collective-self-defence", "2000-01-20"), "available");
  assert.equal(status(s, "collective-self-defence", "2000-03-01"), "available");
});

test("a declaration made after the force began covers it from its own date", () => {
  const s = collective({ declarations: [{ by: "V", date: "2000-02-01", document: "letter to the Council" }] });
  assert.equal(status(s, "collective-self-defence", "2000-01-31"), "not-available");
  const b = basis(analyze(s, { date: "2000-02-02" }).uses[0], "collective-self-defence");
  assert.equal(b.status, "available");
  assert.match(find(b, "satisfied", /declared/i)[0].because, /covers the force from 2000-02-01 only/);
});

test("the answer does not depend on how a continuing operation is sliced", () => {
  const requests = [{ by: "V", to: ["H"], date: "2000-01-20" }];
  const whole = collective({ requests }, { end: "2000-03-01" });
  const sliced = collective({ requests, uses: [helper({ id: "u1", end: "2000-01-19" }), helper({ id: "u2", start: "2000-01-20", end: "2000-03-01" })] });
  for (const date of ["2000-01-16", "2000-01-19", "2000-01-20", "2000-02-10"]) {
    const inSlice = date < "2000-01-20" ? 0 : 1;
    assert.equal(status(whole, "collective-self-defence", date), status(sliced, "collective-self-defence", date, undefined, inSlice), date);
  }
});

// ---- Principle 3: attacks end; imminence is dated ---------------------------------------------------

test("force months after the attack ended fails necessity and immediacy, whatever the encoder stated (Nicaragua para 237)", () => {
  const s = situation({ attacks: [{ ...invasion, end: "2000-02-01" }], uses: [defence({ start: "2000-08-01", where: ["X"] })] });
  const b = basis(analyze(s, { date: "2000-08-02" }).uses[0], "individual-self-defence");
  assert.equal(b.status, "not-available");
  assert.match(find(b, "failed", /^Necessity/)[0].because, /attack ended on 2000-02-01/);
  assert.match(find(b, "failed", /^Immediacy/)[0].because, /Nicaragua para 237/);
  // A few weeks after the end, the stated assessments still decide.
  assert.equal(status(s, "individual-self-defence", "2000-02-20"), "available");
});

test("an attack can be recorded as ended by an event, with its date", () => {
  const s = situation({
    attacks: [{ ...invasion, endedBy: { date: "2000-02-01", event: "the invader expelled", use: "u1" } }],
    uses: [defence({ start: "2000-01-10" })],
  });
  assert.equal(status(s, "individual-self-defence", "2000-01-20"), "available");
  assert.equal(status(s, "individual-self-defence", "2000-09-01"), "not-available");
});

test("an imminent threat is imminent at its stated date and does not stay imminent for months", () => {
  const threat = { id: "t1", by: "X", against: "V", date: "2000-01-10", stage: "imminent" as const, kind: "invasion" as const };
  const s = situation({ attacks: [threat], uses: [defence({ start: "2000-01-12", end: "2000-12-31", where: ["X"] })] });
  const caroline = { anticipatory: "caroline" };
  assert.equal(status(s, "individual-self-defence", "2000-01-20", caroline), "available");
  assert.equal(status(s, "individual-self-defence", "2000-02-25", caroline), "undetermined");
  const late = basis(analyze(s, { date: "2000-06-01", doctrine: caroline }).uses[0], "individual-self-defence");
  assert.equal(late.status, "not-available");
  assert.match(find(late, "failed", /armed attack/i)[0].because, /no longer shown imminent/);
  // With a stated end of the threat, imminence lasts exactly to it.
  const ended = situation({ attacks: [{ ...threat, end: "2000-03-15" }], uses: [defence({ start: "2000-01-12", end: "2000-12-31", where: ["X"] })] });
  assert.equal(status(ended, "individual-self-defence", "2000-03-10", caroline), "available");
  assert.equal(status(ended, "individual-self-defence", "2000-03-20", caroline), "not-available");
});

test("the tree never says an attack 'has occurred' while its reason says it had not", () => {
  const s = situation({ attacks: [{ id: "t1", by: "X", against: "V", date: "2000-01-10", stage: "imminent", kind: "invasion" }], uses: [defence({ start: "2000-01-12", where: ["X"] })] });
  const b = basis(analyze(s, { date: "2000-01-13" }).uses[0], "individual-self-defence");
  const n = nodes(b.conditions).find((x) => /\/armed-attack$/.test(x.id))!;
  assert.match(n.label, /imminent/);
  assert.match(n.because, /^no armed attack had occurred/);
});

// ---- Principle 16 (leaf side): imprecise dates are unknown; a reason given with an unknown fact is kept

test("a report dated only by its month, judged inside that month, is unknown rather than failed", () => {
  const s = collective({ reports: [{ by: "H", date: "2000-01" }] });
  const b = basis(analyze(s, { date: "2000-01-20", doctrine: { reporting: "condition" } }).uses[0], "collective-self-defence");
  assert.equal(b.status, "undetermined");
  assert.match(find(b, "unknown", /Report to the Council/)[0].because, /dated only 2000-01/);
  assert.equal(basis(analyze(s, { date: "2000-02-01", doctrine: { reporting: "condition" } }).uses[0], "collective-self-defence").status, "available");
});

test("a gravity recorded as unknown with a reason keeps the reason", () => {
  const s = situation({
    attacks: [{ id: "a1", by: "X", against: "V", date: "2000-01-10", kind: "mining", gravity: { value: "unknown", why: "one ship damaged, no loss of life; the scale is disputed" } }],
    uses: [defence({ start: "2000-01-12" })],
  });
  const b = basis(analyze(s, { date: "2000-01-13" }).uses[0], "individual-self-defence");
  assert.equal(find(b, "unknown", /gravity/i)[0].because, "one ship damaged, no loss of life; the scale is disputed");
});
