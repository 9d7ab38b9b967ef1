// The engine's legal semantics on small invented situations, one rule at a time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, timeline, verdictOf } from "../src/analysis/analyze.js";
import { explain } from "../src/analysis/explain.js";
import { basis, find, nodes, situation } from "./helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";
import type { BasisResult } from "../src/answer/types.js";

type UseInput = SituationInput["uses"][number];

const helpUse = (over: Partial<UseInput> = {}): UseInput => ({
  id: "u1",
  title: "Helperland defends Victimland",
  by: "H",
  against: "X",
  where: ["V"],
  start: "2000-01-15",
  purposes: ["repel-attack"],
  assessments: { necessity: true, proportionality: true, immediacy: true, withinVictimSelfDefence: true },
  ...over,
});

const invasion = { id: "a1", by: "X", against: "V", date: "2000-01-10", kind: "invasion" as const };

function base(over: Partial<SituationInput> = {}, use: Partial<UseInput> = {}) {
  return situation({
    attacks: [invasion],
    declarations: [{ by: "V", date: "2000-01-10" }],
    requests: [{ by: "V", to: ["H"], date: "2000-01-11" }],
    reports: [{ by: "H", date: "2000-01-15" }],
    uses: [helpUse(use)],
    ...over,
  });
}

const csd = (s: ReturnType<typeof base>, date = "2000-01-20", doctrine?: Record<string, string>) => basis(analyze(s, { date, doctrine }).uses[0], "collective-self-defence");

test("collective self-defence is available when the victim was attacked, declared it and asked for help before the force", () => {
  const b = csd(base());
  assert.equal(b.status, "available");
  assert.equal(analyze(base(), { date: "2000-01-20" }).uses[0].verdict, "lawful");
});

test("collective self-defence fails when the victim asked for help only after the force began", () => {
  // Judged before the late request: not available. From its own date it covers the force (Nicaragua paras 232-236; MODEL.md section 4).
  const b = csd(base({ requests: [{ by: "V", to: ["H"], date: "2000-01-20" }] }), "2000-01-18");
  assert.equal(b.status, "not-available");
  assert.ok(find(b, "failed", /requested/i).length > 0);
  assert.match(find(b, "failed", /requested/i)[0].because, /only on 2000-01-20/);
  const after = csd(base({ requests: [{ by: "V", to: ["H"], date: "2000-01-20" }] }), "2000-01-25");
  assert.equal(after.status, "available");
  assert.match(find(after, "satisfied", /requested/i)[0].because, /after the force began on 2000-01-15: it covers the force from 2000-01-20 only/);
});

test("collective self-defence fails when the victim never declared itself attacked", () => {
  const b = csd(base({ declarations: [] }));
  assert.equal(b.status, "not-available");
  assert.ok(find(b, "failed", /declared/i).length > 0);
});

test("a request to another state does not let this state help (it may not act on its own assessment)", () => {
  const b = csd(base({ requests: [{ by: "V", to: ["T"], date: "2000-01-11" }] }));
  assert.equal(b.status, "not-available");
  assert.ok(find(b, "failed", /own assessment/i).length > 0);
});

test("an unstated necessity makes the basis undetermined and names the missing fact, never not-available", () => {
  const b = csd(base({}, { assessments: { proportionality: true, immediacy: true, withinVictimSelfDefence: true } }));
  assert.equal(b.status, "undetermined");
  const n = find(b, "unknown", /necessity/i)[0];
  assert.deepEqual(n.missing, ["$.uses[0].assessments.necessity"]);
});

test("a necessity found lacking makes collective self-defence not available", () => {
  const b = csd(base({}, { assessments: { necessity: { value: "no", why: "months after the offensive was repulsed" }, proportionality: true, immediacy: true, withinVictimSelfDefence: true } }));
  assert.equal(b.status, "not-available");
  assert.match(find(b, "failed", /necessity/i)[0].because, /months after/);
});

test("the provision of arms to rebels is never an armed attack, whatever the doctrine", () => {
  const s = base({ attacks: [{ id: "a1", by: "X", against: "V", date: "2000-01-10", kind: "support-to-rebels", gravity: "armed-attack" }] });
  for (const doctrine of [undefined, { gravity: "no-threshold" }]) {
    const b = csd(s, "2000-01-20", doctrine);
    assert.equal(b.status, "not-available");
    assert.ok(find(b, "failed", /gravity/i).length > 0);
  }
});

test("a lesser use of force is no armed attack under the ICJ's gravity threshold, but is under the no-threshold position", () => {
  const s = base({ attacks: [{ ...invasion, kind: "incursion", gravity: "lesser" }] });
  assert.equal(csd(s).status, "not-available");
  assert.equal(csd(s, "2000-01-20", { gravity: "no-threshold" }).status, "available");
});

