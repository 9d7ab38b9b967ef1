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
  const walk = (n: ConditionResult, candidate: string | undefined) => {
    if (n.evidenceOnly || n.status !== want) return;
    const items = n.kind === "some" || n.kind === "every";
    // A contested node is decisive where none of its children is itself contested.
    const kids = n.children.filter((c) => !c.evidenceOnly && c.status === want);
    if (kids.length === 0 || (n.kind === "doctrine" && n.children.every((c) => c.children.length === 0))) {
      found.push({ node: n, candidate });
      return;
    }
    for (const k of kids) walk(k, items ? (keyOf(k) ?? candidate) : candidate);
  };
  for (const c of b.conditions) walk(c, b.conditions.length > 1 ? keyOf(c) : undefined);
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

