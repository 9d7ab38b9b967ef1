// Support to foreign forces: the 1999 Act on situations in areas surrounding Japan (to 28 March
// 2016), the Important Influence Situations Act and the International Peace Support Act (from 29
// March 2016), and the special measures laws of 2001, 2003 and 2008 with their expiry dates.
// None authorises the use of force: each keeps the support from "integration with the use of force".
// japan.md 2(e)(ii), 2(f), 2(g)(2)-(5).
import { datesOf } from "../statutes.js";
import { leaf, no, unknown, yes } from "../../../engine/rule.js";
import { adoption, determinationKind, symbolOf } from "../../charter/security-council.js";
import { reasons, type Reason } from "../../../engine/reason.js";
import { R as C, type JpCtx } from "../context.js";
import { servicesRule, statuteAreaLeaf } from "../decisions.js";
import type { Finding } from "../../../engine/rule.js";
import { findingLeaf, findingOf, foreignConsent, nearJapan, nonCombatArea, nonCombatFinding, notAtCombatScene, purposeLeaf, resolutionLeaf, supportedForces, type Instrument } from "../instrument.js";

const NO_FORCE = ["not-a-use-of-force"];

type Sym = { symbol: string };
const AID_JA: Record<string, string> = { water: "給水", medical: "医療", "public-facilities": "公共施設の復旧・整備", supply: "物資の補給", transport: "輸送", other: "その他" };

export const R = reasons("jp.support", {
  aidToPopulation: {
    en: (a: { to: string; kinds: readonly string[] }, w) => `humanitarian relief to the ${a.to}${a.kinds.length ? ` (${w.list([...a.kinds])})` : ""}: the exclusions apply to support to foreign forces (security assistance), not to aid to the population`,
    ja: (a: { to: string; kinds: readonly string[] }, w) => `${({ population: "住民", refugees: "難民", victims: "被災民" } as Record<string, string>)[a.to] ?? a.to}に対する人道復興支援${a.kinds.length ? `（${w.list(a.kinds.map((k) => AID_JA[k] ?? k))}）` : ""}：除外は外国軍隊等への支援（安全確保支援活動）に係るもので、住民への支援には及ばない`,
  },
  outsideRearArea: {
    en: (a: { why: Reason }, w) => `${w.reason(a.why)}: outside the rear area (foreign territory was never part of it)`,
    ja: (a: { why: Reason }, w) => `${w.reason(a.why)}：後方地域外（外国の領域は含まれない）`,
  },
  surroundingArea: { en: () => "a situation in areas surrounding Japan (as found)", ja: () => "周辺事態に該当する（認定）" },
  notSurroundingArea: { en: () => "not a situation in areas surrounding Japan", ja: () => "周辺事態に該当しない" },
  surroundingAreaUnknown: { en: () => "whether it is a situation in areas surrounding Japan is not stated", ja: () => "周辺事態に該当するかは記載がない" },
  importantInfluence: { en: () => "an important influence situation (as found)", ja: () => "重要影響事態に該当する（認定）" },
  notImportantInfluence: { en: () => "not an important influence situation", ja: () => "重要影響事態に該当しない" },
  importantInfluenceUnknown: { en: () => "whether it is an important influence situation is not stated", ja: () => "重要影響事態に該当するかは記載がない" },
  surroundingAreaCounts: {
    en: () => "a situation in areas surrounding Japan: the 2015 definition only dropped the geographic words",
    ja: () => "周辺事態に当たる：平成27年改正は地理的文言を削除したのみ",
  },
  type1: {
    en: (a: Sym) => `${a.symbol} decides, requests, recommends or authorises action against the threat (type 1)`,
    ja: (a: Sym) => `${a.symbol}：支援対象となる外国が事態に対処するための活動を行うことを決定、要請、勧告又は認める決議（①）`,
  },
  type2: {
    en: (a: Sym) => `${a.symbol} recognises a threat to or breach of the peace and calls on UN members to act (type 2; military measures need not be called for)`,
    ja: (a: Sym) => `${a.symbol}：平和に対する脅威又は平和の破壊との認識を示し、国連加盟国の取組を求める決議（②）`,
  },
  contentUnknown: { en: (a: Sym) => `what ${a.symbol} decides is not recorded`, ja: (a: Sym) => `${a.symbol}の内容が記録されていない` },
  neitherType: { en: (a: Sym) => `${a.symbol} is neither type of resolution`, ja: (a: Sym) => `${a.symbol}はいずれの類型の決議にも当たらない` },
  noResolution: {
    en: () => "no UN General Assembly or Security Council resolution: the Act cannot apply",
    ja: () => "国連総会又は安保理の決議がない：同法は適用できない",
  },
  jointResponse: { en: () => "an international peace joint response situation (as found)", ja: () => "国際平和共同対処事態に該当する（認定）" },
  notJointResponse: { en: () => "not an international peace joint response situation", ja: () => "国際平和共同対処事態に該当しない" },
  jointResponseUnknown: { en: () => "whether it is an international peace joint response situation is not stated", ja: () => "国際平和共同対処事態に該当するかは記載がない" },
  dietPrior: { en: () => "the Diet approved in advance", ja: () => "国会の事前承認を得た" },
  dietPriorUnknown: {
    en: () => "the Diet's prior approval is not stated (art 6(1) allows no exception)",
    ja: () => "国会の事前承認の有無が記載されていない（第6条第1項に例外はない）",
  },
  dietNotPrior: {
    en: (a: { approval: string }) => `the Diet's approval is '${a.approval}': art 6(1) requires it before the measures, without exception`,
    ja: (a: { approval: string }) => `国会承認は「${a.approval}」：第6条第1項は例外なく事前承認を求める`,
  },
  inStatutoryArea: { en: () => "inside the statutory area", ja: () => "法定の実施区域内" },
  outsideStatutoryArea: { en: () => "outside the statutory area", ja: () => "法定の実施区域外" },
  statutoryAreaUnknown: { en: () => "whether it is inside the statutory area is not stated", ja: () => "法定の実施区域内かは記載がない" },
});

