// What a rule of Japan's law is evaluated against: the situation, the SDF action, the date of the
// facts, the date whose law applies, the international answer (reforms and the pair read it), and
// whatever candidate a rule is looking at (a victim, an attack, a resolution).
import type { EvalContext, Finding } from "../../engine/rule.js";
import { before, onOrBefore } from "../../engine/dates.js";
import type { Tri } from "../../engine/tri.js";
import type { BasisResult, Commitment } from "../../answer/types.js";
import { reasons, type Reason } from "../../engine/reason.js";
import { fact, list, scope, type FactValue, type Model, type ScopeValue } from "../../scenario/model.js";
import type { Attack, JapanAction, Resolution, ScopeFact, TriFact, UseOfForce } from "../../scenario/schema.js";
import type { DatedJapan } from "./dated.js";

export type Activity = JapanAction["activity"];

export interface JpCtx extends EvalContext {
  m: Model;
  use: UseOfForce;
  /** The japan block as it stood on the date of the facts (decisions in effect applied). */
  jp: JapanAction;
  /** The dated decisions: those in effect on the date, and those made but not yet in effect. */
  dated: DatedJapan;
  /** Japan's actor id: the state in the use's `by`. */
  japan: string;
  /** The date of the facts. */
  date: string;
  /** The date whose law applies. */
  law: string;
  bases: readonly BasisResult[];
  isForce: Tri;
  commitments: readonly Commitment[];
  victim?: string;
  attack?: Attack;
  resolution?: Resolution;
  /** A service of a support bundle, judged one by one. */
  service?: string;
}

/** Reasons shared by the layer's rules: an attack named, and a reason followed by what it means. */
export const R = reasons("jp", {
  attack: {
    en: (a: { description?: string; kind?: string; by: string; against: string; date: string }) => `${a.description ?? `${a.kind ?? "attack"} by ${a.by}`} on ${a.against} (${a.date})`,
    ja: (a: { description?: string; kind?: string; by: string; against: string; date: string }) => `${a.description ?? `${a.by}による${a.kind ?? "攻撃"}`}（対${a.against}、${a.date}）`,
  },
  /** A name the law data gives in both languages (an instrument, a regime). */
  named: { en: (a: { en: string; ja: string }) => a.en, ja: (a: { en: string; ja: string }) => a.ja },
  /** Two reasons that hold together. */
  and: { en: (a: { first: Reason; then: Reason }, w) => `${w.reason(a.first)}; ${w.reason(a.then)}`, ja: (a: { first: Reason; then: Reason }, w) => `${w.reason(a.first)}。${w.reason(a.then)}` },
});

export const jpPath = (c: JpCtx, field: string) => c.m.path("uses", c.use.id, `japan.${field}`);

/** The three reasons a stated fact can give: it holds, it does not, it is not known. */
export interface Says {
  yes: Reason;
  no: Reason;
  unknown: Reason;
}

/** A stated fact's own why and source (shown instead of the reason's words). */
export const factOf = (f: { stated: boolean; why?: string; source?: string }) => (f.stated && (f.why !== undefined || f.source !== undefined) ? { why: f.why, source: f.source } : undefined);

/** The reason with a stated fact's own why and source attached. */
export const withFact = (r: Reason, f: { stated: boolean; why?: string; source?: string }): Reason => {
  const x = factOf(f);
  return x ? { ...r, ...(x.why !== undefined ? { why: x.why } : {}), ...(x.source !== undefined ? { source: x.source } : {}) } : r;
};

/** A finding from a stated fact of the `japan` block: its own why if given, else the reason. */
export function from(f: FactValue | ScopeValue, path: string, says: Says): Finding {
  const v = f.value === "disputed" ? "unknown" : f.value;
  const r = withFact(says[v], f);
  if (v === "unknown") return { value: "unknown", reason: r, facts: [], missing: [path] };
  return { value: v, reason: r, facts: f.stated ? [path] : [] };
}

