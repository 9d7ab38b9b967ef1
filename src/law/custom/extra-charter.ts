// Claimed bases with no place in the Charter (MODEL.md section 3): reported as such,
// not-available by default, contested where a doctrine switch admits them.
import { all, doctrine, leaf, no, some, unknown, yes, type Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { fact, reason } from "../../scenario/model.js";
import type { TriFact } from "../../scenario/schema.js";
import { useFact, type LawCtx } from "../context.js";

function factLeaf(group: "humanitarian" | "nationals", field: string, id: string, label: string, cite: string[]): Rule<LawCtx> {
  return leaf<LawCtx>({ id, label, cite }, (c) => {
    const raw = (c.use[group] as Record<string, TriFact | undefined> | undefined)?.[field];
    const f = fact(raw);
    const path = useFact(c, `${group}.${field}`);
    if (f.value === "unknown") return unknown(reason(f, `${label.toLowerCase()}: not stated`), [path]);
    return { value: f.value, because: reason(f, f.value === "yes" ? "yes" : "no"), facts: [path] };
  });
}

const noPlaceInCharter = (id: string, label: string, cite: string[], because: string): Rule<LawCtx> =>
  leaf<LawCtx>({ id, label, cite }, () => no(because));

export const humanitarianIntervention: Rule<LawCtx> = doctrine(
  { id: "humanitarian", label: "Humanitarian intervention without Council authorisation", cite: ["charter-2-4"] },
  "humanitarianIntervention",
  {
    rejected: noPlaceInCharter("no-basis", "A recognised basis for force", ["charter-2-4", "corfu-35", "g77-2000"], "humanitarian intervention has no basis in the Charter or in general international law (rejected position)"),
    "exceptional-right": all({ id: "exceptional", label: "Conditions of the exceptional right", cite: ["uk-kosovo-1999", "uk-lloyd-1999"] }, [
      factLeaf("humanitarian", "catastrophe", "catastrophe", "An overwhelming humanitarian catastrophe, imminent or under way", ["uk-kosovo-1999"]),
      factLeaf("humanitarian", "councilBlocked", "council-blocked", "The Council cannot act, though it has set the purposes", ["uk-lloyd-1999"]),
      factLeaf("humanitarian", "lastResort", "last-resort", "Force is the only means left to avert it", ["uk-lloyd-1999"]),
      factLeaf("humanitarian", "proportionate", "proportionate", "The force is limited to averting the catastrophe", ["uk-lloyd-1999"]),
      { ...factLeaf("humanitarian", "collective", "collective", "Collective rather than unilateral action (shown, not a condition)", ["kosovo-commission-2000"]), weight: "evidence" },
    ]),
  },
);

export const protectionOfNationals: Rule<LawCtx> = doctrine(
  { id: "nationals", label: "Protection of nationals abroad", cite: ["charter-2-4"] },
  "protectionOfNationals",
  {
    rejected: noPlaceInCharter("no-basis", "A recognised basis for force", ["charter-2-4", "corfu-35"], "forcible protection of nationals on another state's territory is self-help, not a basis for force (rejected position)"),
    accepted: all({ id: "rescue", label: "Conditions of a rescue of nationals", cite: ["bowett-1958"] }, [
      factLeaf("nationals", "inImminentDanger", "danger", "The nationals are in imminent danger", ["bowett-1958"]),
      factLeaf("nationals", "territorialStateUnwillingOrUnable", "unable", "The territorial state is unwilling or unable to protect them", ["bowett-1958"]),
      factLeaf("nationals", "limitedToRescue", "limited", "The force is limited to the rescue", ["bowett-1958"]),
    ]),
  },
);

export const reprisal: Rule<LawCtx> = noPlaceInCharter("reprisal", "Armed reprisal", ["nuclear-46", "charter-2-4"], "armed reprisals in time of peace are unlawful (Nuclear Weapons para 46)");

export const selfHelp: Rule<LawCtx> = noPlaceInCharter("self-help", "Forcible self-help or intervention", ["corfu-35"], "an alleged right of intervention or self-help is 'the manifestation of a policy of force' that cannot find a place in international law (Corfu Channel, p 35)");

export const unitingForPeace: Rule<LawCtx> = doctrine(
  { id: "uniting-for-peace", label: "A General Assembly recommendation (Uniting for Peace)", cite: ["ga-377"] },
  "unitingForPeace",
  {
    "no-basis": noPlaceInCharter("no-basis", "A recognised basis for force", ["ga-377", "charter-2-4"], "the Assembly can recommend, not authorise: its recommendation cannot displace art 2(4) (no-basis position)"),
    "recommendation-suffices": some<LawCtx>(
      { id: "ga", label: "An Assembly recommendation of force covers it", cite: ["ga-377"] },
      (c) =>
        (c.m.situation.resolutions ?? [])
          .filter((r) => r.organ === "general-assembly")
          .map((r) => ({ key: r.id, label: r.symbol ?? r.id, ctx: { ...c, resolution: r } })),
      leaf({ id: "recommends", label: "It recommends force, by the date", cite: ["ga-377"] }, (c) => {
        const r = c.resolution!;
        if (!r.recommendsForce) return no(`${r.symbol ?? r.id} recommends no force`, [c.m.path("resolutions", r.id, "recommendsForce")]);
        const when = r.adopted ? onOrBefore(r.adopted, c.date) : "unknown";
        return when === "yes" ? yes(`${r.symbol ?? r.id} recommends force`) : when === "no" ? no(`${r.symbol ?? r.id} was adopted only on ${r.adopted}`) : unknown("adoption date unknown", [c.m.path("resolutions", r.id, "adopted")]);
      }),
      () => no("the Assembly recommended no force"),
    ),
  },
);
