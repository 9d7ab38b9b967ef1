// Slips of the fingers. A misspelt field, switch, position, profile or voter: the error (or, for a
// vote, the warning) names what was probably meant, and only something allowed right there. An
// over-indented field: the error is at its own line, not the line above.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { analyze, parseSituation, CasusInputError, type InputIssue } from "../src/index.js";
import { parseSituationWithWarnings, jsonPath } from "../src/scenario/load.js";
import { closestWord } from "../src/scenario/suggest.js";
import { fieldsAllowedAt } from "../src/scenario/json-schema.js";

const issuesOf = (text: string): InputIssue[] => {
  try {
    parseSituation(text);
  } catch (e) {
    if (e instanceof CasusInputError) return e.issues;
    throw e;
  }
  return [];
};

const KUWAIT = readFileSync("examples/kuwait-1990.yaml", "utf8");

test("closestWord: the one close candidate, never a tie, never a far word", () => {
  assert.equal(closestWord("permanetMember", ["permanentMember", "kind", "name"]), "permanentMember");
  assert.equal(closestWord("valeu", ["value", "why"]), "value", "two neighbours swapped is one slip");
  assert.equal(closestWord("asof", ["asOf", "title"]), "asOf", "case is ignored");
  assert.equal(closestWord("scale", ["stage"]), undefined, "two edits in five letters is another word");
  assert.equal(closestWord("ab", ["ac", "ad"]), undefined, "a tie suggests nothing");
  assert.equal(closestWord("nonsense", ["by", "against", "start"]), undefined);
});

test("an unknown field names the field meant, at any depth, and only one allowed in that mapping", () => {
  const text = KUWAIT.replace("    permanentMember: true", "    permanetMember: true").replace(/^asOf:/m, "asof:");
  const issues = issuesOf(text);
  const at = (p: RegExp) => issues.find((i) => p.test(i.path))?.message ?? "";
  assert.match(at(/^\$\.actors\[\d+\]\.permanetMember$/), /unknown field "permanetMember"; did you mean "permanentMember"\?/);
  assert.match(at(/^\$\.asof$/), /did you mean "asOf"\?/);
  // A field of another place is not offered: "title" is allowed at the top, not in an actor.
  const actor = KUWAIT.replace(/(  - id: kuwait\n)/, "$1    titel: x\n");
  const m = issuesOf(actor).find((i) => /\.titel$/.test(i.path))?.message ?? "";
  assert.match(m, /unknown field "titel"/);
  assert.doesNotMatch(m, /did you mean/);
  assert.ok(fieldsAllowedAt(["actors", 0]).includes("permanentMember"));
  assert.ok(fieldsAllowedAt([]).includes("asOf"));
  assert.deepEqual(fieldsAllowedAt(["nosuch", 3]), []);
});

test("every field of every example, misspelt by one letter dropped, is suggested back (or nothing, never another field wrongly)", () => {
  let seen = 0;
  let asked = 0;
  let suggested = 0;
  for (const f of readdirSync("examples").filter((x) => x.endsWith(".yaml"))) {
    const raw = parse(readFileSync(`examples/${f}`, "utf8"));
    const walk = (v: unknown, path: (string | number)[]) => {
      if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, i]));
      if (v === null || typeof v !== "object") return;
      for (const [k, x] of Object.entries(v)) {
        const allowed = fieldsAllowedAt(path);
        const wrong = k.slice(0, -1);
        if (allowed.includes(k) && !allowed.includes(wrong) && k.length >= 5 && asked < 400 && seen++ % 3 === 0) {
          const copy = structuredClone(raw);
          let o = copy;
          for (const p of path) o = o[p];
          o[wrong] = o[k];
          delete o[k];
          const issue = issuesOf(JSON.stringify(copy)).find((i) => i.path === jsonPath([...path, wrong]));
          assert.ok(issue, `${f} ${jsonPath([...path, wrong])}: reported`);
          const m = /did you mean "([^"]*)"/.exec(issue.message);
          if (m) {
            assert.equal(m[1], k, `${f} ${jsonPath([...path, wrong])}`);
            suggested++;
          }
          asked++;
        }
        walk(x, [...path, k]);
      }
    };
    walk(raw, []);
  }
  assert.ok(asked >= 50, `asked ${asked}`);
  assert.ok(suggested / asked > 0.9, `${suggested} of ${asked} suggested back`);
});

