// Labels: the words a government uses ("collective self-defence", "international peace
// cooperation activity") against the basis the law actually offers. A label that names no legal
// basis, or names one that is not available while another is, is flagged with the basis that fits.
import type { BasisId, BasisResult, LabelFlag } from "../analysis/result.js";
import type { Model } from "../scenario/model.js";
import type { UseOfForce } from "../scenario/schema.js";

/** Words that name a basis; checked in order (the more specific first). */
const NAMES: [RegExp, BasisId[]][] = [
  [/individual and collective self.?defen[cs]e/i, ["individual-self-defence", "collective-self-defence"]],
  [/collective self.?defen[cs]e|collective defen[cs]e|art(icle)?\.? ?5\b/i, ["collective-self-defence"]],
  [/self.?defen[cs]e|art(icle)?\.? ?51/i, ["individual-self-defence"]],
  [/collective security|authori[sz]|chapter vii|all necessary (means|measures)|resolution/i, ["collective-security"]],
  [/regional|art(icle)?\.? ?53/i, ["regional-enforcement"]],
  [/invitation|consent|at the request of the government|intervention by invitation/i, ["consent"]],
  [/humanitarian/i, ["humanitarian-intervention"]],
  [/nationals|rescue of citizens/i, ["protection-of-nationals"]],
  [/reprisal|retaliation/i, ["reprisal"]],
  [/uniting for peace|general assembly/i, ["uniting-for-peace"]],
  [/self.?help/i, ["self-help"]],
];

export function basesNamedBy(label: string): BasisId[] {
  for (const [re, ids] of NAMES) if (re.test(label)) return ids;
  return [];
}

export function checkLabels(m: Model, use: UseOfForce, bases: BasisResult[]): LabelFlag[] {
  const fits = bases.filter((b) => b.status === "available").map((b) => b.basis);
  const fitText = fits.length ? `the basis that fits is ${fits.join(", ")}` : "no basis is available";
  return (use.claims ?? []).map((claim) => {
    const named = claim.basis ? [claim.basis as BasisId] : basesNamedBy(claim.label);
    const by = claim.by ? m.name(claim.by) : undefined;
    const base = { label: claim.label, by: claim.by, fits };
    if (named.length === 0)
      return { ...base, kind: "names-no-basis", message: `"${claim.label}" names no legal basis for the use of force; ${fitText}` } as LabelFlag;
    const results = named.map((id) => bases.find((b) => b.basis === id)).filter((b): b is BasisResult => !!b);
    if (results.some((r) => r.status === "available"))
      return { ...base, kind: "fits", message: `"${claim.label}" names ${named.join(" / ")}, which is available` } as LabelFlag;
    const status = results.map((r) => r.status);
    const kind: LabelFlag["kind"] = status.includes("contested") ? "basis-contested" : status.includes("undetermined") ? "basis-undetermined" : "basis-not-available";
    const what = kind === "basis-contested" ? "contested" : kind === "basis-undetermined" ? "undetermined" : "not available";
    return {
      ...base,
      kind,
      message: `"${claim.label}"${by ? ` (${by})` : ""} names ${named.join(" / ")}, which is ${what}${
        fits.length ? `, while ${fits.join(", ")} is available${kind === "basis-contested" ? " beyond dispute" : ": the label does not match what the law allows"}` : `; ${fitText}`
      }`,
    } as LabelFlag;
  });
}
