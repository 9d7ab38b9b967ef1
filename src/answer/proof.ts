// From the engine's proof trees (one per doctrine world) to the answer's condition tree: a node
// whose value differs between worlds is contested, with its status under each position.
import type { ProofNode } from "../engine/rule.js";
import type { WorldOutcome } from "../engine/worlds.js";
import type { Tri } from "../engine/tri.js";
import type { Citation, ConditionResult, ConditionStatus } from "./types.js";

export const CONDITION: Record<Tri, ConditionStatus> = { yes: "satisfied", no: "failed", unknown: "unknown" };

/**
 * Turn the proof tree of the first (default) world into ConditionResults, marking as contested each
 * node whose value differs between worlds, with its status under each position.
 */
export function proofToConditions(outcomes: readonly WorldOutcome[], cite: (id: string) => Citation): ConditionResult {
  const byId = new Map<string, { o: WorldOutcome; value: Tri }[]>();
  const walk = (o: WorldOutcome, n: ProofNode) => {
    if (!byId.has(n.id)) byId.set(n.id, []);
    byId.get(n.id)!.push({ o, value: n.value });
    n.children.forEach((c) => walk(o, c));
  };
  if (outcomes.length > 1) outcomes.forEach((o) => walk(o, o.tree));
  const convert = (n: ProofNode): ConditionResult => {
    const values = byId.get(n.id);
    const differs = values !== undefined && values.length === outcomes.length && new Set(values.map((v) => v.value)).size > 1;
    const out: ConditionResult = {
      id: n.id,
      label: n.label,
      kind: n.kind,
      status: differs ? "contested" : CONDITION[n.value],
      because: n.because,
      citations: n.cite.map(cite),
      facts: n.facts,
      missing: n.missing,
      children: n.children.map(convert),
    };
    if (n.weight === "evidence") out.evidenceOnly = true;
    if (n.doctrine) out.doctrine = n.doctrine;
    if (differs) out.byPosition = values!.map((v) => ({ positions: v.o.positions as never, status: CONDITION[v.value], isDefault: v.o.isDefault }));
    return out;
  };
  return convert(outcomes[0].tree);
}
