// The loader's checks on two kinds of reference, through the real loader (parseSituation):
// - a counter-use may name another use of force in `respondsTo` (every use in the file is a
//   possible armed attack: issue 7 principle 9), judged by the same conditions as an attack;
// - a failed draft resolution dates from its vote (`voted`), not from an adoption it never had:
//   it loads, its votes are checked against the Council of that day, and it is shown failed.
// Invented states only, with one permanent seat held under its real name (the veto).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSituation, CasusInputError } from "../src/scenario/load.js";
import { analyze, timeline } from "../src/analysis/analyze.js";
import { basis } from "./helpers.js";

const refused = (text: string, re: RegExp) =>
  assert.throws(
    () => parseSituation(text),
    (e: unknown) => e instanceof CasusInputError && e.issues.some((i) => re.test(`${i.path}: ${i.message}`)),
  );

const COUNTER = `casus: 1
title: Attackerland bombs Victimland; Victimland strikes back
actors:
  - { id: V, name: Victimland, kind: state, unMember: true }
  - { id: X, name: Attackerland, kind: state, unMember: true }
reports:
  - { by: V, date: 2001-03-06 }
uses:
  - id: u1
    title: Attackerland bombs Victimland's ports
    by: X
    against: V
    where: [V]
    start: 2001-03-01
    end: 2001-03-04
    asAttack: { kind: bombardment, gravity: armed-attack }
  - id: u2
    title: Victimland strikes Attackerland's airfields
    by: V
    against: X
    where: [X]
    start: 2001-03-05
    respondsTo: [u1]
    purposes: [repel-attack]
    assessments: { necessity: yes, proportionality: yes, immediacy: yes }
`;

test("respondsTo may name an earlier use of force: the counter-use rests on self-defence against it", () => {
  const s = parseSituation(COUNTER); // refused before: "u1" is not an attack id
  const u2 = analyze(s, { date: "2001-03-05", uses: ["u2"] }).uses[0];
  const sd = basis(u2, "individual-self-defence");
  assert.equal(sd.status, "available", sd.summary);
  assert.match(sd.summary, /Attackerland bombs Victimland's ports/);
  assert.equal(u2.verdict, "lawful");
  // The first use itself has no such basis: it answers no attack.
  assert.equal(analyze(s, { date: "2001-03-02", uses: ["u1"] }).uses[0].verdict, "unlawful");
});

test("the counter-use's timeline lists the use of force it answers (its end falls inside the counter-use's period)", () => {
  const s = parseSituation(COUNTER);
  const events = timeline(s, { uses: ["u2"] }).uses[0].events.map((e) => `${e.date} ${e.what}`);
  assert.ok(events.includes("2001-03-05 the use of force this one answers ends: Attackerland bombs Victimland's ports (u1), by Attackerland"), events.join("\n"));
  // u1 answers nothing: its own timeline names no use it answers.
  assert.ok(!timeline(s, { uses: ["u1"] }).uses[0].events.some((e) => /this one answers/.test(e.what)));
});

test("respondsTo: an id that is neither an attack nor a use, or the use itself, is refused with its path", () => {
  refused(COUNTER.replace("respondsTo: [u1]", "respondsTo: [u9]"), /\$\.uses\[1\]\.respondsTo\[0\]: "u9" is neither an attack id nor a use-of-force id/);
  refused(COUNTER.replace("respondsTo: [u1]", "respondsTo: [u2]"), /\$\.uses\[1\]\.respondsTo\[0\]: a use of force cannot respond to itself/);
});

const DRAFT = `casus: 1
title: A draft authorising force is vetoed
actors:
  - { id: V, name: Victimland, kind: state, unMember: true }
  - { id: X, name: Attackerland, kind: state, unMember: true }
  - { id: H, name: Helperland, kind: state, unMember: true }
  - { id: R, name: Russian Federation, kind: state, unMember: true, permanentMember: true }
attacks:
  - { id: a1, by: X, against: V, date: 2020-01-10, kind: invasion, gravity: armed-attack }
resolutions:
  - id: d1
    kind: draft
    symbol: S/2020/99 (draft)
    voted: "2020-02-01"
    votes: { for: 13, against: [R], abstain: 1 }
    chapterVII: express
    authorisation: authorises
    determination: breach-of-the-peace
    addressees: { states: all-members }
    purposes: [restore-peace]
    from: "2020-02-02"
uses:
  - id: u1
    title: Helperland strikes Attackerland's forces in Victimland
    by: H
    against: X
    where: [V]
    start: 2020-01-20
    purposes: [restore-peace]
`;

test("a vetoed draft with a vote date (no adoption) loads, shows in the events as failed on its vote date, and authorises nothing", () => {
  const s = parseSituation(DRAFT); // refused before: "a resolution needs `adopted`"
  const cs = basis(analyze(s, { date: "2020-02-10", uses: ["u1"] }).uses[0], "collective-security");
  assert.equal(cs.status, "not-available");
  assert.match(JSON.stringify(cs.conditions), /vetoed by Russian Federation/);
  const events = timeline(s).uses[0].events;
  assert.deepEqual(
    events.filter((e) => /S\/2020\/99/.test(e.what)),
    [{ date: "2020-02-01", what: "S/2020/99 (draft) failed in the vote (not adopted)" }],
  );
  assert.ok(!events.some((e) => /adopted$|authorisation applies/.test(e.what)), JSON.stringify(events)); // its window never opens
  // In Japanese too, never as adopted.
  const ja = timeline(s, { lang: "ja" }).uses[0].events.find((e) => e.date === "2020-02-01");
  assert.equal(ja?.what, "S/2020/99 (draft)は投票で否決された（不採択）");
});

test("a draft's vote date is the Council's of that day: its votes are checked against it, and a draft needs one", () => {
  // 1946: no vote before the Council first met, located at `voted`.
  refused(DRAFT.replace('voted: "2020-02-01"', 'voted: "1945-12-01"'), /\$\.resolutions\[0\]\.voted: the Security Council first met on 1946-01-17/);
  // 1950: the Council had 11 members, so 13 affirmative votes cannot be right.
  refused(DRAFT.replace('voted: "2020-02-01"', 'voted: "1950-02-01"').replace("name: Russian Federation", "name: Soviet Union"), /13 affirmative votes, but the Council had 11 members on 1950-02-01/);
  refused(DRAFT.replace('    voted: "2020-02-01"\n', ""), /\$\.resolutions\[0\]: a draft resolution needs `voted`/);
});

test("a draft whose votes carry it is shown adopted on its vote date", () => {
  const s = parseSituation(DRAFT.replace("against: [R], abstain: 1", "against: [], abstain: [R]"));
  const events = timeline(s).uses[0].events;
  assert.ok(events.some((e) => e.date === "2020-02-01" && e.what === "S/2020/99 (draft) adopted"), JSON.stringify(events));
});