const replenishmentArea = statuteAreaLeaf("replenishment-2008", "Inside the implementation area the statute itself fixed", ["jp-replenishment"]);
const statuteArea = (c: JpCtx): Finding => (replenishmentArea as { test: (c: JpCtx) => Finding }).test(c);

/** 1999 Act art 3(1)(iii): 後方地域 = 我が国領域並びに現に戦闘行為が行われておらず、かつ、そこで実施される活動の期間を通じて戦闘行為が行われることがないと認められる我が国周辺の公海…及びその上空の範囲 */
const rearArea = leaf<JpCtx>(
  { id: "jp-rear-area", label: "In a rear area: Japan's territory, or the high seas and airspace around Japan with no combat now and none expected throughout; foreign territory excluded", cite: ["jp-saj-act"] },
  (c) => {
    const near = nearJapan(c);
    if (near.value === "no") return no(R.outsideRearArea({ why: near.reason! }), near.facts);
    const f = nonCombatFinding(c);
    if (f.value === "no") return f;
    if (near.value === "yes" && f.value === "yes") return { ...f, reason: C.and({ first: near.reason!, then: f.reason! }) };
    return { ...unknown((near.value === "unknown" ? near : f).reason!, [...(near.missing ?? []), ...(f.missing ?? [])]), doctrine: f.doctrine };
  },
);

export const surroundingAreas: Instrument = {
  id: "surrounding-areas",
  name: { en: "Rear-area support in a situation in areas surrounding Japan (1999 Act)", ja: "後方地域支援等（周辺事態安全確保法）" },
  law: { en: "Act on Situations in Areas Surrounding Japan (Act No. 60 of 1999)", ja: "周辺事態安全確保法（平成11年法律第60号）" },
  ...datesOf("surrounding-areas"),
  cite: ["jp-saj-act"],
  activities: ["logistics-support", "search-and-rescue"],
  character: "support",
  conditions: [
    findingLeaf("jp-saj-situation", "A situation in areas surrounding Japan that would have an important influence on Japan's peace and security (art 1)", ["jp-saj-act"], "surroundingArea", {
      yes: R.surroundingArea(),
      no: R.notSurroundingArea(),
      unknown: R.surroundingAreaUnknown(),
    }),
    supportedForces("jp-saj-us-only", "Support only to US forces contributing to the objectives of the Japan-US Security Treaty", ["jp-saj-act"], "surrounding-areas"),
    rearArea,
    servicesRule("surrounding-areas", "jp-saj-exclusions", "No supply of weapons or ammunition; no refuelling or maintenance of aircraft readied for combat sorties (annexed Table 1, notes): each service requested", ["jp-saj-act"]),
  ],
  diet: () => ({ kind: "prior-in-principle-ex-post-if-urgent", cite: ["jp-saj-act"], note: ["art 5: prior; in an emergency the activity may start first, approval then sought promptly; it ends if the Diet disapproves", "第5条：事前承認。緊急の必要がある場合は承認を得ないで実施でき、速やかに承認を求める。不承認のときは終了"] }),
  governmentBasis: NO_FORCE,
};

