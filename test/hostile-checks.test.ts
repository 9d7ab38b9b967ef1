// The pieces behind the hostile-input refusals: the Council's composition by date, calendar
// dates, UTF-8 validation, the output boundary, alias bounds, and the vote checks' effect on
// what the engine would otherwise have counted.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { councilSize, permanentMembersOn, permanentSeatOf } from "../src/scenario/council.js";
import { isCalendarDate, certainlyBefore } from "../src/scenario/dates.js";
import { firstInvalidUtf8, decodeInput } from "../src/scenario/input.js";
import { escapeJson, escapeText } from "../src/cli/output.js";
import { parseSituation, parseSituationWithWarnings, CasusInputError } from "../src/scenario/load.js";
import { BASIS_IDS } from "../src/scenario/schema.js";
import { BASES } from "../src/law/rulebook.js";

const GOOD = `casus: 1
title: A small war
actors:
  - { id: V, name: Victimland, kind: state }
  - { id: X, name: Attackerland, kind: state }
  - { id: H, name: Helperland, kind: state }
attacks:
  - { id: a1, by: X, against: V, date: 2000-01-10, kind: invasion }
uses:
  - { id: u1, title: Helperland repels the invasion, by: H, against: X, where: [V], start: 2000-01-15 }
`;
const holders = (d: string) => permanentMembersOn(d).map((h) => h.holder);

test("the Council by date: 11 members to 1965, 15 from 1966; China's seat from 25 October 1971; the Russian Federation from 24 December 1991", () => {
  assert.equal(councilSize("1965-12-31"), 11);
  assert.equal(councilSize("1965"), 11);
  assert.equal(councilSize("1966-01-01"), 15);
  assert.ok(holders("1971-10-24").includes("Republic of China") && !holders("1971-10-24").includes("People's Republic of China"));
  assert.ok(holders("1971-10-25").includes("People's Republic of China") && !holders("1971-10-25").includes("Republic of China"));
  assert.ok(holders("1971-10").includes("Republic of China") && holders("1971-10").includes("People's Republic of China"), "a partial date spanning the change admits both");
  assert.ok(holders("1991-12-23").includes("Union of Soviet Socialist Republics") && !holders("1991-12-23").includes("Russian Federation"));
  assert.ok(holders("1991-12-24").includes("Russian Federation") && !holders("1991-12-24").includes("Union of Soviet Socialist Republics"));
  assert.equal(holders("2000-01-01").length, 5);
  assert.equal(permanentSeatOf("China (Republic of China, holding the seat)")?.holder?.holder, "Republic of China");
  assert.equal(permanentSeatOf("China")?.holder, undefined, "plain China names the seat, whoever held it");
  assert.equal(permanentSeatOf("Namibia"), undefined);
});

const withVotes = (votes: string, adopted = "2000-01-12") =>
  GOOD.replace(/\nuses:/, `\nresolutions:\n  - id: rv\n    adopted: ${adopted}\n    votes:\n${votes}\n    chapterVII: express\n    authorisation: authorises\n    addressees: { states: all-members }\nuses:`);

