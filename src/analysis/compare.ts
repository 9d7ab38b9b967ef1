// Collective self-defence and collective security side by side for one use of force: the two
// things politicians blur (MODEL.md section 5).
import { analyze, type AnalyzeOptions } from "./analyze.js";
import type { BasisResult, Citation } from "../answer/types.js";
import type { Situation } from "../scenario/schema.js";
import { cite } from "../law/citations.js";
import { votesRequired } from "../law/charter/security-council.js";

export interface ComparisonRow {
  aspect: string;
  collectiveSelfDefence: string;
  collectiveSecurity: string;
}

export interface Comparison {
  use: string;
  title: string;
  date: string;
  rows: ComparisonRow[];
  collectiveSelfDefence: BasisResult;
  collectiveSecurity: BasisResult;
  /** Which of the two holds on the date. */
  holds: ("collective-self-defence" | "collective-security")[];
  citations: { collectiveSelfDefence: Citation[]; collectiveSecurity: Citation[] };
}

/** The two regimes as the Charter builds them; the vote rule is the one in force on the date (art 27(3)). */
const fixed = (date: string): ComparisonRow[] => [
  { aspect: "Legal source", collectiveSelfDefence: "Art 51 and customary law (an inherent right)", collectiveSecurity: "Chapter VII: arts 39, 42, 48 and the authorisation practice" },
  { aspect: "Trigger", collectiveSelfDefence: "an armed attack of sufficient gravity on the victim state", collectiveSecurity: "a threat to the peace, breach of the peace or act of aggression (art 39); no armed attack needed" },
  { aspect: "Who decides", collectiveSelfDefence: "the victim state (it declares itself attacked and asks for help); necessity is judged strictly and objectively, leaving no room for a measure of discretion (Oil Platforms paras 73-77)", collectiveSecurity: `the Security Council (${votesRequired(date) === 7 ? "seven votes, as art 27(3) stood before 31 August 1965" : "nine votes"}, no negative vote of a permanent member); no state may act on its own` },
  { aspect: "Procedure", collectiveSelfDefence: "victim's declaration and request, each covering the force from its own date (Nicaragua paras 232-236); report to the Council", collectiveSecurity: "art 39 determination, resolution under Chapter VII authorising 'all necessary means'" },
  { aspect: "Reach", collectiveSelfDefence: "what is necessary and proportionate to repel the attack, within the victim's own right", collectiveSecurity: "the mandate: its addressees, purpose, area and limits" },
  { aspect: "Duration", collectiveSelfDefence: "until the Council has taken the measures necessary (art 51), and while necessary", collectiveSecurity: "the authorisation's time window, as the Council set it" },
];

const failing = (b: BasisResult) => (b.status === "available" ? "all conditions hold" : b.summary.replace(/^[a-z-]+: /, ""));

export function compare(situation: Situation, useId: string, options: AnalyzeOptions = {}): Comparison {
  const a = analyze(situation, { ...options, uses: [useId] });
  const u = a.uses[0];
  const csd = u.bases.find((b) => b.basis === "collective-self-defence")!;
  const cs = u.bases.find((b) => b.basis === "collective-security")!;
  const rows: ComparisonRow[] = [
    ...fixed(u.date),
    { aspect: `Status on ${u.date}`, collectiveSelfDefence: csd.status, collectiveSecurity: cs.status },
    { aspect: "Here", collectiveSelfDefence: failing(csd), collectiveSecurity: failing(cs) },
  ];
  return {
    use: u.id,
    title: u.title,
    date: u.date,
    rows,
    collectiveSelfDefence: csd,
    collectiveSecurity: cs,
    holds: [csd, cs].filter((b) => b.status === "available").map((b) => b.basis) as Comparison["holds"],
    citations: {
      collectiveSelfDefence: ["charter-51", "nicaragua-195", "nicaragua-199", "oil-73-77"].map(cite),
      collectiveSecurity: ["charter-39", "charter-42", "charter-48", "authorisation-practice"].map(cite),
    },
  };
}