export const importantInfluence: Instrument = {
  id: "important-influence",
  name: { en: "Logistics support in an important influence situation (Important Influence Situations Act)", ja: "後方支援活動等（重要影響事態）（重要影響事態安全確保法）" },
  law: { en: "Important Influence Situations Act (Act No. 60 of 1999 as amended by Act No. 76 of 2015)", ja: "重要影響事態安全確保法（平成11年法律第60号、平成27年法律第76号による改正後）" },
  ...datesOf("important-influence"),
  cite: ["jp-iis-act", "jp-legislation-2015"],
  activities: ["logistics-support", "search-and-rescue"],
  character: "support",
  conditions: [
    leaf<JpCtx>({ id: "jp-iis-situation", label: "A situation that will have an important influence on Japan's peace and security (art 1)", cite: ["jp-iis-act"] }, (c) => {
      const own = findingOf(c, "importantInfluence", {
        yes: R.importantInfluence(),
        no: R.notImportantInfluence(),
        unknown: R.importantInfluenceUnknown(),
      });
      if (own.value !== "unknown") return own;
      const old = findingOf(c, "surroundingArea", { yes: R.surroundingArea(), no: R.notSurroundingArea(), unknown: R.surroundingAreaUnknown() });
      if (old.value === "yes") return yes(R.surroundingAreaCounts(), old.facts);
      return own;
    }),
    supportedForces("jp-iis-supported", "Support to US forces contributing to the Security Treaty's objectives, or to other foreign forces contributing to the purposes of the UN Charter", ["jp-iis-act"], "important-influence"),
    notAtCombatScene,
    servicesRule("important-influence", "jp-iis-no-weapons", "No provision of weapons (ammunition, and servicing aircraft for combat sorties, allowed since 2016): each service requested", ["jp-iis-act"]),
    foreignConsent("jp-foreign-consent", "In foreign territory only with that state's consent", ["jp-iis-act"]),
  ],
  diet: () => ({ kind: "prior-in-principle-ex-post-if-urgent", cite: ["jp-iis-act"] }),
  commitment: "prior-unless-life-or-death",
  governmentBasis: NO_FORCE,
};

/** IPSA: a UN GA or SC resolution of one of the two types (Defense White Papers 2016, 2024). */
const ipsaResolution = resolutionLeaf(
  "jp-ipsa-resolution",
  "A UN General Assembly or Security Council resolution of a qualifying type",
  ["jp-ipsa", "jp-ipsa-resolutions"],
  (c) => {
    const r = c.resolution!;
    const sym = symbolOf(r);
    const adopted = adoption(c.m, r);
    if (adopted.value === "no") return { ok: "no", why: adopted.reason ?? adopted.because ?? "" };
    if (r.authorisation === "authorises" || r.authorisation === "recommends" || r.recommendsForce)
      return {
        ok: adopted.value,
        why: R.type1({ symbol: sym }),
      };
    const det = determinationKind(r);
    if ((det === "threat-to-the-peace" || det === "breach-of-the-peace" || det === "act-of-aggression") && (r.authorisation === "calls-upon" || (r.measures ?? []).length > 0))
      return {
        ok: adopted.value,
        why: R.type2({ symbol: sym }),
      };
    if (det === undefined && r.authorisation === undefined) return { ok: "unknown", why: R.contentUnknown({ symbol: sym }) };
    return { ok: "no", why: R.neitherType({ symbol: sym }) };
  },
  R.noResolution(),
);

