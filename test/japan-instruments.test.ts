// Each instrument of Japan's law, reached from the facts, with a condition that makes it fail; and
// the Diet approval rules, statute and political commitment apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { attackOnUsShip, defendUsShip, example, instrument, jpSituation, judge, node } from "./japan-helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";

type Use = SituationInput["uses"][number];
const use = (japan: NonNullable<Use["japan"]>, extra: Partial<Use> = {}): Use => ({ id: "u1", title: "SDF action", by: "jp", where: "sea", start: "2013-05-02", respondsTo: ["a1"], japan, ...extra });
const findings = { noOtherMeans: "yes" as const, minimumNecessary: "yes" as const };

// ---- defence operations ------------------------------------------------------------------------

const invasion = { attacks: [{ id: "a1", by: "x", against: "jp", target: "territory" as const, where: "home", date: "2013-05-01", kind: "invasion" as const }] };

test("repelling an invasion of Japan falls under defence operations in an armed attack situation, under the traditional conditions in 2013", () => {
  const s = jpSituation({ ...invasion, uses: [use({ activity: "repel-attack", findings }, { where: "home", against: "x" })] });
  const { d } = judge(s, "2013-06-01");
  assert.equal(d.answer, "permitted");
  assert.equal(d.instrument?.id, "defence-armed-attack");
  assert.equal(node(d, "jp-tc-1")?.status, "satisfied");
  assert.equal(d.category?.id, "individual-self-defence");
  assert.equal(d.diet.statute?.kind, "prior-in-principle-ex-post-if-urgent");
});

test("an armed attack on Japan that is only imminent allows no use of force: force waits until the attack is commenced", () => {
  const s = jpSituation({
    attacks: [{ id: "a1", by: "x", against: "jp", target: "territory", where: "home", date: "2013-05-01", kind: "invasion", stage: "imminent" }],
    uses: [use({ activity: "repel-attack", findings }, { where: "home", against: "x" })],
  });
  const { d } = judge(s, "2016-06-01");
  assert.equal(d.answer, "not-permitted");
  assert.match(node(d, "jp-nc-1a")!.because, /only once the attack has been commenced/);
  assert.equal(node(d, "jp-armed-attack-situation", "defence-armed-attack")?.status, "satisfied", "it is an armed attack situation all the same");
  assert.equal(node(d, "jp-force-once-commenced", "defence-armed-attack")?.status, "failed");
});

test("preparation against an anticipated armed attack falls under the anticipated armed attack situation, with no use of force", () => {
  const s = jpSituation({
    attacks: [{ id: "a1", by: "x", against: "jp", target: "territory", where: "home", date: "2013-05-01", kind: "invasion", stage: "remote" }],
    uses: [use({ activity: "preparation" }, { where: "home", isForce: "no" })],
  });
  const { d } = judge(s, "2016-06-01");
  assert.equal(d.answer, "permitted");
  assert.equal(d.instrument?.id, "anticipated-armed-attack");
  assert.equal(d.character.value, "non-forcible");
  assert.equal(d.diet.statute?.kind, "after-cabinet-decision");
});

test("defending a US ship under armed attack in 2016 falls under the survival-threatening situation only if the government finds Japan's survival threatened", () => {
  const yes = judge(jpSituation({ ...attackOnUsShip, uses: [defendUsShip()] }), "2016-06-01").d;
  assert.equal(yes.instrument?.id, "defence-survival");
  const no = judge(jpSituation({ ...attackOnUsShip, uses: [defendUsShip({ findings: { ...findings, survivalThreat: "no" } })] }), "2016-06-01").d;
  assert.equal(no.answer, "not-permitted");
  assert.equal(node(no, "jp-survival-threat")?.status, "failed");
});

test("a victim with no treaty with Japan is 'a foreign country in a close relationship' only if the facts say so", () => {
  const attack = { attacks: [{ id: "a1", by: "x", against: "v", target: "vessel" as const, where: "sea", date: "2013-05-01", gravity: "armed-attack" as const }] };
  const unstated = judge(jpSituation({ ...attack, uses: [{ ...defendUsShip(), onBehalfOf: ["v"] }] }), "2016-06-01").d;
  assert.equal(node(unstated, "jp-close-relationship")?.status, "unknown");
  assert.equal(unstated.answer, "undetermined");
  const denied = judge(jpSituation({ ...attack, uses: [{ ...defendUsShip({ closeRelationship: { v: "no" } }), onBehalfOf: ["v"] }] }), "2016-06-01").d;
  assert.equal(denied.answer, "not-permitted");
});

