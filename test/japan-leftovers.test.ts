// Leftovers of issue 8 found by an earlier fresh reader, each a rule with its source in
// ../shared/law/japan.md: the Diet rules of the PKO Act and of SDF Act art 82, decisions cited only
// after they were made, Japanese words in Japanese output, the 2014 categories of counter-piracy,
// a basic plan is not an order, and the day after an operation's end.
import { test } from "node:test";
import assert from "node:assert/strict";
import { allNodes, example, jpSituation, judge } from "./japan-helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";
import type { DomesticAnalysis } from "../src/answer/types.js";

type Use = SituationInput["uses"][number];

/** Every citation text of the answer: Article 9, the instruments and the Diet rule. */
const citations = (d: DomesticAnalysis): string[] => [
  ...[d.constitution, ...d.instruments.flatMap((i) => i.conditions)].flatMap(allNodes).flatMap((n) => n.citations.map((c) => c.id)),
  ...(d.diet.statute?.citations ?? []).map((c) => c.id),
];

// ---- 1. Diet approval: PKO Act art 6(7)-(12) and art 7; SDF Act art 82 ----------------------------

const pkoUse = (japan: Record<string, unknown>, start = "2005-06-01") =>
  jpSituation({
    resolutions: [{ id: "r1", symbol: "S/RES/9999 (2004)", adopted: "2004-01-01", measures: ["peacekeeping"] }],
    uses: [
      {
        id: "u1",
        title: "SDF unit in a UN operation",
        by: "jp",
        where: "vland",
        start,
        isForce: "no",
        japan: { ...japan, pko: { unCommand: "yes", ceasefire: "yes", consentOfParties: "yes", impartial: "yes", ...((japan.pko as object) ?? {}) } },
      } as Use,
    ],
  });

test("PKO Act (japan.md 2(g)(1)): humanitarian relief needs no Diet approval on any date, whatever the core-task fact", () => {
  for (const day of ["1995-06-01", "2005-06-01", "2017-06-01"]) {
    const d = judge(pkoUse({ activity: "humanitarian-relief" }, day), day).d;
    assert.equal(d.diet.statute?.kind, "report-only", day);
    assert.equal(d.diet.compliance.status, "not-required", day);
  }
});

test("PKO Act art 6(7): core tasks need prior approval, or approval sought in the first Diet convened if it was not sitting; other tasks none", () => {
  const core = (diet: Record<string, unknown>) => judge(pkoUse({ activity: "peacekeeping", pko: { coreTasks: "yes" }, diet }), "2005-06-01").d;
  assert.equal(core({}).diet.statute?.kind, "prior-or-next-session");
  assert.equal(core({ approval: "prior" }).diet.compliance.status, "met");
  assert.equal(core({ approval: "ex-post", sitting: "no" }).diet.compliance.status, "met");
  assert.equal(core({ approval: "ex-post", sitting: "yes" }).diet.compliance.status, "not-met");
  assert.equal(core({ approval: "none" }).diet.compliance.status, "not-met");
  const engineering = judge(pkoUse({ activity: "peacekeeping", pko: { coreTasks: "no" }, diet: { approval: "none" } }), "2005-06-01").d;
  assert.equal(engineering.diet.statute?.kind, "report-only");
  assert.equal(engineering.diet.compliance.status, "not-required");
  // Not known whether the unit performs core tasks: no approval sought is not a failure of a rule that may not bind.
  const open = judge(pkoUse({ activity: "peacekeeping", diet: { approval: "none" } }), "2005-06-01").d;
  assert.equal(open.diet.compliance.status, "unknown");
  assert.match(open.diet.compliance.because, /core tasks/);
});

const art82 = (start: string) =>
  jpSituation({
    attacks: [{ id: "a1", by: "g", against: "v", target: "vessel", where: "sea", date: "2009-01-10", gravity: "lesser", kind: "other" }],
    uses: [{ id: "u1", title: "escort", by: "jp", against: "g", where: "sea", start, respondsTo: ["a1"], isForce: "no", japan: { activity: "escort", region: "gulf-of-aden", japanRelated: "yes", findings: { specialNeed: "yes" } } } as Use],
  });