test("an imminent attack makes self-defence contested: not available under the restrictive position, available under Caroline", () => {
  const s = base({ attacks: [{ ...invasion, stage: "imminent" }] });
  const b = csd(s);
  assert.equal(b.status, "contested");
  const under = (p: string) => b.positions!.find((x) => x.positions.anticipatory === p)!.status;
  assert.equal(under("restrictive"), "not-available");
  assert.equal(under("caroline"), "available");
  assert.equal(under("contextual"), "available");
  assert.ok(b.positions!.find((x) => x.isDefault)!.positions.anticipatory === "restrictive");
  assert.equal(analyze(s, { date: "2000-01-20" }).uses[0].verdict, "contested");
});

test("a threat that is only contextually imminent opens self-defence only under the contextual and preventive positions", () => {
  const b = csd(base({ attacks: [{ ...invasion, stage: "contextual" }] }));
  const under = (p: string) => b.positions!.find((x) => x.positions.anticipatory === p)!.status;
  assert.equal(under("caroline"), "not-available");
  assert.equal(under("contextual"), "available");
  assert.equal(under("preventive"), "available");
});

test("the situation or the user can settle a switch, and then the answer is no longer contested", () => {
  const s = base({ attacks: [{ ...invasion, stage: "imminent" }], doctrine: { anticipatory: "caroline" } });
  assert.equal(csd(s).status, "available");
  assert.equal(csd(s, "2000-01-20", { anticipatory: "restrictive" }).status, "not-available");
});

const sanctions = {
  id: "r1",
  adopted: "2000-01-12",
  votes: { for: 13, against: [], abstain: [] },
  determination: { kind: "breach-of-the-peace" as const, against: "X" },
  chapterVII: "express" as const,
  authorisation: "none" as const,
  measures: ["sanctions" as const],
  affirmsSelfDefence: true,
};

test("Chapter VII sanctions make the continuance of self-defence contested (art 51 'until the Council has taken measures')", () => {
  // Sanctions that do not affirm the right (one that affirms it never ends it: MODEL.md section 4).
  const b = csd(base({ resolutions: [{ ...sanctions, affirmsSelfDefence: false }] }));
  assert.equal(b.status, "contested");
  assert.equal(b.positions!.find((p) => p.positions.councilMeasures === "effective")!.status, "available");
  assert.equal(b.positions!.find((p) => p.positions.councilMeasures === "any-binding-measures")!.status, "not-available");
  assert.equal(find(b, "contested", /Council has not yet taken/i).length, 1);
});

test("self-defence ends once a ceasefire established by the Council is in effect", () => {
  const s = base({ resolutions: [{ ...sanctions, affirmsSelfDefence: false, measures: ["ceasefire"], ceasefireEffective: "2000-02-01" }] });
  assert.equal(csd(s, "2000-01-25").status, "available");
  assert.equal(csd(s, "2000-02-02").status, "not-available");
});

const authorisation = {
  id: "r2",
  adopted: "2000-03-01",
  votes: { for: 12, against: ["Y"], abstain: ["Z"] },
  determination: "breach-of-the-peace" as const,
  chapterVII: "express" as const,
  authorisation: "authorises" as const,
  addressees: { states: "all-members" as const },
  purposes: ["repel-attack"],
  areas: ["V", "X"],
  from: "2000-03-15",
};

const cs = (over: Partial<SituationInput>, date = "2000-04-01") => basis(analyze(base(over), { date }).uses[0], "collective-security");

test("collective security needs no armed attack, declaration or request, only the Council's authorisation", () => {
  const b = cs({ attacks: [], declarations: [], requests: [], resolutions: [authorisation] });
  assert.equal(b.status, "available");
});

test("collective security is not available before the authorisation's window opens", () => {
  assert.equal(cs({ resolutions: [authorisation] }, "2000-03-10").status, "not-available");
  assert.equal(cs({ resolutions: [authorisation] }, "2000-03-15").status, "available");
});

