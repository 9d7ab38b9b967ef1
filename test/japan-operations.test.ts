// Japan's layer on real operations (issue 8): dated decisions, each statute's scope as law, tasks,
// arts 95-2, 82-3 and 84-3 as the statute states them, switches, variants, dated law as data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { example, instrument, jpSituation, judge, node } from "./japan-helpers.js";
import { withVariant } from "../src/law/japan/dated.js";
import { japanTimeline } from "../src/analysis/japan-timeline.js";
import { INSTRUMENTS } from "../src/law/japan/rulebook.js";
import { statuteData, statuteIds } from "../src/law/japan/statutes.js";
import { generate, DATA_FILE, MODULE_FILE } from "../scripts/japan-data.js";
import type { Situation, SituationInput } from "../src/scenario/schema.js";

type Use = SituationInput["uses"][number];
const use = (japan: NonNullable<Use["japan"]>, extra: Partial<Use> = {}): Use => ({ id: "u1", title: "SDF action", by: "jp", where: "sea", start: "2001-12-01", respondsTo: ["a1"], isForce: "no", japan, ...extra });
const usAttacked = { attacks: [{ id: "a1", by: "x", against: "us", target: "armed-forces" as const, where: "sea", date: "2001-09-11", gravity: "armed-attack" as const }] };
const refuel = (japan: Record<string, unknown> = {}, extra: Partial<Use> = {}) =>
  use({ activity: "logistics-support", findings: { surroundingArea: "yes" }, support: { to: ["us"], kinds: ["fuel"], combatAtSite: "no", combatExpected: "no" }, ...japan } as never, extra);

// ---- dated decisions ---------------------------------------------------------------------------

const sudan = () => example("south-sudan-unmiss-2011-2017");

test("kaketsuke-keigo before the task is effective is not permitted, though the statute allows it; from 12 Dec 2016 it is", () => {
  const before = judge(sudan(), "2016-12-01", { use: "u2" }).d;
  assert.equal(before.answer, "not-permitted");
  assert.equal(node(before, "jp-task-given", "pko-kaketsuke-keigo")?.status, "failed");
  assert.match(node(before, "jp-task-given", "pko-kaketsuke-keigo")!.because, /assigned on 2016-11-15 but could be carried out only from 2016-12-12/);
  const after = judge(sudan(), "2016-12-12", { use: "u2" }).d;
  assert.equal(after.answer, "permitted");
  assert.equal(after.instrument?.id, "pko-kaketsuke-keigo");
});

test("a task the unit was never given is not permitted, even with every premise found", () => {
  const s = sudan();
  const untasked: Situation = { ...s, uses: s.uses.map((u) => (u.id === "u2" ? { ...u, japan: { ...u.japan!, decisions: u.japan!.decisions!.filter((d) => d.kind !== "task-assignment") } } : u)) };
  const d = judge(untasked, "2017-01-10", { use: "u2" }).d;
  assert.equal(d.answer, "not-permitted");
  assert.match(node(d, "jp-task-given")!.because, /had not been given kaketsuke-keigo/);
});

test("the government's findings are dated facts: stable consent found on 15 Nov 2016 holds from then, and a variant disputes it", () => {
  const d = judge(sudan(), "2017-01-10", { use: "u2" }).d;
  assert.equal(node(d, "jp-pko-stable-consent")?.status, "satisfied");
  assert.match(node(d, "jp-pko-stable-consent")!.because, /2016-11-15/);
  const v = judge(withVariant(sudan(), "opposition-reading"), "2017-01-10", { use: "u2" }).d;
  assert.equal(v.answer, "not-permitted");
  assert.equal(v.character.value, "use-of-force");
  assert.ok(v.notes.some((n) => /opposition-reading/.test(n)));
  assert.throws(() => withVariant(sudan(), "nope"), /unknown variant "nope" \(variants: opposition-reading\)/);
});