test("SDF Act art 82 provides for no Diet approval and no report to the Diet; the Anti-Piracy Act has the Prime Minister report (art 7(3))", () => {
  const d = judge(art82("2009-04-01"), "2009-04-01").d;
  assert.equal(d.instrument?.id, "maritime-security-operations");
  assert.equal(d.diet.statute?.kind, "none");
  assert.doesNotMatch(d.diet.statute!.label, /report/i);
  assert.doesNotMatch(judge(art82("2009-04-01"), "2009-04-01", { lang: "ja" }).d.diet.statute!.label, /報告/);
  const piracy = judge(example("gulf-of-aden-counter-piracy-2009"), "2012-06-01").d;
  assert.equal(piracy.instrument?.id, "anti-piracy");
  assert.equal(piracy.diet.statute?.kind, "report-only");
  assert.match(piracy.diet.statute!.label, /reports to the Diet/);
});

// ---- 2. a decision is cited only on dates after it was made ---------------------------------------

test("the May 2015 gray-zone Cabinet decisions and the 2014 Cabinet Decision are not cited for an order of 2009; they are after they were made", () => {
  const d2009 = judge(art82("2009-04-01"), "2009-04-01").d;
  const cited2009 = citations(d2009);
  assert.ok(!cited2009.includes("jp-grayzone-2015"), cited2009.join(" "));
  assert.ok(!cited2009.some((id) => id.startsWith("jp-cd-2014")), cited2009.join(" "));
  assert.doesNotMatch(d2009.diet.statute!.note ?? "", /2015/);
  // Every leaf still cites something: the statute where the decision is not yet there.
  for (const i of d2009.instruments) for (const n of i.conditions.flatMap(allNodes)) if (n.children.length === 0) assert.ok(n.citations.length > 0, n.id);
  const d2016 = judge(art82("2016-06-01"), "2016-06-01").d;
  assert.ok(citations(d2016).includes("jp-grayzone-2015"));
  assert.match(d2016.diet.statute!.note ?? "", /May 2015/);
});

// ---- 4. counter-piracy and the 2014 categories ----------------------------------------------------

test("counter-piracy is outside the 15 cases of 27 May 2014 (gray zone 3, cooperation 4, collective self-defence 8), not a gray-zone case", () => {
  const d = judge(example("gulf-of-aden-counter-piracy-2009"), "2012-06-01").d;
  assert.equal(d.category?.id, "outside-scheme");
  assert.match(d.category!.because, /Anti-Piracy Act/);
  // An unlawful act against a ship on the high seas answered by police powers stays in the gray zone (case 2).
  assert.equal(judge(example("case-02-high-seas-unlawful-acts"), "2013-06-01").d.category?.id, "gray-zone");
});

// ---- 5. a basic plan is not an order ---------------------------------------------------------------

const planned = (decisions: Record<string, unknown>[]) =>
  jpSituation({
    attacks: [{ id: "a1", by: "x", against: "us", target: "vessel", where: "sea", date: "2001-09-11", kind: "attack-on-forces", gravity: "armed-attack" }],
    uses: [
      {
        id: "u1",
        title: "refuelling",
        by: "jp",
        where: "sea",
        start: "2001-12-02",
        onBehalfOf: ["us"],
        isForce: "no",
        purposes: ["counter-terrorism-2001"],
        japan: { activity: "logistics-support", region: "indian-ocean", support: { to: ["us"], kinds: ["fuel"], combatAtSite: "no", combatExpected: "no", contributesToCharterPurposes: "yes" }, decisions },
      } as Use,
    ],
  });

test("a Cabinet basic plan is not the Defense Minister's order: the SDF act on the order (japan.md 2(g)(3))", () => {
  const plan = { date: "2001-11-16", kind: "basic-plan", area: ["indian-ocean"] };
  const onlyPlan = judge(planned([plan]), "2002-01-10").d;
  assert.notEqual(onlyPlan.answer, "permitted");
  assert.equal(onlyPlan.instruments.find((i) => i.id === "anti-terrorism-2001")!.conditions.find((k) => k.id.endsWith("jp-ordered"))?.status, "unknown");
  const ordered = planned([plan, { date: "2001-11-20", effective: "2001-12-02", kind: "minister-order" }]);
  assert.equal(judge(ordered, "2001-12-01").d.answer, "not-permitted");
  assert.match(judge(ordered, "2001-12-01").d.summary, /a plan is not the order/);
  assert.equal(judge(ordered, "2002-01-10").d.answer, "permitted");
  // A Cabinet decision (the NSC guideline recorded as one) is no order either.
  assert.notEqual(judge(planned([{ date: "2001-11-16", kind: "cabinet-decision" }]), "2002-01-10").d.answer, "permitted");
});

