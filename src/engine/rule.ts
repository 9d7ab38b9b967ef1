// Rules as data: a tagged union matched exhaustively. The engine knows no article numbers; a
// rulebook (src/law) builds these trees, each node carrying its citations.
import { and, or, type Tri } from "./tri.js";
import { isReason, renderReason, type Reason } from "./reason.js";
import { closeWindow, noteChange, openWindow } from "./dates.js";

/**
 * What a leaf test finds: a value, why (a reason code with its arguments: src/engine/reason.ts),
 * the facts relied on, and what would decide it if unknown. `because` is the legacy English text of
 * rules not yet written with reason codes.
 */
export interface Finding {
  value: Tri;
  reason?: Reason;
  because?: string;
  facts?: string[];
  missing?: string[];
  /** The doctrine switch this finding depended on, with the position applied. */
  doctrine?: { switch: string; position: string };
  /** Citations (ids in src/law/citations.ts) for this finding only, beside the rule's own. */
  cite?: readonly string[];
}

/** Doctrine positions in force for one evaluation ("world"), and the switches the rules asked about. */
export interface World {
  positions: ReadonlyMap<string, string>;
  consulted: Set<string>;
  /** Consultations in order (kept by the deciding evaluator, src/engine/trace.ts, to know which subtree asked). */
  log?: string[];
}

export interface RuleMeta {
  id: string;
  label: string;
  /** Citation ids (resolved by the rulebook's registry) or literal citations. */
  cite?: readonly string[];
  /** "evidence": shown, but never decides its parent (e.g. reporting under custom; cite: Nicaragua para 200). */
  weight?: "condition" | "evidence";
}

export type Rule<C> =
  | (RuleMeta & { kind: "leaf"; test: (c: C) => Finding })
  | (RuleMeta & { kind: "all"; of: readonly Rule<C>[] })
  | (RuleMeta & { kind: "any"; of: readonly Rule<C>[] })
  /** Holds when `rule` holds and `exception` does not: "X, unless Y". */
  | (RuleMeta & { kind: "unless"; rule: Rule<C>; exception: Rule<C> })
  /** Holds for some item (a victim, a resolution, a consent ...); `none` says why when there is none. */
  | (RuleMeta & {
      kind: "some";
      items: (c: C) => readonly { key: string; label: string; ctx: C }[];
      rule: Rule<C>;
      none: (c: C) => Finding;
    })
  /** Holds for every item (every territory, every acting state ...). */
  | (RuleMeta & {
      kind: "every";
      items: (c: C) => readonly { key: string; label: string; ctx: C }[];
      rule: Rule<C>;
      none: (c: C) => Finding;
    })
  /** Branches on a doctrine switch. */
  | (RuleMeta & { kind: "doctrine"; switch: string; branches: Readonly<Record<string, Rule<C>>> });

export interface ProofNode {
  id: string;
  label: string;
  kind: Rule<unknown>["kind"];
  value: Tri;
  /** The reason code of a leaf (and of a node that takes its child's reason). */
  reason?: Reason;
  because: string;
  cite: readonly string[];
  facts: string[];
  missing: string[];
  weight: "condition" | "evidence";
  /** For a doctrine node: the switch and the position applied. */
  doctrine?: { switch: string; position: string };
  children: ProofNode[];
}

export interface EvalContext {
  world: World;
  /** Findings of `conclude` kept while deciding one use on one date (see conclude). */
  memo?: ConcludeMemo;
}

const counts = (n: ProofNode) => n.weight !== "evidence";

function node(r: RuleMeta & { kind: ProofNode["kind"] }, id: string, value: Tri, because: string, children: ProofNode[], f?: Partial<Finding>): ProofNode {
  const out: ProofNode = {
    id,
    label: r.label,
    kind: r.kind,
    value,
    because,
    cite: r.cite ?? [],
    facts: f?.facts ?? [],
    missing: f?.missing ?? [],
    weight: r.weight ?? "condition",
    children,
  };
  if (f?.reason) out.reason = f.reason;
  return out;
}

