// The Japanese layer as a user meets it: --reform, --lang ja, the regimes table, JSON; and the
// layer stays a layer (the engine and the international rules know nothing of Japan).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const casus = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/bin.ts", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const CASE9 = "examples/japan/case-09-us-ship-under-armed-attack.yaml";

test("analyze prints Japan's domestic answer beside the international one, with the regime, the instrument and the pair", () => {
  const r = casus("analyze", CASE9, "--as-of", "2015-06-01");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Japan: Article 9 and the statutes in force \(law of 2015-06-01; facts as of 2015-06-01\)/);
  assert.match(r.out, /Regime: Cabinet Decision of 1 July 2014/);
  assert.match(r.out, /ANSWER: NOT PERMITTED \(not permitted \(no statutory authority on 2015-06-01\)/);
  assert.match(r.out, /Government's category \(15 cases of 27 May 2014\): collective self-defence/);
  assert.match(r.out, /!! international law allows it \(collective self-defence\), but no statute in force on 2015-06-01 authorises it/);
});

test("--lang ja prints the statute's own terms: 存立危機事態, the three new conditions, and Japanese headings and statuses", () => {
  const r = casus("analyze", CASE9, "--as-of", "2016-06-01", "--lang", "ja");
  assert.equal(r.code, 0, r.err);
  for (const words of ["存立危機事態", "新三要件", "武力の行使", "防衛出動", "結論：", "集団的自衛権（国連憲章第51条）：援用可能", "政府の分類（平成26年5月27日の15事例）", "密接な関係にある他国", "国会承認", "例外なく国会の事前承認"])
    assert.ok(r.out.includes(words), `missing ${words}`);
  assert.match(r.out, /自衛隊法第76条第1項第1号・第2号（防衛出動）/, "citations as the Japanese sources name them");
});

test("--lang ja names the 1999 Act's rear area and the important influence situation in their own words", () => {
  const r = casus("analyze", "examples/japan/case-04-support-against-aggression.yaml", "--as-of", "2016-06-01", "--lang", "ja");
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.includes("重要影響事態"));
  assert.ok(r.out.includes("国際平和共同対処事態"));
  assert.ok(r.out.includes("現に戦闘行為を行っている現場"));
});

test("--reform shows the action under an amendment option, and an unknown reform is a usage error", () => {
  const r = casus("analyze", CASE9, "--as-of", "2013-06-01", "--reform", "csd-only", "--brief");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Reform: Allow collective self-defence only/);
  assert.match(r.out, /ANSWER: (PERMITTED|UNDETERMINED)/);
  const bad = casus("analyze", CASE9, "--reform", "nonsense");
  assert.equal(bad.code, 2);
  assert.match(bad.err, /csd-only/);
});

test("the regimes command prints one row per change of the law and one per reform", () => {
  const r = casus("regimes", "examples/japan/case-07-rescue-of-nationals.yaml", "--use", "u1");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /2016-03-29 \.\. +legislation-2016 .*rescue-nationals-84-3 +PERMITTED/);
  assert.match(r.out, /1954-07-01 .*NOT PERMITTED/);
  for (const reform of ["csd-only", "cs-only", "both", "ldp-2012", "ldp-2018"]) assert.match(r.out, new RegExp(`\\n  ${reform} `));
});

test("the regimes command as JSON gives the rows, the reforms and the international verdict", () => {
  const r = casus("regimes", "examples/japan/hormuz-after-council-resolution.yaml", "--use", "u1", "--json");
  assert.equal(r.code, 0, r.err);
  const t = JSON.parse(r.out);
  assert.equal(t.international.verdict, "lawful");
  const layer = t.layers[0];
  assert.equal(layer.layer, "japan");
  assert.deepEqual(
    layer.rows.map((x: { regime: string }) => x.regime).filter((v: string, i: number, a: string[]) => a.indexOf(v) === i),
    ["before-sdf", "traditional", "cabinet-decision-2014", "legislation-2016"],
  );
  assert.equal(layer.reforms.find((x: { reform: string }) => x.reform === "cs-only").fits, "yes");
  assert.equal(layer.reforms.find((x: { reform: string }) => x.reform === "csd-only").fits, "no");
});

test("analyze --json carries the domestic answer under uses[].domestic", () => {
  const r = casus("analyze", CASE9, "--as-of", "2016-06-01", "--json");
  const a = JSON.parse(r.out);
  const d = a.uses[0].domestic[0];
  assert.equal(d.layer, "japan");
  assert.equal(d.lawDate, "2016-06-01");
  assert.equal(d.regime.id, "legislation-2016");
  assert.ok(Array.isArray(d.instruments));
  assert.ok(d.constitution.children.length > 0);
});

test("a situation with no japan block gets no domestic answer", () => {
  const r = casus("analyze", "examples/kuwait-1990.yaml", "--as-of", "1991-01-17", "--json");
  const a = JSON.parse(r.out);
  assert.ok(a.uses.every((u: { domestic?: unknown }) => u.domestic === undefined));
});

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

test("the engine and the international rules know nothing of Japan: Japanese law lives only in its own layer", () => {
  const intl = [...files("src/engine"), ...files("src/law/charter"), ...files("src/law/custom"), ...files("src/law/treaties"), "src/law/rulebook.ts", "src/law/doctrine.ts", "src/law/context.ts", "src/law/domestic.ts"];
  for (const f of intl) {
    const text = readFileSync(f, "utf8");
    assert.ok(!/from "[^"]*japan/.test(text), `${f} imports the Japanese layer`);
    assert.ok(!/jp-|Article 9|存立/.test(text), `${f} mentions Japanese law`);
  }
});

test("every citation in Japan's answers resolves to a registered authority, in English and in Japanese", async () => {
  const { judge, example } = await import("./japan-helpers.js");
  const { JP_CITATIONS } = await import("../src/law/japan/citations.js");
  const walk = (c: { citations: { id: string; text: string }[]; children: unknown[] }): { id: string; text: string }[] => [
    ...c.citations,
    ...(c.children as (typeof c)[]).flatMap(walk),
  ];
  const names = readdirSync("examples/japan").filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, ""));
  for (const name of names)
    for (const lang of ["en", "ja"] as const) {
      const { d } = judge(example(name), "2016-06-01", { lang });
      const cites = [d.constitution, ...d.instruments.flatMap((i) => i.conditions)].flatMap(walk);
      for (const c of cites) assert.notEqual(c.text, c.id, `${name}: unresolved citation ${c.id}`);
    }
  for (const [id, c] of Object.entries(JP_CITATIONS)) assert.ok(c.en && c.ja && c.at, id);
});

test("regimes takes --variant like analyze: the hypothetical's rows differ, and an unknown variant is a usage error", () => {
  const file = "examples/japan/indian-ocean-refuelling-2001-2010.yaml";
  const plain = casus("regimes", file, "--use", "u1", "--as-of", "2009-06-01");
  const ammo = casus("regimes", file, "--use", "u1", "--as-of", "2009-06-01", "--variant", "ammunition-requested");
  assert.equal(ammo.code, 0, ammo.err);
  assert.match(plain.out, /2008-01-16 \.\. 2010-01-15 traditional\s+satisfied\s+replenishment-2008\s+PERMITTED/);
  assert.doesNotMatch(ammo.out, /replenishment-2008\s+PERMITTED/);
  const bad = casus("regimes", file, "--use", "u1", "--variant", "nope");
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /unknown variant "nope" \(variants: ammunition-requested\)/);
});
