// Labels and conditions under the standing rule (issue 7, principle 11; output review 8):
// what a label checker says where a basis is available only on the default positions, or only
// under a position most authority rejects; and a condition is contested only as a basis is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { reasonCatalog, renderReason } from "../src/engine/reason.js";
import { basis, nodes, situation } from "./helpers.js";
import { basesNamedBy, checkLabels } from "../src/law/labels.js";
import { Model } from "../src/scenario/model.js";
import type { BasisResult } from "../src/answer/types.js";

const kosovoLike = (claims: { label: string; by?: string; basis?: string }[], humanitarian: Record<string, boolean>) =>
  situation({
    uses: [{ id: "u1", title: "air campaign", by: "H", against: "X", where: ["X"], start: "2020-03-01", claims: claims as never, humanitarian }],
  });

test("a label naming a basis available only under a rejected position says so, and the basis is not contested", () => {
  const all = { catastrophe: true, councilBlocked: true, lastResort: true, proportionate: true };
  const u = analyze(kosovoLike([{ label: "humanitarian intervention", by: "H", basis: "humanitarian-intervention" }], all), { date: "2020-03-10" }).uses[0];
  const b = basis(u, "humanitarian-intervention");
  assert.equal(b.status, "not-available");
  const [flag] = u.labels;
  assert.equal(flag.kind, "basis-not-available");
  assert.match(flag.message, /which is not available: available only under humanitarianIntervention=exceptional-right, a position most authority rejects/);
  assert.match(renderReason(flag.reason!, "ja"), /大多数の見解により否定されている/);
  // Principle 11 at the level of conditions: a world under a rejected position contests no node.
  assert.deepEqual(nodes(b.conditions).filter((n) => n.status === "contested").map((n) => n.label), []);
});

test("the label checker never says 'no basis is available' where a basis is available on the default positions", () => {
  const m = new Model(situation({ uses: [{ id: "u1", title: "help", by: "H", against: "X", where: ["V"], start: "2020-01-03" }] }));
  const use = { ...m.uses.get("u1")!, claims: [{ label: "collective security", by: "H" }, { label: "peace operation" }] };
  const b = (id: string, status: BasisResult["status"], defaultStatus?: BasisResult["status"]): BasisResult => ({
    basis: id as BasisResult["basis"],
    label: id,
    status,
    claimed: false,
    summary: `${status}: x`,
    conditions: [],
    switches: [],
    ...(defaultStatus ? { positions: [{ positions: {}, status: defaultStatus, isDefault: true }, { positions: {}, status: defaultStatus === "available" ? "not-available" : "available", isDefault: false }] } : {}),
  });
  // Collective self-defence contested, available on the defaults; collective security contested, not available on them.
  const [named, none] = checkLabels(m, use, [b("collective-self-defence", "contested", "available"), b("collective-security", "contested", "not-available")]);
  assert.equal(named.kind, "basis-contested");
  assert.match(named.message, /collective self-defence is available on the default positions, though contested/);
  assert.doesNotMatch(named.message, /no basis is available/);
  assert.match(none.message, /names no legal basis.*collective self-defence is available on the default positions/);
  // The named basis itself available on the defaults: said so.
  const [own] = checkLabels(m, use, [b("collective-security", "contested", "available")]);
  assert.match(own.message, /which is contested: available on the default positions/);
  // Nothing available on the defaults, but a basis contested: "on the default positions", never a bare "no basis is available".
  const [bare] = checkLabels(m, { ...use, claims: [{ label: "peace operation" }] }, [b("collective-security", "contested", "not-available")]);
  assert.match(bare.message, /no basis is available on the default positions/);
  assert.match(renderReason(bare.reason!, "ja"), /標準の立場では利用可能な根拠はない/);
});

test("every reason of the regional, extra-Charter and label rules has English and Japanese wordings", () => {
  const codes = [...reasonCatalog().keys()].filter((k) => /^(art53|extra|labels)\./.test(k));
  assert.ok(codes.length >= 25, String(codes.length));
  for (const k of codes) {
    const w = reasonCatalog().get(k)!;
    assert.equal(typeof w.en, "function", k);
    assert.equal(typeof w.ja, "function", k);
  }
});

test("regional enforcement: the organisation's decision cites art 53, not art 54 (a duty to inform), and its leaves are reason codes", () => {
  const s = situation({
    actors: [
      { id: "V", name: "Victimland", kind: "state" },
      { id: "X", name: "Attackerland", kind: "state" },
      { id: "O", name: "Regional Organisation", kind: "organisation", regionalArrangement: true },
    ],
    regionalDecisions: [{ id: "d1", by: "O", date: "2020-01-01", kind: "enforcement" }],
    uses: [{ id: "u1", title: "enforcement", by: "V", through: "O", against: "X", where: ["X"], start: "2020-01-05" }],
  });
  const b = basis(analyze(s, { date: "2020-01-10" }).uses[0], "regional-enforcement");
  const decision = nodes(b.conditions).find((n) => /decided on the action/.test(n.label))!;
  assert.equal(decision.status, "satisfied");
  assert.deepEqual(decision.citations.map((c) => c.id), ["charter-53"]);
  assert.match(decision.because, /Regional Organisation decided on 2020-01-01/);
});

test("the collective-action marker of humanitarian intervention cites no source (none makes it a marker); the Kosovo Commission backs the rejected position", () => {
  const u = analyze(kosovoLike([{ label: "humanitarian", basis: "humanitarian-intervention" }], { collective: true }), { date: "2020-03-10" }).uses[0];
  const b = basis(u, "humanitarian-intervention");
  const ids = nodes(b.conditions).flatMap((n) => n.citations.map((c) => c.id));
  assert.ok(ids.includes("kosovo-commission-2000"), ids.join());
  const marker = nodes(b.conditions).find((n) => /Collective rather than unilateral/.test(n.label));
  if (marker) assert.deepEqual(marker.citations, []);
});

test("a label of humanitarian assistance or relief names no basis; 'humanitarian intervention' or 'necessity' names the claimed right", async () => {
  const { basesNamedBy } = await import("../src/law/labels.js");
  assert.deepEqual(basesNamedBy("人道復興支援活動 (humanitarian and reconstruction assistance)"), []);
  assert.deepEqual(basesNamedBy("humanitarian relief flights"), []);
  assert.deepEqual(basesNamedBy("armed humanitarian intervention, compatible with Article 2(4)"), ["humanitarian-intervention"]);
  assert.deepEqual(basesNamedBy("an exceptional measure on grounds of overwhelming humanitarian necessity"), ["humanitarian-intervention"]);
});

test("evacuating or transporting nationals names no basis; protecting or rescuing them by force claims protection of nationals", () => {
  for (const l of ["transport of Japanese nationals abroad", "evacuation of nationals", "在外邦人等の輸送 (transport of nationals)"]) assert.deepEqual(basesNamedBy(l), [], l);
  for (const l of ["protection of nationals", "rescue of our citizens", "protecting its nationals abroad", "nationals' rescue"]) assert.deepEqual(basesNamedBy(l), ["protection-of-nationals"], l);
});
