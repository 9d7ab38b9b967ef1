// A fresh reader's findings (reader9 F5-F15), each as a rule of general application on invented
// states: the standing notes name every position giving an answer (principle 11); arming armed
// bands is force, funding is not (Nicaragua para 228); an aggressor's self-defence is answered once
// (principle 10); an undetermined answer names the fact that decides it; every independent ground
// of a failing basis is shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { parseSituationWithWarnings as loadSituationText } from "../src/scenario/load.js";
import { basis, situation } from "./helpers.js";

const actors = [
  { id: "V", name: "Victimland", kind: "state" as const, unMember: true },
  { id: "X", name: "Attackerland", kind: "state" as const, unMember: true },
  { id: "H", name: "Helperland", kind: "state" as const, unMember: true },
];
const threat = (stage: "imminent" | "remote") =>
  situation({
    actors,
    attacks: [{ id: "a1", by: "X", against: "H", date: "2020-01-04", stage, kind: "missile", gravity: "armed-attack" }],
    reports: [{ by: "H", date: "2020-01-05" }],
    uses: [{ id: "u1", title: "strike", by: "H", against: "X", where: ["X"], start: "2020-01-05", assessments: { necessity: true, proportionality: true, immediacy: true, directedAtSource: true } }],
  });
const isd = (s: ReturnType<typeof situation>, date: string, lang?: "en" | "ja") => basis(analyze(s, { date, lang }).uses[0], "individual-self-defence");

// ---- F5: "only under a rejected position" only when no position of standing gives the answer ------

test("an answer that positions of standing also give is never said to be 'only under' a rejected position", () => {
  const b = isd(threat("imminent"), "2020-01-05");
  assert.equal(b.status, "contested");
  assert.doesNotMatch(b.summary, /only under|most authority rejects/);
  // Every position giving the answer is named in the contest.
  for (const p of ["caroline", "contextual", "preventive"]) assert.match(b.summary, new RegExp(`anticipatory=${p}: available`));
  // Where the rejected position alone gives it, it is said so.
  const remote = isd(threat("remote"), "2020-01-05");
  assert.equal(remote.status, "not-available");
  assert.match(remote.summary, /; available only under anticipatory=preventive, a position most authority rejects/);
});

test("the standing note is worded in Japanese in a Japanese answer", () => {
  const b = isd(threat("remote"), "2020-01-05", "ja");
  assert.doesNotMatch(b.summary, /only under|most authority/);
  assert.match(b.summary, /anticipatory=preventiveの立場の下でのみ援用可能であり、この立場は大多数の見解により否定されている/);
});

// ---- F6: arming and training armed bands is force; the mere supply of funds is not (Nicaragua para 228) --

const supply = (purposes: string[], isForce: unknown) => `casus: 1
title: supplies
actors:
  - { id: H, name: Helperland, kind: state }
  - { id: V, name: Victimland, kind: state }
  - { id: G, name: the Front, kind: group }
uses:
  - id: u1
    title: Helperland supplies the Front
    by: H
    against: V
    where: V
    start: "2020-01-01"
    purposes: [${purposes.join(", ")}]
    isForce: ${JSON.stringify(isForce)}
`;

test("conduct recorded as arming or training armed bands but as no force is flagged with Nicaragua para 228; funding alone is not", () => {
  for (const p of ["arm-opposition-forces", "train-armed-bands"]) {
    const { warnings } = loadSituationText(supply([p], { value: "no", why: "arms only" }), "s.yaml");
    const w = warnings.find((x) => /isForce/.test(x.message));
    assert.ok(w, p);
    assert.equal(w.path, "$.uses[0].isForce");
    assert.match(w.message, /arming and training armed bands involves the use of force; only the mere supply of funds does not .*para 228/);
  }
  assert.equal(loadSituationText(supply(["fund-opposition-forces"], "no"), "s.yaml").warnings.length, 0);
  assert.equal(loadSituationText(supply(["arm-opposition-forces"], "yes"), "s.yaml").warnings.length, 0);
});

test("'not a use of force' gives the record's own reason and source, not a blanket Nicaragua para 228", () => {
  const s = (isForce: unknown) =>
    situation({ actors, uses: [{ id: "u1", title: "pressure", by: "H", against: "X", where: ["X"], start: "2020-01-05", isForce: isForce as never }] });
  const plain = analyze(s("no"), { date: "2020-01-05" }).uses[0];
  assert.equal(plain.verdict, "not-force");
  assert.doesNotMatch(plain.summary, /228/);
  const funds = analyze(s({ value: "no", why: "the mere supply of funds is not a use of force", source: "Nicaragua para 228" }), { date: "2020-01-05" }).uses[0];
  assert.match(funds.summary, /^not a use of force \(the mere supply of funds is not a use of force: Nicaragua para 228\): art 2\(4\) is not engaged/);
});