test("stop-and-search without the master's consent falls under the Maritime Transportation Restriction Act in a survival-threatening situation from 2016, not before", () => {
  const s = jpSituation({ ...attackOnUsShip, uses: [defendUsShip({ activity: "forcible-inspection" })] });
  assert.equal(judge(s, "2016-06-01").d.instrument?.id, "maritime-transport-restriction");
  const before = judge(s, "2015-06-01").d;
  assert.equal(before.answer, "not-permitted");
  assert.equal(node(before, "jp-mtra-from-2016")?.status, "failed");
});

// ---- gray zone ---------------------------------------------------------------------------------

test("an armed group's landing on a Japanese island, where the police cannot cope, falls under public security operations", () => {
  const { d } = judge(example("case-01-remote-island-unlawful-acts"), "2013-06-01");
  assert.equal(d.answer, "permitted");
  assert.equal(d.instrument?.id, "public-security-operations");
  assert.equal(d.character.value, "police-type");
});

test("an attack on a Japanese private ship on the high seas falls under maritime security operations, but an attack on a foreign ship does not", () => {
  const { d } = judge(example("case-02-high-seas-unlawful-acts"), "2013-06-01");
  assert.equal(d.instrument?.id, "maritime-security-operations");
  const foreign = jpSituation({
    attacks: [{ id: "a1", by: "g", against: "v", target: "vessel", where: "sea", date: "2013-05-01", gravity: "lesser" }],
    uses: [use({ activity: "police-response", findings: { specialNeed: "yes" } }, { isForce: "no" })],
  });
  const f = judge(foreign, "2013-06-01").d;
  assert.equal(f.answer, "not-permitted");
  assert.equal(node(f, "jp-protects-japanese")?.status, "failed");
});

test("pirates attacking a foreign ship on the high seas fall under the Anti-Piracy Act from 24 July 2009, not on 23 July 2009", () => {
  const s = jpSituation({
    attacks: [{ id: "a1", by: "g", against: "v", target: "vessel", where: "sea", date: "2009-01-01", gravity: "lesser" }],
    uses: [use({ activity: "anti-piracy", findings: { specialNeed: "yes" } }, { start: "2009-01-02", isForce: "no" })],
  });
  assert.equal(judge(s, "2009-07-23").d.answer, "not-permitted");
  const after = judge(s, "2009-07-24").d;
  assert.equal(after.answer, "permitted");
  assert.equal(after.instrument?.id, "anti-piracy");
  // No approval; the Prime Minister reports to the Diet (Anti-Piracy Act art 7(3)).
  assert.equal(after.diet.statute?.kind, "report-only");
});

test("guarding a US ship's equipment against harassment falls under SDF Act art 95-2 from 2016, and fails once the harassment is an armed attack", () => {
  const s = example("case-03-us-ship-bmd-watch-gray-zone");
  const { d } = judge(s, "2016-06-01");
  assert.equal(d.instrument?.id, "asset-protection-95-2");
  assert.ok(d.notes.some((n) => /22 December 2016/.test(n)), "legally available, not yet operational");
  assert.equal(judge(s, "2015-06-01").d.answer, "not-permitted");
  const armed = { ...s, attacks: s.attacks!.map((a) => ({ ...a, gravity: "armed-attack" as const })) };
  const war = judge(armed, "2016-06-01").d;
  assert.equal(instrument(war, "asset-protection-95-2")?.status, "failed");
  assert.equal(war.character.value, "use-of-force");
});

test("a ballistic missile flying toward Japan, short of an armed attack, falls under the destruction measure; one bound for the US does not", () => {
  const s = jpSituation({
    attacks: [{ id: "a1", by: "x", against: "jp", target: "territory", where: "home", date: "2013-05-01", kind: "missile", stage: "launched", gravity: "lesser" }],
    uses: [use({ activity: "missile-interception" }, { isForce: "no" })],
  });
  const { d } = judge(s, "2013-06-01");
  assert.equal(d.instrument?.id, "missile-destruction");
  const guam = judge(example("missile-over-japan-toward-guam"), "2017-08-10").d;
  assert.equal(node(guam, "jp-missile-toward-japan", "missile-destruction")?.status, "failed");
});

test("clearing mines after the hostilities ended is not a use of force and falls under the removal of mines; during hostilities it does not", () => {
  const after = judge(example("hormuz-after-ceasefire"), "2016-06-01").d;
  assert.equal(after.instrument?.id, "mine-removal");
  assert.equal(after.character.value, "non-forcible");
  const during = judge(example("hormuz-during-hostilities"), "2016-06-01").d;
  assert.equal(instrument(during, "mine-removal")?.status, "failed");
  assert.equal(during.character.value, "use-of-force");
});

