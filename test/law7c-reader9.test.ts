// A fresh reader's findings (reader9 F5-F15), each as a rule of general application on invented
// states: the standing notes name every position giving an answer (principle 11); arming armed
// bands is force, funding is not (Nicaragua para 228); an aggressor's self-defence is answered once
// (principle 10); an undetermined answer names the fact that decides it; every independent ground
// of a failing basis is shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { explain } from "../src/analysis/explain.js";
import { renderExplanation } from "../src/render/text.js";
import { decisiveConditions } from "../src/render/decisive.js";
import { parseSituationWithWarnings as loadSituationText } from "../src/scenario/load.js";
import { basis, nodes, situation } from "./helpers.js";

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

// ---- F8: an aggressor's self-defence, answered once and plainly (principle 10) -------------------

const ok = { necessity: true, proportionality: true, immediacy: true, withinVictimSelfDefence: true };
const aggression = situation({
  actors,
  attacks: [{ id: "a1", by: "X", against: "V", date: "2020-02-01", kind: "invasion" }],
  declarations: [{ by: "V", date: "2020-02-01" }],
  requests: [{ by: "V", to: ["H"], date: "2020-02-02" }],
  uses: [
    { id: "u1", title: "Attackerland occupies Victimland", by: "X", against: "V", where: ["V"], start: "2020-02-01", claims: [{ label: "self-defence", basis: "individual-self-defence", by: "X" }] },
    { id: "u2", title: "Victimland resists", by: "V", against: "X", where: ["V"], start: "2020-02-01", respondsTo: ["a1"], assessments: ok },
    { id: "u3", title: "Helperland helps Victimland", by: "H", against: "X", where: ["V"], start: "2020-02-03", onBehalfOf: ["V"], respondsTo: ["a1"], purposes: ["repel-attack"], assessments: ok },
    { id: "u4", title: "Helperland deploys in Thirdland", by: "H", against: "X", where: ["H"], start: "2020-02-03", engagedFrom: "never" },
  ],
});

test("the aggressor's self-defence: no armed attack on it is recorded, the force against it answering its own attack", () => {
  const b = isd(aggression, "2020-02-10");
  assert.equal(b.status, "not-available");
  assert.equal(
    b.summary,
    'not available: no armed attack on Attackerland is recorded: "Victimland resists" and "Helperland helps Victimland" answer the armed attack (invasion, 2020-02-01) by Attackerland itself, and force used in answer to an armed attack is not an armed attack giving its author a right of self-defence',
  );
  // No candidate is weighed: the victim is not called a third state, the helper not the author, the requests not candidates.
  const text = JSON.stringify(b.conditions);
  assert.doesNotMatch(text, /third state|author of the attack|request for help/);
  // Before the helper's force, only the victim's resistance is named.
  assert.match(isd(aggression, "2020-02-02").summary, /: "Victimland resists" answers the armed attack/);
});

test("a use that never uses weapons against its target is no armed attack on it", () => {
  const s = situation({ ...aggression, attacks: [], uses: [aggression.uses[0], aggression.uses[3]] });
  const b = isd(s, "2020-02-10");
  assert.equal(b.status, "not-available");
  assert.match(b.summary, /no attack on Attackerland is recorded/);
  // From the day it engages, it is weighed as a possible armed attack.
  const engaged = situation({ ...s, uses: [s.uses[0], { ...s.uses[1], engagedFrom: "2020-02-05", asAttack: { kind: "bombardment" } }] });
  assert.match(isd(engaged, "2020-02-04").summary, /no attack on Attackerland is recorded/);
  assert.doesNotMatch(isd(engaged, "2020-02-06").summary, /no attack on Attackerland is recorded/);
});

test("the state the force is directed at is not called a third state", () => {
  const s = situation({
    actors,
    attacks: [{ id: "a1", by: "X", against: "H", date: "2020-01-04", kind: "mining", gravity: "armed-attack", established: { value: "no", source: "the evidence is not conclusive" } }],
    uses: [{ id: "u1", title: "strike on the platforms", by: "H", against: "X", where: ["X"], start: "2020-01-10", assessments: ok }],
  });
  const b = isd(s, "2020-01-10");
  assert.doesNotMatch(JSON.stringify(b.conditions), /Attackerland is a third state/);
  assert.match(JSON.stringify(b.conditions), /Attackerland, at which the force is directed, is not the state the attack is attributed to/);
});

