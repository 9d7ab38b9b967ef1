// The conditions that decide a basis, for a reader at first sight and for front ends: the failed
// leaves of a basis not available, the unknown ones of an undetermined basis, the contested ones
// of a contested basis. Repeated conditions (one per candidate or acting state) are shown once,
// with the candidates they stand for.
import type { BasisResult, ConditionResult } from "../answer/types.js";

export interface Decisive {
  node: ConditionResult;
  /** The keys of the candidates (victims, resolutions, acting states ...) the same finding stands for. */
  for: string[];
}

const WANT: Record<BasisResult["status"], ConditionResult["status"] | undefined> = {
  available: undefined,
  "not-available": "failed",
  undetermined: "unknown",
  contested: "contested",
};

/** The candidate key of an item's node: its id ends in `[key]/rule`. */
const keyOf = (n: ConditionResult): string | undefined => /\[([^\]]+)\]\/[^/[\]]*$/.exec(n.id)?.[1];

export function decisiveConditions(b: BasisResult, max = 6): Decisive[] {
  const want = WANT[b.status];
  if (!want) return [];
  // Several acting states: each finding also knows the state it was found for.
  const perState = b.conditions.length > 1 && b.conditions.every((c) => /^[^/]*actors\[[^\]]+\]\/[^/]+$/.test(c.id));
  const found: { node: ConditionResult; candidate?: string; state?: string }[] = [];
  // `through`: a status a composite may have on the way down to what is wanted (a contested basis's
  // unknown or failing leaves sit under contested nodes).
  const walk = (n: ConditionResult, candidate: string | undefined, state: string | undefined, want: ConditionResult["status"], through?: ConditionResult["status"]) => {
    if (n.evidenceOnly || (n.status !== want && n.status !== through)) return;
    const items = n.kind === "some" || n.kind === "every";
    // A contested node is decisive where none of its children is itself contested.
    const kids = n.children.filter((c) => !c.evidenceOnly && (c.status === want || c.status === through));
    if (kids.length === 0 || (n.kind === "doctrine" && n.children.every((c) => c.children.length === 0))) {
      if (n.status === want) found.push({ node: n, candidate, state });
      return;
    }
    for (const k of kids) walk(k, items ? (keyOf(k) ?? candidate) : candidate, state, want, through);
  };
  const start = (want: ConditionResult["status"], through?: ConditionResult["status"]) => {
    for (const c of b.conditions) {
      const key = b.conditions.length > 1 ? keyOf(c) : undefined;
      walk(c, perState ? undefined : key, perState ? key : undefined, want, through);
    }
  };
  start(want);
  // A contested basis: also what decides the default positions' answer where that is undetermined
  // or not available (the unknown fact, the failing condition), so the deciding fact is not hidden.
  const byDefault = b.status === "contested" ? b.positions?.find((p) => p.isDefault)?.status : undefined;
  const also = byDefault === "undetermined" ? "unknown" : byDefault === "not-available" ? "failed" : undefined;
  if (also) start(also, "contested");
  const groups = new Map<string, { node: ConditionResult; hits: { candidate?: string; state?: string }[] }>();
  for (const f of found) {
    const key = `${f.node.label}\u0000${f.node.because}`;
    const g = groups.get(key);
    if (g) g.hits.push(f);
    else groups.set(key, { node: f.node, hits: [f] });
  }
  const states = perState ? b.conditions.length : 0;
  return [...groups.values()].slice(0, max).map(({ node, hits }) => {
    // Named with its acting state where it does not hold for every one of them.
    const some = perState && new Set(hits.map((h) => h.state)).size < states;
    const names = hits.map((h) => (some ? (h.candidate ? `${h.state}: ${h.candidate}` : h.state) : h.candidate)).filter((x): x is string => !!x);
    return { node, for: [...new Set(names)] };
  });
}