// ---- reader8: art 95-2 guarding, art 84-4 transport ----------------------------------------------

const guarding = (japan: Record<string, unknown> = {}, partial: Partial<SituationInput> = {}) =>
  jpSituation({
    ...partial,
    uses: [
      {
        id: "u1",
        title: "MSDF guard a US supply ship",
        by: "jp",
        where: "sea",
        start: "2017-05-01",
        end: "2017-05-03",
        onBehalfOf: ["us"],
        isForce: "no",
        japan: {
          activity: "asset-protection",
          assetProtection: { protects: "us", contributesToDefence: "yes", combatAtScene: "no" },
          decisions: [{ date: "2017-05-01", kind: "finding", facts: { assetProtection: { request: "yes", ministerDecision: "yes" } } }],
          ...japan,
        },
      } as Use,
    ],
  });

test("art 95-2: a guarding that answers no infringement is permitted (weapons, not the guarding, are limited to infringements short of an armed attack); no order needed beyond the Minister's judgment", () => {
  const d = judge(guarding(), "2017-05-02").d;
  assert.equal(d.answer, "permitted");
  assert.equal(d.instrument?.id, "asset-protection-95-2");
  assert.equal(d.category?.id, "gray-zone");
  // With the attacks list left open, still permitted: the guarding does not depend on an infringement.
  assert.equal(judge(guarding({}, { incomplete: ["attacks"] } as Partial<SituationInput>), "2017-05-02").d.answer, "permitted");
  // The Japanese label of the infringement condition is not the combat-scene one.
  const ja = judge(guarding(), "2017-05-02", { lang: "ja" }).d;
  const labels = ja.instruments.find((i) => i.id === "asset-protection-95-2")!.conditions.map((k) => k.label);
  assert.equal(new Set(labels).size, labels.length, labels.join(" | "));
  assert.doesNotMatch(d.diet.statute!.label, /report/);
});

test("art 84-4 transport of nationals is outside the 15 cases; a task leaf cites the instrument's own statute", () => {
  const s = jpSituation({
    uses: [{ id: "u1", title: "airlift", by: "jp", where: "vland", start: "2021-08-23", isForce: "no", japan: { activity: "transport-nationals", transportSafe: "yes", decisions: [{ date: "2021-08-23", kind: "foreign-minister-request" }, { date: "2021-08-23", kind: "minister-order", tasks: ["transport-nationals"] }] } } as Use],
  });
  const d = judge(s, "2021-08-25").d;
  assert.equal(d.answer, "permitted");
  assert.equal(d.category?.id, "outside-scheme");
  assert.doesNotMatch(d.diet.statute!.label, /report/);
  const task = d.instruments.find((i) => i.id === "transport-nationals")!.conditions.find((k) => k.id.endsWith("jp-task-given"))!;
  assert.ok(task.citations.every((c) => !c.id.startsWith("jp-pko")), task.citations.map((c) => c.id).join(" "));
});

test("a statute in force whose conditions fail is 'the statutory conditions are not met', not 'no statutory authority'", () => {
  const d = judge(guarding({ assetProtection: { protects: "us", contributesToDefence: "no", combatAtScene: "no" } }), "2017-05-02").d;
  assert.equal(d.answer, "not-permitted");
  assert.match(d.summary, /statutory conditions are not met/);
  assert.ok(d.pair.flags.every((f) => !/no statutory authority/.test(f.message)), d.pair.flags.map((f) => f.message).join("\n"));
  assert.match(judge(guarding({ assetProtection: { protects: "us", contributesToDefence: "no", combatAtScene: "no" } }), "2017-05-02", { lang: "ja" }).d.summary, /法律の要件を満たさない/);
  // Before the statute: no statutory authority.
  assert.match(judge(guarding(), "2015-05-02").d.summary, /no statutory authority/);
});

// ---- 6. the day after an ending --------------------------------------------------------------------

