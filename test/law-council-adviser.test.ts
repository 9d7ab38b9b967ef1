// The Council side of the adviser pass (issue 7; output review 9): who co-operates with a
// government, what a resolution that authorises nothing is said to do, the vote rule by date, and
// what a Council record affirms.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { compare } from "../src/analysis/compare.js";
import { renderReason } from "../src/engine/reason.js";
import { basis, nodes, situation } from "./helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";

type Res = NonNullable<SituationInput["resolutions"]>[number];
const cooperating: Res = {
  id: "r1",
  symbol: "S/RES/9001 (2020)",
  adopted: "2020-01-05",
  determination: "breach-of-the-peace",
  chapterVII: "express",
  authorisation: "authorises",
  addressees: { states: "all-members", condition: "cooperating-with", cooperatingWith: "V" },
  purposes: ["restore-peace"],
};
const attack = { id: "a1", by: "X", against: "V", date: "2020-01-01", gravity: "armed-attack" as const };

test("a state always co-operates with its own government: the victim itself is an addressee of 'Member States co-operating with' its government", () => {
  const own = { id: "u1", title: "defence", by: "V", against: "X", where: ["V"], start: "2020-01-01", purposes: ["restore-peace"], mandates: { r1: { area: true, limits: true } } };
  const s = situation({ attacks: [attack], resolutions: [cooperating], uses: [own] });
  const b = basis(analyze(s, { date: "2020-02-01" }).uses[0], "collective-security");
  const addressee = nodes(b.conditions).find((n) => /addressee/.test(n.label))!;
  assert.equal(addressee.status, "satisfied", addressee.because);
  assert.match(addressee.because, /Victimland itself, acting through that government, is one/);
  assert.equal(b.status, "available");
  // Another state with no request, consent or stated co-operation stays undetermined on that point.
  const other = situation({ attacks: [attack], resolutions: [cooperating], uses: [{ ...own, by: "T" }] });
  const o = nodes(basis(analyze(other, { date: "2020-02-01" }).uses[0], "collective-security").conditions).find((n) => /addressee/.test(n.label))!;
  assert.equal(o.status, "unknown");
});

test("a resolution that authorises nothing in words is 'addressed to' Member States and 'sets' purposes: it never 'authorises' them", () => {
  const calls: Res = { id: "r2", symbol: "S/RES/9002 (2020)", adopted: "2020-01-05", determination: "threat-to-the-peace", chapterVII: "express", authorisation: "calls-upon", impliedFrom: true, addressees: { states: "all-members" }, purposes: ["protect-civilians"] };
  const use = { id: "u1", title: "strikes", by: "H", against: "X", where: ["X"], start: "2020-02-01", purposes: ["protect-civilians"], mandates: { r2: { area: true, limits: true } } };
  const b = basis(analyze(situation({ resolutions: [calls], uses: [use] }), { date: "2020-02-10" }).uses[0], "collective-security");
  const text = JSON.stringify(b);
  assert.doesNotMatch(text, /S\/RES\/9002 \(2020\) authorises Member States/);
  assert.match(text, /S\/RES\/9002 \(2020\) is addressed to Member States/);
  assert.match(text, /a purpose S\/RES\/9002 \(2020\) sets/);
  assert.doesNotMatch(text, /a purpose S\/RES\/9002 \(2020\) authorises/);
  // Not an addressee either: still never "authorises".
  const other = basis(analyze(situation({ resolutions: [{ ...calls, addressees: { states: ["V"] } }], uses: [use] }), { date: "2020-02-10" }).uses[0], "collective-security");
  assert.match(JSON.stringify(other), /S\/RES\/9002 \(2020\) is addressed to Victimland, not Helperland/);
});

test("compare states the vote rule in force on the date (seven before 31 August 1965, nine after) and necessity as strict and objective", () => {
  const use = (start: string) => ({ id: "u1", title: "help", by: "H", against: "X", where: ["V"], start });
  const early = compare(situation({ attacks: [{ ...attack, date: "1960-01-01" }], uses: [use("1960-01-02")] }), "u1", { date: "1960-01-10" });
  const who = (c: ReturnType<typeof compare>) => c.rows.find((r) => r.aspect === "Who decides")!;
  assert.match(who(early).collectiveSecurity, /seven votes/);
  assert.doesNotMatch(who(early).collectiveSecurity, /nine/);
  const late = compare(situation({ attacks: [attack], uses: [use("2020-01-02")] }), "u1", { date: "2020-01-10" });
  assert.match(who(late).collectiveSecurity, /nine votes/);
  for (const c of [early, late]) {
    assert.doesNotMatch(who(c).collectiveSelfDefence, /each helper judges/);
    assert.match(who(c).collectiveSelfDefence, /strictly and objectively.*Oil Platforms paras 73-77/);
    assert.ok(c.citations.collectiveSelfDefence.some((x) => x.id === "oil-73-77"));
    // A request after the force began covers it from its own date (principle 2), not "before the force".
    assert.doesNotMatch(c.rows.find((r) => r.aspect === "Procedure")!.collectiveSelfDefence, /before the force/);
  }
});

test("Chapter VII measures 'while affirming the right' name only the resolutions that affirm it", () => {
  const r = { code: "art51.measuresEffective", args: { resolutions: ["S/RES/661 (1990)", "S/RES/665 (1990)"], affirming: ["S/RES/661 (1990)"] } };
  const en = renderReason(r);
  assert.match(en, /\(S\/RES\/661 \(1990\) affirming the right of self-defence\)/);
  assert.doesNotMatch(en, /665 \(1990\) affirming/);
  assert.doesNotMatch(renderReason({ code: "art51.measuresEffective", args: { resolutions: ["S/RES/665 (1990)"], affirming: [] } }), /affirming/);
  assert.match(renderReason(r, "ja"), /S\/RES\/661 \(1990\)は自衛権を確認している/);
});
