// Deciding: a rule tree evaluated into a compact trace (values, findings with reason codes, fact
// paths), no text. Contested law is evaluated world by world as before (one world per combination
// of the open doctrine positions a rule consults), but a world re-runs only the subtrees that
// consulted a switch whose position differs from the default world's: every other subtree is the
// default world's node itself, shared. So each node is stored once, and a contested node is found
// where the worlds' nodes differ (src/analysis/decide.ts, src/render/answer.ts).
import { and, not, or, type Tri } from "./tri.js";
import { branchOf, type EvalContext, type Finding, type Rule, type World } from "./rule.js";
import type { SwitchSpec } from "./worlds.js";
import { closeWindow, noteChange, openWindow, watchDate } from "./dates.js";

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
  /**
   * Deciding on a series of dates (the timeline): the first later day on which the subtree may
   * decide otherwise (src/engine/dates.ts); NEVER if no comparison with the date can change. "" otherwise.
   */
  until: string;
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


interface Run {
  world: TraceWorld;
  open: (sw: string) => boolean;
  /**
   * Statuses only (the timeline): stop at the first child that decides its parent. The values are
   * the same (Kleene logic), and so are the statuses across worlds: a skipped subtree does not
   * affect the world's value, so the switches only it consults cannot make the answer differ.
   */
  lean: boolean;
  /**
   * Some switch is open: keep each node's `deps` (what a later world may reuse). With every switch
   * settled there is one world, and every node's deps are empty.
   */
  track: boolean;
  /** Deciding on a series of dates (the timeline): the date judged, watched (src/engine/dates.ts). */
  date?: string;
}

/** A node decided for the previous date of a series, reusable while the date is before its `until`. */
function reusable(n: TraceNode | undefined, run: Run): n is TraceNode {
  return n !== undefined && run.date !== undefined && run.date < n.until && stillHolds(n, run.world);
}

/**
 * Decide one node. `prev`: the default world's node at the same place (reused in another world where
 * the switches it consulted stand as they did); `earlier`: the same world's node on the previous
 * date of a series (reused while no comparison it made with the date would change).
 */
function decideNode<C extends EvalContext>(rule: Rule<C>, ctx: C, prev: TraceNode | undefined, run: Run, key?: string, label?: string, earlier?: TraceNode): TraceNode {
  if ((prev !== undefined && stillHolds(prev, run.world)) || (reusable(earlier, run) && (prev = earlier))) {
    // The same subtree: it consulted (and so this world consults) the same switches.
    for (let i = 0; i < prev.deps.length; i += 2) run.world.consulted.add(prev.deps[i]);
    if (run.date !== undefined) noteChange(prev.until);
    return prev;
  }
  if (run.date === undefined) return compute(rule, ctx, prev, run, key, label, undefined);
  const outer = openWindow();
  const n = compute(rule, ctx, prev, run, key, label, earlier);
  n.until = closeWindow(outer);
  return n;
}

