// Deciding: a rule tree evaluated into a compact trace (values, findings with reason codes, fact
// paths), no text. Contested law is evaluated world by world as before (one world per combination
// of the open doctrine positions a rule consults), but a world re-runs only the subtrees that
// consulted a switch whose position differs from the default world's: every other subtree is the
// default world's node itself, shared. So each node is stored once, and a contested node is found
// where the worlds' nodes differ (src/analysis/decide.ts, src/render/answer.ts).
import { and, not, or, type Tri } from "./tri.js";
import type { EvalContext, Finding, Rule, World } from "./rule.js";
import type { SwitchSpec } from "./worlds.js";

/** One node of a decision: the rule, the candidate it was judged for, its value and finding. */
export interface TraceNode {
  readonly rule: Rule<never>;
  /** The candidate's key and label (a victim, a resolution ...), for a child of some/every. */
  readonly key?: string;
  readonly label?: string;
  readonly value: Tri;
  /** A leaf's finding (or a some/every's `none` finding where there are no candidates). */
  readonly finding?: Finding;
  /** For a doctrine node (or a leaf whose finding names one): the switch and the position applied. */
  readonly doctrine?: { switch: string; position: string };
  /** Shown, but not deciding its parent (a doctrine node takes its branch's weight). */
  readonly evidence: boolean;
  readonly children: readonly TraceNode[];
  /** Open switches this subtree consulted, with the positions applied: switch, position, switch, ... */
  readonly deps: readonly string[];
}

const NONE: readonly never[] = [];

/** A world for deciding: the positions, what was consulted, and a log of consultations in order. */
export interface TraceWorld extends World {
  log: string[];
}

function depsOf(log: readonly string[], from: number, world: TraceWorld, open: (sw: string) => boolean): readonly string[] {
  if (log.length === from) return NONE;
  let out: string[] | undefined;
  for (let i = from; i < log.length; i++) {
    const sw = log[i];
    if (!open(sw)) continue;
    out ??= [];
    if (!hasSwitch(out, sw)) out.push(sw, world.positions.get(sw)!);
  }
  return out ?? NONE;
}

function hasSwitch(deps: readonly string[], sw: string): boolean {
  for (let i = 0; i < deps.length; i += 2) if (deps[i] === sw) return true;
  return false;
}

function mergeDeps(kids: readonly TraceNode[], own?: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  const add = (d: readonly string[]) => {
    for (let i = 0; i < d.length; i += 2) {
      out ??= [];
      if (!hasSwitch(out, d[i])) out.push(d[i], d[i + 1]);
    }
  };
  if (own) add(own);
  for (const k of kids) if (k.deps.length) add(k.deps);
  return out ?? NONE;
}

/** Does the node hold in this world as it was computed (every open switch it consulted at the same position)? */
function stillHolds(prev: TraceNode, world: TraceWorld): boolean {
  const d = prev.deps;
  for (let i = 0; i < d.length; i += 2) if (world.positions.get(d[i]) !== d[i + 1]) return false;
  return true;
}

const counts = (n: TraceNode) => !n.evidence;

interface Run {
  world: TraceWorld;
  open: (sw: string) => boolean;
  /**
   * Statuses only (the timeline): stop at the first child that decides its parent. The values are
   * the same (Kleene logic), and so are the statuses across worlds: a skipped subtree does not
   * affect the world's value, so the switches only it consults cannot make the answer differ.
   */
  lean: boolean;
}

