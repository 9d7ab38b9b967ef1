// Builders for the Japanese layer's tests: a situation from a partial object, Japan's answer for a
// use on a date, and searches in its trees.
import { readFileSync } from "node:fs";
import { SituationSchema, type Situation, type SituationInput } from "../src/scenario/schema.js";
import { parseSituation } from "../src/scenario/load.js";
import { analyze } from "../src/analysis/analyze.js";
import type { ConditionResult, DomesticAnalysis, UseAnalysis } from "../src/answer/types.js";
import type { Lang } from "../src/law/domestic.js";

/** Japan, the United States (treaty partner), an attacker X and a victim V. */
export function jpSituation(partial: Partial<SituationInput> & Pick<SituationInput, "uses">): Situation {
  return SituationSchema.parse({
    casus: 1,
    title: "test",
    actors: [
      { id: "jp", name: "Japan", kind: "state" },
      { id: "us", name: "United States", kind: "state", permanentMember: true },
      { id: "x", name: "State X", kind: "state" },
      { id: "v", name: "State V", kind: "state" },
      { id: "g", name: "Armed group", kind: "group" },
    ],
    places: [
      { id: "sea", name: "High seas near Japan", international: true },
      { id: "home", name: "Japan's territory", territoryOf: "jp" },
      { id: "vland", name: "State V's territory", territoryOf: "v" },
      { id: "usland", name: "US territory", territoryOf: "us" },
    ],
    alliances: [{ treaty: "us-japan-security-treaty", parties: ["jp", "us"], administeringParty: "jp" }],
    ...partial,
  });
}

export interface JudgeOptions {
  reform?: string;
  lang?: Lang;
  use?: string;
}

/** The international and Japanese answers for one use on one date. */
export function judge(s: Situation, date: string, o: JudgeOptions = {}): { u: UseAnalysis; d: DomesticAnalysis } {
  const a = analyze(s, { date, uses: [o.use ?? s.uses[0].id], reform: o.reform, lang: o.lang });
  const u = a.uses[0];
  const d = u.domestic?.find((x) => x.layer === "japan");
  if (!d) throw new Error(`no Japanese answer for ${u.id}`);
  return { u, d };
}

export const example = (name: string): Situation => {
  const path = new URL(`../examples/japan/${name}.yaml`, import.meta.url);
  return parseSituation(readFileSync(path, "utf8"), name);
};

export function allNodes(c: ConditionResult): ConditionResult[] {
  return [c, ...c.children.flatMap(allNodes)];
}

/** The node of a rule id anywhere in the domestic answer (Article 9 first, then the instruments). */
export function node(d: DomesticAnalysis, ruleId: string, instrument?: string): ConditionResult | undefined {
  const trees = instrument ? d.instruments.filter((i) => i.id === instrument).flatMap((i) => i.conditions) : [d.constitution, ...d.instruments.flatMap((i) => i.conditions)];
  return trees.flatMap(allNodes).find((n) => n.id.split("/").pop()!.replace(/\[.*\]$/, "") === ruleId);
}

export const instrument = (d: DomesticAnalysis, id: string) => d.instruments.find((i) => i.id === id);

/** Armed attack by X on a US warship on the high seas, with the US's declaration and request to Japan. */
export const attackOnUsShip = {
  attacks: [{ id: "a1", by: "x", against: "us", target: "vessel" as const, where: "sea", date: "2013-05-01", kind: "attack-on-forces" as const, gravity: "armed-attack" as const }],
  declarations: [{ by: "us", date: "2013-05-01" }],
  requests: [{ by: "us", to: ["jp"], date: "2013-05-01" }],
  reports: [{ by: "jp", date: "2013-05-02" }],
};

export const defendUsShip = (japan: Record<string, unknown> = {}) => ({
  id: "u1",
  title: "SDF defend the US ship",
  by: "jp",
  against: "x",
  where: "sea",
  start: "2013-05-02",
  onBehalfOf: ["us"],
  respondsTo: ["a1"],
  purposes: ["defend-victim"],
  assessments: { necessity: "yes" as const, proportionality: "yes" as const, immediacy: "yes" as const, withinVictimSelfDefence: "yes" as const },
  japan: { activity: "escort" as const, findings: { survivalThreat: "yes" as const, noOtherMeans: "yes" as const, minimumNecessary: "yes" as const }, ...japan },
});
