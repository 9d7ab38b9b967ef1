// A fresh reader's two real operations (issue 8, reader japan9): peacekeeping where no armed
// conflict has occurred (PKO Act art 3(1), parenthesis), the Foreign Minister's request that arts
// 84-3 and 84-4 act on, the means of transport each amendment allowed, a Diet approval sought and
// not yet voted (pending, derived), and the two example files. Each rule cites ../shared/law/japan.md.
import { test } from "node:test";
import assert from "node:assert/strict";
import { example, jpSituation, judge, node } from "./japan-helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";

type Use = SituationInput["uses"][number];

// ---- PKO where no armed conflict has occurred (japan.md 2(g)(1): art 3(1), parenthesis) --------------

const pko = (pkoFacts: Record<string, unknown>, consents: SituationInput["consents"] = [{ id: "k1", state: "v", givenBy: "Government of V", authority: "government", to: ["jp"], date: "2009-01-01" }]) =>
  jpSituation({
    resolutions: [{ id: "r1", symbol: "S/RES/9999 (2009)", adopted: "2009-01-01", measures: ["peacekeeping"] }],
    consents,
    uses: [{ id: "u1", title: "SDF engineers in a UN operation", by: "jp", where: "vland", start: "2010-03-01", isForce: "no", japan: { activity: "peacekeeping", pko: { coreTasks: "no", impartial: "yes", unCommand: "yes", ...pkoFacts } } } as Use],
  });

test("PKO Act: where no armed conflict has occurred, no ceasefire is needed and the territorial state's consent suffices", () => {
  const d = judge(pko({ armedConflict: "no" }), "2011-06-01").d;
  assert.equal(d.answer, "permitted");
  assert.equal(node(d, "jp-pko-ceasefire")?.status, "satisfied");
  assert.match(node(d, "jp-pko-ceasefire")!.because, /no armed conflict has occurred/);
  assert.equal(node(d, "jp-pko-consent")?.status, "satisfied");
  assert.match(node(d, "jp-pko-consent")!.because, /State V consents/);
});

test("PKO Act, no armed conflict: with no consent of the territorial state recorded (a closed list), not permitted", () => {
  const d = judge(pko({ armedConflict: "no" }, []), "2011-06-01").d;
  assert.equal(d.answer, "not-permitted");
  assert.equal(node(d, "jp-pko-consent")?.status, "failed");
});

test("PKO Act: where an armed conflict occurred, or it is not stated, the ceasefire agreement is still needed", () => {
  for (const f of [{ armedConflict: "yes" }, {}]) {
    const d = judge(pko(f), "2011-06-01").d;
    assert.equal(d.answer, "undetermined", JSON.stringify(f));
    assert.equal(node(d, "jp-pko-ceasefire")?.status, "unknown");
  }
  const ja = judge(pko({ armedConflict: "no" }), "2011-06-01", { lang: "ja" }).d;
  assert.match(node(ja, "jp-pko-ceasefire")!.because, /武力紛争が発生していない/);
});

// ---- the Foreign Minister's request (japan.md 2(f) art 84-3 [S14]; 2(g)(7)(a) art 100-8 [S33]) -----

const transport = (japan: Record<string, unknown>, start = "2023-04-24") =>
  jpSituation({
    consents: [{ id: "k1", state: "v", givenBy: "Government of V", authority: "government", to: ["jp"], date: "1990-01-01" }],
    uses: [{ id: "u1", title: "SDF aircraft carry nationals out of V", by: "jp", where: "vland", start, isForce: "no", consentScope: { k1: "yes" }, japan: { activity: "transport-nationals", transportSafe: "yes", transportSafetyEnsured: "yes", ...japan } } as Use],
  });
const order = { date: "2023-04-21", kind: "minister-order", title: "Defense Minister's order" };
const request = { date: "2023-04-21", kind: "foreign-minister-request", by: "foreign-minister", title: "Foreign Minister's request" };

