// Consent read from a request for help (issue 7, principles 2, 5, 7): the request's author,
// withdrawal, end, areas and purposes bind the consent it gives; help beyond them is not covered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { basis, situation } from "./helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";

type Req = NonNullable<SituationInput["requests"]>[number];
const actors = [
  { id: "V", name: "Victimland", kind: "state" as const },
  { id: "H", name: "Helperland", kind: "state" as const },
  { id: "G", name: "the rebels", kind: "group" as const },
];
const places = [
  { id: "north", name: "the North", territoryOf: "V" },
  { id: "south", name: "the South", territoryOf: "V" },
];
const req: Req = { id: "q1", by: "V", to: ["H"], date: "2020-03-01" };
const consent = (r: Req, over: Record<string, unknown> = {}, date = "2020-03-20") =>
  basis(analyze(situation({ actors, places, requests: [r], uses: [{ id: "u1", title: "help", by: "H", against: "G", where: ["north"], start: "2020-03-10", ...over }] }), { date }).uses[0], "consent");
const text = (b: ReturnType<typeof consent>) => JSON.stringify(b.conditions);

test("a request withdrawn before the date gives no consent from its withdrawal", () => {
  assert.equal(consent({ ...req, withdrawn: "2020-03-15" }, {}, "2020-03-12").status, "available");
  const after = consent({ ...req, withdrawn: "2020-03-15" });
  assert.equal(after.status, "not-available");
  assert.match(text(after), /withdrawn on 2020-03-15/);
  assert.match(text(after), /\$\.requests\[0\]\.withdrawn/);
});

test("a request that ends by its own terms (scope.until) covers nothing after", () => {
  const b = consent({ ...req, scope: { until: "2020-03-15" } });
  assert.equal(b.status, "not-available");
  assert.match(text(b), /2020-03-15/);
});

test("help outside the areas the request named is not covered; a state named covers its places", () => {
  assert.equal(consent({ ...req, scope: { areas: ["north"] } }).status, "available");
  assert.equal(consent({ ...req, scope: { areas: ["V"] } }).status, "available");
  const b = consent({ ...req, scope: { areas: ["south"], help: "air support in the South" } });
  assert.equal(b.status, "not-available");
  assert.match(text(b), /the North lies outside what the request of 2020-03-01 asked help for/);
});

test("help for a purpose the request did not ask for is not covered; unstated purposes leave it undetermined", () => {
  const scope = { purposes: ["protect-capital"], help: "protection of the capital" };
  assert.equal(consent({ ...req, scope }, { purposes: ["protect-capital"] }).status, "available");
  assert.equal(consent({ ...req, scope }, { purposes: ["offensive"] }).status, "not-available");
  assert.equal(consent({ ...req, scope }).status, "undetermined");
});

test("the request's author and standing are the consent's: an opposition's request gives no consent", () => {
  const b = consent({ ...req, givenBy: "the rebel council", authority: "opposition" });
  assert.equal(b.status, "not-available");
  assert.match(text(b), /the rebel council/);
  const unsure = consent({ ...req, givenBy: "a minister in exile", entitled: "unknown" });
  assert.equal(unsure.status, "undetermined");
});

test("a request not established gives no consent; one of unknown existence leaves it undetermined", () => {
  assert.equal(consent({ ...req, established: false }).status, "not-available");
  assert.equal(consent({ ...req, established: "unknown" }).status, "undetermined");
});