export const read = (f: TriFact | undefined, fallback?: Tri): FactValue => fact(f, fallback);
export const readScope = (f: ScopeFact | undefined): ScopeValue => scope(f);

// ---- attacks: what the action answers --------------------------------------------------------------

/** The attacks and infringements the action answers that have happened by the date of the facts. */
export function answered(c: JpCtx): Attack[] {
  return (c.m.situation.attacks ?? []).filter((a) => (!c.use.respondsTo || c.use.respondsTo.includes(a.id)) && onOrBefore(a.date, c.date) !== "no");
}

export const onJapan = (c: JpCtx) => answered(c).filter((a) => a.against === c.japan);
export const onOthers = (c: JpCtx) => answered(c).filter((a) => a.against !== c.japan && c.m.isState(a.against));

/** An attack, named for a reason: its description, or its kind and author; its victim and date. */
export const attackText = (c: JpCtx, a: Attack): Reason => R.attack({ description: a.description, kind: a.kind, by: c.m.name(a.by), against: c.m.name(a.against), date: a.date });

const INHERENTLY_GRAVE = new Set(["invasion", "bombardment", "blockade"]);

/** Does the attack reach an armed attack (not an infringement short of one)? */
export function armedAttack(a: Attack): Tri {
  if (a.kind === "support-to-rebels") return "no";
  const g = typeof a.gravity === "object" ? a.gravity.value : a.gravity;
  if (g === "armed-attack") return "yes";
  if (g === "lesser") return "no";
  if (g === undefined && a.kind && INHERENTLY_GRAVE.has(a.kind)) return "yes";
  return "unknown";
}

/** Is the author a state or a quasi-state organisation (国又は国に準ずる組織)? */
export function stateOrQuasiState(c: JpCtx, a: Attack): Tri {
  if (c.m.isState(a.by)) return "yes";
  const at = a.attribution;
  if (at && ["organ", "sent-by-or-on-behalf", "substantial-involvement"].includes(at.link)) {
    const est = fact(at.established);
    if (est.value !== "unknown") return est.value;
  }
  const stated = fact(c.jp.stateAdversary);
  if (stated.stated) return stated.value;
  if (at && ["none", "support-only", "harbouring"].includes(at.link)) return "no";
  return "unknown";
}

/** Has the attack been commenced (着手): occurred or under way, and established? */
export function commenced(a: Attack): Tri {
  if (fact(a.established, "yes").value === "no") return "no";
  if (a.stage === "occurred" || a.stage === "launched") return fact(a.established, "yes").value;
  return "no";
}

/** Is the attack over by the date of the facts (it ended before that day)? */
export const ended = (c: JpCtx, a: Attack): Tri => (a.end ? before(a.end, c.date) : "no");

// ---- places ---------------------------------------------------------------------------------------

/** The places of the action, each with the state whose territory it is ("international": none). */
export const places = (c: JpCtx) => list(c.use.where).map((w) => ({ id: w, state: c.m.territoryOf(w) }));

/** A foreign state's territory (land, territorial sea, airspace) among the places of the action. */
export const foreignTerritories = (c: JpCtx) => places(c).filter((p) => p.state !== undefined && p.state !== "international" && p.state !== c.japan);

/** Is the US-Japan Security Treaty in force between Japan and this state (per the situation)? */
export const treatyPartner = (c: JpCtx, state: string) => c.m.alliesOf(c.japan, state).some((al) => al.treaty === "us-japan-security-treaty");

/** The territorial state's consent to Japan, in force on the date of the facts. */
export function consentOf(c: JpCtx, state: string) {
  return (c.m.situation.consents ?? []).filter(
    (k) =>
      k.state === state &&
      (k.to === "all" || k.to.includes(c.japan)) &&
      onOrBefore(k.date, c.date) === "yes" &&
      (!k.withdrawn || onOrBefore(k.withdrawn, c.date) !== "yes") &&
      (!k.until || onOrBefore(c.date, k.until) !== "no"),
  );
}