test("a negative vote of a permanent member is a veto; its abstention or absence is not", () => {
  const actors = [
    { id: "V", name: "Victimland", kind: "state" as const },
    { id: "X", name: "Attackerland", kind: "state" as const },
    { id: "H", name: "Helperland", kind: "state" as const, unMember: true },
    { id: "P", name: "Permanentland", kind: "state" as const, permanentMember: true },
  ];
  const veto = cs({ actors, resolutions: [{ ...authorisation, votes: { for: 13, against: ["P"], abstain: [] } }] });
  assert.equal(veto.status, "not-available");
  assert.match(find(veto, "failed", /adopted/i)[0].because, /vetoed by Permanentland/);
  assert.equal(cs({ actors, resolutions: [{ ...authorisation, votes: { for: 13, against: [], abstain: ["P"] } }] }).status, "available");
  assert.equal(cs({ actors, resolutions: [{ ...authorisation, votes: { for: 9, against: [], abstain: [], absent: ["P"] } }] }).status, "available");
  assert.equal(cs({ actors, resolutions: [{ ...authorisation, votes: { for: 8, against: [], abstain: [] } }] }).status, "not-available");
});

test("before 31 August 1965 seven affirmative votes sufficed", () => {
  const old = { ...authorisation, adopted: "1950-06-27", from: "1950-06-27", votes: { for: 7, against: [], abstain: [] } };
  const s = situation({ resolutions: [old], uses: [helpUse({ start: "1950-06-28" })] });
  assert.equal(basis(analyze(s, { date: "1950-07-01" }).uses[0], "collective-security").status, "available");
});

test("'calls upon' is no authorisation of force, unless the implied authorisation position is taken", () => {
  const callsUpon = { ...authorisation, authorisation: "calls-upon" as const, chapterVII: "none" as const };
  assert.equal(cs({ resolutions: [callsUpon] }).status, "not-available");
  const implied = { ...authorisation, authorisation: "none" as const, impliedFrom: true };
  const b = cs({ resolutions: [implied] });
  assert.equal(b.status, "contested");
  assert.equal(b.positions!.find((p) => p.positions.impliedAuthorisation === "express-only")!.status, "not-available");
});

test("a disputed reach of the mandate is contested between the strict and the broad reading", () => {
  const b = cs({ resolutions: [authorisation] }, "2000-04-01");
  assert.equal(b.status, "available");
  const disputed = basis(analyze(base({ resolutions: [authorisation] }, { mandates: { r2: { purpose: "disputed" } } }), { date: "2000-04-01" }).uses[0], "collective-security");
  assert.equal(disputed.status, "contested");
});

test("force outside the authorised area is not covered", () => {
  const b = basis(analyze(base({ resolutions: [authorisation] }, { where: ["V", "T"] }), { date: "2000-04-01" }).uses[0], "collective-security");
  assert.equal(b.status, "not-available");
  assert.ok(find(b, "failed", /area/i).length > 0);
});

test("consent covers the force from the day it is given until the day it is withdrawn", () => {
  const s = situation({
    actors: [
      { id: "V", name: "Victimland", kind: "state" },
      { id: "H", name: "Helperland", kind: "state" },
      { id: "G", name: "the rebel group", kind: "group" },
    ],
    consents: [{ id: "c1", state: "V", givenBy: "the Government", authority: "government", to: ["H"], date: "2000-01-05", withdrawn: "2000-02-01" }],
    uses: [helpUse({ start: "2000-01-10", against: "G" })],
  });
  const status = (d: string) => basis(analyze(s, { date: d }).uses[0], "consent").status;
  assert.equal(status("2000-01-10"), "available");
  assert.equal(status("2000-02-01"), "not-available");
});

test("an invitation by the opposition is not consent (Nicaragua para 246)", () => {
  const s = situation({
    consents: [{ id: "c1", state: "V", givenBy: "the rebel council", authority: "opposition", to: ["H"], date: "2000-01-05" }],
    uses: [helpUse()],
  });
  const b = basis(analyze(s, { date: "2000-01-20" }).uses[0], "consent");
  assert.equal(b.status, "not-available");
  assert.ok(find(b, "failed", /entitled/i).length > 0);
});

test("an event list is closed unless marked incomplete: a missing request is then unknown, not absent", () => {
  assert.equal(csd(base({ requests: [] })).status, "not-available");
  assert.equal(csd(base({ requests: [], incomplete: ["requests"] })).status, "undetermined");
});

test("a request dated only by month cannot be placed before a force starting in that month", () => {
  assert.equal(csd(base({ requests: [{ by: "V", to: ["H"], date: "2000-01" }] })).status, "undetermined");
});

const groupAttack = (link: "harbouring" | "sent-by-or-on-behalf") =>
  situation({
    actors: [
      { id: "V", name: "Victimland", kind: "state" },
      { id: "X", name: "Hostland", kind: "state" },
      { id: "G", name: "the Group", kind: "group" },
    ],
    attacks: [{ id: "a1", by: "G", against: "V", date: "2001-09-11", gravity: "armed-attack", kind: "terrorist-attack", attribution: { state: "X", link, established: true } }],
    reports: [{ by: "V", date: "2001-10-07" }],
    uses: [{ id: "u1", title: "strikes", by: "V", against: ["G", "X"], where: ["X"], start: "2001-10-07", assessments: { necessity: true, proportionality: true, immediacy: true } }],
  });