// ---- F9: an undetermined answer names the fact that decides it; explain lists a condition once ---

const four = [...actors, { id: "T", name: "Thirdland", kind: "state" as const, unMember: true }];
const coalition = situation({
  actors: four,
  attacks: [{ id: "a1", by: "X", against: "V", date: "2020-03-01", kind: "invasion" }],
  declarations: [{ by: "V", date: "2020-03-01" }],
  requests: [
    { by: "V", to: ["H"], date: "2020-03-02" },
    { by: "V", to: ["T"], date: "2020-03-02", established: { value: "unknown", why: "that Thirdland was asked is unverified" } },
  ],
  resolutions: [
    { id: "r1", adopted: "2020-03-03", votes: { for: 13, against: [], abstain: [] }, determination: { kind: "breach-of-the-peace", against: "X" }, chapterVII: "express", authorisation: "none", measures: ["sanctions"], concerns: ["X", "V"] },
  ],
  uses: [{ id: "u1", title: "Helperland and Thirdland expel Attackerland", by: ["H", "T"], against: "X", where: ["V"], start: "2020-03-10", onBehalfOf: ["V"], respondsTo: ["a1"], purposes: ["repel-attack"], assessments: { ...ok, ownAssessment: false } }],
});

test("a contested basis whose default answer is undetermined names the unknown fact, for the state it concerns", () => {
  const b = basis(analyze(coalition, { date: "2020-03-12" }).uses[0], "collective-self-defence");
  assert.equal(b.status, "contested");
  assert.match(b.summary, /councilMeasures=effective: undetermined \(it turns on: that Thirdland was asked is unverified\)/);
  const d = decisiveConditions(b);
  const request = d.find((x) => x.node.status === "unknown");
  assert.ok(request, "the unknown request is among the decisive conditions");
  assert.match(request.node.because, /Thirdland was asked/);
  assert.deepEqual(request.for, ["T: V:a1"]);
  // The Council condition, the same for both states, is shown once, for both.
  assert.deepEqual(d.find((x) => x.node.status === "contested")!.for, ["V:a1"]);
});

test("explain lists a repeated condition once and gives the basis's status if the deciding fact holds or fails", () => {
  const e = explain(coalition, "u1", "collective-self-defence", { date: "2020-03-12" });
  for (const set of e.flips) assert.equal(new Set(set.map((c) => `${c.label}|${c.because}`)).size, set.length);
  const request = e.deciding.find((d) => /requested/i.test(d.label))!;
  assert.equal(request.ifSatisfied, "contested");
  assert.equal(request.ifSatisfiedByDefault, "available");
  assert.equal(request.ifFailed, "not-available");
  const text = renderExplanation(e);
  assert.match(text, /if it holds -> contested \(available on the default positions\), if it fails -> not-available/);
  assert.doesNotMatch(text, /(The Council has not yet taken[^\n]*) AND \1/);
});

test("a condition repeated for each acting state is assumed as one: it decides the basis", () => {
  const s = situation({ ...coalition, requests: [{ by: "V", to: ["H", "T"], date: "2020-03-02" }], resolutions: [], uses: [{ ...coalition.uses[0], assessments: { ...ok, ownAssessment: false, necessity: undefined } }] });
  const e = explain(s, "u1", "collective-self-defence", { date: "2020-03-12" });
  assert.equal(e.status, "undetermined");
  assert.equal(e.deciding.length, 1);
  assert.match(e.deciding[0].label, /necessity/i);
  assert.equal(e.deciding[0].alsoIds?.length, 1);
  assert.deepEqual([e.deciding[0].ifSatisfied, e.deciding[0].ifFailed], ["available", "not-available"]);
});

// ---- F10: every independent ground of a failing basis is shown ------------------------------------

