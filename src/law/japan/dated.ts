// The japan block on a date: the block's own facts overlaid, in order, by every decision in effect
// by that date (a recognition, a finding, a plan's area, a task, a Diet vote), and the decisions
// themselves for the rules that read them (a task given, an activity ended). A variant (an
// alternative hypothetical) overlays the block before any date is judged.
import { onOrBefore } from "../../engine/dates.js";
import type { JapanAction, JapanDecision, Situation } from "../../scenario/schema.js";

export interface DatedJapan {
  /** The facts as they stood on the date. */
  jp: JapanAction;
  /** The block is dated (it has decisions): the rules on orders, tasks and endings apply. */
  dated: boolean;
  /** Decisions in effect on the date, in order of taking effect. */
  inEffect: readonly JapanDecision[];
  /** Decisions made by the date but not yet in effect (a task assigned, effective later). */
  notYet: readonly JapanDecision[];
  /** Decisions whose partial effective date ("2013-02") may or may not be on or before the date. */
  uncertain: readonly JapanDecision[];
}

export const effectiveDay = (d: JapanDecision): string => d.effective ?? d.date;

const TRI = new Set(["yes", "no", "unknown", "disputed"]);
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !("value" in v);

/** Deep overlay: objects merge, everything else (a stated fact, a list) replaces; a bare yes/no gets the decision as its source. */
function overlay(base: Record<string, unknown>, over: Record<string, unknown>, source?: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    if (isPlain(v) && isPlain(out[k])) out[k] = overlay(out[k] as Record<string, unknown>, v, source);
    else if (isPlain(v)) out[k] = overlay({}, v, source);
    else if (source && typeof v === "string" && TRI.has(v)) out[k] = { value: v, source };
    else out[k] = v;
  }
  return out;
}

export const decisionSource = (d: JapanDecision): string => [d.title ?? d.kind, d.date, d.source].filter(Boolean).join(", ");

/** The decisions of a block (in order of taking effect, stable). */
export const decisionsOf = (jp: JapanAction): JapanDecision[] =>
  [...(jp.decisions ?? [])].map((d, i) => ({ d, i })).sort((a, b) => (effectiveDay(a.d) < effectiveDay(b.d) ? -1 : effectiveDay(a.d) > effectiveDay(b.d) ? 1 : a.i - b.i)).map((x) => x.d);

/** The block as it stood on `date` (the use's start decides whether a Diet approval was prior). */
export function japanOn(block: JapanAction, date: string, useStart?: string): DatedJapan {
  const all = decisionsOf(block);
  const inEffect = all.filter((d) => onOrBefore(effectiveDay(d), date) === "yes");
  const notYet = all.filter((d) => onOrBefore(d.date, date) === "yes" && onOrBefore(effectiveDay(d), date) !== "yes");
  const uncertain = all.filter((d) => onOrBefore(effectiveDay(d), date) === "unknown");
  let jp = block as unknown as Record<string, unknown>;
  for (const d of inEffect) {
    if (d.facts) jp = overlay(jp, d.facts as Record<string, unknown>, decisionSource(d));
    // Approval sought and no vote yet: pending from the request until the Diet votes (a later approval or refusal overlays it).
    if (d.kind === "diet-request") jp = overlay(jp, { diet: { approval: "pending" } });
    if (d.kind === "diet-approval") jp = overlay(jp, { diet: { approval: d.approval ?? (useStart && onOrBefore(d.date, useStart) === "yes" ? "prior" : useStart ? "ex-post" : "prior") } });
    if (d.kind === "diet-refusal") jp = overlay(jp, { diet: { approval: "refused" } });
  }
  const variant = (block as { variantFacts?: Record<string, unknown> }).variantFacts;
  if (variant) jp = overlay(jp, variant);
  return { jp: jp as unknown as JapanAction, dated: all.length > 0, inEffect, notYet, uncertain };
}

/** The names of the variants the situation's japan blocks define. */
export const variantNames = (s: Situation): string[] => [...new Set(s.uses.flatMap((u) => Object.keys(u.japan?.variants ?? {})))];

/**
 * The situation under a variant: each japan block that defines it is overlaid by it (its decisions
 * added to the block's). An unknown name is an error naming the variants there are.
 */
export function withVariant(s: Situation, name: string | undefined): Situation {
  if (!name) return s;
  const names = variantNames(s);
  if (!names.includes(name)) throw new VariantError(`unknown variant "${name}" (${names.length ? `variants: ${names.join(", ")}` : "the situation defines no variants"})`);
  return {
    ...s,
    uses: s.uses.map((u) => {
      const v = u.japan?.variants?.[name];
      if (!u.japan || !v) return u;
      const { decisions, ...facts } = v;
      // The variant's facts hold on every date, over the decisions too: applied last (japanOn).
      return { ...u, japan: { ...u.japan, decisions: [...(u.japan.decisions ?? []), ...(decisions ?? [])], variant: name, variantFacts: facts } as JapanAction };
    }),
  };
}

export class VariantError extends Error {
  override name = "VariantError";
}
