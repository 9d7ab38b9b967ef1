// When is a basis contested (issue 7, principle 11), and disputed facts (principle 12).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { contestOf, standingOf } from "../src/law/contest.js";
import { variantsOf, applyAt, DisputeError } from "../src/law/disputes.js";
import { SWITCHES } from "../src/law/doctrine.js";
import { basis, situation } from "./helpers.js";

test("every position of every doctrine switch has a standing", () => {
  for (const s of SWITCHES) for (const p of s.detail) assert.ok(["settled", "majority", "significant", "rejected"].includes(p.standing), `${s.id}=${p.id}`);
  assert.equal(standingOf("anticipatory", "preventive"), "rejected");
  assert.equal(standingOf("humanitarianIntervention", "exceptional-right"), "rejected");
});

test("contestOf: only a definite different answer of real standing contests; the default comes first", () => {
  const d = { positions: { anticipatory: "restrictive" }, value: "no" as const, isDefault: true };
  assert.equal(contestOf([d, { positions: { anticipatory: "caroline" }, value: "yes", isDefault: false }]).contested, true);
  const rejected = contestOf([d, { positions: { anticipatory: "preventive" }, value: "yes", isDefault: false }]);
  assert.equal(rejected.contested, false);
  assert.equal(rejected.value, "no");
  assert.equal(rejected.rejected!.length, 1);
  assert.equal(contestOf([d, { positions: { anticipatory: "caroline" }, value: "unknown", isDefault: false }]).contested, false);
  const facts = contestOf([{ positions: { "fact:d": "a" }, value: "yes", isDefault: true }, { positions: { "fact:d": "b" }, value: "no", isDefault: false }]);
  assert.deepEqual([facts.contested, facts.on], [true, ["facts"]]);
});

const actors = [
  { id: "V", name: "Victimland", kind: "state" as const },
  { id: "X", name: "Attackerland", kind: "state" as const },
  { id: "H", name: "Helperland", kind: "state" as const },
];
const remote = situation({
  actors,
  attacks: [{ id: "a1", by: "X", against: "H", date: "2020-01-01", stage: "remote", kind: "missile", gravity: "armed-attack" }],
  reports: [{ by: "H", date: "2020-01-05" }],
  uses: [{ id: "u1", title: "strike", by: "H", against: "X", where: ["X"], start: "2020-01-05", assessments: { necessity: true, proportionality: true, immediacy: true, directedAtSource: true } }],
});

test("preventive force against a remote threat: not available, available only under a position most authority rejects", () => {
  const b = basis(analyze(remote, { date: "2020-01-06" }).uses[0], "individual-self-defence");
  assert.equal(b.status, "not-available");
  assert.match(b.summary, /available only under anticipatory=preventive, a position most authority rejects/);
  assert.equal(analyze(remote, { date: "2020-01-06" }).uses[0].verdict, "unlawful");
});

test("an imminent attack stays contested: the Caroline position has real standing", () => {
  const s = structuredClone(remote);
  s.attacks![0].stage = "imminent";
  assert.equal(basis(analyze(s, { date: "2020-01-06" }).uses[0], "individual-self-defence").status, "contested");
});

const withConsent = (disputes: unknown) =>
  situation({
    actors: [...actors, { id: "G", name: "rebels", kind: "group" }],
    consents: [{ id: "k1", state: "V", givenBy: "the Government", authority: "government", to: ["H"], date: "2020-03-01" }],
    uses: [{ id: "u1", title: "help", by: "H", against: "G", where: ["V"], start: "2020-03-10" }],
    disputes: disputes as never,
  });

test("a disputed consent date makes consent contested on the facts, each version's answer shown", () => {
  const s = withConsent([{ id: "consent-date", path: "$.consents[k1].date", versions: [{ id: "host", by: "V", value: "2020-03-01" }, { id: "critics", by: "X", value: "2020-03-20", source: "statement" }] }]);
  const b = basis(analyze(s, { date: "2020-03-12" }).uses[0], "consent");
  assert.equal(b.status, "contested");
  assert.match(b.summary, /contested on the facts/);
  assert.deepEqual(b.positions!.map((p) => [p.positions["fact:consent-date" as never], p.status]), [["host", "available"], ["critics", "not-available"]]);
  // On a date both versions agree on, nothing is contested.
  assert.equal(basis(analyze(s, { date: "2020-03-25" }).uses[0], "consent").status, "available");
  // In Japanese, the dispute's summary is Japanese too (the versions' switch names stay as written).
  const ja = basis(analyze(s, { date: "2020-03-12", lang: "ja" }).uses[0], "consent").summary;
  assert.match(ja, /^事実について見解が分かれる（fact:consent-date=host：援用可能；fact:consent-date=critics：援用不可）。第一の版：/);
  assert.doesNotMatch(ja, /contested|version|available/);
});

test("a disputed existence of a consent (null removes it) and who could speak for the state", () => {
  const s = withConsent([{ id: "exists", path: "$.consents[k1]", versions: [{ id: "yes", value: { id: "k1", state: "V", givenBy: "the Government", authority: "government", to: ["H"], date: "2020-03-01" } }, { id: "no", value: null }] }]);
  assert.equal(basis(analyze(s, { date: "2020-03-12" }).uses[0], "consent").status, "contested");
  const who = withConsent([{ id: "entitled", path: "$.consents[0].entitled", versions: [{ id: "a", value: true }, { id: "b", value: false }] }]);
  assert.equal(basis(analyze(who, { date: "2020-03-12" }).uses[0], "consent").status, "contested");
});

test("a dispute with a bad path is a clear error naming the dispute and the version", () => {
  const s = withConsent([{ id: "bad", path: "$.consents[k9].date", versions: [{ id: "a", value: "2020" }, { id: "b", value: "2021" }] }]);
  assert.throws(() => variantsOf(s), (e: unknown) => e instanceof DisputeError && /disputes\[0\] \(bad\), version a: .*no item "k9"/.test((e as Error).message));
  assert.throws(() => applyAt(s, "consents..date", 1), DisputeError);
});
