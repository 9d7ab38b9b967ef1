// The command line as a user meets it: outputs, JSON shape, errors and exit codes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseSituation, CasusInputError } from "../src/scenario/load.js";

const dir = mkdtempSync(join(tmpdir(), "casus-cli-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const GOOD = `casus: 1
title: A small war
actors:
  - { id: V, name: Victimland, kind: state }
  - { id: X, name: Attackerland, kind: state }
  - { id: H, name: Helperland, kind: state }
attacks:
  - { id: a1, by: X, against: V, date: 2000-01-10, kind: invasion }
declarations:
  - { by: V, date: 2000-01-10 }
requests:
  - { by: V, to: [H], date: 2000-01-11 }
uses:
  - id: u1
    title: Helperland repels the invasion
    by: H
    against: X
    where: [V]
    start: 2000-01-15
    purposes: [repel-attack]
    assessments: { necessity: yes, proportionality: yes, immediacy: yes }
`;

const good = file("good.yaml", GOOD);

function casus(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/bin.ts", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("analyze on a date prints the verdict, each basis and the proof tree with citations", () => {
  // The full proof tree is on request (--tree); by default, the conditions that decide each basis.
  const r = casus("analyze", good, "--as-of", "2000-01-20", "--tree");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /VERDICT: UNDETERMINED/);
  assert.match(r.out, /Collective self-defence \(art 51\): UNDETERMINED/);
  assert.match(r.out, /\[\?\] The help stays within what the victim's own self-defence would allow/);
  assert.match(r.out, /\[1986\] ICJ Rep 14, para 199/);
});

test("analyze on a date shows, by default, the verdict and the conditions that decide each basis, each once", () => {
  const r = casus("analyze", good, "--as-of", "2000-01-20");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /VERDICT: UNDETERMINED/);
  assert.match(r.out, /\[\?\] The help stays within what the victim's own self-defence would allow: /);
  assert.match(r.out, /would be decided by: \$\.uses\[0\]\.assessments\.withinVictimSelfDefence/);
  assert.doesNotMatch(r.out, /\[\+\]/, "conditions that hold are not shown by default");
  const compact = JSON.parse(casus("analyze", good, "--as-of", "2000-01-20", "--json", "--compact").out);
  assert.equal(compact.form, "compact");
  const csd = compact.uses[0].bases.find((b: { basis: string }) => b.basis === "collective-self-defence");
  assert.equal(csd.status, "undetermined");
  assert.deepEqual(csd.decisive.map((d: { missing?: string[] }) => d.missing), [["$.uses[0].assessments.withinVictimSelfDefence"]]);
  assert.equal(compact.uses[0].bases[0].conditions, undefined, "no full trees in the compact form");
});

test("analyze --json has the documented shape", () => {
  const r = casus("analyze", good, "--as-of", "2000-01-20", "--json");
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  const u = a.uses[0];
  assert.equal(u.id, "u1");
  assert.equal(a.casus, 3);
  assert.ok(["lawful", "unlawful", "undetermined", "contested"].includes(u.verdict));
  assert.deepEqual(
    u.bases.map((b: { basis: string }) => b.basis),
    ["individual-self-defence", "collective-self-defence", "collective-security", "regional-enforcement", "consent"],
  );
  for (const b of u.bases) {
    assert.ok(["available", "not-available", "undetermined", "contested"].includes(b.status));
    assert.ok(Array.isArray(b.conditions) && b.conditions.length > 0);
  }
});

test("analyze without a date gives each use of force a timeline", () => {
  const r = casus("analyze", good, "--json");
  assert.equal(r.code, 0, r.err);
  const u = JSON.parse(r.out).uses[0];
  assert.equal(u.timeline.id, "u1");
  assert.ok(u.timeline.bases.find((b: { basis: string }) => b.basis === "collective-self-defence").intervals.length >= 1);
  assert.match(casus("analyze", good).out, /Bases over time:/);
});

test("an invalid file is refused with its line, column and JSON path, and exit code 2", () => {
  const bad = file("bad.yaml", GOOD.replace("kind: invasion", "kind: invasoin").replace("by: H\n", "by: Z\n"));
  const r = casus("analyze", bad);
  assert.equal(r.code, 2);
  assert.match(r.err, /bad\.yaml:8:\d+: \$\.attacks\[0\]\.kind: expected one of "invasion"/);
});

test("a reference to an undefined actor is named with its path and line", () => {
  const bad = file("ref.yaml", GOOD.replace("by: H\n", "by: Z\n"));
  const r = casus("validate", bad);
  assert.equal(r.code, 2);
  assert.match(r.err, /ref\.yaml:16:\d+: \$\.uses\[0\]\.by: "Z" is not an actor id/);
});

test("bad usage exits with 2 and says what was expected", () => {
  assert.equal(casus("analyze", good, "--as-of", "20-01-2000").code, 2);
  assert.match(casus("analyze", good, "--as-of", "20-01-2000").err, /YYYY-MM-DD/);
  const d = casus("analyze", good, "--doctrine", "anticipatory=sometimes");
  assert.equal(d.code, 2);
  assert.match(d.err, /positions: restrictive, caroline, contextual, preventive/);
  assert.equal(casus("frobnicate").code, 2);
  assert.equal(casus("analyze", join(dir, "missing.yaml")).code, 2);
  assert.match(casus("explain", good, "--use", "u9", "--basis", "consent").err, /no use of force "u9"/);
});

test("explain, compare, validate, schema and doctrine answer", () => {
  const e = casus("explain", good, "--use", "u1", "--basis", "collective-self-defence", "--as-of", "2000-01-20");
  assert.equal(e.code, 0, e.err);
  assert.match(e.out, /Unknown facts that would decide it/);
  const c = casus("compare", good, "--use", "u1", "--as-of", "2000-01-20", "--json");
  assert.equal(c.code, 0, c.err);
  assert.equal(JSON.parse(c.out).rows.find((r: { aspect: string }) => r.aspect === "Who decides").collectiveSecurity.includes("Security Council"), true);
  assert.match(casus("validate", good).out, /valid/);
  const schema = JSON.parse(casus("schema").out);
  assert.ok(schema.properties.uses);
  assert.match(casus("doctrine").out, /anticipatory: Does an attack that has not yet occurred open self-defence\?/);
});

test("every command's --help shows examples", () => {
  for (const cmd of ["analyze", "compare", "explain", "validate", "schema", "doctrine"]) {
    const r = casus(cmd, "--help");
    assert.equal(r.code, 0);
    assert.match(r.out, /Examples?:/, cmd);
  }
});

test("the loader reports every schema problem, not only the first", () => {
  try {
    parseSituation(GOOD.replace("start: 2000-01-15", "start: 2000-13-15").replace("kind: invasion", "kind: war"), "two.yaml");
    assert.fail("should have thrown");
  } catch (e) {
    assert.ok(e instanceof CasusInputError);
    assert.equal(e.issues.length, 2);
    assert.deepEqual(e.issues.map((i) => i.path).sort(), ["$.attacks[0].kind", "$.uses[0].start"]);
  }
});

test("YAML syntax errors name the line", () => {
  assert.throws(() => parseSituation("casus: 1\ntitle: [unclosed\n", "syntax.yaml"), (e: unknown) => e instanceof CasusInputError && e.issues[0].line !== undefined);
});
