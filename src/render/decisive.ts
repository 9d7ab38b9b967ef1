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
  const found: { node: ConditionResult; candidate?: string }[] = [];
  // `through`: a status a composite may have on the way down to what is wanted (a contested basis's
  // unknown or failing leaves sit under contested nodes).
  const walk = (n: ConditionResult, candidate: string | undefined, want: ConditionResult["status"], through?: ConditionResult["status"]) => {
    if (n.evidenceOnly || (n.status !== want && n.status !== through)) return;
    const items = n.kind === "some" || n.kind === "every";
    // A contested node is decisive where none of its children is itself contested.
    const kids = n.children.filter((c) => !c.evidenceOnly && (c.status === want || c.status === through));
    if (kids.length === 0 || (n.kind === "doctrine" && n.children.every((c) => c.children.length === 0))) {
      if (n.status === want) found.push({ node: n, candidate });
      return;
    }
    for (const k of kids) walk(k, items && !perState ? (keyOf(k) ?? candidate) : candidate, want, through);
  };
  // Several acting states: each finding stands for the states it holds for (each state's own answer).
  const perState = b.conditions.length > 1 && b.conditions.every((c) => /^[^/]*actors\[[^\]]+\]\/[^/]+$/.test(c.id));
  for (const c of b.conditions) walk(c, b.conditions.length > 1 ? keyOf(c) : undefined, want);
  // A contested basis: also what decides the default positions' answer where that is undetermined
  // or not available (the unknown fact, the failing condition), so the deciding fact is not hidden.
  const byDefault = b.status === "contested" ? b.positions?.find((p) => p.isDefault)?.status : undefined;
  const also = byDefault === "undetermined" ? "unknown" : byDefault === "not-available" ? "failed" : undefined;
  if (also) for (const c of b.conditions) walk(c, b.conditions.length > 1 ? keyOf(c) : undefined, also, "contested");
  const byText = new Map<string, Decisive>();
  for (const f of found) {
    const key = `${f.node.label}\u0000${f.node.because}`;
    const d = byText.get(key);
    if (d) {
      if (f.candidate && !d.for.includes(f.candidate)) d.for.push(f.candidate);
    } else byText.set(key, { node: f.node, for: f.candidate ? [f.candidate] : [] });
  }
  return [...byText.values()].slice(0, max);
}