function compute<C extends EvalContext>(rule: Rule<C>, ctx: C, prev: TraceNode | undefined, run: Run, key: string | undefined, label: string | undefined, earlier: TraceNode | undefined): TraceNode {
  const r = rule as Rule<never>;
  const evidence = rule.weight === "evidence";
  const track = run.track;
  switch (rule.kind) {
    case "leaf": {
      const mark = track ? run.world.log.length : 0;
      const f = rule.test(ctx);
      const deps = track ? depsOf(run.world.log, mark, run.world, run.open) : NONE;
      return { rule: r, key, label, value: f.value, finding: f, doctrine: f.doctrine, evidence, children: NONE, deps, until: "" };
    }
    case "all":
    case "any": {
      const of = rule.of;
      const kids = new Array<TraceNode>(of.length);
      let unknown = false;
      let decided: Tri | undefined;
      const stop = rule.kind === "all" ? "no" : "yes";
      const pk = prev?.children;
      const ek = earlier?.children;
      for (let i = 0; i < of.length; i++) {
        const k = decideNode(of[i], ctx, pk?.[i], run, undefined, undefined, ek?.[i]);
        kids[i] = k;
        if (k.evidence) continue;
        if (k.value === stop) {
          decided = stop;
          if (run.lean) {
            kids.length = i + 1;
            break;
          }
        } else if (k.value === "unknown") unknown = true;
      }
      const value: Tri = decided ?? (unknown ? "unknown" : rule.kind === "all" ? "yes" : "no");
      return { rule: r, key, label, value, finding: undefined, doctrine: undefined, evidence, children: kids, deps: track ? mergeDeps(kids) : NONE, until: "" };
    }
    case "unless": {
      const main = decideNode(rule.rule, ctx, prev?.children[0], run, undefined, undefined, earlier?.children[0]);
      if (run.lean && main.value === "no") return { rule: r, key, label, value: "no", finding: undefined, doctrine: undefined, evidence, children: [main], deps: main.deps, until: "" };
      const exception = decideNode(rule.exception, ctx, prev?.children[1], run, undefined, undefined, earlier?.children[1]);
      const kids = [main, exception];
      return { rule: r, key, label, value: and([main.value, not(exception.value)]), finding: undefined, doctrine: undefined, evidence, children: kids, deps: track ? mergeDeps(kids) : NONE, until: "" };
    }
    case "some":
    case "every": {
      const mark = track ? run.world.log.length : 0;
      const items = rule.items(ctx);
      const own = track ? depsOf(run.world.log, mark, run.world, run.open) : NONE;
      if (items.length === 0) {
        const m2 = track ? run.world.log.length : 0;
        const f = rule.none(ctx);
        const deps = track ? mergeDeps(NONE, [...own, ...depsOf(run.world.log, m2, run.world, run.open)]) : NONE;
        return { rule: r, key, label, value: f.value, finding: f, doctrine: undefined, evidence, children: NONE, deps, until: "" };
      }
      const kids = new Array<TraceNode>(items.length);
      const some = rule.kind === "some";
      const stop: Tri = some ? "yes" : "no";
      const pk = prev?.children;
      const ek = earlier?.children;
      let unknown = false;
      let decided = false;
      for (let i = 0; i < items.length; i++) {
        const it = items[i];
        const p = pk?.[i];
        const e = ek?.[i];
        const k = decideNode(rule.rule, it.ctx, p !== undefined && p.key === it.key ? p : undefined, run, it.key, it.label, e !== undefined && e.key === it.key ? e : undefined);
        kids[i] = k;
        if (k.value === stop) {
          decided = true;
          if (run.lean) {
            kids.length = i + 1;
            break;
          }
        } else if (k.value === "unknown") unknown = true;
      }
      const value: Tri = decided ? stop : unknown ? "unknown" : some ? "no" : "yes";
      return { rule: r, key, label, value, finding: undefined, doctrine: undefined, evidence, children: kids, deps: track ? mergeDeps(kids, own) : NONE, until: "" };
    }
    case "doctrine": {
      const { position, branch } = branchOf(rule, run.world);
      run.world.log.push(rule.switch);
      const p = prev?.children[0];
      const e = earlier?.children[0];
      const child = decideNode(branch, ctx, p && p.rule === (branch as Rule<never>) ? p : undefined, run, undefined, undefined, e && e.rule === (branch as Rule<never>) ? e : undefined);
      const own = track && run.open(rule.switch) ? [rule.switch, position] : NONE;
      return {
        rule: r,
        key,
        label,
        value: child.value,
        finding: child.finding,
        doctrine: { switch: rule.switch, position },
        evidence: evidence || child.evidence,
        children: [child],
        deps: track ? mergeDeps([child], own) : NONE,
        until: "",
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

/** What every call with the same switches and settled positions shares (built once per prepared situation). */
interface Setup {
  all: ReadonlyMap<string, SwitchSpec>;
  /** The default world: settled positions, else each switch's default. */
  base: ReadonlyMap<string, string>;
  open: (id: string) => boolean;
  anyOpen: boolean;
}

const SETUPS = new WeakMap<ReadonlyMap<string, string>, { specs: ReadonlyMap<string, SwitchSpec>; extra: readonly SwitchSpec[]; setup: Setup }[]>();

function setupOf(specs: ReadonlyMap<string, SwitchSpec>, settled: ReadonlyMap<string, string>, extra: readonly SwitchSpec[]): Setup {
  let list = SETUPS.get(settled);
  if (list === undefined) SETUPS.set(settled, (list = []));
  for (const e of list) if (e.specs === specs && e.extra === extra) return e.setup;
  const all = extra.length ? new Map([...specs, ...extra.map((s) => [s.id, s] as const)]) : specs;
  const base = new Map<string, string>();
  for (const s of all.values()) base.set(s.id, settled.get(s.id) ?? s.default);
  const open = (id: string) => !settled.has(id);
  const setup: Setup = { all, base, open, anyOpen: [...all.keys()].some(open) };
  list.push({ specs, extra, setup });
  return setup;
}

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
  series?: Series,
): TraceWorldOutcome[] {
  if (!series) return worldsOf(rule, makeCtx, specs, settled, extra, lean);
  watchDate(series.date);
  try {
    return worldsOf(rule, makeCtx, specs, settled, extra, lean, series);
  } finally {
    watchDate(undefined);
  }
}

/**
 * A decision on each date of a series (the timeline), in increasing order: each call gives the
 * date, and keeps each world's tree for the next call, which reuses every subtree whose comparisons
 * with the date still give the same answers (src/engine/dates.ts).
 */
export interface Series {
  date: string;
  readonly trees: Map<string, TraceNode>;
}

export const series = (): Series => ({ date: "", trees: new Map() });

function worldsOf<C extends EvalContext>(
  rule: Rule<C>,
  makeCtx: (world: World) => C,
  specs: ReadonlyMap<string, SwitchSpec>,
  settled: ReadonlyMap<string, string>,
  extra: readonly SwitchSpec[],
  lean: boolean,
  series?: Series,
): TraceWorldOutcome[] {
  const { all, base, open, anyOpen } = setupOf(specs, settled, extra);
  const date = series?.date;
  if (!anyOpen) {
    // Every switch settled: one world (the positions are never changed, so the base map is shared).
    const world: TraceWorld = { positions: base, consulted: new Set(), log: [] };
    const tree = decideNode(rule, makeCtx(world), undefined, { world, open, lean, track: false, date }, undefined, undefined, series?.trees.get(""));
    series?.trees.set("", tree);
    return [{ positions: {}, isDefault: true, consulted: [...world.consulted], tree }];
  }

  const outcomes: TraceWorldOutcome[] = [];
  const seen = new Set<string>();
  const queue: ReadonlyMap<string, string>[] = [base];
  seen.add(worldKey(base, all));
  let first: TraceNode | undefined;
  while (queue.length > 0 && outcomes.length < MAX_WORLDS) {
    const positions = queue.shift()!;
    const world: TraceWorld = { positions, consulted: new Set(), log: [] };
    const wk = series ? worldKey(positions, all) : "";
    const tree = decideNode(rule, makeCtx(world), first, { world, open, lean, track: true, date }, undefined, undefined, series?.trees.get(wk));
    series?.trees.set(wk, tree);
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