export const ipsa: Instrument = {
  id: "international-peace-support",
  name: { en: "Cooperation and support activities in an international peace joint response situation (International Peace Support Act)", ja: "協力支援活動等（国際平和共同対処事態）（国際平和支援法）" },
  law: { en: "International Peace Support Act (Act No. 77 of 2015)", ja: "国際平和支援法（平成27年法律第77号）" },
  ...datesOf("international-peace-support"),
  cite: ["jp-ipsa", "jp-legislation-2015"],
  activities: ["logistics-support", "search-and-rescue"],
  character: "support",
  conditions: [
    ipsaResolution,
    findingLeaf("jp-ipsa-situation", "The international community is acting jointly, under the purposes of the Charter, to remove a threat to international peace, and Japan needs to contribute (art 1)", ["jp-ipsa"], "jointResponse", {
      yes: R.jointResponse(),
      no: R.notJointResponse(),
      unknown: R.jointResponseUnknown(),
    }),
    supportedForces("jp-ipsa-supported", "Support to foreign forces acting against the threat", ["jp-ipsa"], "international-peace-support"),
    notAtCombatScene,
    servicesRule("international-peace-support", "jp-ipsa-no-weapons", "No provision of weapons: each service requested", ["jp-ipsa", "jp-iis-act"]),
    foreignConsent("jp-foreign-consent", "In foreign territory only with that state's consent", ["jp-ipsa", "jp-ship-inspection-act"]),
    leaf<JpCtx>({ id: "jp-ipsa-diet-prior", label: "The Diet approved the response measures before they began (no exception)", cite: ["jp-ipsa"] }, (c) => {
      const a = c.jp.diet?.approval;
      if (a === "prior") return yes(R.dietPrior());
      if (a === undefined) return unknown(R.dietPriorUnknown(), [c.m.path("uses", c.use.id, "japan.diet.approval")]);
      return no(R.dietNotPrior({ approval: a }), [c.m.path("uses", c.use.id, "japan.diet.approval")]);
    }),
  ],
  diet: () => ({ kind: "prior-required", cite: ["jp-ipsa"], note: ["each House to decide within 7 days; re-approval after 2 years (art 6(2)-(5))", "各議院は7日以内に議決するよう努める。2年を超える場合は改めて承認（第6条第2項〜第5項）"] }),
  governmentBasis: NO_FORCE,
};

const nonCombatLabel = "In a non-combat area: no combat now, and none expected throughout the activity";
const nonCombat = nonCombatArea("jp-non-combat-area", nonCombatLabel, ["jp-atsml"]);
const nonCombatIraq = nonCombatArea("jp-non-combat-area", nonCombatLabel, ["jp-iraq"]);

/** The Iraq law's exclusions bind support to forces: humanitarian relief to the population, with no services to forces stated, is not tested against them. */
const iraqServices = servicesRule("iraq-2003", "jp-iraq-exclusions", "No supply of weapons or ammunition; no refuelling or maintenance of aircraft readied for combat sorties (UNVERIFIED as statute text): each service to foreign forces", ["jp-iraq"], (c) =>
  c.jp.activity === "humanitarian-relief" ? yes(R.aidToPopulation({ to: c.jp.aid?.to ?? "population", kinds: c.jp.aid?.kinds ?? [] }), [c.m.path("uses", c.use.id, "japan.aid")]) : undefined,
);

export const antiTerrorism2001: Instrument = {
  id: "anti-terrorism-2001",
  name: { en: "Cooperation and support activities (Anti-Terrorism Special Measures Law)", ja: "協力支援活動（テロ対策特別措置法）" },
  law: { en: "Anti-Terrorism Special Measures Law (Act No. 113 of 2001)", ja: "テロ対策特別措置法（平成13年法律第113号）" },
  ...datesOf("anti-terrorism-2001"),
  purposes: ["counter-terrorism-2001"],
  cite: ["jp-atsml"],
  activities: ["logistics-support", "search-and-rescue", "humanitarian-relief"],
  character: "support",
  conditions: [
    purposeLeaf("jp-atsml-purpose", "Support to US and other forces removing the threat of the terrorist attacks of 11 September 2001 (art 1)", ["jp-atsml"], ["counter-terrorism-2001"]),
    nonCombat,
    foreignConsent("jp-foreign-consent", "In foreign territory only with that state's consent", ["jp-atsml"]),
    supportedForces("jp-atsml-supported", "Support to US and other foreign forces contributing to the Charter's purposes by removing the terrorist threat (art 1)", ["jp-atsml"], "anti-terrorism-2001"),
    servicesRule("anti-terrorism-2001", "jp-atsml-exclusions", "No weapons supplied; no land transport of weapons or ammunition in foreign territory (the latter a lower-house amendment; the annex's other exclusions UNVERIFIED): each service requested", ["jp-atsml"]),
  ],
  diet: () => ({ kind: "ex-post-within-20-days", cite: ["jp-atsml"], note: ["exact wording, and any rule for a Diet not in session, UNVERIFIED", "条文の文言及び閉会中の扱いは未検証"] }),
  governmentBasis: NO_FORCE,
};

