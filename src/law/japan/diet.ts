// Diet approval: the rule of each statute, kept apart from the political commitment of September
// 2015 (japan.md 2(f): "The commitment is not statutory"), and whether the approval the situation
// records meets the statute.
import type { DietApproval } from "../../answer/types.js";
import { fact } from "../../scenario/model.js";
import { jpCite } from "./citations.js";
import { reasons, type Reason } from "../../engine/reason.js";
import { onJapan, type JpCtx } from "./context.js";
import { addDays, isDay, onOrBefore } from "../../engine/dates.js";

export const R = reasons("jp.diet", {
  commitmentNotYet: { en: () => "the commitment dates from 19 September 2015", ja: () => "この政治的合意は平成27年9月19日以降" },
  lifeOrDeath: { en: () => "the life or death of the people is at stake: the exception applies", ja: () => "国民の生死に関わる場合であり、例外に当たる" },
  notLifeOrDeath: { en: () => "the life or death of the people is not at stake", ja: () => "国民の生死に関わる場合ではない" },
  lifeOrDeathUnknown: { en: () => "whether the life or death of the people is at stake is not stated", ja: () => "国民の生死に関わる場合かは記載がない" },
  survivalOnly: { en: () => "no armed attack on Japan, actual or anticipated: a survival-threatening situation alone", ja: () => "我が国に対する武力攻撃（予測を含む）はない：存立危機事態のみに該当する" },
  alsoArmedAttack: { en: () => "Japan is also attacked or threatened: an armed attack situation etc. as well", ja: () => "我が国に対する武力攻撃等もある：武力攻撃事態等にも該当する" },
  notRequired: { en: () => "the statute requires no Diet approval", ja: () => "法律上、国会承認は不要" },
  ruleNotInSource: { en: () => "the approval rule is not given in the source", ja: () => "承認の規定が出典に記載されていない" },
  approvalNotStated: { en: () => "the Diet's approval is not stated", ja: () => "国会の承認の有無が記載されていない" },
  refused: { en: () => "the Diet refused approval: the activity must end", ja: () => "国会が不承認とした：活動は終了しなければならない" },
  prior: { en: () => "approved before the action began", ja: () => "事前に承認された" },
  priorMissing: { en: () => "prior approval is required and was not given", ja: () => "事前承認が必要だが得られていない" },
  hypotheticalLaw: { en: () => "the law that would set the rule is hypothetical", ja: () => "規律する法律は仮定である" },
  notSought: { en: () => "no approval was sought", ja: () => "承認を求めていない" },
  urgentExPost: { en: () => "especially urgent: approval after the fact is allowed", ja: () => "特に緊急の必要があり、事後承認が許される" },
  notUrgent: { en: () => "not urgent: prior approval was required", ja: () => "緊急性がなく、事前承認が必要であった" },
  urgencyUnknown: { en: () => "approval came after the fact; whether it was especially urgent is not stated", ja: () => "事後承認であり、特に緊急の必要があったかは記載がない" },
  notSoughtIn20Days: { en: () => "approval was not sought within 20 days", ja: () => "20日以内に承認を求めていない" },
  exPostAsProvided: { en: () => "approval sought after the start, as the statute provides", ja: () => "活動開始後に承認を求めており、法律の定めどおり" },
  notSitting: { en: () => "the Diet was not sitting: approval at the next session is allowed", ja: () => "国会閉会中であり、次の国会での承認が許される" },
  sitting: { en: () => "the Diet was sitting: prior approval was required", ja: () => "国会開会中であり、事前承認が必要であった" },
  sittingUnknown: { en: () => "whether the Diet was sitting is not stated", ja: () => "国会が開会中であったかは記載がない" },
  coreTasksUnknown: {
    en: () => "approval is needed only for peacekeeping-force core tasks, and whether the unit performs them is not stated (japan.pko.coreTasks)",
    ja: () => "承認を要するのはPKF本体業務のみであり、部隊がこれを行うかは記載がない（japan.pko.coreTasks）",
  },
});

export type DietKind =
  | "prior-required"
  | "prior-in-principle-ex-post-if-urgent"
  | "ex-post-within-20-days"
  | "prior-or-next-session"
  | "after-cabinet-decision"
  | "as-provided-by-law"
  | "report-only"
  | "none"
  | "not-in-source";

export const DIET_LABEL: Record<DietKind, [string, string]> = {
  "prior-required": ["prior approval, without exception", "例外なき事前承認"],
  "prior-in-principle-ex-post-if-urgent": ["prior approval in principle; after the fact where especially urgent", "原則として事前承認（特に緊急の必要がある場合は事後承認）"],
  "ex-post-within-20-days": ["approval sought after the fact, within 20 days of the start", "活動開始後20日以内に国会の承認を求める（事後承認）"],
  "prior-or-next-session": [
    "prior approval; if the Diet is not sitting or the House of Representatives is dissolved, at the first Diet convened; renewal after 2 years",
    "事前承認（国会閉会中又は衆議院解散中は、その後最初に召集される国会で）。2年を超えて継続する場合は改めて承認",
  ],
  "after-cabinet-decision": ["Diet approval of the basic response plan, after the Cabinet decision (timing rules UNVERIFIED)", "対処基本方針の閣議決定後に国会の承認（時期の細則は未検証）"],
  "as-provided-by-law": ["Diet approval and other control as provided by law", "法律の定めるところにより国会の承認その他の統制に服する"],
  // A statute that requires no approval but has the Government report to the Diet (Anti-Piracy Act
  // art 7(3); art 82-3(5); the PKO Act's implementation plan, art 7) is not one that says nothing:
  // SDF Act art 82 (maritime security operations) provides for neither (japan.md 2(g)(6), 2(g)(7)).
  "report-only": ["no Diet approval; the Government reports to the Diet", "国会承認不要（国会への報告を要する）"],
  none: ["no Diet approval", "国会承認不要"],
  "not-in-source": ["not given in the sources consulted", "参照した資料に記載がない"],
};

