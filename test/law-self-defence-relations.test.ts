// Self-defence between states (issue 7, principles 5, 6, 9, 10 and the self-defence half of 15):
// invented situations, one point of law each. Authorities: Nicaragua paras 195, 199, 211, 232-234;
// Wall para 139; DRC v Uganda paras 146-147; Oil Platforms paras 57-61; customary.md 4.3.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { renderReason, reasonCatalog } from "../src/engine/reason.js";
import { basis, find, nodes, situation } from "./helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";

type UseInput = SituationInput["uses"][number];

const invasion = { id: "a1", by: "X", against: "V", date: "2000-01-10", kind: "invasion" as const };
const ok = { necessity: true, proportionality: true, immediacy: true, withinVictimSelfDefence: true };
const helper = (over: Partial<UseInput> = {}): UseInput => ({ id: "u1", title: "Helperland defends Victimland", by: "H", against: "X", where: ["V"], start: "2000-01-15", purposes: ["repel-attack"], assessments: ok, ...over });
const collective = (over: Partial<SituationInput> = {}, use: Partial<UseInput> = {}) =>
  situation({ attacks: [invasion], declarations: [{ by: "V", date: "2000-01-10" }], requests: [{ by: "V", to: ["H"], date: "2000-01-11" }], uses: [helper(use)], ...over });
const csd = (s: ReturnType<typeof situation>, date = "2000-01-20", doctrine?: Record<string, string>) => basis(analyze(s, { date, doctrine }).uses[0], "collective-self-defence");
const isd = (s: ReturnType<typeof situation>, date = "2000-01-20", doctrine?: Record<string, string>, use = 0) => basis(analyze(s, { date, doctrine }).uses[use], "individual-self-defence");
const place = (b: ReturnType<typeof csd>, status: string) => nodes(b.conditions).find((n) => /\/place$/.test(n.id) && n.status === status)!;
const requestedNode = (b: ReturnType<typeof csd>) => nodes(b.conditions).find((n) => /\/requested$/.test(n.id))!;

// ---- Principle 5: requests for help ---------------------------------------------------------------

test("a call for an urgent Council meeting or a complaint of aggression is not a request for armed help (Nicaragua para 234)", () => {
  for (const form of ["council-meeting", "complaint"] as const) {
    const b = csd(collective({ requests: [{ by: "V", to: "all", date: "2000-01-10", form, document: "letter to the President of the Council" }] }));
    assert.equal(b.status, "not-available", form);
    assert.match(requestedNode(b).because, /is not a request for armed help \(Nicaragua para 234\)/);
  }
  // An appeal to the Members for help still reaches every state but the attacker.
  assert.equal(csd(collective({ requests: [{ by: "V", to: "all", date: "2000-01-10", form: "to-the-council" }] })).status, "available");
});

test("help after a request is withdrawn, or past the time it set, is not covered", () => {
  const withdrawn = collective({ requests: [{ id: "q1", by: "V", to: ["H"], date: "2000-01-11", withdrawn: "2000-02-01" }] });
  assert.equal(csd(withdrawn, "2000-01-20").status, "available");
  const after = csd(withdrawn, "2000-02-05");
  assert.equal(after.status, "not-available");
  assert.match(requestedNode(after).because, /withdrawn on 2000-02-01/);
  const limited = collective({ requests: [{ id: "q1", by: "V", to: ["H"], date: "2000-01-11", scope: { until: "2000-01-31" } }] });
  assert.equal(csd(limited, "2000-01-31").status, "available");
  assert.equal(csd(limited, "2000-02-01").status, "not-available");
});

test("help beyond the area or purpose of the request is not covered", () => {
  const s = (use: Partial<UseInput>) => collective({ requests: [{ id: "q1", by: "V", to: ["H"], date: "2000-01-11", scope: { help: "air defence of Victimland", areas: ["V"], purposes: ["repel-attack"] } }] }, use);
  assert.equal(csd(s({})).status, "available");
  const beyond = csd(s({ where: ["V", "X"] }));
  assert.equal(beyond.status, "not-available");
  assert.match(requestedNode(beyond).because, /beyond the area/);
  assert.equal(csd(s({ purposes: ["punish-attacker"] })).status, "not-available");
  // The encoder's own judgment of scope, where stated, decides.
  assert.equal(csd(s({ where: ["V", "X"], requestScope: { q1: { value: true, why: "the request covered strikes at the launch sites" } } })).status, "available");
});

