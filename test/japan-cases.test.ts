// The fifteen cases of 27 May 2014, Hormuz and the missile toward Guam (examples/japan): the
// government's category reached from the facts, the international basis that would ground each,
// and whether the pair fits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { example, judge, node } from "./japan-helpers.js";

/** File, the government's category (japan.md 3.2), and the international basis that grounds it. */
const CASES: [string, string, string[]][] = [
  ["case-01-remote-island-unlawful-acts", "gray-zone", []],
  ["case-02-high-seas-unlawful-acts", "gray-zone", []],
  ["case-03-us-ship-bmd-watch-gray-zone", "gray-zone", []],
  ["case-04-support-against-aggression", "international-cooperation", []],
  ["case-05-kaketsuke-keigo", "international-cooperation", ["consent"]],
  ["case-06-mission-weapons-use", "international-cooperation", ["consent"]],
  ["case-07-rescue-of-nationals", "international-cooperation", ["consent"]],
  ["case-08-us-ship-carrying-japanese-evacuees", "collective-self-defence", ["collective-self-defence"]],
  ["case-09-us-ship-under-armed-attack", "collective-self-defence", ["collective-self-defence"]],
  ["case-10-forcible-ship-inspection", "collective-self-defence", ["collective-self-defence"]],
  ["case-11-missile-over-japan-toward-us", "collective-self-defence", ["collective-self-defence"]],
  ["case-12-us-ships-bmd-watch-armed-conflict", "collective-self-defence", ["collective-self-defence"]],
  ["case-13-us-homeland-attacked", "collective-self-defence", ["collective-self-defence"]],
  ["case-14-international-minesweeping", "collective-self-defence", ["collective-self-defence"]],
  ["case-15-joint-escort-of-commercial-ships", "collective-self-defence", ["collective-self-defence"]],
];

test("the fifteen cases fall into the government's categories from their facts: 3 gray zone, 4 international cooperation, 8 collective self-defence", () => {
  const counts: Record<string, number> = {};
  for (const [file, category] of CASES) {
    const { d } = judge(example(file), "2016-06-01");
    assert.equal(d.category?.id, category, file);
    counts[d.category!.id] = (counts[d.category!.id] ?? 0) + 1;
  }
  assert.deepEqual(counts, { "gray-zone": 3, "international-cooperation": 4, "collective-self-defence": 8 });
});

test("the category does not move with the date judged: the 2014 scheme reads the facts, not the law", () => {
  for (const [file, category] of CASES) assert.equal(judge(example(file), "2013-06-01").d.category?.id, category, file);
});

test("each case names the international-law basis that would ground it, and where Japan's conduct is no use of force, that none is needed", () => {
  for (const [file, , bases] of CASES) {
    const { u, d } = judge(example(file), "2016-06-01");
    assert.deepEqual(d.pair.international.available, bases, file);
    if (bases.length === 0) assert.equal(u.isForce, "no", `${file}: no basis needed`);
  }
});

test("the eight collective self-defence cases pair collective self-defence with the survival-threatening situation (or stop-and-search within it), and the pair fits", () => {
  for (const [file, category] of CASES.filter((c) => c[1] === "collective-self-defence")) {
    void category;
    const { d } = judge(example(file), "2016-06-01");
    assert.equal(d.character.value, "use-of-force", file);
    assert.deepEqual(d.pair.domestic.governmentBasis.includes("collective-self-defence"), true, file);
    assert.equal(d.pair.fits, "yes", file);
    assert.equal(d.answer, "undetermined", `${file}: the government's survival-threat finding decides`);
    assert.equal(node(d, "jp-survival-threat")?.status, "unknown", file);
  }
});

test("in 2013 every collective self-defence case is barred by Article 9, although international law allows it", () => {
  for (const [file] of CASES.filter((c) => c[1] === "collective-self-defence")) {
    const { d } = judge(example(file), "2013-06-01");
    assert.equal(d.answer, "not-permitted", file);
    assert.equal(d.constitution.status, "failed", file);
    assert.ok(d.pair.flags.some((f) => f.kind === "international-law-allows-domestic-law-does-not"), file);
  }
});

test("the gray-zone and cooperation cases are not a use of force in either law, and the pair fits", () => {
  for (const [file] of CASES.filter((c) => c[1] !== "collective-self-defence")) {
    const { d } = judge(example(file), "2016-06-01");
    assert.notEqual(d.character.value, "use-of-force", file);
    assert.equal(d.pair.fits, "yes", file);
  }
});

