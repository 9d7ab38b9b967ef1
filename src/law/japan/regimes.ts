// Which reading of Article 9 is in force from which date, with its sources (japan.md 2, 5).
// Values that change over time live here as data, each with its start date and source.
import { onOrBefore } from "../../engine/dates.js";

export interface Regime {
  id: string;
  from: string;
  /** Inclusive; undefined = in force today. */
  to?: string;
  label: { en: string; ja: string };
  /** What Article 9 is read to permit as a use of force. */
  reading: "no-forces" | "traditional" | "new-three-conditions";
  cite: string[];
}

export const REGIMES: readonly Regime[] = [
  {
    id: "before-sdf",
    from: "1947-05-03",
    to: "1954-06-30",
    reading: "no-forces",
    label: { en: "Constitution in force; no Self-Defense Forces yet", ja: "日本国憲法施行後、自衛隊創設前" },
    cite: ["jp-const-9", "jp-sdf-1954"],
  },
  {
    id: "traditional",
    from: "1954-07-01",
    to: "2014-06-30",
    reading: "traditional",
    label: {
      en: "Individual self-defence only: the traditional three conditions; collective self-defence unconstitutional (1972 view, 1981 answer)",
      ja: "個別的自衛権のみ：自衛権発動の三要件。集団的自衛権の行使は憲法上許されない（昭和47年政府見解・昭和56年答弁書）",
    },
    cite: ["jp-three-conditions", "jp-1972-view", "jp-1981-answer"],
  },
  {
    id: "cabinet-decision-2014",
    from: "2014-07-01",
    to: "2016-03-28",
    reading: "new-three-conditions",
    label: {
      en: "Cabinet Decision of 1 July 2014: the three new conditions, as interpretation only; no statute yet authorises force beyond an armed attack on Japan",
      ja: "平成26年7月1日閣議決定：新三要件（解釈の変更のみ。法律は未整備）",
    },
    cite: ["jp-cd-2014", "jp-cd-2014-3-3"],
  },
  {
    id: "legislation-2016",
    from: "2016-03-29",
    reading: "new-three-conditions",
    label: { en: "Legislation for Peace and Security in force: the three new conditions in statute", ja: "平和安全法制の施行：新三要件の法制化" },
    cite: ["jp-legislation-2015", "jp-new-three-conditions"],
  },
];

/** The regime in force on a day; undefined before the Constitution (3 May 1947). */
export function regimeOn(regimes: readonly Regime[], day: string): Regime | undefined {
  return regimes.find((r) => onOrBefore(r.from, day) === "yes" && (!r.to || onOrBefore(day, r.to) === "yes"));
}