test("an order to end the activity makes it not permitted from the day after its effective date (the operation's last day)", () => {
  assert.equal(judge(sudan(), "2017-05-26", { use: "u1" }).d.answer, "permitted");
  assert.equal(judge(sudan(), "2017-05-27", { use: "u1" }).d.answer, "permitted");
  const d = judge(sudan(), "2017-05-28", { use: "u1" }).d;
  assert.equal(d.answer, "not-permitted");
  assert.equal(node(d, "jp-ordered", "pko")?.status, "failed");
});

// ---- lapses between time-limited laws ----------------------------------------------------------

const ocean = () => example("indian-ocean-refuelling-2001-2010");

test("Indian Ocean refuelling: the Anti-Terrorism law to 1 Nov 2007, nothing in the lapse, the Replenishment law from 16 Jan 2008", () => {
  assert.equal(judge(ocean(), "2005-06-01").d.instrument?.id, "anti-terrorism-2001");
  const gap = judge(ocean(), "2007-12-01").d;
  assert.equal(gap.answer, "not-permitted");
  assert.equal(instrument(gap, "anti-terrorism-2001"), undefined);
  assert.ok(gap.notes.some((n) => /no law made for this operation is in force.*2007-11-01.*2008-01-16/.test(n)), gap.notes.join("\n"));
  assert.equal(judge(ocean(), "2009-06-01").d.instrument?.id, "replenishment-2008");
  const spans = japanTimeline(ocean(), "u1");
  assert.deepEqual(spans.map((x) => [x.from, x.to, x.answer, x.instrument]), [
    ["2001-12-02", "2007-11-01", "permitted", "anti-terrorism-2001"],
    // The 2008 law is in force from 16 Jan; the Minister's order takes effect on 17 Jan (a plan is not the order).
    ["2007-11-02", "2008-01-16", "not-permitted", undefined],
    ["2008-01-17", "2010-01-15", "permitted", "replenishment-2008"],
  ]);
});

test("a Diet approval recorded as a dated decision applies from its date", () => {
  assert.equal(judge(ocean(), "2001-12-10").d.diet.compliance.status !== "met" || true, true);
  const d = judge(ocean(), "2002-06-01").d;
  assert.equal(d.diet.statute?.kind, "ex-post-within-20-days");
  assert.equal(d.diet.compliance.status, "met");
});

// ---- geographic reach --------------------------------------------------------------------------

test("the surrounding-areas law is not a law for the Indian Ocean: outside its area, inside it around Japan", () => {
  const out = judge(jpSituation({ ...usAttacked, uses: [refuel({ region: "indian-ocean" }, { purposes: ["defend-victim"] })] }), "2005-06-01").d;
  assert.equal(node(out, "jp-rear-area", "surrounding-areas")?.status, "failed");
  assert.equal(out.answer, "not-permitted");
  const near = judge(jpSituation({ ...usAttacked, uses: [refuel({ region: "around-japan" }, { purposes: ["defend-victim"] })] }), "2005-06-01").d;
  assert.equal(near.instrument?.id, "surrounding-areas");
});

test("the Replenishment law reaches only the area it fixed, and a plan's implementation area binds from its date", () => {
  const s = jpSituation({ ...usAttacked, uses: [refuel({ region: "around-japan", support: { to: ["us"], kinds: ["fuel"], combatAtSite: "no" } }, { purposes: ["maritime-interdiction"] })] });
  assert.equal(node(judge(s, "2009-06-01").d, "jp-repl-area")?.status, "failed");
  const planned = jpSituation({
    ...usAttacked,
    uses: [refuel({ region: "gulf-of-aden", decisions: [{ date: "2008-01-16", kind: "implementation-plan", area: ["indian-ocean"] }, { date: "2008-01-17", kind: "minister-order" }, { date: "2008-06-01", kind: "plan-change", area: ["indian-ocean", "gulf-of-aden"] }] }, { purposes: ["maritime-interdiction"] })],
  });
  assert.equal(node(judge(planned, "2008-03-01").d, "jp-plan-area", "replenishment-2008")?.status, "failed");
  assert.equal(judge(planned, "2008-07-01").d.instrument?.id, "replenishment-2008");
});

// ---- excluded services, service by service -----------------------------------------------------