test("a state listed nine times is one vote, and refused: the engine never counts it nine times", () => {
  assert.throws(() => parseSituation(withVotes("      for: [A, A, A, A, A, A, A, A, A]")), (e: unknown) => e instanceof CasusInputError && e.issues.length === 8 && /listed twice/.test(e.issues[0].message));
  // nine different members, the rest unrecorded: accepted, with a warning that the record is incomplete
  const ok = parseSituationWithWarnings(withVotes("      for: [A, B, C, D, E, F, G, H, I]"));
  assert.equal(ok.warnings.length, 1);
  assert.match(ok.warnings[0].message, /names 9 of the Council's 15 members/);
  assert.match(ok.warnings[0].path, /^\$\.resolutions\[\d+\]\.votes$/);
  assert.ok(ok.warnings[0].line);
  // a full count-form record: no warning
  assert.equal(parseSituationWithWarnings(withVotes("      for: 15")).warnings.length, 0);
});

test("the 1950 votes: China is the Republic of China's seat, the USSR is absent, eleven members", () => {
  const s = parseSituationWithWarnings(withVotes("      for: 7\n      against: [Yugoslavia]\n      absent: [USSR]\n      notParticipating: [Egypt, India]", "1950-06-27"));
  assert.equal(s.warnings.length, 0);
  assert.throws(() => parseSituation(withVotes("      for: 9\n      against: [Yugoslavia]\n      absent: [USSR]\n      notParticipating: [Egypt, India]", "1950-06-27")), /13 members recorded .* the Council had 11 on 1950-06-27/);
});

test("calendar dates and intervals with partial dates", () => {
  for (const d of ["2000-02-29", "2024-02-29", "1990", "1990-08", "1991-12-31"]) assert.ok(isCalendarDate(d), d);
  for (const d of ["2023-02-30", "2021-02-29", "1900-02-29", "2000-04-31", "2000-13", "2000-00-10", "20000-01-01"]) assert.ok(!isCalendarDate(d), d);
  assert.ok(!certainlyBefore("2000-01", "2000-01-15"), "a month that contains the start is not before it");
  assert.ok(certainlyBefore("1999", "2000-01-01"));
  assert.ok(!certainlyBefore("2000-01-15", "2000-01-15"), "a one-day interval");
});

test("UTF-8 validation agrees with a strict decoder on any bytes", () => {
  const strict = new TextDecoder("utf-8", { fatal: true });
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
      let valid = true;
      try {
        strict.decode(b);
      } catch {
        valid = false;
      }
      assert.equal(firstInvalidUtf8(b) === -1, valid);
    }),
    { numRuns: 3000 },
  );
  // any string, encoded, decodes back (once its control characters are left out)
  fc.assert(
    fc.property(fc.string({ unit: "grapheme" }), (s) => {
      const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ufeff]/g, "");
      assert.equal(decodeInput(new TextEncoder().encode("x" + clean), "t"), "x" + clean);
    }),
    { numRuns: 1000 },
  );
});

test("the output boundary: no control character survives, JSON stays the same JSON", () => {
  const hostile = "a\u001b[2J\u001b]0;t\u0007\rb\u009b31m\u202eevil\u2028x\ty\nz";
  const t = escapeText(hostile);
  assert.doesNotMatch(t, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
  assert.match(t, /\t/);
  assert.match(t, /\n/);
  const j = escapeJson(JSON.stringify({ s: hostile }));
  assert.doesNotMatch(j, /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
  assert.deepEqual(JSON.parse(j), { s: hostile });
});

test("legitimate anchor reuse works within the bound: one anchor used 500 times", () => {
  const text = GOOD.replace(/\nuses:/, `\nsources: [&src "a source", ${Array(500).fill("*src").join(", ")}]\nuses:`);
  assert.equal(parseSituation(text).sources?.length, 501);
});

test("claims name only the bases casus judges (the schema's list is the rulebook's)", () => {
  assert.deepEqual([...BASIS_IDS].sort(), BASES.map((b) => b.id).sort());
});

test("every example is still valid, with no warning", async () => {
  const { readdirSync } = await import("node:fs");
  const files = [...readdirSync("examples").map((f) => `examples/${f}`), ...readdirSync("examples/japan").map((f) => `examples/japan/${f}`)].filter((f) => /\.ya?ml$/.test(f));
  for (const f of files) assert.deepEqual(parseSituationWithWarnings(readFileSync(f, "utf8"), f).warnings, [], f);
});

test("a permanent member's negative vote is a veto however the record spells it: its id, its name in any case, or a name of its seat", async () => {
  const { analyze } = await import("../src/analysis/analyze.js");
  const withUk = (against: string) =>
    withVotes(`      for: 14\n      against: [${against}]`).replace("  - { id: H, name: Helperland, kind: state }", "  - { id: H, name: Helperland, kind: state }\n  - { id: uk, name: United Kingdom of Great Britain and Northern Ireland, kind: state, permanentMember: true }");
  const security = (text: string) => {
    const u = analyze(parseSituation(text), { date: "2000-01-20" }).uses[0];
    const b = u.bases.find((x) => x.basis === "collective-security")!;
    return b.status;
  };
  const vetoed = security(withUk("uk"));
  assert.equal(vetoed, "not-available", "the veto by id");
  for (const spelling of ["UK", "Britain", "united kingdom of great britain and northern ireland", "United Kingdom"]) assert.equal(security(withUk(spelling)), vetoed, spelling);
  // the same record with an elected member against: adopted, so the basis is no longer refused
  assert.notEqual(security(withUk("Norway")), vetoed);
});
