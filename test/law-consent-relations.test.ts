// Consent binds only the consenting state (issue 7, principles 7 and 8; issue 8, point 7).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/analysis/analyze.js";
import { basis, situation } from "./helpers.js";
import type { SituationInput } from "../src/scenario/schema.js";

type UseInput = SituationInput["uses"][number];
const use = (over: Partial<UseInput>): UseInput => ({ id: "u1", title: "force", by: "H", where: ["V"], start: "2020-03-10", ...over });
const actors = [
  { id: "V", name: "Victimland", kind: "state" as const },
  { id: "X", name: "Attackerland", kind: "state" as const },
  { id: "H", name: "Helperland", kind: "state" as const },
  { id: "F", name: "Flagland", kind: "state" as const },
  { id: "G", name: "the rebels", kind: "group" as const },
];
const consentV = { id: "k1", state: "V", givenBy: "the Government", authority: "government" as const, to: ["H"], date: "2020-03-01" };
const consentOn = (s: SituationInput | ReturnType<typeof situation>, date = "2020-03-20") => basis(analyze(s as never, { date }).uses[0], "consent");

test("territorial consent covers force against a rebel group on the consenting state's territory", () => {
  assert.equal(consentOn(situation({ actors, consents: [consentV], uses: [use({ against: "G" })] })).status, "available");
});

test("territorial consent never justifies force against a third state's forces (ILC art 20; Nicaragua paras 211, 249)", () => {
  const b = consentOn(situation({ actors, consents: [consentV], uses: [use({ against: "X" })] }));
  assert.equal(b.status, "not-available");
  assert.ok(JSON.stringify(b.conditions).includes("precludes wrongfulness only toward"));
});

test("two consenting states do not make force against a third state's forces lawful", () => {
  const s = situation({ actors, places: [{ id: "p", name: "border", territoryOf: "F" }], consents: [consentV, { ...consentV, id: "k2", state: "F" }], uses: [use({ against: "X", where: ["V", "p"] })] });
  assert.equal(consentOn(s).status, "not-available");
});

test("a victim's request for armed help is also its consent to that help on its own territory", () => {
  const s = situation({ actors, requests: [{ by: "V", to: ["H"], date: "2020-03-01" }], uses: [use({ against: "G" })] });
  assert.equal(consentOn(s).status, "available");
  const late = situation({ actors, requests: [{ by: "V", to: ["H"], date: "2020-03-15" }], uses: [use({ against: "G" })] });
  assert.equal(consentOn(late, "2020-03-12").status, "not-available");
});

test("a state acting on its own territory against an invader does not rest on consent", () => {
  const s = situation({ actors, consents: [{ ...consentV, to: ["X"] }], uses: [use({ by: "V", against: "X" })] });
  assert.equal(consentOn(s).status, "not-available");
});

test("protecting a foreign warship at its flag state's request on the high seas rests on that state's consent", () => {
  const s = situation({
    actors,
    places: [{ id: "sea", name: "high seas", international: true }],
    requests: [{ by: "F", to: ["H"], date: "2020-03-01" }],
    uses: [use({ where: ["sea"], protects: ["F"], against: "G" })],
  });
  assert.equal(consentOn(s).status, "available");
});

test("the flag state's request never covers weapons used against a third state's forces, even on the high seas", () => {
  const s = situation({
    actors,
    places: [{ id: "sea", name: "high seas", international: true }],
    requests: [{ by: "F", to: ["H"], date: "2020-03-01" }],
    uses: [use({ where: ["sea"], protects: ["F"], against: "X" })],
  });
  assert.equal(consentOn(s).status, "not-available");
  // ... unless no weapons are used against X's forces (an escort that only deters).
  const escort = situation({ actors, places: [{ id: "sea", name: "high seas", international: true }], requests: [{ by: "F", to: ["H"], date: "2020-03-01" }], uses: [use({ where: ["sea"], protects: ["F"], against: "X", engagedFrom: "never" })] });
  assert.equal(consentOn(escort).status, "available");
});

