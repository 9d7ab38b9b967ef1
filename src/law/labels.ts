// Labels: the words a government uses ("collective self-defence", "international peace
// cooperation activity") against the basis the law actually offers. A label that names no legal
// basis, or names one that is not available while another is, is flagged with the basis that fits.
// What "fits" follows the standing rule (src/law/contest.ts, issue 7 principle 11): a basis
// available on the default positions is named as such even where it is contested, and one
// available only under a position most authority rejects is said to be so, never "available".
import type { BasisId, BasisResult, LabelFlag } from "../answer/types.js";
import { reasons, renderReason, type Reason } from "../engine/reason.js";
import { fact, type Model } from "../scenario/model.js";
import type { UseOfForce } from "../scenario/schema.js";
import { basisEn, basisJa, say } from "./wording.js";

/** Words that name a basis; checked in order (the more specific first). */
const NAMES: [RegExp, BasisId[]][] = [
  [/individual and collective self.?defen[cs]e/i, ["individual-self-defence", "collective-self-defence"]],
  [/collective self.?defen[cs]e|collective defen[cs]e|art(icle)?\.? ?5\b/i, ["collective-self-defence"]],
  [/self.?defen[cs]e|art(icle)?\.? ?51/i, ["individual-self-defence"]],
  [/collective security|authori[sz]|chapter vii|all necessary (means|measures)|resolution/i, ["collective-security"]],
  [/regional|art(icle)?\.? ?53/i, ["regional-enforcement"]],
  [/invitation|consent|at the request of the government|intervention by invitation/i, ["consent"]],
  // Force "on humanitarian grounds" names the claimed right; humanitarian assistance or relief names no basis.
  [/humanitarian (intervention|necessity|grounds|catastrophe)|intervention on humanitarian/i, ["humanitarian-intervention"]],
  // Protecting or rescuing nationals by force names the claimed right; transporting or evacuating them names none.
  [/(protect\w*|rescu\w*|defen[cs]\w*) (of )?(its |our |their )?(own )?(nationals|citizens)|(nationals|citizens)'?s? (protection|rescue)/i, ["protection-of-nationals"]],
  [/reprisal|retaliation/i, ["reprisal"]],
  [/uniting for peace|general assembly/i, ["uniting-for-peace"]],
  [/self.?help/i, ["self-help"]],
];

export function basesNamedBy(label: string): BasisId[] {
  for (const [re, ids] of NAMES) if (re.test(label)) return ids;
  return [];
}

const STATUS_EN = { available: "available", "not-available": "not available", undetermined: "undetermined", contested: "contested" } as const;
const STATUS_JA = { available: "利用可能", "not-available": "利用できない", undetermined: "未確定", contested: "争いがある" } as const;
type Status = keyof typeof STATUS_EN;

/** What is available on the date: beyond dispute, on the default positions only (contested), or nothing. */
interface Fit {
  fits: readonly string[];
  /** Contested bases available on the default positions. */
  byDefault: readonly string[];
  /** Some basis is contested (available under a position of real standing, not on the defaults). */
  contested?: boolean;
}

const fitEn = (f: Fit, w: { list: (x: readonly string[]) => string }) =>
  f.fits.length
    ? `the basis that fits is ${w.list(basisEn(f.fits))}`
    : f.byDefault.length
      ? `${w.list(basisEn(f.byDefault))} is available on the default positions, though contested`
      : f.contested
        ? "no basis is available on the default positions"
        : "no basis is available";
const fitJa = (f: Fit, w: { list: (x: readonly string[]) => string }) =>
  f.fits.length ? `適合する根拠は${w.list(basisJa(f.fits))}である` : f.byDefault.length ? `${w.list(basisJa(f.byDefault))}は、争いはあるものの、標準の立場では利用可能である` : f.contested ? "標準の立場では利用可能な根拠はない" : "利用可能な根拠はない";

const R = reasons("labels", {
  // Conduct that is not a use of force needs no basis under art 2(4): a label naming none is no mismatch.
  notForceNoBasis: say(
    (a: { label: string }) => `"${a.label}" names no legal basis for the use of force, and none is needed: the conduct is not a use of force (art 2(4) not engaged)`,
    (a) => `「${a.label}」は武力行使の法的根拠を示していないが、その必要はない。当該行為は武力の行使ではない（憲章2条4項は問題とならない）`,
  ),
  namesNoBasis: say(
    (a: { label: string; fit: Fit }, w) => `"${a.label}" names no legal basis for the use of force; ${fitEn(a.fit, w)}`,
    (a, w) => `「${a.label}」は武力行使の法的根拠を示していない。${fitJa(a.fit, w)}`,
  ),
  fits: say(
    (a: { label: string; named: string[] }, w) => `"${a.label}" names ${w.list(basisEn(a.named))}, which is available`,
    (a, w) => `「${a.label}」は${w.list(basisJa(a.named))}を示しており、それは利用可能である`,
  ),
  mismatch: say(
    (a: { label: string; by?: string; named: string[]; status: Status; defaultAvailable: boolean; rejectedOnly?: string; fit: Fit }, w) => {
      const head = `"${a.label}"${a.by ? ` (${a.by})` : ""} names ${basisEn(a.named).join(" / ")}, which is ${STATUS_EN[a.status]}`;
      const own = a.defaultAvailable ? ": available on the default positions" : a.rejectedOnly ? `: available only under ${a.rejectedOnly}, a position most authority rejects` : "";
      const others = a.fit.fits.filter((f) => !a.named.includes(f));
      const tail = others.length
        ? `, while ${w.list(basisEn(others))} is available${a.status === "contested" ? " beyond dispute" : ": the label does not match what the law allows"}`
        : a.defaultAvailable
          ? ""
          : `; ${fitEn({ ...a.fit, byDefault: a.fit.byDefault.filter((f) => !a.named.includes(f)) }, w)}`;
      return head + own + tail;
    },
    (a, w) => {
      const head = `「${a.label}」${a.by ? `（${a.by}）` : ""}は${basisJa(a.named).join("／")}を示しているが、それは${STATUS_JA[a.status]}`;
      const own = a.defaultAvailable ? "（標準の立場では利用可能）" : a.rejectedOnly ? `（${a.rejectedOnly}の下でのみ利用可能であるが、この立場は大多数の見解により否定されている）` : "";
      const others = a.fit.fits.filter((f) => !a.named.includes(f));
      const tail = others.length
        ? `。他方、${w.list(basisJa(others))}は${a.status === "contested" ? "争いなく" : ""}利用可能である${a.status === "contested" ? "" : "。名称は法が認めるものと一致しない"}`
        : a.defaultAvailable
          ? ""
          : `。${fitJa({ ...a.fit, byDefault: a.fit.byDefault.filter((f) => !a.named.includes(f)) }, w)}`;
      return head + own + tail;
    },
  ),
});

/** Available on the default positions: available, or contested with the default world available. */
const availableByDefault = (b: BasisResult) => b.status === "contested" && (b.positions ?? []).some((p) => p.isDefault && p.status === "available");

/** "X=p" where the basis is available only under a position most authority rejects (from its summary: src/law/contest.ts rejectedNote). */
const rejectedOnly = (b: BasisResult) => /; available only under ([^;]+), (?:a position|positions) most authority rejects/.exec(b.summary)?.[1];

export function checkLabels(m: Model, use: UseOfForce, bases: BasisResult[]): LabelFlag[] {
  const fits = bases.filter((b) => b.status === "available").map((b) => b.basis);
  const fit: Fit = { fits, byDefault: bases.filter(availableByDefault).map((b) => b.basis), contested: bases.some((b) => b.status === "contested") };
  const flag = (base: Omit<LabelFlag, "message" | "kind">, kind: LabelFlag["kind"], reason: Reason) => ({ ...base, kind, message: renderReason(reason, "en"), reason }) as LabelFlag;
  return (use.claims ?? []).map((claim) => {
    const named = claim.basis ? [claim.basis as BasisId] : basesNamedBy(claim.label);
    const by = claim.by ? m.name(claim.by) : undefined;
    const base = { label: claim.label, by: claim.by, fits };
    if (named.length === 0)
      return fact(use.isForce, "yes").value === "no" ? flag(base, "fits", R.notForceNoBasis({ label: claim.label })) : flag(base, "names-no-basis", R.namesNoBasis({ label: claim.label, fit }));
    const results = named.map((id) => bases.find((b) => b.basis === id)).filter((b): b is BasisResult => !!b);
    if (results.some((r) => r.status === "available")) return flag(base, "fits", R.fits({ label: claim.label, named }));
    const status = results.map((r) => r.status);
    const kind: LabelFlag["kind"] = status.includes("contested") ? "basis-contested" : status.includes("undetermined") ? "basis-undetermined" : "basis-not-available";
    const what: Status = kind === "basis-contested" ? "contested" : kind === "basis-undetermined" ? "undetermined" : "not-available";
    return flag(
      base,
      kind,
      R.mismatch({ label: claim.label, by, named, status: what, defaultAvailable: results.some(availableByDefault), rejectedOnly: results.map(rejectedOnly).find(Boolean), fit }),
    );
  });
}