/** Interim: English text of a finding, until every consumer renders reasons itself (issue 6). */
export const findingText = (f: Finding): string => f.because ?? renderReason(f.reason, "en");

function summarise(children: ProofNode[], value: Tri): string {
  const deciding = children.filter((c) => counts(c) && c.value === value);
  if (value === "yes") return "all conditions hold";
  const names = deciding.map((c) => c.label.toLowerCase()).join("; ");
  return value === "no" ? `fails: ${names}` : `unknown: ${names}`;
}

export function evaluate<C extends EvalContext>(rule: Rule<C>, ctx: C, idPrefix = ""): ProofNode {
  const id = idPrefix ? `${idPrefix}/${rule.id}` : rule.id;
  const r = rule;
  switch (rule.kind) {
    case "leaf": {
      const f = rule.test(ctx);
      const out = node(r, id, f.value, findingText(f), [], f);
      if (f.doctrine) out.doctrine = f.doctrine;
      return out;
    }
    case "all": {
      const children = rule.of.map((c) => evaluate(c, ctx, id));
      const value = and(children.filter(counts).map((c) => c.value));
      return node(r, id, value, summarise(children, value), children);
    }
    case "any": {
      const children = rule.of.map((c) => evaluate(c, ctx, id));
      const value = or(children.filter(counts).map((c) => c.value));
      const because = value === "yes" ? `holds: ${children.find((c) => c.value === "yes")!.label.toLowerCase()}` : summarise(children, value);
      return node(r, id, value, because, children);
    }
    case "unless": {
      const main = evaluate(rule.rule, ctx, id);
      const exception = evaluate(rule.exception, ctx, id);
      const value = and([main.value, exception.value === "yes" ? "no" : exception.value === "no" ? "yes" : "unknown"]);
      const because =
        exception.value === "yes" ? `the exception applies: ${exception.because}` : value === "yes" ? main.because : main.value !== "yes" ? main.because : `unknown whether the exception applies: ${exception.because}`;
      return node(r, id, value, because, [main, exception]);
    }
    case "some":
    case "every": {
      const items = rule.items(ctx);
      if (items.length === 0) {
        const f = rule.none(ctx);
        return node(r, id, f.value, findingText(f), [], f);
      }
      const children = items.map((it) => {
        const child = evaluate(rule.rule, it.ctx, `${id}[${it.key}]`);
        return { ...child, label: it.label };
      });
      const values = children.map((c) => c.value);
      const value = rule.kind === "some" ? or(values) : and(values);
      const because =
        rule.kind === "some"
          ? value === "yes"
            ? `holds for ${children.find((c) => c.value === "yes")!.label}`
            : value === "no"
              ? `fails for every candidate (${children.map((c) => c.label).join("; ")})`
              : `undetermined for ${children.filter((c) => c.value === "unknown").map((c) => c.label).join("; ")}`
          : value === "yes"
            ? `holds for each (${children.map((c) => c.label).join("; ")})`
            : `${value === "no" ? "fails" : "undetermined"} for ${children.filter((c) => c.value === value).map((c) => c.label).join("; ")}`;
      return node(r, id, value, because, children);
    }
    case "doctrine": {
      const { position, branch } = branchOf(rule, ctx.world);
      const child = evaluate(branch, ctx, id);
      const out = node(r, id, child.value, child.because, [child], child);
      out.doctrine = { switch: rule.switch, position };
      out.weight = child.weight === "evidence" ? "evidence" : out.weight;
      return out;
    }
  }
}

/**
 * A node of `conclude`: what `evaluate` computes, less the ids and the words (its `because`, the
 * English text evaluate gives the node, is made only when read). Its reason, weight and label are
 * evaluate's, so a rule may quote it (src/engine/summaries.ts proofReason) as it would a proof node.
 */