export interface DietRule {
  kind: DietKind;
  cite: string[];
  note?: [string, string];
  /** The rule binds only if a fact not stated holds (the PKO Act: only core tasks need approval). */
  onlyIf?: "core-tasks";
}

export type CommitmentKind = "prior-without-exception" | "prior-unless-life-or-death";

export const COMMITMENT_LABEL: Record<CommitmentKind, [string, string]> = {
  "prior-without-exception": [
    "prior approval without exception, where the survival-threatening situation is not also an armed attack situation or anticipated armed attack situation",
    "存立危機事態であって武力攻撃事態等に該当しないものにおける防衛出動は、例外なく国会の事前承認",
  ],
  "prior-unless-life-or-death": ["prior approval, except where the life or death of the people is at stake", "国民の生死に関わる場合を除き、国会の事前承認"],
};

/** The commitment made by the Cabinet decision of 19 September 2015 (not statute). */
export const COMMITMENT_FROM = "2015-09-19";

export function commitmentApplies(c: JpCtx, kind: CommitmentKind): { value: "yes" | "no" | "unknown"; because: Reason } {
  if (onOrBefore(COMMITMENT_FROM, c.law) !== "yes") return { value: "no", because: R.commitmentNotYet() };
  if (kind === "prior-unless-life-or-death") {
    const f = fact(c.jp.diet?.lifeOrDeath);
    if (f.value === "yes") return { value: "no", because: R.lifeOrDeath() };
    return f.value === "no"
      ? { value: "yes", because: R.notLifeOrDeath() }
      : { value: "unknown", because: R.lifeOrDeathUnknown() };
  }
  const onJ = onJapan(c);
  if (onJ.length === 0) return { value: "yes", because: R.survivalOnly() };
  return { value: "no", because: R.alsoArmedAttack() };
}

/** Does the approval recorded in the situation meet the statute's rule? */
export function compliance(c: JpCtx, rule: DietRule | undefined): { status: DietApproval["compliance"]["status"]; because?: Reason } {
  const out = bound(c, rule);
  // A rule that binds only if an unstated fact holds cannot be failed: it may not bind at all.
  return rule?.onlyIf && out.status === "not-met" ? { status: "unknown", because: R.coreTasksUnknown() } : out;
}

function bound(c: JpCtx, rule: DietRule | undefined): { status: DietApproval["compliance"]["status"]; because?: Reason } {
  if (!rule || rule.kind === "none" || rule.kind === "report-only") return { status: "not-required", because: R.notRequired() };
  if (rule.kind === "not-in-source") return { status: "unknown", because: R.ruleNotInSource() };
  const a = c.jp.diet?.approval;
  if (a === undefined) return { status: "unknown", because: R.approvalNotStated() };
  if (a === "refused") return { status: "not-met", because: R.refused() };
  if (a === "prior") return { status: "met", because: R.prior() };
  const urgent = fact(c.jp.diet?.urgent).value;
  const sitting = fact(c.jp.diet?.sitting).value;
  switch (rule.kind) {
    case "prior-required":
    case "after-cabinet-decision":
      return a === "ex-post" || a === "pending" || a === "none"
        ? { status: "not-met", because: R.priorMissing() }
        : { status: "unknown" };
    case "as-provided-by-law":
      return { status: "unknown", because: R.hypotheticalLaw() };
    case "prior-in-principle-ex-post-if-urgent":
      if (a === "none") return { status: "not-met", because: R.notSought() };
      return urgent === "yes"
        ? { status: "met", because: R.urgentExPost() }
        : urgent === "no"
          ? { status: "not-met", because: R.notUrgent() }
          : { status: "unknown", because: R.urgencyUnknown() };
    case "ex-post-within-20-days": {
      if (a === "none") return { status: "not-met", because: R.notSoughtIn20Days() };
      // Sought (a diet-request decision) more than 20 days after the SDF started: too late.
      const asked = c.dated.inEffect.find((d) => d.kind === "diet-request")?.date;
      if (asked && isDay(c.use.start) && onOrBefore(asked, addDays(c.use.start, 20)) === "no") return { status: "not-met", because: R.notSoughtIn20Days() };
      return { status: "met", because: R.exPostAsProvided() };
    }
    case "prior-or-next-session":
      if (a === "none") return { status: "not-met", because: R.notSought() };
      return sitting === "no"
        ? { status: "met", because: R.notSitting() }
        : sitting === "yes"
          ? { status: "not-met", because: R.sitting() }
          : { status: "unknown", because: R.sittingUnknown() };
  }
}

/** The statute's rule, worded in a language (the labels and notes are data in both). */
export function dietRuleOut(lang: "en" | "ja", rule: DietRule | undefined): DietApproval["statute"] {
  if (!rule) return undefined;
  const pick = (t: [string, string]) => (lang === "ja" ? t[1] : t[0]);
  return {
    kind: rule.kind,
    label: pick(DIET_LABEL[rule.kind]),
    citations: rule.cite.map((id) => jpCite(id, lang)),
    note: rule.note ? pick(rule.note) : undefined,
  };
}