function decideNode<C extends EvalContext>(rule: Rule<C>, ctx: C, prev: TraceNode | undefined, run: Run, key?: string, label?: string): TraceNode {
  if (prev && stillHolds(prev, run.world)) {
    // The same subtree as in the default world: it consulted (and so this world consults) the same switches.
    for (let i = 0; i < prev.deps.length; i += 2) run.world.consulted.add(prev.deps[i]);
    return prev;
  }
  const r = rule as Rule<never>;
  const evidence = rule.weight === "evidence";
  switch (rule.kind) {
    case "leaf": {
      const mark = run.world.log.length;
      const f = rule.test(ctx);
      const deps = depsOf(run.world.log, mark, run.world, run.open);
      return { rule: r, key, label, value: f.value, finding: f, doctrine: f.doctrine, evidence, children: NONE, deps };
    }
    case "all":
    case "any": {
      const kids = new Array<TraceNode>(rule.of.length);
      let unknown = false;
      let decided: Tri | undefined;
      const stop = rule.kind === "all" ? "no" : "yes";
      for (let i = 0; i < rule.of.length; i++) {
        const k = decideNode(rule.of[i], ctx, prev?.children[i], run);
        kids[i] = k;
        if (!counts(k)) continue;
        if (k.value === stop) {
          decided = stop;
          if (run.lean) {
            kids.length = i + 1;
            break;
          }
        } else if (k.value === "unknown") unknown = true;
      }
      const value: Tri = decided ?? (unknown ? "unknown" : rule.kind === "all" ? "yes" : "no");
      return { rule: r, key, label, value, evidence, children: kids, deps: mergeDeps(kids) };
    }
    case "unless": {
      const main = decideNode(rule.rule, ctx, prev?.children[0], run);
      if (run.lean && main.value === "no") return { rule: r, key, label, value: "no", evidence, children: [main], deps: main.deps };
      const exception = decideNode(rule.exception, ctx, prev?.children[1], run);
      const kids = [main, exception];
      return { rule: r, key, label, value: and([main.value, not(exception.value)]), evidence, children: kids, deps: mergeDeps(kids) };
    }
    case "some":
    case "every": {
      const mark = run.world.log.length;
      const items = rule.items(ctx);
      const own = depsOf(run.world.log, mark, run.world, run.open);
      if (items.length === 0) {
        const m2 = run.world.log.length;
        const f = rule.none(ctx);
        const deps = mergeDeps(NONE, [...own, ...depsOf(run.world.log, m2, run.world, run.open)]);
        return { rule: r, key, label, value: f.value, finding: f, evidence, children: NONE, deps };
      }
      const kids = new Array<TraceNode>(items.length);
      const values = new Array<Tri>(items.length);
      for (let i = 0; i < items.length; i++) {
        const it = items[i];
        const p = prev?.children[i];
        kids[i] = decideNode(rule.rule, it.ctx, p && p.key === it.key ? p : undefined, run, it.key, it.label);
        values[i] = kids[i].value;
        if (run.lean && values[i] === (rule.kind === "some" ? "yes" : "no")) {
          kids.length = values.length = i + 1;
          break;
        }
      }
      const value = rule.kind === "some" ? or(values) : and(values);
      return { rule: r, key, label, value, evidence, children: kids, deps: mergeDeps(kids, own) };
    }
    case "doctrine": {
      const position = run.world.positions.get(rule.switch);
      if (position === undefined) throw new Error(`no position for doctrine switch ${rule.switch}`);
      run.world.consulted.add(rule.switch);
      run.world.log.push(rule.switch);
      const branch = rule.branches[position];
      if (!branch) throw new Error(`switch ${rule.switch} has no branch for position ${position}`);
      const p = prev?.children[0];
      const child = decideNode(branch, ctx, p && p.rule === (branch as Rule<never>) ? p : undefined, run);
      const own = run.open(rule.switch) ? [rule.switch, position] : NONE;
      return {
        rule: r,
        key,
        label,
        value: child.value,
        finding: child.finding,
        doctrine: { switch: rule.switch, position },
        evidence: evidence || child.evidence,
        children: [child],
        deps: mergeDeps([child], own),
      };
    }
  }
}

/** The decision of one world. */
export interface TraceWorldOutcome {
  /** Positions of the open switches this world consulted. */
  positions: Record<string, string>;
  isDefault: boolean;
  /** Every switch this world consulted, settled or not, in the order first consulted. */
  consulted: string[];
  tree: TraceNode;
}

const MAX_WORLDS = 64;

/**
 * Decide `rule` under the settled positions, in every world of the open switches it consults (the
 * same worlds, in the same order, as evaluateWorlds). The first outcome is the default world.
 */
export function decideWorlds<C extends EvalContext>(
  rule: Rule<C>,
  makeCtx: (world: World) => C,
  specs: ReadonlyMap<string, SwitchSpec>,
  settled: ReadonlyMap<string, string>,
  extra: readonly SwitchSpec[] = NONE,
  lean = false,
): TraceWorldOutcome[] {
  const all = extra.length ? new Map([...specs, ...extra.map((s) => [s.id, s] as const)]) : specs;
  const base = new Map<string, string>();
  for (const s of all.values()) base.set(s.id, settled.get(s.id) ?? s.default);
  const open = (id: string) => !settled.has(id);

  const outcomes: TraceWorldOutcome[] = [];
  const seen = new Set<string>();
  const queue: Map<string, string>[] = [base];
  seen.add(worldKey(base, all));
  let first: TraceNode | undefined;
  while (queue.length > 0 && outcomes.length < MAX_WORLDS) {
    const positions = queue.shift()!;
    const world: TraceWorld = { positions, consulted: new Set(), log: [] };
    const tree = decideNode(rule, makeCtx(world), first, { world, open, lean });
    first ??= tree;
    const consulted = [...world.consulted].filter(open).sort();
    const pos: Record<string, string> = {};
    let isDefault = true;
    for (const s of consulted) {
      pos[s] = positions.get(s)!;
      if (pos[s] !== all.get(s)!.default) isDefault = false;
    }
    outcomes.push({ positions: pos, isDefault, consulted: [...world.consulted], tree });
    for (const s of consulted) {
      for (const p of all.get(s)!.positions) {
        if (p === positions.get(s)) continue;
        const next = new Map(positions);
        next.set(s, p);
        const k = worldKey(next, all);
        if (!seen.has(k)) {
          seen.add(k);
          queue.push(next);
        }
      }
    }
  }
  if (outcomes.length === 1) return outcomes;
  // Worlds that differ only in switches neither consulted give the same outcome: keep one.
  const unique = new Map<string, TraceWorldOutcome>();
  for (const o of outcomes) {
    const k = JSON.stringify(o.positions);
    if (!unique.has(k)) unique.set(k, o);
  }
  return [...unique.values()];
}

function worldKey(positions: ReadonlyMap<string, string>, specs: ReadonlyMap<string, SwitchSpec>): string {
  let k = "";
  for (const id of specs.keys()) k += positions.get(id) + "|";
  return k;
}
