// The rulebook: every basis casus judges, with its rule tree. The analysis runs these; it knows
// nothing of their content.
import type { Rule } from "../engine/rule.js";
import type { BasisId } from "../answer/types.js";
import { every, unknown } from "../engine/rule.js";
import { list } from "../scenario/model.js";
import type { LawCtx } from "./context.js";
import { individualSelfDefence, collectiveSelfDefence } from "./charter/art51-self-defence.js";
import { collectiveSecurity } from "./charter/chapter7-collective-security.js";
import { regionalEnforcement } from "./charter/art53-regional-enforcement.js";
import { consentBasis } from "./custom/consent.js";
import { humanitarianIntervention, protectionOfNationals, reprisal, selfHelp, unitingForPeace } from "./custom/extra-charter.js";

export interface BasisDefinition {
  id: BasisId;
  label: string;
  /** Outside the Charter: judged only where the situation claims it. */
  extraCharter: boolean;
  rule: Rule<LawCtx>;
}

const perActor = (label: string, rule: Rule<LawCtx>): Rule<LawCtx> =>
  every(
    { id: "actors", label },
    (c) => list(c.use.by).map((a) => ({ key: a, label: c.m.name(a), ctx: { ...c, actor: a } })),
    rule,
    (c) => unknown("no state using force is named", [c.m.path("uses", c.use.id, "by")]),
  );

export const BASES: readonly BasisDefinition[] = [
  { id: "individual-self-defence", label: "Individual self-defence (art 51)", extraCharter: false, rule: individualSelfDefence },
  { id: "collective-self-defence", label: "Collective self-defence (art 51)", extraCharter: false, rule: collectiveSelfDefence },
  { id: "collective-security", label: "Collective security (Chapter VII authorisation)", extraCharter: false, rule: collectiveSecurity },
  { id: "regional-enforcement", label: "Regional enforcement with Council authorisation (art 53(1))", extraCharter: false, rule: perActor("Each state acting through the organisation", regionalEnforcement) },
  { id: "consent", label: "Consent of the territorial state", extraCharter: false, rule: perActor("Each state using force has the territorial state's consent", consentBasis) },
  { id: "humanitarian-intervention", label: "Humanitarian intervention (claimed; outside the Charter)", extraCharter: true, rule: humanitarianIntervention },
  { id: "protection-of-nationals", label: "Protection of nationals abroad (claimed; outside the Charter)", extraCharter: true, rule: protectionOfNationals },
  { id: "reprisal", label: "Armed reprisal (claimed; outside the Charter)", extraCharter: true, rule: reprisal },
  { id: "uniting-for-peace", label: "Uniting for Peace recommendation (claimed; outside the Charter)", extraCharter: true, rule: unitingForPeace },
  { id: "self-help", label: "Self-help or intervention (claimed; outside the Charter)", extraCharter: true, rule: selfHelp },
];

export const BASIS_BY_ID: ReadonlyMap<string, BasisDefinition> = new Map(BASES.map((b) => [b.id, b]));