test("a misspelt doctrine switch, position or profile names the one meant", () => {
  const s = parseSituation(KUWAIT);
  assert.throws(() => analyze(s, { doctrine: "gravty=strict" }), /unknown doctrine switch "gravty"; did you mean "gravity"\?/);
  assert.throws(() => analyze(s, { doctrine: "gravity=strcit" }), /has no position "strcit"; did you mean "strict"\?/);
  assert.throws(() => analyze(s, { doctrine: "icjj" }), /unknown doctrine profile "icjj"; did you mean "icj"\?/);
  const inFile = issuesOf(KUWAIT.replace(/^title:/m, "doctrine:\n  gravity: {positon: strict}\ntitle:"));
  assert.ok(inFile.some((i) => i.path === "$.doctrine.gravity.positon" && /did you mean "position"\?/.test(i.message)), JSON.stringify(inFile));
});

test("a vote naming a permanent member misspelt warns that it is counted as an elected member's, and no veto", () => {
  const veto = (name: string) => KUWAIT.replace("      for: 13\n      abstain: [Cuba, Yemen]", `      for: 12\n      abstain: [Cuba, Yemen]\n      against: [${name}]`);
  assert.notEqual(veto("x"), KUWAIT, "the fixture's vote is there to change");
  const warned = (name: string) => parseSituationWithWarnings(veto(name)).warnings.map((w) => w.message).join("\n");
  assert.match(warned("Chnia"), /"Chnia" names no actor of the situation and no permanent member; did you mean "China"\? It is counted as an elected member's vote, so it is no veto/);
  assert.match(warned("Untied States"), /did you mean "United States"\?/);
  assert.doesNotMatch(warned("Yeman"), /did you mean/, "an elected member not among the actors: nothing to suggest");
  assert.doesNotMatch(warned("China"), /did you mean/);
});

test("a field indented more than the one above is reported at its own line and column", () => {
  const text = KUWAIT.replace(/(\n  - id: kuwait\n    name: [^\n]*\n)    /, "$1     ");
  assert.notEqual(text, KUWAIT);
  const line = text.slice(0, text.indexOf("\n     ") + 1).split("\n").length; // the over-indented line
  const issues = issuesOf(text);
  assert.equal(issues.length, 1, JSON.stringify(issues));
  assert.equal(issues[0].line, line);
  assert.equal(issues[0].column, 6);
  assert.match(issues[0].message, new RegExp(`indented more than line ${line - 1} above it`));
  // A quoted key over two lines is not an indentation slip: the parser's own words.
  assert.match(issuesOf('casus: 1\n"a\n b": 1\n')[0].message, /Implicit keys need to be on a single line/);
});

test("a ': ' or ',' in unquoted text is explained: put the text in quotes", () => {
  const colon = issuesOf(KUWAIT.replace(/^title: .*$/m, "title: Iraq: the invasion"));
  assert.equal(colon.length, 1);
  assert.match(colon[0].message, /a ": " inside a value starts a field of its own; put text that contains ": " in quotes/);
  const comma = issuesOf(KUWAIT.replace(/    gravity:\n      value: armed-attack\n      why: [^\n]*\n      source: [^\n]*\n/, "    gravity: {value: armed-attack, why: roads, bridges and depots}\n"));
  assert.ok(comma.some((i) => /"bridges and depots": a "," inside \{ \} ends a value/.test(i.message)), JSON.stringify(comma));
});
