// UN membership (issue 7, principle 15; data/un-membership.yaml): a state the dataset does not list
// and the situation does not describe is of unknown membership, which matters where a resolution
// authorises "Member States"; it never matters for the victim of an armed attack (the right is
// customary: Nicaragua para 193). Dataset dates are shown with their verified flag.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { Model } from "../src/scenario/model.js";
import { basis, nodes, situation } from "./helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";

type Res = NonNullable<SituationInput["resolutions"]>[number];
const auth: Res = { id: "r1", symbol: "S/RES/9001 (2020)", adopted: "2020-01-05", determination: "breach-of-the-peace", chapterVII: "express", authorisation: "authorises", addressees: { states: "all-members" } };
const use = (by: string) => ({ id: "u1", title: "force", by, against: "X", where: ["X"], start: "2020-02-01", mandates: { r1: { purpose: true, area: true, limits: true } } });
const addresseeOf = (actors: SituationInput["actors"], by: string) =>
  nodes(basis(analyze(situation({ actors, resolutions: [auth], uses: [use(by)] }), { date: "2020-02-10" }).uses[0], "collective-security").conditions).find((n) => /addressee/.test(n.label))!;

test("an invented state with no stated membership is of unknown membership: an authorisation of Member States is undetermined for it", () => {
  const n = addresseeOf([{ id: "Z", name: "Zedland", kind: "state" }, { id: "X", name: "Attackerland", kind: "state", unMember: true }], "Z");
  assert.equal(n.status, "unknown");
  assert.match(n.because, /whether Zedland was a Member on the date is unknown/);
  assert.deepEqual(n.missing, ["$.actors[0].unMember"]);
  assert.equal(new Model(situation({ actors: [{ id: "Z", name: "Zedland", kind: "state" }], uses: [use("Z")] })).isMember("Z", "2020-01-01"), "unknown");
});

test("a stated membership decides; a listed state's admission date comes from the dataset, shown with its verified flag", () => {
  assert.equal(addresseeOf([{ id: "Z", name: "Zedland", kind: "state", unMember: true }, { id: "X", name: "Attackerland", kind: "state" }], "Z").status, "satisfied");
  assert.equal(addresseeOf([{ id: "Z", name: "Zedland", kind: "state", unMember: false }, { id: "X", name: "Attackerland", kind: "state" }], "Z").status, "failed");
  const kw = addresseeOf([{ id: "KW", name: "Kuwait", kind: "state" }, { id: "X", name: "Attackerland", kind: "state" }], "KW");
  assert.equal(kw.status, "satisfied");
  assert.match(kw.because, /a Member since \d{4}-\d{2}-\d{2}, from data\/un-membership\.yaml: date not checked against the UN list/);
});

test("the victim's membership decides nothing for self-defence: unknown membership is said, and the right is customary", () => {
  const s = situation({
    actors: [{ id: "Z", name: "Zedland", kind: "state" }, { id: "X", name: "Attackerland", kind: "state" }, { id: "H", name: "Helperland", kind: "state", unMember: true }],
    attacks: [{ id: "a1", by: "X", against: "Z", date: "2020-01-01", gravity: "armed-attack" }],
    declarations: [{ by: "Z", date: "2020-01-01" }],
    requests: [{ by: "Z", to: ["H"], date: "2020-01-02" }],
    uses: [{ id: "u1", title: "help", by: "H", against: "X", where: ["Z"], start: "2020-01-03" }],
  });
  const n = nodes(basis(analyze(s, { date: "2020-01-10" }).uses[0], "collective-self-defence").conditions).find((x) => /victim is a state/.test(x.label))!;
  assert.equal(n.status, "satisfied");
  assert.match(n.because, /whether a UN Member is not recorded; the right is customary either way/);
});
