// The relevance query: what would have to be true for a basis to hold, and which unknown fact
// would decide it. Works on the proof tree alone (no re-reading of facts), so the CLI, the API and
// any front end ask the same question the same way.
import type { BasisId, BasisResult, BasisStatus, ConditionResult } from "../answer/types.js";
import { contestOf } from "../law/contest.js";
import { and, or, type Tri } from "../engine/tri.js";
import { analyze, UsageError, type AnalyzeOptions } from "./analyze.js";
import type { Situation } from "../scenario/schema.js";

export interface ConditionRef {
  id: string;
  label: string;
  status: ConditionResult["status"];
  because: string;
  /** The facts (JSON paths) to change or establish. */
  facts: string[];
  /** Where the same condition stands for several candidates or acting states: the ids of the others (listed once). */
  alsoIds?: string[];
}

export interface Explanation {
  use: string;
  basis: BasisId;
  date: string;
  status: BasisResult["status"];
  summary: string;
  /** Smallest sets of conditions that, if they held, would make the basis available. */
  flips: ConditionRef[][];
  /** Unknown conditions whose answer decides the basis as things stand: the basis's status if it holds and if it fails (and, where that is contested, the default positions' answer). */
  deciding: (ConditionRef & { ifSatisfied: BasisStatus; ifFailed: BasisStatus; ifSatisfiedByDefault?: BasisStatus; ifFailedByDefault?: BasisStatus })[];
  /** Unknown conditions that do not matter as things stand. */
  irrelevant: ConditionRef[];
  /** For a contested basis: the doctrine positions under which it is available. */
  availableUnder: Record<string, string>[];
}

const TRI: Record<string, Tri> = { satisfied: "yes", failed: "no", unknown: "unknown", contested: "unknown" };
const STATUS: Record<Tri, BasisStatus> = { yes: "available", no: "not-available", unknown: "undetermined" };
const MAX_SET = 3;
const MAX_CANDIDATES = 30;

type Positions = Readonly<Record<string, string | undefined>>;

/** A contested node's status under one world's positions (its entry whose positions the world shares). */
function statusIn(n: ConditionResult, world: Positions | undefined): Tri {
  if (n.status !== "contested" || !world || !n.byPosition) return TRI[n.status];
  const p = n.byPosition.find((x) => Object.entries(x.positions).every(([k, v]) => world[k] === v));
  return p ? TRI[p.status] : "unknown";
}

/** The value of a condition tree when some leaves are assumed (in one world of doctrine positions, if given). */
export function valueWith(n: ConditionResult, assumed: ReadonlyMap<string, Tri>, world?: Positions): Tri {
  const a = assumed.get(n.id);
  if (a !== undefined) return a;
  if (n.children.length === 0) return statusIn(n, world);
  const kids = n.children.filter((c) => !c.evidenceOnly).map((c) => valueWith(c, assumed, world));
  switch (n.kind) {
    case "any":
    case "some":
      return or(kids);
    case "unless": {
      const [main, exception] = kids;
      return and([main, exception === "yes" ? "no" : exception === "no" ? "yes" : "unknown"]);
    }
    case "doctrine":
      return kids[0] ?? statusIn(n, world);
    default:
      return and(kids);
  }
}

function leaves(n: ConditionResult): ConditionResult[] {
  if (n.evidenceOnly) return [];
  return n.children.length === 0 ? [n] : n.children.flatMap(leaves);
}

/**
 * The same condition repeated for several candidates or acting states (same label, reason and
 * facts) is one condition: assumed together, listed once.
 */
function groups(ls: readonly ConditionResult[]): ConditionResult[][] {
  const by = new Map<string, ConditionResult[]>();
  for (const l of ls) {
    const k = `${l.label}\u0000${l.because}\u0000${(l.missing.length ? l.missing : l.facts).join(",")}`;
    const g = by.get(k);
    if (g) g.push(l);
    else by.set(k, [l]);
  }
  return [...by.values()];
}

const ref = (g: readonly ConditionResult[]): ConditionRef => {
  const n = g[0];
  const r: ConditionRef = { id: n.id, label: n.label, status: n.status, because: n.because, facts: n.missing.length ? n.missing : n.facts };
  if (g.length > 1) r.alsoIds = g.slice(1).map((x) => x.id);
  return r;
};

export function explainBasis(b: BasisResult, use: string, date: string): Explanation {
  const root: ConditionResult = { id: "root", label: b.label, kind: "all", status: "unknown", because: "", citations: [], facts: [], missing: [], children: b.conditions };
  const worlds = b.positions?.length ? b.positions : [{ positions: {}, status: b.status, isDefault: true }];
  /** The basis's status with some conditions assumed: each world's answer, contested by the standing rule (src/law/contest.ts). */
  const statusWith = (assumed: ReadonlyMap<string, Tri>, onlyDefault = false): BasisStatus => {
    const answers = worlds.filter((w) => !onlyDefault || w.isDefault).map((w) => ({ positions: w.positions as Record<string, string>, value: valueWith(root, assumed, w.positions), isDefault: w.isDefault }));
    const c = contestOf(answers);
    return c.contested ? "contested" : STATUS[c.value];
  };
  const assume = (gs: readonly ConditionResult[][], v: Tri) => new Map(gs.flat().map((c) => [c.id, v]));

  const open = groups(leaves(root).filter((l) => l.status !== "satisfied")).slice(0, MAX_CANDIDATES);
  const flips: ConditionResult[][][] = [];
  const isSuperset = (set: ConditionResult[][]) => flips.some((f) => f.every((x) => set.includes(x)));
  const search = (start: number, chosen: ConditionResult[][], size: number) => {
    if (chosen.length === size) {
      if (!isSuperset(chosen) && statusWith(assume(chosen, "yes")) === "available") flips.push([...chosen]);
      return;
    }
    for (let i = start; i < open.length; i++) search(i + 1, [...chosen, open[i]], size);
  };
  if (statusWith(new Map()) !== "available") for (let size = 1; size <= MAX_SET && flips.length < 12; size++) search(0, [], size);

  const deciding: Explanation["deciding"] = [];
  const irrelevant: ConditionRef[] = [];
  for (const g of groups(leaves(root).filter((x) => x.status === "unknown"))) {
    const ifSatisfied = statusWith(assume([g], "yes"));
    const ifFailed = statusWith(assume([g], "no"));
    if (ifSatisfied === ifFailed) {
      irrelevant.push(ref(g));
      continue;
    }
    const d: Explanation["deciding"][number] = { ...ref(g), ifSatisfied, ifFailed };
    if (ifSatisfied === "contested") d.ifSatisfiedByDefault = statusWith(assume([g], "yes"), true);
    if (ifFailed === "contested") d.ifFailedByDefault = statusWith(assume([g], "no"), true);
    deciding.push(d);
  }
  return {
    use,
    basis: b.basis,
    date,
    status: b.status,
    summary: b.summary,
    flips: flips.map((f) => f.map(ref)),
    deciding,
    irrelevant,
    availableUnder: (b.positions ?? []).filter((p) => p.status === "available").map((p) => p.positions as Record<string, string>),
  };
}

export function explain(situation: Situation, useId: string, basis: BasisId, options: AnalyzeOptions = {}): Explanation {
  const a = analyze(situation, { ...options, uses: [useId] });
  const u = a.uses[0];
  const b = u.bases.find((x) => x.basis === basis);
  if (!b) throw new UsageError(`basis "${basis}" is not judged for ${useId} (judged: ${u.bases.map((x) => x.basis).join(", ")})`);
  return explainBasis(b, useId, u.date);
}
