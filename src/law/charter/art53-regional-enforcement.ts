// Regional enforcement. Art 53(1): "The Security Council shall, where appropriate, utilize such
// regional arrangements or agencies for enforcement action under its authority. But no enforcement
// action shall be taken under regional arrangements or by regional agencies without the
// authorization of the Security Council ..."
import { all, any, leaf, no, position, some, unknown, yes, type Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { useFact, type LawCtx } from "../context.js";
import { councilResolutions, noResolution, resolutionConditions } from "./chapter7-collective-security.js";
import { adoption, symbolOf } from "./security-council.js";
import { reasons } from "../../engine/reason.js";
import type { Tri } from "../../engine/tri.js";
import { say } from "../wording.js";

const R = reasons("art53", {
  decided: say(
    (a: { org: string; date: string; document?: string }) => `${a.org} decided on ${a.date}${a.document ? ` (${a.document})` : ""}`,
    (a) => `${a.org}は${a.date}に決定した${a.document ? `（${a.document}）` : ""}`,
  ),
  decidedOnlyLater: say(
    (a: { org: string; date: string }) => `${a.org} decided only on ${a.date}`,
    (a) => `${a.org}が決定したのは${a.date}になってからである`,
  ),
  noDecision: say(
    (a: { org: string }) => `${a.org} took no decision on the action`,
    (a) => `${a.org}はこの行動について決定していない`,
  ),
  decisionMaybe: say(
    (a: { org: string }) => `no decision of ${a.org} is recorded, and the record may be incomplete`,
    (a) => `${a.org}の決定は記録されていないが、記録が完全でない可能性がある`,
  ),
  notEndorsed: say(
    (_: void) => "the Council has not endorsed the action",
    () => "安保理はこの行動を事後に承認していない",
  ),
  endorsed: say(
    (a: { resolutions: string[]; counts: boolean }, w) =>
      `${w.list(a.resolutions)} endorsed the action afterwards; under the ${a.counts ? "accepted position that counts" : "rejected position that does not replace prior authorisation"}`,
    (a, w) => `${w.list(a.resolutions)}は事後にこの行動を承認した。${a.counts ? "事後承認を認める立場では、これで足りる" : "事後承認を認めない立場では、事前の許可に代わるものではない"}`,
  ),
  addresseeUnknown: say(
    (a: { resolution: string; org: string }) => `whether ${a.resolution} extends to action through ${a.org} is not recorded`,
    (a) => `${a.resolution}が${a.org}を通じた行動に及ぶかは記録されていない`,
  ),
  namesOrganisation: say(
    (a: { resolution: string; org: string }) => `${a.resolution} names ${a.org}`,
    (a) => `${a.resolution}は${a.org}を名指ししている`,
  ),
  throughRegional: say(
    (a: { resolution: string }) => `${a.resolution} allows states to act "through regional organizations or arrangements"`,
    (a) => `${a.resolution}は、加盟国が「地域的機関又は地域的取極を通じて」行動することを認めている`,
  ),
  notOrganisation: say(
    (a: { resolution: string; org: string }) => `${a.resolution} does not extend to enforcement action by ${a.org}`,
    (a) => `${a.resolution}は${a.org}による強制行動には及ばない`,
  ),
  notAnOrganisation: say(
    (a: { org: string }) => `${a.org} is not an organisation`,
    (a) => `${a.org}は国際機関ではない`,
  ),
  regionalArrangement: say(
    (a: { org: string; value: Tri }) =>
      a.value === "yes" ? `${a.org} acts as a regional arrangement` : a.value === "no" ? `${a.org} is not a regional arrangement under Chapter VIII` : `whether ${a.org} is a regional arrangement under Chapter VIII is not stated`,
    (a) => (a.value === "yes" ? `${a.org}は地域的取極として行動している` : a.value === "no" ? `${a.org}は第8章の地域的取極ではない` : `${a.org}が第8章の地域的取極に当たるかは示されていない`),
  ),
  notThrough: say(
    (_: void) => "the force is not used through a regional organisation: there is no regional enforcement action",
    () => "武力は地域的機関を通じて行使されておらず、地域的強制行動は存在しない",
  ),
});

const regionalDecision = leaf<LawCtx>(
  { id: "regional-decision", label: "The regional organisation decided on the action", cite: ["charter-53"] },
  (c) => {
    const org = c.use.through!;
    const ds = (c.m.situation.regionalDecisions ?? []).filter((d) => d.by === org && d.kind !== "request-to-council" && (!d.uses || d.uses.includes(c.use.id)));
    const made = ds.find((d) => onOrBefore(d.date, c.date) === "yes");
    const name = c.m.name(org);
    if (made) return yes(R.decided({ org: name, date: made.date, document: made.document }), ["$.regionalDecisions"]);
    if (ds.length) return no(R.decidedOnlyLater({ org: name, date: ds[0].date }), ["$.regionalDecisions"]);
    return c.m.absent("regionalDecisions") === "no" ? no(R.noDecision({ org: name }), ["$.regionalDecisions"]) : unknown(R.decisionMaybe({ org: name }), ["$.regionalDecisions"]);
  },
);

const laterEndorsement = leaf<LawCtx>(
  { id: "later-endorsement", label: "The Council later endorsed the action", cite: ["charter-53"] },
  (c) => {
    const endorsing = (c.m.situation.resolutions ?? []).filter(
      (r) => r.organ === "security-council" && r.endorses?.includes(c.use.id) && r.adopted && onOrBefore(r.adopted, c.date) === "yes" && adoption(c.m, r).value === "yes",
    );
    if (endorsing.length === 0) return no(R.notEndorsed(), ["$.resolutions"]);
    const p = position(c, "laterEndorsement");
    return {
      value: p === "accepted" ? "yes" : "no",
      reason: R.endorsed({ resolutions: endorsing.map(symbolOf), counts: p === "accepted" }),
      facts: endorsing.map((r) => c.m.path("resolutions", r.id, "endorses")),
      doctrine: { switch: "laterEndorsement", position: p },
    };
  },
);

/** Art 53(1) asks for the Council's authorisation of the regional action itself: the resolution must reach the organisation. */
const organisationAddressed = leaf<LawCtx>(
  { id: "organisation-addressed", label: "The authorisation extends to action through the organisation", cite: ["charter-53"] },
  (c) => {
    const r = c.resolution!;
    const org = c.use.through!;
    const a = r.addressees;
    const path = c.m.path("resolutions", r.id, "addressees");
    const args = { resolution: symbolOf(r), org: c.m.name(org) };
    if (!a) return unknown(R.addresseeUnknown(args), [path]);
    if (a.organisations?.includes(org)) return yes(R.namesOrganisation(args), [path]);
    if (a.throughRegionalOrganisations) return yes(R.throughRegional(args), [path]);
    return no(R.notOrganisation(args), [path]);
  },
);

const authorisationOfTheOrganisation = some<LawCtx>(
  { id: "resolutions", label: "A Council authorisation covers this regional action", cite: ["charter-53", "charter-42"] },
  councilResolutions,
  all({ id: "conditions", label: "Conditions of a Council authorisation of regional action", cite: ["charter-53"] }, [...resolutionConditions, organisationAddressed]),
  noResolution,
);

export const regionalEnforcement: Rule<LawCtx> = some(
  { id: "organisation", label: "Enforcement action by a regional organisation with the Council's authorisation", cite: ["charter-53"] },
  (c) => (c.use.through ? [{ key: c.use.through, label: c.m.name(c.use.through), ctx: c }] : []),
  all({ id: "conditions", label: "Conditions of regional enforcement (art 53(1))", cite: ["charter-53"] }, [
    leaf({ id: "regional-arrangement", label: "The organisation is a regional arrangement or agency", cite: ["charter-53"] }, (c) => {
      const org = c.m.actors.get(c.use.through!);
      const path = c.m.path("actors", c.use.through!, "regionalArrangement");
      if (!org || org.kind !== "organisation") return no(R.notAnOrganisation({ org: c.m.name(c.use.through!) }), [path]);
      if (org.regionalArrangement === true) return yes(R.regionalArrangement({ org: org.name, value: "yes" }), [path]);
      if (org.regionalArrangement === false) return no(R.regionalArrangement({ org: org.name, value: "no" }), [path]);
      return unknown(R.regionalArrangement({ org: org.name, value: "unknown" }), [path]);
    }),
    regionalDecision,
    any({ id: "council-authorisation", label: "The Council authorised the enforcement action", cite: ["charter-53"] }, [authorisationOfTheOrganisation, laterEndorsement]),
  ]),
  (c) => no(R.notThrough(), [useFact(c, "through")]),
);