test("a request reaches each of its addressees and no one else; who made it must be able to speak for the state", () => {
  const both = collective({ actors: [{ id: "V", name: "Victimland", kind: "state" }, { id: "X", name: "Attackerland", kind: "state" }, { id: "H", name: "Helperland", kind: "state" }, { id: "T", name: "Thirdland", kind: "state" }], requests: [{ by: "V", to: ["T", "H"], date: "2000-01-11" }] });
  assert.equal(csd(both).status, "available");
  const other = csd(collective({ requests: [{ by: "V", to: ["T"], date: "2000-01-11" }] }));
  assert.equal(other.status, "not-available");
  assert.match(requestedNode(other).because, /asked Thirdland for help, not Helperland/);
  const opposition = csd(collective({ requests: [{ by: "V", to: ["H"], date: "2000-01-11", givenBy: "the armed opposition", authority: "opposition" }] }));
  assert.equal(opposition.status, "not-available");
  assert.match(requestedNode(opposition).because, /could not speak for Victimland/);
  const exile = csd(collective({ requests: [{ by: "V", to: ["H"], date: "2000-01-11", givenBy: "a committee abroad", authority: "other" }] }));
  assert.equal(exile.status, "undetermined");
});

test("a request whose existence is not established leaves the basis undetermined, never available", () => {
  const b = csd(collective({ requests: [{ by: "V", to: ["H"], date: "2000-01", established: { value: "unknown", why: "reported only from memory" } }] }), "2000-02-10");
  assert.equal(b.status, "undetermined");
  assert.equal(requestedNode(b).because, "reported only from memory");
});

// ---- Principle 6: the attacker is the state the attack is attributed to ------------------------------

test("an attack whose authorship by a state is not established is attributed to no one, and force on that state's territory needs its consent (Oil Platforms paras 57-61)", () => {
  const s = situation({
    attacks: [{ id: "a1", by: "X", against: "V", date: "2000-01-10", kind: "missile", gravity: "armed-attack", established: { value: "no", source: "the evidence is insufficient" } }],
    uses: [{ id: "u1", title: "strike", by: "V", against: "X", where: ["X"], start: "2000-01-12", assessments: ok }],
  });
  const b = isd(s);
  assert.equal(b.status, "not-available");
  assert.match(find(b, "failed", /attributable/i)[0].because, /attributed to no state/);
  // The state the force is directed at is named as such, not as "a third state" (reader9 F8).
  assert.match(place(b, "failed").because, /Attackerland, at which the force is directed, is not the state the attack is attributed to: force on its territory needs its consent/);
});

test("a state that merely harbours a group is a third state: force on its territory needs its consent unless the non-state actors position admits it", () => {
  const s = situation({
    actors: [{ id: "V", name: "Victimland", kind: "state" }, { id: "T", name: "Hostland", kind: "state" }, { id: "G", name: "the Group", kind: "group" }],
    places: [{ id: "camps", name: "the Group's camps", territoryOf: "T" }],
    attacks: [{ id: "a1", by: "G", against: "V", date: "2000-01-10", kind: "terrorist-attack", gravity: "armed-attack", originatesFrom: "camps", attribution: { state: "T", link: "none" } }],
    uses: [{ id: "u1", title: "strikes on the camps", by: "V", against: "G", where: ["camps"], start: "2000-01-12", assessments: ok }],
  });
  const attribution = isd(s, "2000-01-13", { nonStateActors: "armed-attack-by-nsa" });
  assert.equal(attribution.status, "undetermined");
  assert.match(place(attribution, "unknown").because, /Hostland is a third state/);
  assert.equal(isd(s, "2000-01-13", { nonStateActors: "attribution-required" }).status, "not-available");
  const unable = situation({ ...s, attacks: [{ ...s.attacks![0], territorialStateUnwillingOrUnable: true }] });
  const b = isd(unable, "2000-01-13", { nonStateActors: "unwilling-or-unable" });
  assert.equal(b.status, "available");
  assert.match(place(b, "satisfied").because, /unwilling or unable to stop the group/);
});

test("force directed at a state that gave a group only support is not directed at the author", () => {
  const s = situation({
    actors: [{ id: "V", name: "Victimland", kind: "state" }, { id: "T", name: "Supporterland", kind: "state" }, { id: "G", name: "the Group", kind: "group" }],
    attacks: [{ id: "a1", by: "G", against: "V", date: "2000-01-10", kind: "armed-bands", gravity: "armed-attack", attribution: { state: "T", link: "support-only", established: true } }],
    uses: [{ id: "u1", title: "strikes", by: "V", against: ["T"], where: ["T"], start: "2000-01-12", assessments: ok }],
  });
  const b = isd(s, "2000-01-13", { nonStateActors: "armed-attack-by-nsa" });
  assert.equal(b.status, "not-available");
  assert.match(find(b, "failed", /source/i)[0].because, /directed at Supporterland, not at the author of the attack \(the Group\)/);
});