test("arts 84-3 and 84-4 act on the Foreign Minister's request: recorded, permitted; not recorded, undetermined naming it", () => {
  const d = judge(transport({ decisions: [request, order] }), "2023-04-24").d;
  assert.equal(d.answer, "permitted");
  assert.match(node(d, "jp-fm-request")!.because, /Foreign Minister's request \(2023-04-21\)/);
  const none = judge(transport({ decisions: [order] }), "2023-04-24").d;
  assert.equal(none.answer, "undetermined");
  assert.equal(node(none, "jp-fm-request")?.status, "unknown");
  assert.ok(node(none, "jp-fm-request")!.missing.some((p) => /foreignMinisterRequest|decisions/.test(p)));
});

test("a request recorded after the date judged, or a stated 'no', makes the transport not permitted on that date", () => {
  const later = judge(transport({ decisions: [{ ...request, date: "2023-04-25" }, order] }), "2023-04-24").d;
  assert.equal(later.answer, "not-permitted");
  assert.match(node(later, "jp-fm-request")!.because, /2023-04-25/);
  const no = judge(transport({ foreignMinisterRequest: "no", decisions: [order] }), "2023-04-24").d;
  assert.equal(no.answer, "not-permitted");
});

test("an undated block describes the action as requested and ordered (the 2014 cases stay as they were)", () => {
  const d = judge(transport({}), "2023-04-24").d;
  assert.equal(d.answer, "permitted");
  assert.equal(node(d, "jp-fm-request")?.status, "satisfied");
  assert.equal(judge(example("case-07-rescue-of-nationals"), "2016-06-01").d.answer, "permitted");
});

test("the rescue of nationals (art 84-3) reads the same request", () => {
  const s = jpSituation({
    consents: [{ id: "k1", state: "v", givenBy: "Government of V", authority: "government", to: ["jp"], date: "2016-01-01" }],
    uses: [{ id: "u1", title: "SDF rescue nationals in V", by: "jp", where: "vland", start: "2017-01-10", isForce: "no", consentScope: { k1: "yes" }, japan: { activity: "rescue-nationals", stateAdversary: "no", rescue: { orderMaintained: "yes", combatExpected: "no", coordination: "yes" }, decisions: [{ ...order, date: "2017-01-09" }] } } as Use],
  });
  const d = judge(s, "2017-01-10").d;
  assert.equal(node(d, "jp-fm-request", "rescue-nationals-84-3")?.status, "unknown");
});

// ---- the means of transport, by amendment (japan.md 2(g)(7)(a)) ---------------------------------------

test("transport of nationals: aircraft from 1994, ships from Act No. 61 of 1999, vehicles on land only from Act No. 77 of 2013", () => {
  const on = (means: string[], day: string) => judge(transport({ transportMeans: means }, day), day).d;
  assert.equal(on(["aircraft"], "1995-06-01").answer, "permitted");
  const ship = on(["ship"], "1998-06-01");
  assert.equal(ship.answer, "not-permitted");
  assert.match(node(ship, "jp-transport-means")!.because, /ship/);
  assert.equal(on(["ship"], "2005-06-01").answer, "permitted");
  const land = on(["aircraft", "vehicle"], "2013-01-21");
  assert.equal(land.answer, "not-permitted");
  assert.match(node(land, "jp-transport-means")!.because, /vehicle/);
  assert.equal(on(["aircraft", "vehicle"], "2014-06-01").answer, "permitted");
  const ja = judge(transport({ transportMeans: ["vehicle"] }, "2013-01-21"), "2013-01-21", { lang: "ja" }).d;
  assert.match(node(ja, "jp-transport-means")!.because, /車両/);
});

// ---- Diet approval sought, no vote yet: pending, derived -------------------------------------------

const iraqLaw = (decisions: unknown[]) =>
  jpSituation({
    consents: [{ id: "k1", state: "v", givenBy: "Government of V", authority: "government", to: ["jp"], date: "2003-12-01" }],
    uses: [
      {
        id: "u1",
        title: "SDF airlift under the Iraq law",
        by: "jp",
        where: "vland",
        start: "2004-01-20",
        purposes: ["iraq-security"],
        isForce: "no",
        consentScope: { k1: "yes" },
        japan: { activity: "logistics-support", region: "middle-east-land", support: { to: ["us"], kinds: ["transport"], combatAtSite: "no", combatExpected: "no", contributesToCharterPurposes: "yes" }, decisions } as never,
      } as Use,
    ],
  });

test("a request for the Diet's approval with no vote yet is a pending approval from its date; the vote then decides", () => {
  const base = [{ date: "2003-12-09", kind: "basic-plan", statute: "iraq-2003" }, { date: "2004-01-16", kind: "minister-order", statute: "iraq-2003" }];
  const ask = { date: "2004-01-26", kind: "diet-request", title: "Cabinet asks the Diet to approve the dispatch" };
  const before = judge(iraqLaw(base), "2004-01-28").d;
  assert.equal(before.diet.compliance.status, "unknown");
  const pending = judge(iraqLaw([...base, ask]), "2004-01-28").d;
  assert.equal(pending.diet.compliance.status, "met");
  assert.match(pending.diet.compliance.because, /sought after the start/);
  const refused = judge(iraqLaw([...base, ask, { date: "2004-02-05", kind: "diet-refusal" }]), "2004-02-06").d;
  assert.equal(refused.diet.compliance.status, "not-met");
});

test("a request for approval later than 20 days after the start does not meet the 2001 and 2003 laws' rule", () => {
  const base = [{ date: "2003-12-09", kind: "basic-plan", statute: "iraq-2003" }, { date: "2004-01-16", kind: "minister-order", statute: "iraq-2003" }];
  const late = judge(iraqLaw([...base, { date: "2004-03-01", kind: "diet-request" }]), "2004-03-02").d;
  assert.equal(late.diet.compliance.status, "not-met");
  assert.match(late.diet.compliance.because, /not sought within 20 days/);
});

// ---- the two example files -------------------------------------------------------------------

test("Sudan 2023: the transport is permitted from the request and order; the protection measures are not (order not kept)", () => {
  const s = example("sudan-evacuation-2023");
  const t = judge(s, "2023-04-24", { use: "u1" }).d;
  assert.equal(t.answer, "permitted");
  assert.equal(t.instrument?.id, "transport-nationals");
  assert.equal(t.category.id, "outside-scheme");
  assert.equal(t.diet.statute?.kind, "none");
  const r = judge(s, "2023-04-24", { use: "u2" }).d;
  assert.equal(r.answer, "not-permitted");
  assert.equal(node(r, "jp-84-3-order", "rescue-nationals-84-3")?.status, "failed");
});

test("Haiti 2010-2013: peacekeeping with no armed conflict is permitted while ordered, no Diet approval (no core tasks), ended after early 2013", () => {
  const s = example("haiti-minustah-2010-2013");
  const d = judge(s, "2011-06-01").d;
  assert.equal(d.answer, "permitted");
  assert.equal(d.instrument?.id, "pko");
  assert.equal(d.diet.statute?.kind, "report-only");
  assert.equal(judge(s, "2013-02-15").d.answer, "undetermined");
  assert.equal(judge(s, "2013-03-15").d.answer, "not-permitted");
});

// ---- decisions dated only to the month -------------------------------------------------------------

test("an order or an ending dated only to the month is unknown inside that month, not ignored", () => {
  const s = (decisions: unknown[]) => transport({ decisions: [request, ...decisions] } as never, "2023-04-01");
  const orderMonth = { date: "2023-05", kind: "minister-order", title: "order" };
  assert.equal(judge(s([orderMonth]), "2023-04-30").d.answer, "not-permitted");
  assert.equal(node(judge(s([orderMonth]), "2023-05-10").d, "jp-ordered")?.status, "unknown");
  assert.equal(judge(s([orderMonth]), "2023-06-01").d.answer, "permitted");
  const end = { date: "2023-06", kind: "end", title: "end of the operation" };
  const ordered = { date: "2023-04-01", kind: "minister-order", title: "order" };
  assert.equal(judge(s([ordered, end]), "2023-06-01").d.answer, "permitted");
  const mid = judge(s([ordered, end]), "2023-06-15").d;
  assert.equal(node(mid, "jp-ordered")?.status, "unknown");
  assert.match(node(mid, "jp-ordered")!.because, /known only to the month/);
  assert.equal(judge(s([ordered, end]), "2023-07-01").d.answer, "not-permitted");
});

// ---- the Diet rule of a statute not in force ---------------------------------------------------------

test("the one statute for an action gives no Diet rule on a date it is not yet in force (PKO Act before 10 Aug 1992)", () => {
  const s = example("haiti-minustah-2010-2013");
  const before = judge(s, "1990-01-01").d;
  assert.equal(before.answer, "not-permitted");
  assert.equal(before.diet.statute, undefined);
  assert.equal(judge(s, "2011-06-01").d.diet.statute?.kind, "report-only");
});

// ---- the regimes table splits where a statute's scope changes ---------------------------------------

test("regimes: the transport rows split on the day the 2013 amendment's test applies (statute data, not only regimes)", async () => {
  const { regimesTable } = await import("../src/analysis/regimes.js");
  const t = regimesTable(example("sudan-evacuation-2023"), "u1");
  const rows = t.layers.find((l) => l.layer === "japan")!.rows;
  const starts = rows.map((r) => r.lawFrom);
  assert.ok(starts.includes("2013-11-15"), starts.join(" "));
});