// ---- support -----------------------------------------------------------------------------------

const supportUse = (support: Record<string, unknown>, f: Record<string, unknown>, extra: Partial<Use> = {}) =>
  use({ activity: "logistics-support", nearJapan: "yes", findings: f, support: { to: ["us"], kinds: ["fuel", "supply"], combatAtSite: "no", combatExpected: "no", ...support } }, { isForce: "no", ...extra });

const usAttacked = { attacks: [{ id: "a1", by: "x", against: "us", target: "armed-forces" as const, where: "sea", date: "2013-05-01", gravity: "armed-attack" as const }] };

test("rear-area support under the 1999 Act goes only to US forces, and never includes ammunition", () => {
  const ok = judge(jpSituation({ ...usAttacked, uses: [supportUse({}, { surroundingArea: "yes" })] }), "2005-06-01").d;
  assert.equal(ok.instrument?.id, "surrounding-areas");
  const other = judge(jpSituation({ ...usAttacked, uses: [supportUse({ to: ["v"] }, { surroundingArea: "yes" })] }), "2005-06-01").d;
  assert.equal(node(other, "jp-saj-us-only")?.status, "failed");
  const ammo = judge(jpSituation({ ...usAttacked, uses: [supportUse({ kinds: ["ammunition"] }, { surroundingArea: "yes" })] }), "2005-06-01").d;
  assert.equal(node(ammo, "jp-saj-exclusions")?.status, "failed");
});

test("since 2016 support in an important influence situation may include ammunition but not weapons, and never at the scene of combat", () => {
  const ammo = judge(jpSituation({ ...usAttacked, uses: [supportUse({ kinds: ["ammunition"] }, { importantInfluence: "yes" })] }), "2016-06-01").d;
  assert.equal(ammo.instrument?.id, "important-influence");
  assert.equal(ammo.diet.commitment?.kind, "prior-unless-life-or-death");
  const weapons = judge(jpSituation({ ...usAttacked, uses: [supportUse({ kinds: ["weapons"] }, { importantInfluence: "yes" })] }), "2016-06-01").d;
  assert.equal(node(weapons, "jp-iis-no-weapons")?.status, "failed");
  const combat = judge(jpSituation({ ...usAttacked, uses: [supportUse({ combatAtSite: "yes" }, { importantInfluence: "yes" })] }), "2016-06-01").d;
  assert.equal(combat.character.value, "use-of-force", "support at the scene of combat is integrated with the use of force");
  assert.equal(combat.answer, "not-permitted");
});

const authorised = {
  attacks: [{ id: "a1", by: "x", against: "v", target: "territory" as const, where: "vland", date: "2013-05-01", kind: "invasion" as const }],
  resolutions: [{ id: "r1", adopted: "2013-05-03", adoptedAsRecorded: true, determination: { kind: "breach-of-the-peace" as const, against: "x" }, chapterVII: "express" as const, authorisation: "authorises" as const, addressees: { states: "all-members" as const }, measures: ["force" as const] }],
};

test("the International Peace Support Act needs a UN resolution and the Diet's prior approval, without exception", () => {
  const ipsaUse = (diet: { approval: "prior" | "ex-post"; urgent?: "yes" }) =>
    use({ activity: "logistics-support", findings: { jointResponse: "yes" }, diet, support: { to: ["us"], kinds: ["fuel"], combatAtSite: "no" } }, { isForce: "no" });
  const ok = judge(jpSituation({ ...authorised, uses: [ipsaUse({ approval: "prior" })] }), "2016-06-01").d;
  assert.equal(ok.instrument?.id, "international-peace-support");
  assert.equal(ok.diet.statute?.kind, "prior-required");
  const late = judge(jpSituation({ ...authorised, uses: [ipsaUse({ approval: "ex-post", urgent: "yes" })] }), "2016-06-01").d;
  assert.equal(node(late, "jp-ipsa-diet-prior")?.status, "failed");
  const noResolution = judge(jpSituation({ attacks: authorised.attacks, uses: [ipsaUse({ approval: "prior" })] }), "2016-06-01").d;
  assert.equal(node(noResolution, "jp-ipsa-resolution")?.status, "failed");
});

test("refuelling in 2005 for forces fighting the terrorists of 11 September 2001 falls under the Anti-Terrorism Special Measures Law, with approval sought within 20 days", () => {
  const s = jpSituation({ ...usAttacked, uses: [supportUse({}, {}, { purposes: ["counter-terrorism-2001"] })] });
  const { d } = judge(s, "2005-06-01");
  assert.equal(d.instrument?.id, "anti-terrorism-2001");
  assert.equal(d.diet.statute?.kind, "ex-post-within-20-days");
  const expired = judge(s, "2007-11-02").d;
  assert.equal(instrument(expired, "anti-terrorism-2001"), undefined, "expired on 1 November 2007");
  assert.notEqual(expired.answer, "permitted", "only the 1999 Act remains, and its own finding is missing");
});