// ---- Principle 9: every use of force is a possible armed attack on its target -------------------------

test("a state may rest a counter-use on self-defence against an earlier use of force recorded in the same file", () => {
  const s = situation({
    uses: [
      { id: "u1", title: "Attackerland bombs Victimland", by: "X", against: "V", where: ["V"], start: "2000-01-10", asAttack: { kind: "bombardment" } },
      { id: "u2", title: "Victimland strikes back", by: "V", against: "X", where: ["V", "X"], start: "2000-01-11", respondsTo: ["u1"], assessments: ok },
    ],
  });
  const b = isd(s, "2000-01-12", undefined, 1);
  assert.equal(b.status, "available");
  // Judged by the same conditions: without its gravity, undetermined.
  const vague = situation({ ...s, uses: [{ ...s.uses[0], asAttack: undefined }, s.uses[1]] });
  assert.equal(isd(vague, "2000-01-12", undefined, 1).status, "undetermined");
});

test("force that answers a state's own armed attack is no armed attack giving that state self-defence", () => {
  const s = situation({
    attacks: [invasion],
    uses: [
      { id: "u1", title: "Victimland expels the invader", by: "V", against: "X", where: ["V", "X"], start: "2000-01-11", respondsTo: ["a1"], assessments: ok, asAttack: { kind: "bombardment" } },
      { id: "u2", title: "Attackerland fights on", by: "X", against: "V", where: ["V"], start: "2000-01-12", assessments: ok },
    ],
  });
  const b = isd(s, "2000-01-13", undefined, 1);
  assert.equal(b.status, "not-available");
  // Answered once, at the list of attacks: the counter-use is no candidate (principle 10; reader9 F8).
  assert.match(nodes(b.conditions).find((n) => n.status === "failed" && /\/attacks$/.test(n.id))!.because, /no armed attack on Attackerland is recorded: "Victimland expels the invader" answers the armed attack \(invasion, 2000-01-10\) by Attackerland itself/);
});

test("a strike against a mere threat is itself a possible armed attack on the threatening state", () => {
  const s = situation({
    attacks: [{ id: "t1", by: "X", against: "V", date: "2000-01-01", stage: "remote", kind: "missile" }],
    uses: [
      { id: "u1", title: "Victimland strikes Attackerland's missile sites", by: "V", against: "X", where: ["X"], start: "2000-01-10", respondsTo: ["t1"], asAttack: { kind: "bombardment" } },
      { id: "u2", title: "Attackerland answers", by: "X", against: "V", where: ["X", "V"], start: "2000-01-11", respondsTo: ["u1"], assessments: ok },
    ],
  });
  assert.equal(isd(s, "2000-01-12", undefined, 1).status, "available");
  assert.equal(isd(s, "2000-01-12", undefined, 0).status, "not-available");
});

// ---- Principle 10: an aggressor's collective self-defence, answered once ---------------------------

test("an aggressor's claim of collective self-defence is answered once, plainly", () => {
  const s = situation({
    attacks: [invasion],
    uses: [{ id: "u1", title: "Attackerland invades", by: "X", against: "V", where: ["V"], start: "2000-01-10", claims: [{ label: "collective self-defence", basis: "collective-self-defence", by: "X" }] }],
  });
  const b = csd(s, "2000-01-12");
  assert.equal(b.status, "not-available");
  const victims = nodes(b.conditions).filter((n) => /victims/.test(n.id));
  assert.equal(victims.length, 1);
  assert.equal(victims[0].children.length, 0);
  assert.match(victims[0].because, /no armed attack by another state on any state Attackerland could be defending/);
});

test("the author of an attack is named once, even when the attack is both its own and attributed to it", () => {
  const s = collective({ attacks: [{ ...invasion, attribution: { state: "X", link: "organ", established: true } }] }, { against: "T", where: ["T"] });
  const because = find(csd(s), "failed", /source/i)[0].because;
  assert.match(because, /not at the author of the attack \(Attackerland\)/);
  assert.doesNotMatch(because, /Attackerland, Attackerland|Attackerland and Attackerland/);
});

// ---- Principle 15 (self-defence half): several victims, origins, supporters; each member's own start -

