// Collective defence treaties pre-commit allies; they add no legal basis beyond art 51 (each
// refers to it). casus reports whether a treaty commitment is triggered, beside the Charter basis.
import { onOrBefore } from "../../engine/dates.js";
import type { Tri } from "../../engine/tri.js";
import type { Commitment } from "../../analysis/result.js";
import { cite } from "../citations.js";
import { list, type Model } from "../../scenario/model.js";
import type { Alliance, Attack, Place, UseOfForce } from "../../scenario/schema.js";

interface TreatyText {
  label: string;
  cite: string[];
  /** Is an attack on this victim, there, within the treaty's area? */
  area: (m: Model, al: Alliance, a: Attack, place: Place | undefined) => { value: Tri; because: string };
}

const regionsOf = (place: Place | undefined) => new Set(place?.regions ?? []);
const onForces = (a: Attack) => a.target === "armed-forces" || a.target === "vessel" || a.target === "aircraft";

function byRegion(regions: string[], name: string) {
  return (_m: Model, _al: Alliance, _a: Attack, place: Place | undefined): { value: Tri; because: string } => {
    if (!place?.regions) return { value: "unknown", because: `whether the attack took place in the ${name} is not stated (place regions)` };
    const hit = regions.find((r) => regionsOf(place).has(r as never));
    return hit ? { value: "yes", because: `${place.name} lies in the ${name}` } : { value: "no", because: `${place.name} lies outside the ${name}` };
  };
}

const TREATIES: Record<Alliance["treaty"], TreatyText> = {
  "north-atlantic-treaty": {
    label: "North Atlantic Treaty, art 5 (area: art 6)",
    cite: ["nato-5", "nato-6"],
    area: (m, al, a, place) => {
      const territory = ["europe", "north-america", "north-atlantic-north-of-tropic-of-cancer"];
      const forces = [...territory, "mediterranean"];
      return byRegion(onForces(a) ? forces : territory, onForces(a) ? "area of art 6(ii) (forces, vessels, aircraft)" : "area of art 6(i) (territory)")(m, al, a, place);
    },
  },
  "us-japan-security-treaty": {
    label: "Japan-United States Security Treaty, art V",
    cite: ["us-japan-5"],
    area: (m, al, a, place) => {
      const japan = al.administeringParty;
      if (!japan) return { value: "unknown", because: "the alliance does not name the administering party (administeringParty)" };
      const where = a.where;
      if (!where) return { value: "unknown", because: "where the attack took place is not stated" };
      const administered = place ? (place.administeredBy ?? place.territoryOf) === japan : where === japan;
      return administered
        ? { value: "yes", because: `${m.name(where)} is a territory under the administration of ${m.name(japan)}` }
        : { value: "no", because: `${m.name(where)} is not a territory under the administration of ${m.name(japan)}: art V is not triggered, whatever the Charter allows` };
    },
  },
  "rio-treaty": {
    label: "Inter-American Treaty of Reciprocal Assistance, art 3",
    cite: ["rio-3"],
    area: (m, _al, a, place) => {
      const victim = m.actors.get(a.against);
      if (victim?.americanState === false) return { value: "no", because: `${victim.name} is not an American State` };
      if (place?.regions) return byRegion(["americas"], "region of art 4 or an American State")(m, _al, a, place);
      if (victim?.americanState) return { value: "yes", because: `an armed attack on ${victim.name}, an American State` };
      return { value: "unknown", because: "whether the victim is an American State is not stated" };
    },
  },
  anzus: { label: "ANZUS Treaty, arts IV-V", cite: ["anzus-4"], area: byRegion(["pacific"], "Pacific Area") },
  "warsaw-treaty": { label: "Warsaw Treaty, art 4", cite: ["warsaw-4"], area: byRegion(["europe"], "Europe") },
};

export function commitments(m: Model, use: UseOfForce, date: string): Commitment[] {
  const out: Commitment[] = [];
  for (const actor of list(use.by)) {
    for (const al of m.situation.alliances ?? []) {
      if (!al.parties.includes(actor)) continue;
      const text = TREATIES[al.treaty];
      const attacks = (m.situation.attacks ?? []).filter(
        (a) => a.against !== actor && al.parties.includes(a.against) && (!use.respondsTo || use.respondsTo.includes(a.id)) && onOrBefore(a.date, date) !== "no",
      );
      for (const a of attacks) {
        const place = a.where ? m.places.get(a.where) : undefined;
        const area = text.area(m, al, a, place);
        out.push({
          treaty: al.treaty,
          label: text.label,
          victim: a.against,
          triggered: area.value,
          because: `${m.name(a.against)} attacked (${a.id}, ${a.date}): ${area.because}`,
          citations: text.cite.map(cite),
          note: "A treaty commitment adds no legal basis beyond art 51: the Charter basis above decides whether force is lawful.",
        });
      }
    }
  }
  return out;
}
