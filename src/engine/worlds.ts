// Contested law: a rule is evaluated once per combination of the doctrine positions it actually
// consults (a "world"). Where the worlds disagree, the answer is contested and each is reported.
import { evaluate, type EvalContext, type ProofNode, type Rule, type World } from "./rule.js";

export interface SwitchSpec {
  id: string;
  positions: readonly string[];
  default: string;
}

export interface WorldOutcome {
  /** Positions of the unsettled switches this world's evaluation consulted. */
  positions: Record<string, string>;
  isDefault: boolean;
  /** Every switch this world's evaluation consulted, settled or not. */
  consulted: string[];
  tree: ProofNode;
}

const MAX_WORLDS = 64;

/**
 * Evaluate `rule` under the settled positions, branching on every unsettled switch it consults.
 * The first outcome is always the default world (every unsettled switch at its default).
 */
export function evaluateWorlds<C extends EvalContext>(
  rule: Rule<C>,
  makeCtx: (world: World) => C,
  specs: ReadonlyMap<string, SwitchSpec>,
  settled: ReadonlyMap<string, string>,
): WorldOutcome[] {
  const base = new Map<string, string>();
  for (const s of specs.values()) base.set(s.id, settled.get(s.id) ?? s.default);
  const unsettled = (id: string) => !settled.has(id);

  const outcomes: WorldOutcome[] = [];
  const seen = new Set<string>();
  const queue: Map<string, string>[] = [base];
  seen.add(key(base, specs));
  while (queue.length > 0 && outcomes.length < MAX_WORLDS) {
    const positions = queue.shift()!;
    const world: World = { positions, consulted: new Set() };
    const tree = evaluate(rule, makeCtx(world));
    const consulted = [...world.consulted].filter(unsettled).sort();
    outcomes.push({
      positions: Object.fromEntries(consulted.map((s) => [s, positions.get(s)!])),
      isDefault: consulted.every((s) => positions.get(s) === specs.get(s)!.default),
      consulted: [...world.consulted],
      tree,
    });
    for (const s of consulted) {
      for (const p of specs.get(s)!.positions) {
        if (p === positions.get(s)) continue;
        const next = new Map(positions);
        next.set(s, p);
        const k = key(next, specs);
        if (!seen.has(k)) {
          seen.add(k);
          queue.push(next);
        }
      }
    }
  }
  // Worlds that differ only in switches neither consulted give the same outcome: keep one.
  const unique = new Map<string, WorldOutcome>();
  for (const o of outcomes) {
    const k = JSON.stringify(o.positions);
    if (!unique.has(k)) unique.set(k, o);
  }
  return [...unique.values()];
}

function key(positions: ReadonlyMap<string, string>, specs: ReadonlyMap<string, SwitchSpec>): string {
  return [...specs.keys()].map((id) => positions.get(id)).join("|");
}