test("supplying fuel and water to interdiction ships in 2009 falls under the Replenishment Support law, which allowed nothing else and needed no Diet approval", () => {
  const s = jpSituation({ ...usAttacked, uses: [supportUse({ kinds: ["fuel", "water"], withinStatutoryArea: "yes" }, {}, { purposes: ["maritime-interdiction"] })] });
  const { d } = judge(s, "2009-06-01");
  assert.equal(d.instrument?.id, "replenishment-2008");
  // No approval provision; plans and results reported to the Diet (White Paper 2009, 2010).
  assert.equal(d.diet.statute?.kind, "report-only");
  const ammo = jpSituation({ ...usAttacked, uses: [supportUse({ kinds: ["fuel", "ammunition"], withinStatutoryArea: "yes" }, {}, { purposes: ["maritime-interdiction"] })] });
  assert.equal(node(judge(ammo, "2009-06-01").d, "jp-repl-supply-only")?.status, "failed");
});

test("the ASDF airlift of armed troops into Baghdad is contested: lawful support for the government, an integrated use of force for the Nagoya High Court", () => {
  const { d } = judge(example("iraq-airlift-2006"), "2007-06-01");
  assert.equal(d.answer, "contested");
  const by = Object.fromEntries(d.positions!.map((p) => [p.positions.jpIttaika, p.status]));
  assert.deepEqual(by, { government: "permitted", "nagoya-high-court-2008": "not-permitted" });
  assert.equal(d.instrument?.id, "iraq-2003");
});

// ---- peace cooperation and nationals ------------------------------------------------------------

const pkoSituation = (japan: NonNullable<Use["japan"]>) =>
  jpSituation({
    attacks: [{ id: "a1", by: "g", against: "v", target: "other", where: "vland", date: "2013-05-01", gravity: "lesser", attribution: { state: "v", link: "none" } }],
    resolutions: [{ id: "r1", adopted: "1999-01-01", adoptedAsRecorded: true, measures: ["peacekeeping"] }],
    uses: [use(japan, { where: "vland", start: "1999-06-01", isForce: "no" })],
  });

test("peacekeeping-force core tasks were frozen until 14 December 2001 and needed the Diet's prior approval after it", () => {
  const s = pkoSituation({ activity: "peacekeeping", pko: { coreTasks: "yes", ceasefire: "yes", consentOfParties: "yes", impartial: "yes", unCommand: "yes" } });
  const frozen = judge(s, "2001-12-13").d;
  assert.equal(frozen.answer, "not-permitted");
  assert.equal(node(frozen, "jp-pko-freeze")?.status, "failed");
  const lifted = judge(s, "2001-12-14").d;
  assert.equal(lifted.instrument?.id, "pko");
  assert.equal(lifted.diet.statute?.kind, "prior-or-next-session");
});

test("a peacekeeping operation without a ceasefire agreement fails the first of the five principles", () => {
  const s = pkoSituation({ activity: "peacekeeping", pko: { coreTasks: "no", ceasefire: "no", consentOfParties: "yes", impartial: "yes", unCommand: "yes" } });
  assert.equal(node(judge(s, "2005-06-01").d, "jp-pko-ceasefire")?.status, "failed");
});

test("kaketsuke-keigo has a statutory basis only from 29 March 2016, and needs stable consent and no state or quasi-state adversary", () => {
  const s = example("case-05-kaketsuke-keigo");
  assert.equal(judge(s, "2013-06-01").d.answer, "not-permitted");
  const ok = judge(s, "2016-06-01").d;
  assert.equal(ok.instrument?.id, "pko-kaketsuke-keigo");
  assert.equal(ok.diet.statute?.kind, "none");
  const state = { ...s, uses: s.uses.map((u) => ({ ...u, japan: { ...u.japan!, stateAdversary: "yes" as const } })) };
  const bad = judge(state, "2016-06-01").d;
  assert.equal(bad.character.value, "use-of-force");
  assert.equal(bad.answer, "not-permitted");
});

test("weapons use to accomplish a mission falls under safety-ensuring operations from 2016", () => {
  assert.equal(judge(example("case-06-mission-weapons-use"), "2016-06-01").d.instrument?.id, "pko-safety-ensuring");
  assert.equal(judge(example("case-06-mission-weapons-use"), "2015-06-01").d.answer, "not-permitted");
});