test("an armed attack by a group sent by a state is that state's armed attack", () => {
  assert.equal(basis(analyze(groupAttack("sent-by-or-on-behalf"), { date: "2001-10-08" }).uses[0], "individual-self-defence").status, "available");
});

test("an armed attack by a group a state merely harbours is contested under the non-state actors switch", () => {
  const b = basis(analyze(groupAttack("harbouring"), { date: "2001-10-08" }).uses[0], "individual-self-defence");
  assert.equal(b.status, "contested");
  assert.equal(b.positions!.find((p) => p.positions.nonStateActors === "attribution-required")!.status, "not-available");
  assert.equal(b.positions!.find((p) => p.positions.nonStateActors === "armed-attack-by-nsa")!.status, "available");
});

test("art 51 has no relevance to attacks from territory the defending state itself controls (Wall para 139)", () => {
  const s = situation({
    actors: [
      { id: "V", name: "Occupant", kind: "state" },
      { id: "G", name: "armed groups", kind: "group" },
    ],
    places: [{ id: "OT", name: "Occupied Territory", controlledBy: "V" }],
    attacks: [{ id: "a1", by: "G", against: "V", date: "2002-01-01", gravity: "armed-attack", originatesFrom: "OT" }],
    uses: [{ id: "u1", title: "measure", by: "V", where: ["OT"], start: "2002-06-01" }],
    doctrine: { nonStateActors: "armed-attack-by-nsa" },
  });
  const b = basis(analyze(s, { date: "2003-01-01" }).uses[0], "individual-self-defence");
  assert.equal(b.status, "not-available");
  assert.match(find(b, "failed", /controls/i)[0].because, /Wall para 139/);
});

test("a label that names no legal basis is flagged with the basis that fits", () => {
  const a = analyze(base({}, { claims: [{ label: "international peace cooperation activity" }, { label: "collective security" }] }), { date: "2000-01-20" });
  const [peace, security] = a.uses[0].labels;
  assert.equal(peace.kind, "names-no-basis");
  assert.deepEqual(peace.fits, ["collective-self-defence"]);
  assert.equal(security.kind, "basis-not-available");
  assert.match(security.message, /collective self-defence is available/);
});

test("extra-Charter bases are judged only where claimed, and are not available by default", () => {
  const plain = analyze(base(), { date: "2000-01-20" }).uses[0];
  assert.ok(!plain.bases.some((b) => b.basis === "humanitarian-intervention"));
  const claimed = analyze(base({}, { claims: [{ label: "humanitarian necessity", basis: "humanitarian-intervention" }], humanitarian: { catastrophe: true, councilBlocked: true, lastResort: true, proportionate: true } }), { date: "2000-01-20" }).uses[0];
  const b = basis(claimed, "humanitarian-intervention");
  // Issue 7, principle 11: the exceptional right is a position most authority rejects: reported, not contesting.
  assert.equal(b.status, "not-available");
  assert.match(b.summary, /only under humanitarianIntervention=exceptional-right, a position most authority rejects/);
  assert.equal(basis(claimed, "humanitarian-intervention").claimed, true);
});

test("the US-Japan treaty is triggered only by an attack in territories under the administration of Japan", () => {
  const s = situation({
    actors: [
      { id: "JP", name: "Japan", kind: "state" },
      { id: "US", name: "United States", kind: "state" },
      { id: "X", name: "Attackerland", kind: "state" },
    ],
    places: [
      { id: "ok", name: "Okinawa", territoryOf: "JP" },
      { id: "gu", name: "Guam", territoryOf: "US" },
    ],
    alliances: [{ treaty: "us-japan-security-treaty", parties: ["US", "JP"], administeringParty: "JP" }],
    attacks: [
      { id: "a1", by: "X", against: "JP", where: "ok", date: "2030-01-01", kind: "missile", gravity: "armed-attack" },
      { id: "a2", by: "X", against: "US", where: "gu", date: "2030-01-01", kind: "missile", gravity: "armed-attack" },
    ],
    uses: [
      { id: "u1", title: "US defends Japan", by: "US", against: "X", where: ["X"], start: "2030-01-02", respondsTo: ["a1"] },
      { id: "u2", title: "Japan defends the US", by: "JP", against: "X", where: ["X"], start: "2030-01-02", respondsTo: ["a2"] },
    ],
  });
  const a = analyze(s, { date: "2030-01-03" });
  assert.equal(a.uses[0].commitments[0].triggered, "yes");
  assert.equal(a.uses[1].commitments[0].triggered, "no");
  assert.match(a.uses[1].commitments[0].note, /adds no legal basis/);
});