test("an attack on a multinational force is an attack on each contributing state", () => {
  const s = situation({
    attacks: [{ id: "a1", by: "X", against: "V", alsoAgainst: ["H"], date: "2000-01-10", kind: "attack-on-forces", gravity: "armed-attack" }],
    consents: [{ id: "c1", state: "V", givenBy: "Government of Victimland", authority: "government", to: ["H"], date: "1999-12-01" }],
    uses: [{ id: "u1", title: "Helperland's contingent returns fire", by: "H", against: "X", where: ["V"], start: "2000-01-10", assessments: ok }],
  });
  assert.equal(isd(s, "2000-01-11").status, "available");
});

test("an attack launched from several territories: art 51 applies if any part comes from outside the victim's control", () => {
  const places = [
    { id: "occ", name: "occupied zone", territoryOf: "T", controlledBy: "V" },
    { id: "abroad", name: "launch sites abroad", territoryOf: "X" },
  ];
  const attack = { id: "a1", by: "X", against: "V", date: "2000-01-10", kind: "missile" as const, gravity: "armed-attack" as const, originatesFrom: "occ" };
  const use: UseInput = { id: "u1", title: "strikes", by: "V", against: "X", where: ["abroad"], start: "2000-01-11", assessments: ok };
  assert.equal(isd(situation({ places, attacks: [attack], uses: [use] }), "2000-01-12").status, "not-available");
  const b = isd(situation({ places, attacks: [{ ...attack, alsoFrom: ["abroad"] }], uses: [use] }), "2000-01-12");
  assert.equal(b.status, "available");
  assert.match(find(b, "satisfied", /originate/i)[0].because, /launched from launch sites abroad/);
});

test("an attack by a group supported by several states is attributed to each state whose link attributes it", () => {
  const s = situation({
    actors: [{ id: "V", name: "Victimland", kind: "state" }, { id: "T", name: "Harbourland", kind: "state" }, { id: "S", name: "Senderland", kind: "state" }, { id: "G", name: "the Group", kind: "group" }],
    attacks: [{ id: "a1", by: "G", against: "V", date: "2000-01-10", kind: "armed-bands", gravity: "armed-attack", attribution: { state: "T", link: "harbouring", established: true }, attributions: [{ state: "S", link: "sent-by-or-on-behalf", established: true }] }],
    uses: [{ id: "u1", title: "strikes on Senderland", by: "V", against: ["S"], where: ["S"], start: "2000-01-12", assessments: ok }],
  });
  const b = isd(s, "2000-01-13", { nonStateActors: "attribution-required" });
  assert.equal(b.status, "available");
  assert.match(find(b, "satisfied", /attributable/i)[0].because, /was sent by or on behalf of Senderland/);
});

test("each coalition member is judged from its own start date", () => {
  const s = collective(
    { actors: [{ id: "V", name: "Victimland", kind: "state" }, { id: "X", name: "Attackerland", kind: "state" }, { id: "H", name: "Helperland", kind: "state" }, { id: "L", name: "Lateland", kind: "state" }], requests: [{ by: "V", to: ["H"], date: "2000-01-11" }, { by: "V", to: ["L"], date: "2000-02-01" }] },
    { by: ["H", "L"], startBy: { L: "2000-02-05" } },
  );
  const early = csd(s, "2000-01-20");
  assert.equal(early.status, "available");
  assert.ok(!nodes(early.conditions).some((n) => n.id.startsWith("actors[L]")), "Lateland is not yet acting");
  const later = csd(s, "2000-02-10");
  assert.equal(later.status, "available");
  assert.doesNotMatch(requestedNode({ ...later, conditions: later.conditions.filter((n) => n.id.startsWith("actors[L]")) }).because, /after the force began/);
});

// ---- Reason codes: every self-defence reason is worded in both languages ----------------------------

test("every self-defence reason renders in English and natural Japanese", () => {
  const codes = [...reasonCatalog().keys()].filter((c) => c.startsWith("art51."));
  assert.ok(codes.length > 60, `${codes.length} reasons`);
  for (const code of codes) for (const w of Object.values(reasonCatalog().get(code)!)) assert.equal(typeof w, "function");
  const s = collective({ requests: [{ by: "V", to: ["H"], date: "2000-01-20" }] });
  const r = nodes(csd(s, "2000-01-18").conditions);
  assert.ok(r.length > 0);
  assert.match(renderReason({ code: "art51.requestOnlyLater", args: { victim: "クウェート", reqDate: "1990-08-12", date: "1990-08-10" } }, "ja"), /まだ援助を要請していない/);
  assert.match(renderReason({ code: "art51.notArmedHelp", args: { victim: "V", date: "1990-08-02", form: "council-meeting" } }, "ja"), /武力による援助の要請ではない/);
});