test("the timeline changes on the day after an end decision's last day (an end's effective date is inclusive)", async () => {
  const { japanTimeline } = await import("../src/analysis/japan-timeline.js");
  const s = jpSituation({
    uses: [
      {
        id: "u1",
        title: "airlift",
        by: "jp",
        where: "vland",
        start: "2021-08-23",
        end: "2021-09-10",
        isForce: "no",
        japan: { activity: "transport-nationals", transportSafe: "yes", decisions: [{ date: "2021-08-23", kind: "foreign-minister-request" }, { date: "2021-08-23", kind: "minister-order" }, { date: "2021-08-31", kind: "end" }] },
      } as Use,
    ],
  });
  assert.deepEqual(
    japanTimeline(s, "u1").map((x) => [x.from, x.to, x.answer]),
    [
      ["2021-08-23", "2021-08-31", "permitted"],
      ["2021-09-01", "2021-09-10", "not-permitted"],
    ],
  );
});

// ---- 3. Japanese words in Japanese output -----------------------------------------------------------

test("regimes --lang ja names the regime, the instrument and the Diet rule in Japanese, with no id inside", async () => {
  const { regimesTable } = await import("../src/analysis/regimes.js");
  const { renderRegimesJa } = await import("../src/render/ja.js");
  const { REGIMES } = await import("../src/law/japan/regimes.js");
  const { INSTRUMENTS } = await import("../src/law/japan/rulebook.js");
  for (const name of ["gulf-of-aden-counter-piracy-2009", "iraq-samawah-2004-2006", "south-sudan-unmiss-2011-2017"]) {
    const text = renderRegimesJa(regimesTable(example(name), "u1", { lang: "ja" }));
    for (const id of [...REGIMES.map((r) => r.id), ...INSTRUMENTS.map((i) => i.id), "prior-or-next-session", "report-only", "ex-post-within-20-days", "not-in-source", " none"])
      assert.ok(!text.includes(id), `${name}: ${id} in\n${text}`);
  }
});

test("Japanese sentences name activities and services in Japanese (no activity or service id inside)", () => {
  const sudan = judge(example("south-sudan-unmiss-2011-2017"), "2017-01-10", { lang: "ja", use: "u2" }).d;
  const task = sudan.instruments.flatMap((i) => i.conditions.flatMap(allNodes)).find((n) => n.id.endsWith("jp-task-given"))!;
  assert.match(task.because, /駆け付け警護/);
  assert.doesNotMatch(task.because, /kaketsuke-keigo/);
  const airlift = judge(example("iraq-airlift-2006"), "2006-08-01", { lang: "ja" }).d;
  const items = airlift.instruments.flatMap((i) => i.conditions.flatMap(allNodes)).filter((n) => n.id.endsWith("-service"));
  assert.ok(items.length > 0);
  for (const n of items) assert.doesNotMatch(`${n.label} ${n.because}`, /[a-z]+-[a-z]+|\btransport\b/, n.label);
  assert.doesNotMatch(airlift.summary, /permitted/);
});

// ---- reader8 F7: two transport tests, two facts -------------------------------------------------

test("transport of nationals: 'can be carried out safely' (2013 amendment) does not answer the earlier 'safety is ensured' test", async () => {
  const { regimesTable } = await import("../src/analysis/regimes.js");
  const s = jpSituation({
    uses: [{ id: "u1", title: "airlift", by: "jp", where: "vland", start: "2021-08-23", isForce: "no", japan: { activity: "transport-nationals", transportSafe: "yes" } } as Use],
  });
  assert.equal(judge(s, "2021-08-25").d.answer, "permitted");
  const rows = regimesTable(s, "u1", { date: "2021-08-25" }).layers[0].rows;
  const before2013 = rows.find((r) => r.lawFrom <= "2005-01-01" && (r.lawTo ?? "9999") >= "2005-01-01")!;
  assert.equal(before2013.answer, "undetermined");
  const ensured = jpSituation({
    uses: [{ id: "u1", title: "airlift", by: "jp", where: "vland", start: "2005-08-23", isForce: "no", japan: { activity: "transport-nationals", transportSafetyEnsured: "yes" } } as Use],
  });
  assert.equal(judge(ensured, "2005-08-25").d.answer, "permitted");
});