export class Concluded {
  constructor(
    readonly label: string,
    readonly kind: Rule<unknown>["kind"],
    readonly value: Tri,
    readonly evidence: boolean,
    /** A leaf's finding, a some/every's `none` finding, a doctrine node's branch's. */
    readonly finding: Finding | undefined,
    readonly children: readonly Concluded[],
  ) {}
  /** As evaluate(): a leaf's, a none-finding's, and a doctrine node's over one. */
  get reason(): Reason | undefined {
    return this.finding?.reason;
  }
  get weight(): "condition" | "evidence" {
    return this.evidence ? "evidence" : "condition";
  }
  get because(): string {
    return lightText(this);
  }
}

const NO_KIDS: readonly Concluded[] = [];

function light<C extends EvalContext>(rule: Rule<C>, ctx: C, label = rule.label): Concluded {
  const evidence = rule.weight === "evidence";
  switch (rule.kind) {
    case "leaf": {
      const f = rule.test(ctx);
      return new Concluded(label, rule.kind, f.value, evidence, f, NO_KIDS);
    }
    case "all":
    case "any": {
      const of = rule.of;
      const children = new Array<Concluded>(of.length);
      for (let i = 0; i < of.length; i++) children[i] = light(of[i], ctx);
      let v: Tri;
      {
        const all = rule.kind === "all";
        let unknownSeen = false;
        let decided = false;
        for (const c of children) {
          if (c.evidence) continue;
          if (c.value === (all ? "no" : "yes")) decided = true;
          else if (c.value === "unknown") unknownSeen = true;
        }
        v = decided ? (all ? "no" : "yes") : unknownSeen ? "unknown" : all ? "yes" : "no";
      }
      return new Concluded(label, rule.kind, v, evidence, undefined, children);
    }
    case "unless": {
      const main = light(rule.rule, ctx);
      const exception = light(rule.exception, ctx);
      const value = and([main.value, exception.value === "yes" ? "no" : exception.value === "no" ? "yes" : "unknown"]);
      return new Concluded(label, rule.kind, value, evidence, undefined, [main, exception]);
    }
    case "some":
    case "every": {
      const items = rule.items(ctx);
      if (items.length === 0) {
        const f = rule.none(ctx);
        return new Concluded(label, rule.kind, f.value, evidence, f, NO_KIDS);
      }
      const children = new Array<Concluded>(items.length);
      for (let i = 0; i < items.length; i++) children[i] = light(rule.rule, items[i].ctx, items[i].label);
      const values = children.map((c) => c.value);
      return new Concluded(label, rule.kind, rule.kind === "some" ? or(values) : and(values), evidence, undefined, children);
    }
    case "doctrine": {
      const { branch } = branchOf(rule, ctx.world);
      // Logged as the deciding evaluator logs a doctrine node (src/engine/trace.ts): the subtree depends on the switch.
      ctx.world.log?.push(rule.switch);
      const child = light(branch, ctx);
      return new Concluded(label, rule.kind, child.value, child.evidence || evidence, child.finding, [child]);
    }
  }
}

/** The English text `evaluate` gives a node (its `because`). */
function lightText(n: Concluded): string {
  const kids = n.children;
  switch (n.kind) {
    case "leaf":
      return findingText(n.finding!);
    case "doctrine":
      return lightText(kids[0]);
    case "all":
      return summary(kids, n.value);
    case "any":
      return n.value === "yes" ? `holds: ${kids.find((c) => c.value === "yes")!.label.toLowerCase()}` : summary(kids, n.value);
    case "unless": {
      const [main, exception] = kids;
      if (exception.value === "yes") return `the exception applies: ${lightText(exception)}`;
      return n.value === "yes" || main.value !== "yes" ? lightText(main) : `unknown whether the exception applies: ${lightText(exception)}`;
    }
    case "some":
    case "every": {
      if (kids.length === 0) return findingText(n.finding!);
      const v = n.value;
      if (n.kind === "some")
        return v === "yes"
          ? `holds for ${kids.find((c) => c.value === "yes")!.label}`
          : v === "no"
            ? `fails for every candidate (${kids.map((c) => c.label).join("; ")})`
            : `undetermined for ${kids.filter((c) => c.value === "unknown").map((c) => c.label).join("; ")}`;
      return v === "yes" ? `holds for each (${kids.map((c) => c.label).join("; ")})` : `${v === "no" ? "fails" : "undetermined"} for ${kids.filter((c) => c.value === v).map((c) => c.label).join("; ")}`;
    }
  }
}