test("the verdict is lawful if any basis is available, then contested, then undetermined, else unlawful", () => {
  const b = (status: BasisResult["status"]) => ({ status }) as BasisResult;
  assert.equal(verdictOf([b("not-available"), b("available"), b("contested")]), "lawful");
  assert.equal(verdictOf([b("not-available"), b("undetermined"), b("contested")]), "contested");
  assert.equal(verdictOf([b("not-available"), b("undetermined")]), "undetermined");
  assert.equal(verdictOf([b("not-available")]), "unlawful");
});

test("the timeline shows collective security from the day the authorisation applies", () => {
  const t = timeline(base({ resolutions: [authorisation] }, { end: "2000-05-01" }));
  const csTimeline = t.uses[0].bases.find((b) => b.basis === "collective-security")!;
  assert.deepEqual(csTimeline.intervals, [
    { from: "2000-01-15", to: "2000-03-14", status: "not-available" },
    { from: "2000-03-15", to: "2000-05-01", status: "available" },
  ]);
});

test("explain names the unknown fact that would decide a basis, and the smallest set of facts that would make it hold", () => {
  const s = base({ requests: [] }, { assessments: { proportionality: true, immediacy: true, withinVictimSelfDefence: true } });
  const e = explain(s, "u1", "collective-self-defence", { date: "2000-01-20" });
  assert.equal(e.status, "not-available");
  assert.ok(e.flips.some((set) => set.length === 3 && set.some((c) => /requested/i.test(c.label)) && set.some((c) => /necessity/i.test(c.label))));
  const withRequest = explain(base({}, { assessments: { proportionality: true, immediacy: true, withinVictimSelfDefence: true } }), "u1", "collective-self-defence", { date: "2000-01-20" });
  assert.equal(withRequest.status, "undetermined");
  assert.equal(withRequest.deciding.length, 1);
  assert.match(withRequest.deciding[0].label, /necessity/i);
  assert.equal(withRequest.deciding[0].ifSatisfied, "available");
  assert.equal(withRequest.deciding[0].ifFailed, "not-available");
});

const nodesOf = (b: BasisResult) => nodes(b.conditions);

test("an authorisation ends when a later resolution's formal ceasefire terminates it", () => {
  const ceasefire = {
    id: "r3",
    adopted: "2000-06-01",
    votes: { for: 12, against: [], abstain: [] },
    chapterVII: "express" as const,
    authorisation: "none" as const,
    measures: ["ceasefire" as const],
    ceasefireEffective: "2000-06-10",
    terminates: ["r2"],
  };
  assert.equal(cs({ resolutions: [authorisation, ceasefire] }, "2000-06-09").status, "available");
  const after = cs({ resolutions: [authorisation, ceasefire] }, "2000-06-10");
  assert.equal(after.status, "not-available");
  assert.ok(nodesOf(after).some((n) => n.status === "failed" && /ended by r3 from 2000-06-10/.test(n.because)));
});

test("a state that acts at the request of the government named counts as co-operating with it", () => {
  const cooperating = { ...authorisation, addressees: { states: "all-members" as const, condition: "cooperating-with" as const, cooperatingWith: "V" } };
  assert.equal(cs({ resolutions: [cooperating] }).status, "available");
  assert.equal(cs({ resolutions: [cooperating], requests: [] }, "2000-04-01").status, "undetermined");
});

test("force on the defending state's own territory needs no one's consent", () => {
  const s = base({ attacks: [{ ...invasion, against: "H" }] }, { where: ["H"], against: "X" });
  const b = basis(analyze(s, { date: "2000-01-20" }).uses[0], "individual-self-defence");
  assert.ok(find(b, "satisfied", /place is the victim's/i).length === 1 || find(b, "satisfied", /third state/i).length === 1);
  assert.equal(find(b, "failed", /third state|place is/i).length, 0);
});

test("conduct that is not a use of force at all does not breach art 2(4), whatever the bases say", () => {
  const u = analyze(base({ requests: [] }, { isForce: { value: "no", why: "funding only (Nicaragua para 228)" } }), { date: "2000-01-20" }).uses[0];
  assert.equal(u.verdict, "not-force"); // art 2(4) not engaged: its own outcome, not "lawful" (issue 7 principle 13)
  assert.match(u.summary, /not a use of force/);
});