test("rescuing nationals abroad falls under SDF Act art 84-3 from 2016 with the territorial state's consent, and fails without it", () => {
  const s = example("case-07-rescue-of-nationals");
  assert.equal(judge(s, "2016-06-01").d.instrument?.id, "rescue-nationals-84-3");
  const noConsent = judge({ ...s, consents: [] }, "2016-06-01").d;
  assert.equal(node(noConsent, "jp-84-3-consent")?.status, "failed");
  assert.equal(judge(s, "2013-06-01").d.answer, "not-permitted", "before 2016 the SDF could transport nationals but not rescue them");
});

test("transporting nationals abroad, when its safety is ensured (the 1994 test), falls under the SDF Act from 18 November 1994", () => {
  const s = jpSituation({ uses: [use({ activity: "transport-nationals", transportSafetyEnsured: "yes" }, { where: "vland", start: "1994-01-01", isForce: "no", respondsTo: [] })] });
  assert.equal(judge(s, "1994-11-17").d.answer, "not-permitted");
  assert.equal(judge(s, "1994-11-18").d.instrument?.id, "transport-nationals");
});

test("ship inspection needs a Council resolution or the flag state's consent, and the master's consent to boarding", () => {
  const base = {
    ...usAttacked,
    resolutions: [{ id: "r1", adopted: "2013-04-01", adoptedAsRecorded: true, measures: ["sanctions" as const], chapterVII: "express" as const }],
  };
  const ok = judge(jpSituation({ ...base, uses: [use({ activity: "ship-inspection", findings: { importantInfluence: "yes" }, inspection: { masterConsent: "yes" } }, { isForce: "no" })] }), "2016-06-01").d;
  assert.equal(ok.instrument?.id, "ship-inspection");
  const refused = judge(jpSituation({ ...base, uses: [use({ activity: "ship-inspection", findings: { importantInfluence: "yes" }, inspection: { masterConsent: "no" } }, { isForce: "no" })] }), "2016-06-01").d;
  assert.equal(node(refused, "jp-master-consent")?.status, "failed");
});

// ---- Diet approval: statute and political commitment kept apart ---------------------------------

test("the September 2015 commitment requires prior approval without exception for a survival-threatening situation alone, but it is not statute", () => {
  const { d } = judge(jpSituation({ ...attackOnUsShip, uses: [defendUsShip()] }), "2016-06-01");
  assert.equal(d.diet.statute?.kind, "prior-in-principle-ex-post-if-urgent");
  assert.equal(d.diet.commitment?.kind, "prior-without-exception");
  assert.equal(d.diet.commitment?.applies, "yes");
  assert.match(d.diet.commitment!.citations[0].text, /political commitment, not statute/);
});

test("the commitment does not apply where Japan itself is also attacked (an armed attack situation as well)", () => {
  const s = jpSituation({
    attacks: [...attackOnUsShip.attacks, { id: "a2", by: "x", against: "jp", target: "territory", where: "home", date: "2013-05-01", kind: "bombardment" }],
    declarations: attackOnUsShip.declarations,
    requests: attackOnUsShip.requests,
    uses: [{ ...defendUsShip(), respondsTo: ["a1", "a2"] }],
  });
  const { d } = judge(s, "2016-06-01");
  assert.equal(d.instrument?.id, "defence-armed-attack");
  assert.equal(d.diet.commitment, undefined, "the armed attack situation carries no commitment");
});

test("approval after the fact meets the statute of defence operations only where the matter was especially urgent", () => {
  const urgent = judge(jpSituation({ ...attackOnUsShip, uses: [defendUsShip({ diet: { approval: "ex-post", urgent: "yes" } })] }), "2016-06-01").d;
  assert.equal(urgent.diet.compliance.status, "met");
  const calm = judge(jpSituation({ ...attackOnUsShip, uses: [defendUsShip({ diet: { approval: "ex-post", urgent: "no" } })] }), "2016-06-01").d;
  assert.equal(calm.diet.compliance.status, "not-met");
});

test("where Japan acts together with the United States, japan.actor says which of the states in `by` is Japan", () => {
  const s = jpSituation({
    attacks: [{ id: "a1", by: "x", against: "jp", target: "territory", where: "home", date: "2013-05-01", kind: "invasion" }],
    uses: [use({ activity: "repel-attack", actor: "jp", findings }, { by: ["us", "jp"], where: "home", against: "x" })],
  });
  const { d } = judge(s, "2013-06-01");
  assert.equal(d.category?.id, "individual-self-defence");
  assert.equal(d.instrument?.id, "defence-armed-attack");
});