const summary = (kids: readonly Concluded[], value: Tri) => {
  if (value === "yes") return "all conditions hold";
  const names = kids.filter((c) => !c.evidence && c.value === value).map((c) => c.label.toLowerCase()).join("; ");
  return value === "no" ? `fails: ${names}` : `unknown: ${names}`;
};

/** What `conclude` gives: the top node's finding, and the node itself (to say why a composite holds or fails). */
export interface Conclusion extends Finding {
  facts: string[];
  missing: string[];
  readonly node: Concluded;
}

/**
 * Findings of `conclude` kept for one decision (one use of force on one date, one situation): a
 * rule asked again under the same key, in a world that takes the same positions on the switches
 * it consulted, finds the same. Made by the caller of the deciding evaluator (src/analysis/decide.ts).
 */
export type ConcludeMemo = Map<Rule<never>, Map<string, MemoEntry[]>>;

interface MemoEntry {
  /** The switches the evaluation consulted, in order, and the position each had. */
  switches: readonly string[];
  positions: readonly (string | undefined)[];
  /** Deciding on a series of dates: the first later day on which it may find otherwise (src/engine/dates.ts). */
  until: string;
  finding: Conclusion;
}

/**
 * What `evaluate(rule, ctx)` finds at its top node, for a rule that asks another rule: the value,
 * the reason (or, where the node has none, its English text, made only when read), the facts and
 * what is missing, and the node (no proof tree and no text is built). With a `key` (what the rule
 * reads of the context beside the use, the date and the doctrine positions: the caller's promise)
 * and a memo in the context, a rule asked again is answered from the memo.
 */
export function conclude<C extends EvalContext>(rule: Rule<C>, ctx: C, key?: string): Conclusion {
  const memo = key === undefined ? undefined : ctx.memo;
  const log = ctx.world.log;
  if (memo === undefined || log === undefined) return new ConcludedFinding(light(rule, ctx));
  let byKey = memo.get(rule as Rule<never>);
  if (byKey === undefined) memo.set(rule as Rule<never>, (byKey = new Map()));
  let entries = byKey.get(key!);
  if (entries === undefined) byKey.set(key!, (entries = []));
  const world = ctx.world;
  for (const e of entries) {
    let same = true;
    for (let i = 0; i < e.switches.length && same; i++) same = world.positions.get(e.switches[i]) === e.positions[i];
    if (!same) continue;
    // As if evaluated again: the same switches consulted, in the same order; the same day of change.
    for (const sw of e.switches) {
      world.consulted.add(sw);
      log.push(sw);
    }
    noteChange(e.until);
    return e.finding;
  }
  const mark = log.length;
  const outer = openWindow();
  const finding = new ConcludedFinding(light(rule, ctx));
  const until = closeWindow(outer);
  const switches = [...new Set(log.slice(mark))];
  entries.push({ switches, positions: switches.map((sw) => world.positions.get(sw)), until, finding });
  return finding;
}

