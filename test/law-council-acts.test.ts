// The Council and the Assembly (issue 7, principles 4, 14, 17; issue 8, point 7).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { renderReason } from "../src/engine/reason.js";
import { basis, nodes, situation } from "./helpers.js";
import { paragraphs, resCite } from "../src/law/charter/chapter7-collective-security.js";
import { datasetDefaults, loadDataset } from "../src/scenario/dataset.js";
import type { SituationInput } from "../src/scenario/schema.js";

type Res = NonNullable<SituationInput["resolutions"]>[number];
const auth: Res = { id: "r1", symbol: "S/RES/9001 (2020)", adopted: "2020-01-05", determination: "breach-of-the-peace", chapterVII: "express", authorisation: "authorises", addressees: { states: "all-members" } };
const inMandate = { purpose: true, area: true };
const use = { id: "u1", title: "force", by: "H", against: "X", where: ["V"], start: "2020-02-01", mandates: { r1: inMandate, r3: inMandate, r1973: inMandate } };
const cs = (resolutions: Res[], date = "2020-02-10", extra: Partial<SituationInput> = {}) => basis(analyze(situation({ resolutions, uses: [use], ...extra }), { date }).uses[0], "collective-security");
const text = (b: ReturnType<typeof cs>) => JSON.stringify(b);

test("a failed draft is never shown as adopted, and authorises nothing", () => {
  const b = cs([{ ...auth, id: "d1", kind: "draft", adopted: undefined, voted: "2020-01-05", symbol: "draft S/2020/1", votes: { for: 3, against: [], abstain: [] } }]);
  assert.equal(b.status, "not-available");
  assert.doesNotMatch(text(b), /draft S\/2020\/1 adopted/);
  assert.match(text(b), /fewer than the 9 required: the draft was not adopted/);
});

test("a presidential statement has no power to authorise force", () => {
  const b = cs([{ ...auth, id: "p1", kind: "presidential-statement", symbol: "S/PRST/2020/1" }]);
  assert.equal(b.status, "not-available");
  assert.match(text(b), /statement by the President of the Council.*no power to authorise force/);
});

test("a General Assembly resolution is a recommendation, never a Council authorisation", () => {
  const b = cs([{ ...auth, id: "g1", organ: "general-assembly", symbol: "A/RES/ES-99/1" }]);
  assert.equal(b.status, "not-available");
});

test("vote counts may be recorded without names: a numbered resolution is adopted; a draft with unnamed negative votes is unknown", () => {
  assert.equal(cs([{ ...auth, votes: { for: 12, against: 2, abstain: 1 } }]).status, "available");
  const d = cs([{ ...auth, kind: "draft", votes: { for: 12, against: 2, abstain: 1 } }]);
  assert.equal(d.status, "undetermined");
});

test("a ceasefire resolution does not itself authorise force, whatever the revival position", () => {
  const ceasefire: Res = { id: "r2", symbol: "S/RES/9002 (2020)", adopted: "2020-01-20", chapterVII: "express", determination: "breach-of-the-peace", authorisation: "contested", revives: "r1", measures: ["ceasefire"], ceasefireEffective: "2020-01-25", terminates: ["r1"] };
  for (const revival of ["rejected", "accepted"]) {
    const b = basis(analyze(situation({ resolutions: [auth, ceasefire], uses: [use], doctrine: { revival } }), { date: "2020-02-10" }).uses[0], "collective-security");
    assert.equal(b.status, "not-available", revival);
  }
});

test("revival is at issue only after a material breach determined as such, and then only under a position most authority rejects", () => {
  const ceasefire: Res = { id: "r2", symbol: "S/RES/9002 (2020)", adopted: "2020-01-20", chapterVII: "express", determination: "breach-of-the-peace", authorisation: "none", measures: ["ceasefire"], ceasefireEffective: "2020-01-25", terminates: ["r1"] };
  const later: Res = { id: "r3", symbol: "S/RES/9003 (2020)", adopted: "2020-02-05", chapterVII: "express", determination: "threat-to-the-peace", authorisation: "contested", revives: "r1", addressees: { states: "all-members" } };
  const noBreach = cs([auth, ceasefire, later]);
  assert.equal(noBreach.status, "not-available");
  assert.match(text(noBreach), /determined no material breach/);
  const breach = cs([auth, ceasefire, { ...later, materialBreach: true }]);
  assert.equal(breach.status, "not-available");
  assert.match(breach.summary, /only under revival=accepted, a position most authority rejects/);
});

