// Claimed bases with no place in the Charter (MODEL.md section 3): reported as such,
// not-available by default; a position most authority rejects is reported, never contesting on its
// own (src/law/contest.ts).
import { all, doctrine, leaf, no, some, unknown, yes, type Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { reasons } from "../../engine/reason.js";
import type { Tri } from "../../engine/tri.js";
import { fact } from "../../scenario/model.js";
import type { TriFact } from "../../scenario/schema.js";
import { useFact, type LawCtx } from "../context.js";
import { say } from "../wording.js";

/** The stated facts of the extra-Charter claims, in each language: [holds, fails, unknown]. */
const FACTS: Record<string, { en: [string, string, string]; ja: [string, string, string] }> = {
  catastrophe: {
    en: ["an overwhelming humanitarian catastrophe is imminent or under way", "no overwhelming humanitarian catastrophe is imminent or under way", "whether an overwhelming humanitarian catastrophe is imminent or under way is not stated"],
    ja: ["圧倒的な人道的惨事が差し迫り、又は進行している", "圧倒的な人道的惨事は差し迫っておらず、進行してもいない", "圧倒的な人道的惨事が差し迫り、又は進行しているかは示されていない"],
  },
  councilBlocked: {
    en: ["the Council does not act, though it has set the purposes", "the Council is not prevented from acting", "whether the Council is prevented from acting is not stated"],
    ja: ["安保理は目的を定めたが、行動していない", "安保理が行動を妨げられているとはいえない", "安保理が行動を妨げられているかは示されていない"],
  },
  lastResort: {
    en: ["force is the only means left to avert it", "other means to avert it remain", "whether force is the only means left is not stated"],
    ja: ["惨事を回避する手段は武力のほかに残されていない", "惨事を回避する他の手段が残されている", "武力が唯一残された手段かは示されていない"],
  },
  proportionate: {
    en: ["the force is limited to averting the catastrophe", "the force goes beyond averting the catastrophe", "whether the force is limited to averting the catastrophe is not stated"],
    ja: ["武力は惨事の回避に限定されている", "武力は惨事の回避に必要な限度を越えている", "武力が惨事の回避に限定されているかは示されていない"],
  },
  collective: {
    en: ["the action is collective", "the action is unilateral", "whether the action is collective is not stated"],
    ja: ["行動は集団的である", "行動は単独のものである", "行動が集団的かは示されていない"],
  },
  inImminentDanger: {
    en: ["the nationals are in imminent danger", "the nationals are in no imminent danger", "whether the nationals are in imminent danger is not stated"],
    ja: ["自国民に危険が差し迫っている", "自国民に差し迫った危険はない", "自国民に危険が差し迫っているかは示されていない"],
  },
  territorialStateUnwillingOrUnable: {
    en: ["the territorial state is unwilling or unable to protect them", "the territorial state is willing and able to protect them", "whether the territorial state is unwilling or unable to protect them is not stated"],
    ja: ["領域国は自国民を保護する意思又は能力を欠く", "領域国には保護する意思も能力もある", "領域国が保護する意思又は能力を欠くかは示されていない"],
  },
  limitedToRescue: {
    en: ["the force is limited to the rescue", "the force goes beyond the rescue", "whether the force is limited to the rescue is not stated"],
    ja: ["武力は救出に限定されている", "武力は救出の範囲を越えている", "武力が救出に限定されているかは示されていない"],
  },
};
const AT: Record<Tri, 0 | 1 | 2> = { yes: 0, no: 1, unknown: 2 };

const R = reasons("extra", {
  stated: say(
    (a: { field: string; value: Tri }) => FACTS[a.field]?.en[AT[a.value]] ?? `${a.field}: ${a.value}`,
    (a) => FACTS[a.field]?.ja[AT[a.value]] ?? `${a.field}：${a.value}`,
  ),
  humanitarianRejected: say(
    (_: void) => "humanitarian intervention has no basis in the Charter or in general international law (the position of most authority)",
    () => "人道的干渉は、国連憲章にも一般国際法にも根拠を持たない（大多数の見解）",
  ),
  nationalsRejected: say(
    (_: void) => "forcible protection of nationals on another state's territory is self-help, not a basis for force (the position of most authority)",
    () => "他国領域における武力による自国民保護は自助であり、武力行使の根拠とはならない（大多数の見解）",
  ),
  reprisal: say(
    (_: void) => "armed reprisals in time of peace are unlawful",
    () => "平時における武力復仇は違法である",
  ),
  selfHelp: say(
    (_: void) => "an alleged right of intervention or self-help is 'the manifestation of a policy of force' that cannot find a place in international law",
    () => "干渉又は自助の権利と称するものは「力の政策の現れ」であり、国際法上その地位を見出し得ない",
  ),
  assemblyNoBasis: say(
    (_: void) => "the Assembly can recommend, not authorise: its recommendation cannot displace art 2(4)",
    () => "総会は勧告できるにとどまり、許可することはできない。その勧告は憲章第2条4項を排除し得ない",
  ),
  recommendsNoForce: say(
    (a: { resolution: string }) => `${a.resolution} recommends no force`,
    (a) => `${a.resolution}は武力の行使を勧告していない`,
  ),
  recommendsForce: say(
    (a: { resolution: string }) => `${a.resolution} recommends force`,
    (a) => `${a.resolution}は武力の行使を勧告している`,
  ),
  adoptedOnlyLater: say(
    (a: { resolution: string; date: string }) => `${a.resolution} was adopted only on ${a.date}`,
    (a) => `${a.resolution}が採択されたのは${a.date}になってからである`,
  ),
  adoptionUnknown: say(
    (a: { resolution: string }) => `the date ${a.resolution} was adopted is not known`,
    (a) => `${a.resolution}の採択日は不明である`,
  ),
  noRecommendation: say(
    (_: void) => "the Assembly recommended no force",
    () => "総会は武力の行使を勧告していない",
  ),
});

function factLeaf(group: "humanitarian" | "nationals", field: string, id: string, label: string, cite: string[]): Rule<LawCtx> {
  return leaf<LawCtx>({ id, label, cite }, (c) => {
    const raw = (c.use[group] as Record<string, TriFact | undefined> | undefined)?.[field];
    const f = fact(raw);
    const path = useFact(c, `${group}.${field}`);
    const r = R.stated({ field, value: f.value }, f);
    if (f.value === "unknown") return unknown(r, [path]);
    return { value: f.value, reason: r, facts: [path] };
  });
}

const noPlaceInCharter = (id: string, label: string, cite: string[], because: ReturnType<typeof R.reprisal>): Rule<LawCtx> =>
  leaf<LawCtx>({ id, label, cite }, () => no(because));

export const humanitarianIntervention: Rule<LawCtx> = doctrine(
  { id: "humanitarian", label: "Humanitarian intervention without Council authorisation", cite: ["charter-2-4"] },
  "humanitarianIntervention",
  {
    rejected: noPlaceInCharter("no-basis", "A recognised basis for force", ["charter-2-4", "corfu-35", "g77-2000", "kosovo-commission-2000"], R.humanitarianRejected()),
    "exceptional-right": all({ id: "exceptional", label: "Conditions of the exceptional right", cite: ["uk-kosovo-1999", "uk-lloyd-1999"] }, [
      factLeaf("humanitarian", "catastrophe", "catastrophe", "An overwhelming humanitarian catastrophe, imminent or under way", ["uk-kosovo-1999"]),
      factLeaf("humanitarian", "councilBlocked", "council-blocked", "The Council does not act, though it has set the purposes", ["uk-lloyd-1999"]),
      factLeaf("humanitarian", "lastResort", "last-resort", "Force is the only means left to avert it", ["uk-lloyd-1999"]),
      factLeaf("humanitarian", "proportionate", "proportionate", "The force is limited to averting the catastrophe", ["uk-lloyd-1999"]),
      // casus's own marker, shown for the record: no source makes collective action a condition (citations review, G).
      { ...factLeaf("humanitarian", "collective", "collective", "Collective rather than unilateral action (casus's own marker, shown, not a condition)", []), weight: "evidence" },
    ]),
  },
);

export const protectionOfNationals: Rule<LawCtx> = doctrine(
  { id: "nationals", label: "Protection of nationals abroad", cite: ["charter-2-4"] },
  "protectionOfNationals",
  {
    rejected: noPlaceInCharter("no-basis", "A recognised basis for force", ["charter-2-4", "corfu-35"], R.nationalsRejected()),
    accepted: all({ id: "rescue", label: "Conditions of a rescue of nationals", cite: ["bowett-1958"] }, [
      factLeaf("nationals", "inImminentDanger", "danger", "The nationals are in imminent danger", ["bowett-1958"]),
      factLeaf("nationals", "territorialStateUnwillingOrUnable", "unable", "The territorial state is unwilling or unable to protect them", ["bowett-1958"]),
      factLeaf("nationals", "limitedToRescue", "limited", "The force is limited to the rescue", ["bowett-1958"]),
    ]),
  },
);

export const reprisal: Rule<LawCtx> = noPlaceInCharter("reprisal", "Armed reprisal", ["nuclear-46", "charter-2-4"], R.reprisal());

export const selfHelp: Rule<LawCtx> = noPlaceInCharter("self-help", "Forcible self-help or intervention", ["corfu-35"], R.selfHelp());

export const unitingForPeace: Rule<LawCtx> = doctrine(
  { id: "uniting-for-peace", label: "A General Assembly recommendation (Uniting for Peace)", cite: ["ga-377"] },
  "unitingForPeace",
  {
    "no-basis": noPlaceInCharter("no-basis", "A recognised basis for force", ["ga-377", "charter-2-4"], R.assemblyNoBasis()),
    "recommendation-suffices": some<LawCtx>(
      { id: "ga", label: "An Assembly recommendation of force covers it", cite: ["ga-377"] },
      (c) =>
        (c.m.situation.resolutions ?? [])
          .filter((r) => r.organ === "general-assembly")
          .map((r) => ({ key: r.id, label: r.symbol ?? r.id, ctx: { ...c, resolution: r } })),
      leaf({ id: "recommends", label: "It recommends force, by the date", cite: ["ga-377"] }, (c) => {
        const r = c.resolution!;
        const resolution = r.symbol ?? r.id;
        if (!r.recommendsForce) return no(R.recommendsNoForce({ resolution }), [c.m.path("resolutions", r.id, "recommendsForce")]);
        const when = r.adopted ? onOrBefore(r.adopted, c.date) : "unknown";
        const path = c.m.path("resolutions", r.id, "adopted");
        return when === "yes" ? yes(R.recommendsForce({ resolution }), [path]) : when === "no" ? no(R.adoptedOnlyLater({ resolution, date: r.adopted! }), [path]) : unknown(R.adoptionUnknown({ resolution }), [path]);
      }),
      () => no(R.noRecommendation()),
    ),
  },
);