/** A finding of `conclude`: `because` (where there is no reason) is made when first read. */
class ConcludedFinding implements Conclusion {
  readonly value: Tri;
  readonly reason?: Reason;
  readonly facts: string[];
  readonly missing: string[];
  readonly node: Concluded;
  #text?: string;
  constructor(n: Concluded) {
    this.node = n;
    // As evaluate(): a finding's reason and facts are kept on a leaf, a none-finding, and a doctrine node over one.
    const f = n.finding;
    this.value = n.value;
    if (f?.reason) this.reason = f.reason;
    this.facts = f?.facts ?? [];
    this.missing = f?.missing ?? [];
  }
  get because(): string | undefined {
    return this.reason ? undefined : (this.#text ??= lightText(this.node));
  }
}

type DoctrineRule<C> = Extract<Rule<C>, { kind: "doctrine" }>;

/** The branch a doctrine rule takes under the world's position on its switch; asking records the switch as consulted. */
export function branchOf<C>(rule: DoctrineRule<C>, world: World): { position: string; branch: Rule<C> } {
  const position = world.positions.get(rule.switch);
  if (position === undefined) throw new Error(`no position for doctrine switch ${rule.switch}`);
  world.consulted.add(rule.switch);
  const branch = rule.branches[position];
  if (!branch) throw new Error(`switch ${rule.switch} has no branch for position ${position}`);
  return { position, branch };
}

/** The position a rule applies on a switch; asking records the switch as consulted. */
export function position(ctx: EvalContext, sw: string): string {
  const p = ctx.world.positions.get(sw);
  if (p === undefined) throw new Error(`no position for doctrine switch ${sw}`);
  ctx.world.consulted.add(sw);
  ctx.world.log?.push(sw);
  return p;
}

// ---- constructors: keep rulebooks readable ------------------------------------------------------

type Parts<C> = Partial<{
  test: (c: C) => Finding;
  of: readonly Rule<C>[];
  rule: Rule<C>;
  exception: Rule<C>;
  items: (c: C) => readonly { key: string; label: string; ctx: C }[];
  none: (c: C) => Finding;
  switch: string;
  branches: Readonly<Record<string, Rule<C>>>;
}>;

/**
 * Every rule node has the same fields in the same order (those of other kinds undefined): the
 * evaluators read them at one shape, which keeps deciding fast. The meta's own fields come first.
 */
function shaped<C>(meta: RuleMeta, kind: Rule<C>["kind"], p: Parts<C>): Rule<C> {
  const { id, label, cite, weight, ...more } = meta;
  const r = { id, label, cite, weight, kind, test: p.test, of: p.of, rule: p.rule, exception: p.exception, items: p.items, none: p.none, switch: p.switch, branches: p.branches };
  return (Object.keys(more).length ? Object.assign(r, more) : r) as unknown as Rule<C>;
}

export const leaf = <C>(meta: RuleMeta, test: (c: C) => Finding): Rule<C> => shaped(meta, "leaf", { test });
export const all = <C>(meta: RuleMeta, of: Rule<C>[]): Rule<C> => shaped(meta, "all", { of });
export const any = <C>(meta: RuleMeta, of: Rule<C>[]): Rule<C> => shaped(meta, "any", { of });
export const unless = <C>(meta: RuleMeta, rule: Rule<C>, exception: Rule<C>): Rule<C> => shaped(meta, "unless", { rule, exception });
export const some = <C>(
  meta: RuleMeta,
  items: (c: C) => readonly { key: string; label: string; ctx: C }[],
  rule: Rule<C>,
  none: (c: C) => Finding,
): Rule<C> => shaped(meta, "some", { items, rule, none });
export const every = <C>(
  meta: RuleMeta,
  items: (c: C) => readonly { key: string; label: string; ctx: C }[],
  rule: Rule<C>,
  none: (c: C) => Finding,
): Rule<C> => shaped(meta, "every", { items, rule, none });
export const doctrine = <C>(meta: RuleMeta, sw: string, branches: Record<string, Rule<C>>): Rule<C> => shaped(meta, "doctrine", { switch: sw, branches });

/** Findings, tersely: with a reason code (or, in rules not yet converted, an English text). Written out (no spread): they are made by the thousand. */
export const yes = (r: Reason | string, facts: string[] = []): Finding => (isReason(r) ? { value: "yes", reason: r, facts } : { value: "yes", because: r, facts });
export const no = (r: Reason | string, facts: string[] = []): Finding => (isReason(r) ? { value: "no", reason: r, facts } : { value: "no", because: r, facts });
export const unknown = (r: Reason | string, missing: string[], facts: string[] = []): Finding =>
  isReason(r) ? { value: "unknown", reason: r, facts, missing } : { value: "unknown", because: r, facts, missing };