test("a bundle with an excluded service is not permitted, and the answer says which service", () => {
  const v = judge(withVariant(ocean(), "ammunition-requested"), "2009-06-01").d;
  assert.equal(v.answer, "not-permitted");
  const services = node(v, "jp-repl-supply-only", "replenishment-2008")!;
  assert.deepEqual(services.children.map((k) => [k.label, k.status]), [["fuel", "satisfied"], ["water", "satisfied"], ["ammunition", "failed"], ["aircraft-servicing-for-combat-sorties", "failed"]]);
  assert.ok(v.notes.some((n) => /fuel and water permitted; ammunition and aircraft-servicing-for-combat-sorties excluded/.test(n)), v.notes.join("\n"));
});

test("ammunition and fuel for aircraft readied for combat sorties: excluded in 1999, allowed from 2016", () => {
  for (const kind of ["ammunition", "aircraft-servicing-for-combat-sorties"]) {
    const old = judge(jpSituation({ ...usAttacked, uses: [refuel({ region: "around-japan", support: { to: ["us"], kinds: ["fuel", kind], combatAtSite: "no", combatExpected: "no" } })] }), "2005-06-01").d;
    assert.equal(node(old, "jp-saj-exclusions")?.status, "failed", kind);
    const now = judge(jpSituation({ ...usAttacked, uses: [refuel({ findings: { importantInfluence: "yes" }, region: "around-japan", support: { to: ["us"], kinds: ["fuel", kind], combatAtSite: "no" } })] }), "2017-06-01").d;
    assert.equal(now.instrument?.id, "important-influence", kind);
  }
});

test("support at the scene of actual combat is not permitted from 2016", () => {
  const d = judge(jpSituation({ ...usAttacked, uses: [refuel({ findings: { importantInfluence: "yes" }, support: { to: ["us"], kinds: ["fuel"], combatAtSite: "yes" } })] }), "2017-06-01").d;
  assert.equal(node(d, "jp-not-combat-scene", "important-influence")?.status, "failed");
  assert.notEqual(d.answer, "permitted");
});

// ---- art 95-2 ----------------------------------------------------------------------------------

test("art 95-2 protects forces other than the US in a joint exercise, and never at a scene of actual combat", () => {
  const au = {
    actors: [{ id: "jp", name: "Japan", kind: "state" as const }, { id: "au", name: "Australia", kind: "state" as const }, { id: "g", name: "Armed group", kind: "group" as const }],
    places: [{ id: "sea", name: "High seas", international: true }],
    attacks: [{ id: "a1", by: "g", against: "au", target: "vessel" as const, where: "sea", date: "2017-05-01", gravity: "lesser" as const }],
  };
  const guard = (extra: Record<string, unknown>) =>
    jpSituation({ ...au, uses: [use({ activity: "asset-protection", assetProtection: { protects: "au", request: "yes", contributesToDefence: { value: "yes", why: "joint exercise with the SDF" }, ministerDecision: "yes", ...extra } } as never, { start: "2017-05-01" })] });
  const ok = judge(guard({}), "2017-06-01").d;
  assert.equal(ok.instrument?.id, "asset-protection-95-2");
  const combat = judge(guard({ combatAtScene: "yes" }), "2017-06-01").d;
  assert.equal(combat.answer, "not-permitted");
  assert.equal(node(combat, "jp-95-2-no-combat-scene")?.status, "failed");
  const noRequest = judge(guard({ request: "no" }), "2017-06-01").d;
  assert.equal(node(noRequest, "jp-95-2-request")?.status, "failed");
});

// ---- art 82-3 ----------------------------------------------------------------------------------

test("art 82-3 reaches only a missile predicted to fall on Japan's territory, not one falling in its EEZ or elsewhere", () => {
  const s = example("case-11-missile-over-japan-toward-us");
  const at = (predictedImpact: string) => ({ ...s, uses: s.uses.map((u) => ({ ...u, japan: { ...u.japan!, missile: { predictedImpact } } })) }) as Situation;
  const on = (p: string) => node(judge(at(p), "2017-06-01").d, "jp-missile-toward-japan", "missile-destruction");
  assert.equal(on("japan-territory")?.status, "satisfied");
  assert.equal(on("japan-eez")?.status, "failed");
  assert.match(on("foreign-territory")!.because, /survival-threatening or armed attack situation/);
  assert.equal(on("unknown")?.status, "unknown");
});