test("protecting a US vessel near Japan is outside the US-Japan Treaty's art V, which covers only territories under Japan's administration", () => {
  for (const file of ["case-09-us-ship-under-armed-attack", "case-13-us-homeland-attacked"]) {
    const { d } = judge(example(file), "2016-06-01");
    assert.ok(d.pair.flags.some((f) => f.kind === "treaty-not-triggered"), file);
  }
});

test("the same protection of a US ship is gray zone when the harassment falls short of an armed attack, and collective self-defence when it is one", () => {
  const s = example("case-03-us-ship-bmd-watch-gray-zone");
  assert.equal(judge(s, "2016-06-01").d.category?.id, "gray-zone");
  const armed = { ...s, attacks: s.attacks!.map((a) => ({ ...a, gravity: "armed-attack" as const })) };
  assert.equal(judge(armed, "2016-06-01").d.category?.id, "collective-self-defence");
});

test("minesweeping in an international strait during hostilities is a use of force; the strait is foreign territory, which the government's Hormuz exception admits", () => {
  const { d } = judge(example("case-14-international-minesweeping"), "2016-06-01");
  assert.equal(d.character.value, "use-of-force");
  assert.equal(node(d, "jp-no-overseas-dispatch")?.status, "satisfied");
  assert.match(node(d, "jp-no-overseas-dispatch")!.because, /one exception the government named/);
  const before = judge(example("case-14-international-minesweeping"), "2013-06-01").d;
  assert.equal(node(before, "jp-no-overseas-dispatch")?.status, "failed");
});

test("Hormuz during hostilities: collective self-defence grounds it, the survival-threatening situation would cover it, and the pair fits", () => {
  const { u, d } = judge(example("hormuz-during-hostilities"), "2016-06-01");
  assert.equal(u.bases.find((b) => b.basis === "collective-self-defence")!.status, "available");
  assert.equal(d.category?.id, "collective-self-defence");
  assert.equal(d.pair.fits, "yes");
  assert.equal(d.answer, "undetermined");
});

test("Hormuz after a ceasefire: clearing abandoned mines is no use of force, falls under the removal of mines, and is international cooperation", () => {
  const { u, d } = judge(example("hormuz-after-ceasefire"), "2016-06-01");
  assert.equal(u.isForce, "no");
  assert.equal(d.answer, "permitted");
  assert.equal(d.instrument?.id, "mine-removal");
  assert.equal(d.category?.id, "international-cooperation");
  assert.equal(d.pair.fits, "yes");
});

test("Hormuz after a Council resolution: only collective security grounds it, while Japan's instrument rests on collective self-defence, and casus flags the mismatch", () => {
  const { u, d } = judge(example("hormuz-after-council-resolution"), "2016-06-01");
  assert.equal(u.bases.find((b) => b.basis === "collective-security")!.status, "available");
  assert.equal(u.bases.find((b) => b.basis === "collective-self-defence")!.status, "contested");
  // Oman's consent does not reach force against State X's mines (ILC ASR art 20; issue 8 point 7): collective security alone.
  assert.deepEqual(d.pair.international.available, ["collective-security"]);
  assert.equal(d.pair.fits, "no");
  const flag = d.pair.flags.find((f) => f.kind === "continues-under-collective-security");
  assert.ok(flag);
  assert.match(flag!.message, /Q&A of June 2014, not the Decision's text/);
  assert.equal(judge(example("hormuz-after-council-resolution"), "2016-06-01", { reform: "cs-only" }).d.pair.fits, "yes");
});

test("a missile over Japan toward Guam: collective self-defence grounds it; the destruction measure does not reach it; only a survival-threat finding could", () => {
  const { u, d } = judge(example("missile-over-japan-toward-guam"), "2017-08-10");
  assert.equal(u.bases.find((b) => b.basis === "collective-self-defence")!.status, "available");
  assert.equal(d.category?.id, "collective-self-defence");
  assert.equal(d.instruments.find((i) => i.id === "missile-destruction")?.status, "failed");
  assert.equal(d.answer, "undetermined");
  assert.equal(node(d, "jp-survival-threat")?.missing[0], "$.uses[0].japan.findings.survivalThreat");
});