test("under revival, the reviving resolution is judged on the revived authorisation's terms: its addressees, and the use's facts under it", () => {
  const ceasefire: Res = { id: "r2", symbol: "S/RES/9002 (2020)", adopted: "2020-01-20", chapterVII: "express", determination: "breach-of-the-peace", authorisation: "none", measures: ["ceasefire"], ceasefireEffective: "2020-01-25", terminates: ["r1"] };
  // The reviving act authorises nothing in its own words and names no addressees: the argument is that r1 revives.
  const reviving: Res = { id: "r3", symbol: "S/RES/9003 (2020)", adopted: "2020-02-05", chapterVII: "express", determination: "threat-to-the-peace", authorisation: "contested", revives: "r1", materialBreach: true };
  const onlyR1 = { ...use, mandates: { r1: inMandate } };
  const judge = (r1: Res) => basis(analyze(situation({ resolutions: [r1, ceasefire, reviving], uses: [onlyR1], doctrine: { revival: "accepted" } }), { date: "2020-02-10" }).uses[0], "collective-security");
  const open = judge(auth);
  assert.equal(open.status, "available", "r1's addressees (all members) and the use's facts under r1 carry over");
  const ofR3 = (b: typeof open, id: string) => nodes(b.conditions).find((c) => c.id.endsWith(`resolutions[r3]/conditions/${id}`));
  const addressee = ofR3(open, "addressee");
  assert.equal(addressee?.status, "satisfied");
  assert.deepEqual(addressee?.facts, ["$.resolutions[0].addressees"], "r1's addressees");
  assert.deepEqual(ofR3(open, "purpose")?.facts, ["$.uses[0].mandates.r1.purpose"], "the use's facts under r1");
  const named = judge({ ...auth, addressees: { states: ["V"] } });
  assert.equal(named.status, "not-available", "H is not among r1's addressees, so not among those of its revival");
  assert.equal(ofR3(named, "addressee")?.status, "failed");
  const byDefault = basis(analyze(situation({ resolutions: [auth, ceasefire, reviving], uses: [onlyR1] }), { date: "2020-02-10" }).uses[0], "collective-security");
  assert.equal(byDefault.status, "not-available", "on the default (revival rejected) it is not available");
});

test("a mandate authorising a UN mission to use all necessary means covers contingents acting as part of the mission", () => {
  const actors = [
    { id: "V", name: "Victimland", kind: "state" as const },
    { id: "X", name: "Attackerland", kind: "state" as const },
    { id: "H", name: "Helperland", kind: "state" as const },
    { id: "M", name: "UN Mission in Victimland", kind: "organisation" as const },
    { id: "G", name: "armed group", kind: "group" as const },
  ];
  const mandate: Res = { ...auth, addressees: { missions: ["M"] } };
  const s = (asPartOf?: string) => situation({ actors, resolutions: [mandate], consents: [{ id: "k1", state: "V", givenBy: "the Government", authority: "government", to: "all", date: "2020-01-01" }], uses: [{ ...use, against: "G", asPartOf }] });
  const inMission = analyze(s("M"), { date: "2020-02-10" }).uses[0];
  assert.equal(basis(inMission, "collective-security").status, "available");
  assert.equal(basis(inMission, "consent").status, "available");
  assert.equal(basis(analyze(s(), { date: "2020-02-10" }).uses[0], "collective-security").status, "not-available");
});

test("paragraph references print cleanly, quoting only the paragraph the words come from", () => {
  assert.deepEqual(paragraphs("7 (with 9 and 19)").all, ["7", "9", "19"]);
  const r = (paragraph: string) => ({ id: "r", symbol: "S/RES/1 (2000)", paragraph, organ: "security-council" as const });
  assert.equal(resCite(r("7 (with 9 and 19)") as never), "S/RES/1 (2000), paras 7, 9, 19");
  assert.equal(resCite(r("4 (protection of civilians); 8 (no-fly zone); 13 (inspections)") as never, true), "S/RES/1 (2000), para 4");
  assert.equal(resCite(r("sole operative paragraph") as never), "S/RES/1 (2000), sole operative paragraph");
  assert.equal(resCite(r("1 and 3") as never), "S/RES/1 (2000), paras 1, 3");
});

test("each dataset record's unverified list is carried into the citations built from it", () => {
  const rec = loadDataset().get(1973)!;
  const d = datasetDefaults(rec);
  assert.ok(d.unverified?.some((u) => /determination/.test(u)));
  const b = cs([{ id: "r1973", dataset: 1973, ...d, addressees: { states: "all-members" } } as Res], "2011-03-20");
  assert.match(text(b), /not checked against the text: determination \(exact wording\)/);
  // Korea: no Chapter VII is derived where the record says there is none.
  assert.equal(datasetDefaults(loadDataset().get(83)!).chapterVII, "none");
});

test("every Council reason has English and Japanese wordings", () => {
  const b = cs([auth]);
  for (const n of nodes(b.conditions)) void n;
  assert.match(renderReason({ code: "council.presidentialStatement", args: { sym: "S/PRST/1" } }, "ja"), /議長声明/);
});
