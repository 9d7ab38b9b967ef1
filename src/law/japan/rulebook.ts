// Japan's domestic rulebook: the regimes by date, the reading of Article 9 each applies, and the
// instruments. A reform (src/law/japan/reforms.ts) is a pure function from one rulebook to another.
import { all, any, leaf, no, type Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { article9, newReading, noForces, traditionalReading } from "./constitution.js";
import { reasons } from "../../engine/reason.js";
import type { Activity, JpCtx } from "./context.js";
import { instrumentRule, type Instrument } from "./instrument.js";
import { REGIMES, type Regime } from "./regimes.js";
import { citedOn } from "./decided-on.js";
import { activityJa } from "./words.js";
import { anticipated, defenceArmedAttack, defenceSurvival, maritimeTransportRestriction } from "./instruments/defence.js";
import { antiTerrorism2001, importantInfluence, ipsa, iraq2003, replenishment2008, surroundingAreas } from "./instruments/support.js";
import { kaketsukeKeigo, pko, safetyEnsuring } from "./instruments/pko.js";
import { antiPiracy, assetProtection, maritimeSecurity, mineRemoval, missileDestruction, publicSecurity, rescueNationals, shipInspection, transportNationals } from "./instruments/police.js";

export interface JapanRulebook {
  regimes: readonly Regime[];
  /** Article 9's test for a use of force under a regime. */
  reading: (regime: Regime) => Rule<JpCtx>;
  instruments: readonly Instrument[];
  reform?: { id: string; label: { en: string; ja: string } };
}

/** In the order casus tries them: the first whose conditions hold is the one the action falls under. */
export const INSTRUMENTS: readonly Instrument[] = [
  defenceArmedAttack,
  defenceSurvival,
  maritimeTransportRestriction,
  anticipated,
  missileDestruction,
  maritimeSecurity,
  publicSecurity,
  antiPiracy,
  assetProtection,
  mineRemoval,
  surroundingAreas,
  importantInfluence,
  ipsa,
  antiTerrorism2001,
  iraq2003,
  replenishment2008,
  pko,
  kaketsukeKeigo,
  safetyEnsuring,
  rescueNationals,
  transportNationals,
  shipInspection,
];

export const JAPAN_RULEBOOK: JapanRulebook = {
  regimes: REGIMES,
  reading: (r) => (r.reading === "traditional" ? traditionalReading : r.reading === "new-three-conditions" ? newReading : noForces),
  instruments: INSTRUMENTS,
};

/** Is the instrument in force on the day (yes / no / unknown where its first day is not known)? */
export function inForce(i: Instrument, day: string): "yes" | "no" | "unknown" {
  if (i.hypothetical) return "yes";
  const started = onOrBefore(i.from, day);
  if (started === "no") return "no";
  if (i.to && onOrBefore(day, i.to) === "no") return "no";
  return started === "yes" && (!i.certainFrom || onOrBefore(i.certainFrom, day) === "yes") ? "yes" : "unknown";
}

/** The instruments that could cover the activity on the day: those in force, else (to show why) all that cover it. */
export function candidates(rb: JapanRulebook, activity: Activity, day: string): Instrument[] {
  const covering = rb.instruments.filter((i) => i.activities.includes(activity));
  const live = covering.filter((i) => inForce(i, day) !== "no");
  return live.length ? live : covering;
}

/**
 * The special measures laws made for the operation's purposes that are not in force on the day: in
 * a lapse between two such laws (1 Nov 2007 - 16 Jan 2008) the answer says that none is.
 */
export function lapsedFor(rb: JapanRulebook, activity: Activity, day: string, purposes: readonly string[]): Instrument[] {
  return rb.instruments.filter((i) => i.activities.includes(activity) && i.purposes?.some((p) => purposes.includes(p)) && inForce(i, day) === "no");
}

export const R = reasons("jp.rulebook", {
  noStatute: { en: (a: { activity: string }) => `no statute covers ${a.activity}: not permitted (no statutory authority)`, ja: (a: { activity: string }) => `${activityJa(a.activity)}を定める法律がない：法律上の根拠なし` },
});

/** The whole domestic question for one action: Article 9 permits it, and an instrument covers it. */
export function domesticRule(rb: JapanRulebook, regime: Regime | undefined, activity: Activity, day: string, o: { dated?: boolean; tasked?: boolean } = {}): Rule<JpCtx> {
  const reading = regime ? rb.reading(regime) : noForces;
  const cands = candidates(rb, activity, day);
  const statute: Rule<JpCtx> = cands.length
    ? any({ id: "jp-statute", label: "A statute in force covers the action and its conditions hold", cite: cands.flatMap((i) => i.cite.slice(0, 1)) }, cands.map((i) => instrumentRule(i, o)))
    : leaf({ id: "jp-statute", label: "A statute in force covers the action and its conditions hold", cite: [] }, () =>
        no(R.noStatute({ activity })),
      );
  // Cited as the law stood on the day: no decision made after it (src/law/japan/decided-on.ts).
  return citedOn(
    all({ id: "jp-answer", label: "Japanese law permits the action", cite: ["jp-const-9"] }, [
      article9(reading, activity, `Article 9 permits the action (the reading in force on ${day}${rb.reform ? `, under the reform "${rb.reform.id}"` : ""})`),
      statute,
    ]),
    day,
  );
}
