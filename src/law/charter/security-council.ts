// How a Council resolution is read: was it adopted (Art. 27), what did the Council do with it.
// Shared by collective security, regional enforcement and the Art. 51 "until" clause.
import type { Finding } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import type { Model } from "../../scenario/model.js";
import type { Resolution } from "../../scenario/schema.js";

/** The day the amendment raising the majority from seven to nine entered into force (GA res 1991 A (XVIII)). */
const NINE_VOTES_FROM = "1965-08-31";

export const symbolOf = (r: Resolution) => r.symbol ?? r.id;

/**
 * Art. 27(3): an affirmative vote of nine members (seven before 31 August 1965) including the
 * concurring votes of the permanent members, read in practice as "no negative vote": abstention,
 * absence and non-participation are not vetoes (Namibia para 22; un-charter.md note B2). A
 * procedural vote (Art. 27(2)) carries no veto.
 */
export function adoption(m: Model, r: Resolution): Finding {
  const sym = symbolOf(r);
  if (r.organ === "general-assembly") return { value: "yes", because: `${sym} is a General Assembly resolution`, facts: [m.path("resolutions", r.id)] };
  if (!r.votes) {
    if (r.adoptedAsRecorded || r.dataset !== undefined || r.adopted)
      return { value: "yes", because: `${sym} adopted on ${r.adopted} (taken as recorded)`, facts: [m.path("resolutions", r.id, "adopted")] };
    return { value: "unknown", because: `whether ${sym} was adopted is not recorded`, facts: [], missing: [m.path("resolutions", r.id, "votes")] };
  }
  const v = r.votes;
  const affirmative = typeof v.for === "number" ? v.for : v.for.length;
  const needed = r.adopted && r.adopted < NINE_VOTES_FROM ? 7 : 9;
  const vetoes = r.votes.procedural ? [] : v.against.filter((s) => m.isPermanentMember(s));
  const facts = [m.path("resolutions", r.id, "votes")];
  const nonVotes = [...v.abstain.filter((s) => m.isPermanentMember(s)), ...v.absent.filter((s) => m.isPermanentMember(s))];
  const note = nonVotes.length ? `; ${nonVotes.map((s) => m.name(s)).join(", ")} abstained or was absent, which is not a veto` : "";
  if (affirmative < needed) return { value: "no", because: `${sym} had ${affirmative} affirmative votes, fewer than the ${needed} required`, facts };
  if (vetoes.length) return { value: "no", because: `${sym} was vetoed by ${vetoes.map((s) => m.name(s)).join(", ")} (negative vote of a permanent member)`, facts };
  return { value: "yes", because: `${sym} adopted by ${affirmative} votes with no negative vote of a permanent member${note}`, facts };
}

export const adoptedBy = (m: Model, r: Resolution, date: string) =>
  r.adopted ? onOrBefore(r.adopted, date) : ("unknown" as const);

/** The states a resolution is about: named in `concerns`, or the state its determination condemns. */
export function concerns(r: Resolution): string[] {
  const det = typeof r.determination === "object" ? r.determination.against : undefined;
  return [...(r.concerns ?? []), ...(det ? [det] : [])];
}

export const determinationKind = (r: Resolution) => (typeof r.determination === "object" ? r.determination.kind : r.determination);
