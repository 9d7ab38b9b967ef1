// The reasons of composite nodes (all, any, unless, some, every): made from their children when an
// answer is rendered, never stored. `names` are the children's labels, already in the language.
import { reasons } from "./reason.js";

type Names = { names: readonly string[] };
type Name = { name: string };
type Why = { why: string };

const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());

export const COMPOSITE = reasons("node", {
  allHold: { en: () => "all conditions hold", ja: () => "すべての要件を満たす" },
  fails: { en: (a: Names) => `fails: ${lower(a.names).join("; ")}`, ja: (a) => `不充足：${a.names.join("、")}` },
  unknownOf: { en: (a: Names) => `unknown: ${lower(a.names).join("; ")}`, ja: (a) => `不明：${a.names.join("、")}` },
  holdsAny: { en: (a: Name) => `holds: ${a.name.toLowerCase()}`, ja: (a) => `充足：${a.name}` },
  exceptionApplies: { en: (a: Why) => `the exception applies: ${a.why}`, ja: (a) => `例外が適用される：${a.why}` },
  exceptionUnknown: { en: (a: Why) => `unknown whether the exception applies: ${a.why}`, ja: (a) => `例外が適用されるか不明：${a.why}` },
  holdsFor: { en: (a: Name) => `holds for ${a.name}`, ja: (a) => `${a.name}について充足` },
  failsForEvery: { en: (a: Names) => `fails for every candidate (${a.names.join("; ")})`, ja: (a) => `いずれの候補についても不充足（${a.names.join("、")}）` },
  undeterminedFor: { en: (a: Names) => `undetermined for ${a.names.join("; ")}`, ja: (a) => `${a.names.join("、")}について未確定` },
  holdsForEach: { en: (a: Names) => `holds for each (${a.names.join("; ")})`, ja: (a) => `各々について充足（${a.names.join("、")}）` },
  failsFor: { en: (a: Names) => `fails for ${a.names.join("; ")}`, ja: (a) => `${a.names.join("、")}について不充足` },
});