export const iraq2003: Instrument = {
  id: "iraq-2003",
  name: { en: "Humanitarian reconstruction and security assistance (Iraq Special Measures Law)", ja: "人道復興支援活動・安全確保支援活動（イラク人道復興支援特措法）" },
  law: { en: "Iraq Special Measures Law (Act No. 137 of 2003)", ja: "イラク人道復興支援特措法（平成15年法律第137号）" },
  ...datesOf("iraq-2003"),
  purposes: ["iraq-reconstruction", "iraq-security"],
  cite: ["jp-iraq"],
  activities: ["logistics-support", "humanitarian-relief"],
  character: "support",
  conditions: [
    purposeLeaf("jp-iraq-purpose", "Humanitarian and reconstruction assistance in Iraq, or support to forces of UN members restoring security there (art 1; UNSCR 1483)", ["jp-iraq"], ["iraq-reconstruction", "iraq-security"]),
    nonCombatIraq,
    foreignConsent("jp-foreign-consent", "In foreign territory only with the consent of that state (in Iraq, of the body administering it under UNSCR 1483)", ["jp-iraq"]),
    iraqServices,
  ],
  diet: () => ({ kind: "ex-post-within-20-days", cite: ["jp-iraq"], note: ["whether the 20 days ran from the start in foreign territory is UNVERIFIED", "20日の起算点は未検証"] }),
  governmentBasis: NO_FORCE,
};

export const replenishment2008: Instrument = {
  id: "replenishment-2008",
  name: { en: "Replenishment support (Replenishment Support Special Measures Law)", ja: "補給支援活動（補給支援特措法）" },
  law: { en: "Replenishment Support Special Measures Law (Act No. 1 of 2008)", ja: "補給支援特措法（平成20年法律第1号）" },
  ...datesOf("replenishment-2008"),
  purposes: ["maritime-interdiction"],
  cite: ["jp-replenishment"],
  activities: ["logistics-support"],
  character: "support",
  conditions: [
    purposeLeaf("jp-repl-purpose", "Supply to ships engaged in counter-terrorism maritime interdiction", ["jp-replenishment"], ["maritime-interdiction"]),
    servicesRule("replenishment-2008", "jp-repl-supply-only", "Only supply: fuel and water, service by service", ["jp-replenishment"]),
    leaf<JpCtx>({ id: "jp-repl-area", label: "Inside the implementation area the statute itself fixed", cite: ["jp-replenishment"] }, (c) => {
      const f = c.jp.support?.withinStatutoryArea;
      if (f === undefined) return statuteArea(c);
      const v = typeof f === "object" ? f.value : f;
      const path = c.m.path("uses", c.use.id, "japan.support.withinStatutoryArea");
      return v === "yes" ? yes(R.inStatutoryArea(), [path]) : v === "no" ? no(R.outsideStatutoryArea(), [path]) : unknown(R.statutoryAreaUnknown(), [path]);
    }),
  ],
  diet: () => ({ kind: "report-only", cite: ["jp-replenishment"], note: ["no approval provision: the statute itself fixed the activity and area; reports to the Diet", "国会承認の規定なし（活動と区域を法律で限定）。国会へ報告"] }),
  governmentBasis: NO_FORCE,
};

/** The Japanese labels of these leaves (the others' are in src/render/ja.ts). */
export const LABELS_JA: Readonly<Record<string, string>> = {
  "jp-atsml-supported": "テロ攻撃による脅威の除去に努めることにより国連憲章の目的の達成に寄与する米国その他の外国の軍隊等に対する支援であること（第1条）",
};