test("who may consent: a government that lost effective control is contested between effective control and recognition", () => {
  const exiled = { ...consentV, authority: "government-in-exile" as const, recognised: true };
  const b = consentOn(situation({ actors, consents: [exiled], uses: [use({ against: "G" })] }));
  assert.equal(b.status, "contested");
  assert.equal(b.positions!.find((p) => p.isDefault)!.status, "not-available");
  assert.equal(consentOn(situation({ actors, consents: [exiled], uses: [use({ against: "G" })], doctrine: { consentAuthority: "recognition" } })).status, "available");
});

// Updated (issue 7 item 5): a recognised government ousted by a foreign occupation keeps its standing to consent
// (S/RES/661 (1990) paras 1-2: Iraq "usurped the authority of the legitimate Government of Kuwait"); the old
// expectation (contested during the occupation) treated the occupier's control as the effective control the
// consentAuthority switch weighs. The occupation still takes control from an authority that is not recognised, for its dates only.
test("a dated occupation takes effective control for its dates only, but not the standing of the recognised government it ousted", () => {
  const places = [{ id: "north", name: "north", territoryOf: "V", occupations: [{ by: "X", from: "2020-03-05", until: "2020-03-31" }] }];
  const s = situation({ actors, places, consents: [{ ...consentV, recognised: true }], uses: [use({ where: ["north"], against: "G" })] });
  const during = consentOn(s, "2020-03-20");
  assert.equal(during.status, "available");
  assert.match(JSON.stringify(during.conditions), /ousted by Attackerland's occupation/);
  assert.equal(consentOn(s, "2020-04-05").status, "available");
  const local = situation({ actors, places, consents: [{ ...consentV, givenBy: "the northern council", authority: "de-facto-authority", recognised: false, effectiveControl: undefined }], uses: [use({ where: ["north"], against: "G" })] });
  const occupied = consentOn(local, "2020-03-20");
  assert.equal(occupied.status, "not-available");
  assert.match(JSON.stringify(occupied.conditions), /the place is occupied by Attackerland/);
  assert.doesNotMatch(JSON.stringify(consentOn(local, "2020-04-05").conditions), /occupied by Attackerland/);
});

test("the civil-war limit is a switch: a consent in a civil war is contested; help against terrorism passes the purpose-based limit", () => {
  const cw = { ...consentV, civilWar: true };
  const b = consentOn(situation({ actors, consents: [cw], uses: [use({ against: "G", purposes: ["defeat-rebels"] })] }));
  assert.equal(b.status, "contested");
  const ct = consentOn(situation({ actors, consents: [cw], uses: [use({ against: "G", purposes: ["counter-terrorism"] })] }));
  assert.notEqual(ct.positions?.find((p) => p.positions.civilWar === "purpose-based")?.status, "not-available");
});

test("a consent limited to some forces does not cover force against others", () => {
  const s = situation({ actors: [...actors, { id: "G2", name: "other group", kind: "group" }], consents: [{ ...consentV, against: ["G"] }], uses: [use({ against: "G2" })] });
  assert.equal(consentOn(s).status, "not-available");
});

test("where no territorial state's consent is needed, the consent condition says why, never naming a place as a state that gave no consent", () => {
  const places = [
    { id: "isles", name: "the Isles", territoryOf: "H" },
    { id: "deep", name: "the deep sea", territoryOf: "international" },
  ];
  for (const where of ["isles", "deep"]) {
    const b = consentOn(situation({ actors, places, uses: [use({ where: [where], against: "X" })] }));
    const text = JSON.stringify(b);
    assert.doesNotMatch(text, /the (Isles|deep sea) gave no consent/, where);
    assert.match(text, where === "isles" ? /the Isles is the acting state's own territory/ : /the deep sea is no state's territory/);
  }
});
