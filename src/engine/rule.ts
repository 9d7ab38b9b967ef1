// Rules as data: a tagged union matched exhaustively. The engine knows no article numbers; a
// rulebook (src/law) builds these trees, each node carrying its citations.
import { and, or, type Tri } from "./tri.js";
import { isReason, renderReason, type Reason } from "./reason.js";

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

/** A node of `conclude`: what `evaluate` computes, less the ids and the words. */
interface Light {
  label: string;
  kind: Rule<unknown>["kind"];
  value: Tri;
  evidence: boolean;
  finding?: Finding;
  children: Light[];
}

function light<C extends EvalContext>(rule: Rule<C>, ctx: C, label = rule.label): Light {
  const evidence = rule.weight === "evidence";
  switch (rule.kind) {
    case "leaf": {
      const f = rule.test(ctx);
      return { label, kind: rule.kind, value: f.value, evidence, finding: f, children: [] };
    }
    case "all":
    case "any": {
      const children = rule.of.map((c) => light(c, ctx));
      const values = children.filter((c) => !c.evidence).map((c) => c.value);
      return { label, kind: rule.kind, value: rule.kind === "all" ? and(values) : or(values), evidence, children };
    }
    case "unless": {
      const main = light(rule.rule, ctx);
      const exception = light(rule.exception, ctx);
      const value = and([main.value, exception.value === "yes" ? "no" : exception.value === "no" ? "yes" : "unknown"]);
      return { label, kind: rule.kind, value, evidence, children: [main, exception] };
    }
    case "some":
    case "every": {
      const items = rule.items(ctx);
      if (items.length === 0) {
        const f = rule.none(ctx);
        return { label, kind: rule.kind, value: f.value, evidence, finding: f, children: [] };
      }
      const children = items.map((it) => light(rule.rule, it.ctx, it.label));
      const values = children.map((c) => c.value);
      return { label, kind: rule.kind, value: rule.kind === "some" ? or(values) : and(values), evidence, children };
    }
    case "doctrine": {
      const child = light(branchOf(rule, ctx.world).branch, ctx);
      return { label, kind: rule.kind, value: child.value, evidence: child.evidence || evidence, finding: child.finding, children: [child] };
    }
  }
}

/** The English text `evaluate` gives a node (its `because`). */
function lightText(n: Light): string {
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

const summary = (kids: Light[], value: Tri) => {
  if (value === "yes") return "all conditions hold";
  const names = kids.filter((c) => !c.evidence && c.value === value).map((c) => c.label.toLowerCase()).join("; ");
  return value === "no" ? `fails: ${names}` : `unknown: ${names}`;
};

/**
 * What `evaluate(rule, ctx)` finds at its top node, for a rule that asks another rule: the value,
 * the reason (or, where the node has none, its English text, made only when read), the facts and
 * what is missing. No proof tree and no text is built.
 */
export function conclude<C extends EvalContext>(rule: Rule<C>, ctx: C): Finding & { facts: string[]; missing: string[] } {
  return new Concluded(light(rule, ctx));
}

/** A finding of `conclude`: `because` (where there is no reason) is made when first read. */
class Concluded implements Finding {
  readonly value: Tri;
  readonly reason?: Reason;
  readonly facts: string[];
  readonly missing: string[];
  readonly #n: Light;
  #text?: string;
  constructor(n: Light) {
    this.#n = n;
    // As evaluate(): a finding's reason and facts are kept on a leaf, a none-finding, and a doctrine node over one.
    const f = n.finding;
    this.value = n.value;
    if (f?.reason) this.reason = f.reason;
    this.facts = f?.facts ?? [];
    this.missing = f?.missing ?? [];
  }
  get because(): string | undefined {
    return this.reason ? undefined : (this.#text ??= lightText(this.#n));
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

export const leaf = <C>(meta: RuleMeta, test: (c: C) => Finding): Rule<C> => ({ ...meta, kind: "leaf", test });
export const all = <C>(meta: RuleMeta, of: Rule<C>[]): Rule<C> => ({ ...meta, kind: "all", of });
export const any = <C>(meta: RuleMeta, of: Rule<C>[]): Rule<C> => ({ ...meta, kind: "any", of });
export const unless = <C>(meta: RuleMeta, rule: Rule<C>, exception: Rule<C>): Rule<C> => ({ ...meta, kind: "unless", rule, exception });
export const some = <C>(
  meta: RuleMeta,
  items: (c: C) => readonly { key: string; label: string; ctx: C }[],
  rule: Rule<C>,
  none: (c: C) => Finding,
): Rule<C> => ({ ...meta, kind: "some", items, rule, none });
export const every = <C>(
  meta: RuleMeta,
  items: (c: C) => readonly { key: string; label: string; ctx: C }[],
  rule: Rule<C>,
  none: (c: C) => Finding,
): Rule<C> => ({ ...meta, kind: "every", items, rule, none });
export const doctrine = <C>(meta: RuleMeta, sw: string, branches: Record<string, Rule<C>>): Rule<C> => ({
  ...meta,
  kind: "doctrine",
  switch: sw,
  branches,
});

/** Findings, tersely: with a reason code (or, in rules not yet converted, an English text). */
const why = (r: Reason | string): { reason: Reason } | { because: string } => (isReason(r) ? { reason: r } : { because: r });
export const yes = (r: Reason | string, facts: string[] = []): Finding => ({ value: "yes", ...why(r), facts });
export const no = (r: Reason | string, facts: string[] = []): Finding => ({ value: "no", ...why(r), facts });
export const unknown = (r: Reason | string, missing: string[], facts: string[] = []): Finding => ({ value: "unknown", ...why(r), facts, missing });
