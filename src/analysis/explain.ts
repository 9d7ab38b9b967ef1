// The relevance query: what would have to be true for a basis to hold, and which unknown fact
// would decide it. Works on the proof tree alone (no re-reading of facts), so the CLI, the API and
// any front end ask the same question the same way.
import type { BasisId, BasisResult, ConditionResult } from "./result.js";
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
}

export interface Explanation {
  use: string;
  basis: BasisId;
  date: string;
  status: BasisResult["status"];
  summary: string;
  /** Smallest sets of conditions that, if they held, would make the basis available. */
  flips: ConditionRef[][];
  /** Unknown conditions whose answer decides the basis as things stand. */
  deciding: (ConditionRef & { ifSatisfied: Tri; ifFailed: Tri })[];
  /** Unknown conditions that do not matter as things stand. */
  irrelevant: ConditionRef[];
  /** For a contested basis: the doctrine positions under which it is available. */
  availableUnder: Record<string, string>[];
}

const TRI: Record<string, Tri> = { satisfied: "yes", failed: "no", unknown: "unknown", contested: "unknown" };
const MAX_SET = 3;
const MAX_CANDIDATES = 30;

/** The value of a condition tree when some leaves are assumed. */
export function valueWith(n: ConditionResult, assumed: ReadonlyMap<string, Tri>): Tri {
  if (n.children.length === 0) return assumed.get(n.id) ?? TRI[n.status];
  const kids = n.children.filter((c) => !c.evidenceOnly).map((c) => valueWith(c, assumed));
  switch (n.kind) {
    case "any":
    case "some":
      return or(kids);
    case "unless": {
      const [main, exception] = kids;
      return and([main, exception === "yes" ? "no" : exception === "no" ? "yes" : "unknown"]);
    }
    case "doctrine":
      return kids[0] ?? TRI[n.status];
    default:
      return and(kids);
  }
}

function leaves(n: ConditionResult): ConditionResult[] {
  if (n.evidenceOnly) return [];
  return n.children.length === 0 ? [n] : n.children.flatMap(leaves);
}

const ref = (n: ConditionResult): ConditionRef => ({ id: n.id, label: n.label, status: n.status, because: n.because, facts: n.missing.length ? n.missing : n.facts });

export function explainBasis(b: BasisResult, use: string, date: string): Explanation {
  const root: ConditionResult = { id: "root", label: b.label, kind: "all", status: "unknown", because: "", citations: [], facts: [], missing: [], children: b.conditions };
  const all = leaves(root);
  const open = all.filter((l) => l.status !== "satisfied").slice(0, MAX_CANDIDATES);

  const flips: ConditionResult[][] = [];
  const isSuperset = (set: ConditionResult[]) => flips.some((f) => f.every((x) => set.includes(x)));
  const search = (start: number, chosen: ConditionResult[], size: number) => {
    if (chosen.length === size) {
      if (isSuperset(chosen)) return;
      const assumed = new Map(chosen.map((c) => [c.id, "yes" as Tri]));
      if (valueWith(root, assumed) === "yes") flips.push([...chosen]);
      return;
    }
    for (let i = start; i < open.length; i++) search(i + 1, [...chosen, open[i]], size);
  };
  if (valueWith(root, new Map()) !== "yes") for (let size = 1; size <= MAX_SET && flips.length < 12; size++) search(0, [], size);

  const deciding: Explanation["deciding"] = [];
  const irrelevant: ConditionRef[] = [];
  for (const l of all.filter((x) => x.status === "unknown")) {
    const ifSatisfied = valueWith(root, new Map([[l.id, "yes"]]));
    const ifFailed = valueWith(root, new Map([[l.id, "no"]]));
    if (ifSatisfied !== ifFailed) deciding.push({ ...ref(l), ifSatisfied, ifFailed });
    else irrelevant.push(ref(l));
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