test("a basis failing on several independent grounds names each of them", () => {
  const s = situation({
    actors,
    attacks: [{ id: "a1", by: "X", against: "H", date: "2020-01-04", kind: "mining", gravity: "armed-attack", established: { value: "no", source: "the evidence is not conclusive" } }],
    uses: [{ id: "u1", title: "strike on the platforms", by: "H", against: "X", where: ["X"], start: "2020-01-10", assessments: { necessity: { value: "no", why: "no evidence the strike was necessary" }, proportionality: { value: "no", why: "out of scale" }, immediacy: true } }],
  });
  for (const lang of ["en", "ja"] as const) {
    const b = isd(s, "2020-01-10", lang);
    assert.equal(b.status, "not-available");
    // each ground once, with what it fails for (the attack answered, the territorial state)
    if (lang === "en") assert.match(b.summary, /; it also fails on: necessity \(mining by Attackerland on Helperland \(2020-01-04\)\), proportionality \(mining by Attackerland on Helperland \(2020-01-04\)\) and territorial consent \(Attackerland\)$/);
    else assert.match(b.summary, /このほか次の要件も満たされない：必要性（[^）]*2020-01-04\)）、均衡性（[^）]*2020-01-04\)）及び領域国の同意（Attackerland）$/);
  }
});

// ---- F12: measures in support of the victim do not displace its own resistance (principle 1) -----

test("force the Council authorises for states co-operating with the victim does not displace the victim's own self-defence, under any position; a ceasefire does", () => {
  const r = (over: Record<string, unknown>) => ({
    adopted: "2020-03-05",
    votes: { for: 13, against: [], abstain: [] },
    determination: { kind: "breach-of-the-peace", against: "X" },
    chapterVII: "express",
    concerns: ["X", "V"],
    ...over,
  });
  const s = (res: Record<string, unknown>[]) =>
    situation({
      actors,
      attacks: [{ id: "a1", by: "X", against: "V", date: "2020-03-01", kind: "invasion" }],
      resolutions: res as never,
      uses: [{ id: "u1", title: "Victimland resists", by: "V", against: "X", where: ["V"], start: "2020-03-01", respondsTo: ["a1"], assessments: ok }],
    });
  const interdiction = r({ id: "r2", authorisation: "authorises", measures: ["force"], addressees: { states: "all-members", condition: "cooperating-with", cooperatingWith: "V" } });
  for (const councilMeasures of ["effective", "any-binding-measures"]) {
    const b = basis(analyze(s([interdiction]), { date: "2020-03-10", doctrine: { councilMeasures } }).uses[0], "individual-self-defence");
    assert.equal(b.status, "available", councilMeasures);
  }
  // Force authorised for others, not in co-operation with the victim, stays a contested question.
  const other = r({ id: "r2", authorisation: "authorises", measures: ["force"], addressees: { states: "all-members" } });
  assert.equal(basis(analyze(s([other]), { date: "2020-03-10", doctrine: { councilMeasures: "any-binding-measures" } }).uses[0], "individual-self-defence").status, "not-available");
  // A ceasefire in effect ends it.
  const ceasefire = r({ id: "r3", measures: ["ceasefire"], ceasefireEffective: "2020-03-20" });
  assert.equal(isd(s([interdiction, ceasefire]), "2020-03-21").status, "not-available");
});

// ---- F14: wording a reader can use ---------------------------------------------------------------

