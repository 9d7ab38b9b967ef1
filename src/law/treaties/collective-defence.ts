// Collective defence treaties pre-commit allies; they add no legal basis beyond art 51 (each
// refers to it). casus reports whether a treaty commitment is triggered, beside the Charter basis.
import { onOrBefore } from "../../engine/dates.js";
import type { Tri } from "../../engine/tri.js";
import { reasons, type Reason, type Words } from "../../engine/reason.js";
import { list, type Model } from "../../scenario/model.js";
import type { Alliance, Attack, Place, UseOfForce } from "../../scenario/schema.js";

/** What a commitment check finds (words made when rendered: src/render/answer.ts). */
export interface CommitmentFinding {
  treaty: Alliance["treaty"];
  label: string;
  victim: string;
  triggered: Tri;
  reason: Reason;
  cite: readonly string[];
  note: Reason;
}

type Area = { value: Tri; reason: Reason };

/** The treaties' areas, in Japanese. */
const AREA_JA: Record<string, string> = {
  "area of art 6(i) (territory)": "第6条(i)の区域（領域）",
  "area of art 6(ii) (forces, vessels, aircraft)": "第6条(ii)の区域（軍隊、船舶、航空機）",
  "region of art 4 or an American State": "第4条の地域又は米州国家",
};
const areaJa = (area: string) => AREA_JA[area] ?? area;

const R = reasons("treaty", {
  regionUnstated: { en: (a: { area: string }) => `whether the attack took place in the ${a.area} is not stated (place regions)`, ja: (a) => `攻撃が${areaJa(a.area)}で行われたかは記載されていない（place regions）` },
  inRegion: { en: (a: { place: string; area: string }) => `${a.place} lies in the ${a.area}`, ja: (a) => `${a.place}は${areaJa(a.area)}に所在する` },
  outsideRegion: { en: (a: { place: string; area: string }) => `${a.place} lies outside the ${a.area}`, ja: (a) => `${a.place}は${areaJa(a.area)}の外にある` },
  noAdministeringParty: {
    en: () => "the alliance does not name the administering party (administeringParty)",
    ja: () => "同盟は施政を行う締約国を記載していない（administeringParty）",
  },
  whereUnstated: { en: () => "where the attack took place is not stated", ja: () => "攻撃の場所は記載されていない" },
  administered: {
    en: (a: { where: string; party: string }) => `${a.where} is a territory under the administration of ${a.party}`,
    ja: (a) => `${a.where}は${a.party}の施政の下にある領域である`,
  },
  notAdministered: {
    en: (a: { where: string; party: string }) => `${a.where} is not a territory under the administration of ${a.party}: art V is not triggered, whatever the Charter allows`,
    ja: (a) => `${a.where}は${a.party}の施政の下にある領域ではない：憲章が何を許すかにかかわらず、第5条は発動されない`,
  },
  notAmerican: { en: (a: { victim: string }) => `${a.victim} is not an American State`, ja: (a) => `${a.victim}は米州国家ではない` },
  american: { en: (a: { victim: string }) => `an armed attack on ${a.victim}, an American State`, ja: (a) => `米州国家である${a.victim}に対する武力攻撃` },
  americanUnstated: { en: () => "whether the victim is an American State is not stated", ja: () => "被害国が米州国家であるかは記載されていない" },
  attacked: {
    en: (a: { victim: string; attack: string; date: string; area: Reason }, w: Words) => `${a.victim} attacked (${a.attack}, ${a.date}): ${w.reason(a.area)}`,
    ja: (a, w) => `${a.victim}に対する攻撃（${a.attack}、${a.date}）：${w.reason(a.area)}`,
  },
  noBasis: {
    en: () => "A treaty commitment adds no legal basis beyond art 51: the Charter basis above decides whether force is lawful.",
    ja: () => "条約上の約束は第51条を超える法的根拠を加えない。武力行使が合法かは上記の憲章上の根拠が決める。",
  },
});

interface TreatyText {
  label: string;
  cite: string[];
  /** Is an attack on this victim, there, within the treaty's area? */
  area: (m: Model, al: Alliance, a: Attack, place: Place | undefined) => Area;
}

const regionsOf = (place: Place | undefined) => new Set(place?.regions ?? []);
const onForces = (a: Attack) => a.target === "armed-forces" || a.target === "vessel" || a.target === "aircraft";

function byRegion(regions: string[], area: string) {
  return (_m: Model, _al: Alliance, _a: Attack, place: Place | undefined): Area => {
    if (!place?.regions) return { value: "unknown", reason: R.regionUnstated({ area }) };
    const hit = regions.find((r) => regionsOf(place).has(r as never));
    return hit ? { value: "yes", reason: R.inRegion({ place: place.name, area }) } : { value: "no", reason: R.outsideRegion({ place: place.name, area }) };
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
      if (!japan) return { value: "unknown", reason: R.noAdministeringParty() };
      const where = a.where;
      if (!where) return { value: "unknown", reason: R.whereUnstated() };
      const administered = place ? (place.administeredBy ?? place.territoryOf) === japan : where === japan;
      const args = { where: m.name(where), party: m.name(japan) };
      return administered ? { value: "yes", reason: R.administered(args) } : { value: "no", reason: R.notAdministered(args) };
    },
  },
  "rio-treaty": {
    label: "Inter-American Treaty of Reciprocal Assistance, art 3",
    cite: ["rio-3"],
    area: (m, _al, a, place) => {
      const victim = m.actors.get(a.against);
      if (victim?.americanState === false) return { value: "no", reason: R.notAmerican({ victim: victim.name }) };
      if (place?.regions) return byRegion(["americas"], "region of art 4 or an American State")(m, _al, a, place);
      if (victim?.americanState) return { value: "yes", reason: R.american({ victim: victim.name }) };
      return { value: "unknown", reason: R.americanUnstated() };
    },
  },
  anzus: { label: "ANZUS Treaty, arts IV-V", cite: ["anzus-4"], area: byRegion(["pacific"], "Pacific Area") },
  "warsaw-treaty": { label: "Warsaw Treaty, art 4", cite: ["warsaw-4"], area: byRegion(["europe"], "Europe") },
};

export function commitments(m: Model, use: UseOfForce, date: string): CommitmentFinding[] {
  const out: CommitmentFinding[] = [];
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
          reason: R.attacked({ victim: m.name(a.against), attack: a.id, date: a.date, area: area.reason }),
          cite: text.cite,
          note: R.noBasis(),
        });
      }
    }
  }
  return out;
}
