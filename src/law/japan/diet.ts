// Diet approval: the rule of each statute, kept apart from the political commitment of September
// 2015 (japan.md 2(f): "The commitment is not statutory"), and whether the approval the situation
// records meets the statute.
import type { DietApproval } from "../../analysis/result.js";
import { fact } from "../../scenario/model.js";
import { jpCite } from "./citations.js";
import { onJapan, tx, type JpCtx } from "./context.js";
import { onOrBefore } from "../../engine/dates.js";

export type DietKind =
  | "prior-required"
  | "prior-in-principle-ex-post-if-urgent"
  | "ex-post-within-20-days"
  | "prior-or-next-session"
  | "after-cabinet-decision"
  | "as-provided-by-law"
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
  none: ["no Diet approval (reports to the Diet only)", "国会承認不要（国会への報告のみ）"],
  "not-in-source": ["not given in the source (japan.md)", "出典（japan.md）に記載がない"],
};

export interface DietRule {
  kind: DietKind;
  cite: string[];
  note?: [string, string];
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

export function commitmentApplies(c: JpCtx, kind: CommitmentKind): { value: "yes" | "no" | "unknown"; because: string } {
  if (onOrBefore(COMMITMENT_FROM, c.law) !== "yes") return { value: "no", because: tx(c, "the commitment dates from 19 September 2015", "この政治的合意は平成27年9月19日以降") };
  if (kind === "prior-unless-life-or-death") {
    const f = fact(c.jp.diet?.lifeOrDeath);
    if (f.value === "yes") return { value: "no", because: tx(c, "the life or death of the people is at stake: the exception applies", "国民の生死に関わる場合であり、例外に当たる") };
    return f.value === "no"
      ? { value: "yes", because: tx(c, "the life or death of the people is not at stake", "国民の生死に関わる場合ではない") }
      : { value: "unknown", because: tx(c, "whether the life or death of the people is at stake is not stated", "国民の生死に関わる場合かは記載がない") };
  }
  const onJ = onJapan(c);
  if (onJ.length === 0) return { value: "yes", because: tx(c, "no armed attack on Japan, actual or anticipated: a survival-threatening situation alone", "我が国に対する武力攻撃（予測を含む）はない：存立危機事態のみに該当する") };
  return { value: "no", because: tx(c, "Japan is also attacked or threatened: an armed attack situation etc. as well", "我が国に対する武力攻撃等もある：武力攻撃事態等にも該当する") };
}

/** Does the approval recorded in the situation meet the statute's rule? */
export function compliance(c: JpCtx, rule: DietRule | undefined): DietApproval["compliance"] {
  if (!rule || rule.kind === "none") return { status: "not-required", because: tx(c, "the statute requires no Diet approval", "法律上、国会承認は不要") };
  if (rule.kind === "not-in-source") return { status: "unknown", because: tx(c, "the approval rule is not given in the source", "承認の規定が出典に記載されていない") };
  const a = c.jp.diet?.approval;
  if (a === undefined) return { status: "unknown", because: tx(c, "the Diet's approval is not stated", "国会の承認の有無が記載されていない") };
  if (a === "refused") return { status: "not-met", because: tx(c, "the Diet refused approval: the activity must end", "国会が不承認とした：活動は終了しなければならない") };
  if (a === "prior") return { status: "met", because: tx(c, "approved before the action began", "事前に承認された") };
  const urgent = fact(c.jp.diet?.urgent).value;
  const sitting = fact(c.jp.diet?.sitting).value;
  switch (rule.kind) {
    case "prior-required":
    case "after-cabinet-decision":
      return a === "ex-post" || a === "pending" || a === "none"
        ? { status: "not-met", because: tx(c, "prior approval is required and was not given", "事前承認が必要だが得られていない") }
        : { status: "unknown", because: "" };
    case "as-provided-by-law":
      return { status: "unknown", because: tx(c, "the law that would set the rule is hypothetical", "規律する法律は仮定である") };
    case "prior-in-principle-ex-post-if-urgent":
      if (a === "none") return { status: "not-met", because: tx(c, "no approval was sought", "承認を求めていない") };
      return urgent === "yes"
        ? { status: "met", because: tx(c, "especially urgent: approval after the fact is allowed", "特に緊急の必要があり、事後承認が許される") }
        : urgent === "no"
          ? { status: "not-met", because: tx(c, "not urgent: prior approval was required", "緊急性がなく、事前承認が必要であった") }
          : { status: "unknown", because: tx(c, "approval came after the fact; whether it was especially urgent is not stated", "事後承認であり、特に緊急の必要があったかは記載がない") };
    case "ex-post-within-20-days":
      if (a === "none") return { status: "not-met", because: tx(c, "approval was not sought within 20 days", "20日以内に承認を求めていない") };
      return { status: "met", because: tx(c, "approval sought after the start, as the statute provides", "活動開始後に承認を求めており、法律の定めどおり") };
    case "prior-or-next-session":
      if (a === "none") return { status: "not-met", because: tx(c, "no approval was sought", "承認を求めていない") };
      return sitting === "no"
        ? { status: "met", because: tx(c, "the Diet was not sitting: approval at the next session is allowed", "国会閉会中であり、次の国会での承認が許される") }
        : sitting === "yes"
          ? { status: "not-met", because: tx(c, "the Diet was sitting: prior approval was required", "国会開会中であり、事前承認が必要であった") }
          : { status: "unknown", because: tx(c, "whether the Diet was sitting is not stated", "国会が開会中であったかは記載がない") };
  }
}

export function dietRuleOut(c: JpCtx, rule: DietRule | undefined): DietApproval["statute"] {
  if (!rule) return undefined;
  return {
    kind: rule.kind,
    label: tx(c, ...DIET_LABEL[rule.kind]),
    citations: rule.cite.map((id) => jpCite(id, c.lang)),
    note: rule.note ? tx(c, ...rule.note) : undefined,
  };
}