test("a failing territorial consent says why each consent fails (a withdrawal is not hidden) and never 'gave no consent' where consents exist", () => {
  const s = situation({
    actors: four,
    consents: [{ id: "k1", state: "T", givenBy: "the President of Thirdland", authority: "government", to: ["H"], date: "2020-01-01", withdrawn: "2020-01-15" }],
    uses: [{ id: "u1", title: "Helperland strikes the Front in Thirdland", by: "H", against: "X", where: ["T"], start: "2020-01-10", engagedFrom: "never" }],
  });
  const b = basis(analyze(s, { date: "2020-01-20" }).uses[0], "consent");
  assert.equal(b.status, "not-available");
  assert.doesNotMatch(b.summary, /gave no consent/);
  assert.match(b.summary, /^not available: the consent was withdrawn on 2020-01-15/);
  assert.match(nodes(b.conditions).find((n) => /no-consent-needed$/.test(n.id))!.because, /^force on Thirdland's territory needs its consent$/);
  // In self-defence's territory condition too, each candidate consent with its reason.
  const sd = situation({ ...s, attacks: [{ id: "a1", by: "X", against: "H", date: "2020-01-05", kind: "bombardment" }], uses: [{ ...s.uses[0], engagedFrom: undefined, assessments: ok }] });
  assert.match(JSON.stringify(isd(sd, "2020-01-20").conditions), /no consent covers it: [^"]*: the consent was withdrawn on 2020-01-15/);
});

test("an adoption says who abstained, who did not take part and who was absent, each as it was", () => {
  const s = situation({
    actors: [...four, { id: "P", name: "Permland", kind: "state", permanentMember: true }, { id: "Q", name: "Quietland", kind: "state", permanentMember: true }],
    resolutions: [{ id: "r1", adopted: "2020-01-02", votes: { for: 13, against: [], abstain: ["P"], absent: ["Q"] }, determination: { kind: "breach-of-the-peace", against: "X" }, chapterVII: "express", authorisation: "authorises", measures: ["force"], concerns: ["X", "V"] }],
    uses: [{ id: "u1", title: "force", by: "H", against: "X", where: ["X"], start: "2020-01-05" }],
  });
  const text = JSON.stringify(basis(analyze(s, { date: "2020-01-05" }).uses[0], "collective-security").conditions);
  assert.match(text, /Permland abstained, Quietland was absent, which is not a veto/);
  assert.doesNotMatch(text, /abstained, did not take part or was absent/);
});

test("a use's contested summary agrees in number", () => {
  assert.match(analyze(threat("imminent"), { date: "2020-01-05" }).uses[0].summary, /^contested: individual self-defence depends on doctrine$/);
});

// ---- F11: statements no further than the source -----------------------------------------------

test("the authority on resolutions affirming the right is cited only where such a resolution is in play", () => {
  const council = (s: ReturnType<typeof situation>, date: string) => nodes(isd(s, date).conditions).find((n) => /\/council$/.test(n.id))!;
  const plain = situation({ actors, attacks: [{ id: "a1", by: "X", against: "H", date: "2020-01-04", kind: "bombardment" }], uses: [{ id: "u1", title: "strike", by: "H", against: "X", where: ["X"], start: "2020-01-05", assessments: ok }] });
  assert.deepEqual(council(plain, "2020-01-05").citations.map((c) => c.id), ["charter-51"]);
  const affirming = situation({
    ...plain,
    resolutions: [{ id: "r1", adopted: "2020-01-04", votes: { for: 13, against: [], abstain: [] }, determination: { kind: "breach-of-the-peace", against: "X" }, chapterVII: "express", authorisation: "none", measures: ["sanctions"], concerns: ["X", "H"], affirmsSelfDefence: true }],
  });
  assert.deepEqual(council(affirming, "2020-01-05").citations.map((c) => c.id), ["charter-51", "sc-661-affirms"]);
});

test("an entity whose statehood is disputed is not called a third state, and no consent is said to be relied on where none exists", () => {
  const s = situation({
    actors: [...actors, { id: "E", name: "the Territory", kind: "state", statehood: "disputed" }, { id: "G", name: "the Front", kind: "group" }],
    places: [{ id: "e1", name: "the hills", territoryOf: "E" }],
    attacks: [{ id: "a1", by: "G", against: "H", date: "2020-01-04", kind: "armed-bands", gravity: "armed-attack", originatesFrom: "e1", attribution: { state: "E", link: "none" } }],
    uses: [{ id: "u1", title: "strike in the hills", by: "H", against: "G", where: ["e1"], start: "2020-01-05", assessments: ok }],
  });
  const u = analyze(s, { date: "2020-01-05" }).uses[0];
  assert.doesNotMatch(JSON.stringify(basis(u, "individual-self-defence").conditions), /the Territory is a third state/);
  assert.match(JSON.stringify(basis(u, "individual-self-defence").conditions), /the attack is not attributed to the Territory \(its statehood is not generally recognised\)/);
  const relied = nodes(basis(u, "consent").conditions).find((n) => /\/relied$/.test(n.id))!;
  assert.doesNotMatch(relied.because, /rests on the consent/);
  assert.match(relied.because, /it needs that state's consent/);
});