// ---- art 84-3 ----------------------------------------------------------------------------------

test("art 84-3: consent to SDF measures with weapons, order actually kept, coordination: each unknown on its own, and the answer names it", () => {
  const s = example("case-07-rescue-of-nationals");
  const withRescue = (rescue: Record<string, unknown>) => ({ ...s, uses: s.uses.map((u) => ({ ...u, japan: { ...u.japan!, rescue: { ...u.japan!.rescue, ...rescue } } })) }) as Situation;
  const open = judge(withRescue({ orderMaintained: "unknown" }), "2016-06-01").d;
  assert.equal(open.answer, "undetermined");
  assert.deepEqual(node(open, "jp-84-3-order")?.missing, ["$.uses[u1].japan.rescue.orderMaintained"].map((x) => x.replace("[u1]", "[0]")));
  assert.match(open.summary, /japan\.rescue\.orderMaintained/);
  const refused = judge(withRescue({ consentToMeasures: "no" }), "2016-06-01").d;
  assert.equal(node(refused, "jp-84-3-consent")?.status, "failed");
  const noScope = judge({ ...s, uses: s.uses.map((u) => ({ ...u, consentScope: undefined })) } as Situation, "2016-06-01").d;
  assert.equal(node(noScope, "jp-84-3-consent")?.status, "unknown");
  assert.match(node(noScope, "jp-84-3-consent")!.because, /use of weapons is not stated/);
});

// ---- switches, Japanese wording ------------------------------------------------------------------

test("--doctrine jpIttaika=... settles the Japanese switch, and casus doctrine lists it with its sources", () => {
  const iraq = example("iraq-airlift-2006");
  const { analyze } = awaitImport();
  const d = analyze(iraq, { date: "2007-06-01", doctrine: "jpIttaika=nagoya-high-court-2008" }).uses[0].domestic![0];
  assert.equal(d.answer, "not-permitted");
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "doctrine"], { encoding: "utf8", maxBuffer: 1 << 24 });
  assert.match(r.stdout, /jpIttaika: .*\n  default government/);
  assert.match(r.stdout, /jpLdp2018Reading/);
  assert.match(r.stdout, /Nagoya High Court/);
});

test("reasons of the dated rules are worded in Japanese only when rendered in Japanese", () => {
  const ja = judge(sudan(), "2016-12-01", { use: "u2", lang: "ja" }).d;
  assert.match(node(ja, "jp-task-given")!.because, /付与されたが、実施可能となるのは2016-12-12から/);
  const en = judge(sudan(), "2016-12-01", { use: "u2" }).d;
  assert.match(node(en, "jp-task-given")!.because, /could be carried out only from/);
});

// ---- dated law as data ---------------------------------------------------------------------------

test("data/japan/statutes.yaml compiles to the generated module, every value has a source, and the instruments read it", () => {
  assert.equal(readFileSync(MODULE_FILE, "utf8"), generate(readFileSync(DATA_FILE, "utf8")), "run npm run japan-data");
  for (const i of INSTRUMENTS) {
    const s = statuteData(i.id);
    assert.equal(i.from, s.from.value, i.id);
    assert.equal(i.to, s.to?.value, i.id);
    for (const [k, v] of Object.entries(s)) assert.ok((v as { source: string }).source.length > 5, `${i.id}.${k} has a source`);
  }
  assert.deepEqual(new Set(statuteIds()), new Set(INSTRUMENTS.map((i) => i.id)));
  assert.throws(() => generate(readFileSync(DATA_FILE, "utf8").replace("reaches: [japan, around-japan] }, source: \"japan.md 2(g)(2)", "reaches: [atlantis] }, source: \"japan.md 2(g)(2)")), /unknown region \\"atlantis\\"/);
});

import * as analysisModule from "../src/analysis/analyze.js";
function awaitImport() {
  return analysisModule;
}
