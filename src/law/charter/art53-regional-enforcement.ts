// Regional enforcement. Art 53(1): "The Security Council shall, where appropriate, utilize such
// regional arrangements or agencies for enforcement action under its authority. But no enforcement
// action shall be taken under regional arrangements or by regional agencies without the
// authorization of the Security Council ..."
import { all, any, leaf, no, position, some, unknown, yes, type Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { useFact, type LawCtx } from "../context.js";
import { councilResolutions, noResolution, resolutionConditions } from "./chapter7-collective-security.js";
import { adoption, symbolOf } from "./security-council.js";

const regionalDecision = leaf<LawCtx>(
  { id: "regional-decision", label: "The regional organisation decided on the action", cite: ["charter-53", "charter-54"] },
  (c) => {
    const org = c.use.through!;
    const ds = (c.m.situation.regionalDecisions ?? []).filter((d) => d.by === org && d.kind !== "request-to-council" && (!d.uses || d.uses.includes(c.use.id)));
    const made = ds.find((d) => onOrBefore(d.date, c.date) === "yes");
    if (made) return yes(`${c.m.name(org)} decided on ${made.date}${made.document ? ` (${made.document})` : ""}`, ["$.regionalDecisions"]);
    if (ds.length) return no(`${c.m.name(org)} decided only on ${ds[0].date}`, ["$.regionalDecisions"]);
    return c.m.absent("regionalDecisions") === "no"
      ? no(`${c.m.name(org)} took no decision on the action`, ["$.regionalDecisions"])
      : unknown(`no decision of ${c.m.name(org)} is recorded, and the record may be incomplete`, ["$.regionalDecisions"]);
  },
);

const laterEndorsement = leaf<LawCtx>(
  { id: "later-endorsement", label: "The Council later endorsed the action", cite: ["charter-53"] },
  (c) => {
    const endorsing = (c.m.situation.resolutions ?? []).filter(
      (r) => r.organ === "security-council" && r.endorses?.includes(c.use.id) && r.adopted && onOrBefore(r.adopted, c.date) === "yes" && adoption(c.m, r).value === "yes",
    );
    if (endorsing.length === 0) return no("the Council has not endorsed the action", ["$.resolutions"]);
    const p = position(c, "laterEndorsement");
    return {
      value: p === "accepted" ? "yes" : "no",
      because: `${endorsing.map(symbolOf).join(", ")} endorsed the action afterwards; under the ${p} position that ${p === "accepted" ? "counts" : "does not replace prior authorisation"}`,
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
    if (!a) return unknown(`whether ${symbolOf(r)} extends to action through ${c.m.name(org)} is not recorded`, [path]);
    if (a.organisations?.includes(org)) return yes(`${symbolOf(r)} names ${c.m.name(org)}`, [path]);
    if (a.throughRegionalOrganisations) return yes(`${symbolOf(r)} allows states to act "through regional organizations or arrangements"`, [path]);
    return no(`${symbolOf(r)} does not extend to enforcement action by ${c.m.name(org)}`, [path]);
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
      if (!org || org.kind !== "organisation") return no(`${c.m.name(c.use.through!)} is not an organisation`, [path]);
      if (org.regionalArrangement === true) return yes(`${org.name} acts as a regional arrangement`, [path]);
      if (org.regionalArrangement === false) return no(`${org.name} is not a regional arrangement under Chapter VIII`, [path]);
      return unknown(`whether ${org.name} is a regional arrangement under Chapter VIII is not stated`, [path]);
    }),
    regionalDecision,
    any({ id: "council-authorisation", label: "The Council authorised the enforcement action", cite: ["charter-53"] }, [authorisationOfTheOrganisation, laterEndorsement]),
  ]),
  (c) => no("the force is not used through a regional organisation: there is no regional enforcement action", [useFact(c, "through")]),
);
