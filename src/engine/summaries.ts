// The reasons of composite nodes (all, any, unless, some, every): made from their children when an
// answer is rendered, never stored. `names` are the children's labels, already in the language.
import { reasons, type Reason, type Words } from "./reason.js";
import type { ProofNode } from "./rule.js";

/** What proofReason reads of a node: a proof node (evaluate), or a concluded one (conclude). */
export type ProofLike = Pick<ProofNode, "label" | "kind" | "value" | "weight" | "reason" | "because"> & { readonly children: readonly ProofLike[] };

type Names = { names: readonly string[] };
type Name = { name: string };
type Why = { why: string | Reason };

const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());

/**
 * Names in a Japanese wording: the explainer gives them in Japanese already; a rule that quotes a
 * subtree it evaluated itself (proofReason) gives the law's English labels, which the renderer
 * translates (src/render/ja-labels.ts registers it). Idempotent on Japanese names.
 */
let jaName: (name: string) => string = (x) => x;
export const setJapaneseNames = (f: (name: string) => string): void => void (jaName = f);
const ja = (xs: readonly string[]) => xs.map((x) => jaName(x));

export const COMPOSITE = reasons("node", {
  allHold: { en: () => "all conditions hold", ja: () => "すべての要件を満たす" },
  fails: { en: (a: Names) => `fails: ${lower(a.names).join("; ")}`, ja: (a) => `不充足：${ja(a.names).join("、")}` },
  unknownOf: { en: (a: Names) => `unknown: ${lower(a.names).join("; ")}`, ja: (a) => `不明：${ja(a.names).join("、")}` },
  holdsAny: { en: (a: Name) => `holds: ${a.name.toLowerCase()}`, ja: (a) => `充足：${jaName(a.name)}` },
  exceptionApplies: { en: (a: Why, w: Words) => `the exception applies: ${w.reason(a.why)}`, ja: (a, w) => `例外が適用される：${w.reason(a.why)}` },
  exceptionUnknown: { en: (a: Why, w: Words) => `unknown whether the exception applies: ${w.reason(a.why)}`, ja: (a, w) => `例外が適用されるか不明：${w.reason(a.why)}` },
  holdsFor: { en: (a: Name) => `holds for ${a.name}`, ja: (a) => `${jaName(a.name)}について充足` },
  failsForEvery: { en: (a: Names) => `fails for every candidate (${a.names.join("; ")})`, ja: (a) => `いずれの候補についても不充足（${ja(a.names).join("、")}）` },
  undeterminedFor: { en: (a: Names) => `undetermined for ${a.names.join("; ")}`, ja: (a) => `${ja(a.names).join("、")}について未確定` },
  holdsForEach: { en: (a: Names) => `holds for each (${a.names.join("; ")})`, ja: (a) => `各々について充足（${ja(a.names).join("、")}）` },
  failsFor: { en: (a: Names) => `fails for ${a.names.join("; ")}`, ja: (a) => `${ja(a.names).join("、")}について不充足` },
  /** A rule's legacy text, where a subtree it quotes has no reason code (shown as written). */
  asWritten: { en: (a: { text: string }) => a.text, ja: (a) => a.text },
});

/**
 * The reason of a node a rule evaluated itself (src/engine/rule.ts `evaluate`) to quote it in its
 * own reason: a leaf's code, a composite's summary of its children, as the explainer would say it.
 */
export function proofReason(n: ProofLike): Reason {
  if (n.reason) return n.reason;
  const kids = n.children;
  const counted = kids.filter((c) => c.weight !== "evidence");
  const names = (v: ProofLike["value"], of: readonly ProofLike[] = counted) => of.filter((c) => c.value === v).map((c) => c.label);
  switch (n.kind) {
    case "doctrine":
      return kids[0] ? proofReason(kids[0]) : COMPOSITE.asWritten({ text: n.because });
    case "all":
    case "any":
      if (n.value === "yes") return n.kind === "any" ? COMPOSITE.holdsAny({ name: kids.find((c) => c.value === "yes")!.label }) : COMPOSITE.allHold();
      return n.value === "no" ? COMPOSITE.fails({ names: names("no") }) : COMPOSITE.unknownOf({ names: names("unknown") });
    case "unless": {
      const [main, exception] = kids;
      if (exception.value === "yes") return COMPOSITE.exceptionApplies({ why: proofReason(exception) });
      if (n.value === "yes" || main.value !== "yes") return proofReason(main);
      return COMPOSITE.exceptionUnknown({ why: proofReason(exception) });
    }
    case "some":
      if (!kids.length) break;
      if (n.value === "yes") return COMPOSITE.holdsFor({ name: kids.find((c) => c.value === "yes")!.label });
      return n.value === "no" ? COMPOSITE.failsForEvery({ names: kids.map((c) => c.label) }) : COMPOSITE.undeterminedFor({ names: names("unknown", kids) });
    case "every":
      if (!kids.length) break;
      if (n.value === "yes") return COMPOSITE.holdsForEach({ names: kids.map((c) => c.label) });
      return n.value === "no" ? COMPOSITE.failsFor({ names: names("no", kids) }) : COMPOSITE.undeterminedFor({ names: names("unknown", kids) });
  }
  return COMPOSITE.asWritten({ text: n.because });
}
