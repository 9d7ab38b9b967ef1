// How a Council resolution is read: was it adopted (Art. 27), what did the Council do with it.
// Shared by collective security, regional enforcement and the Art. 51 "until" clause.
// Only an adopted Council resolution can authorise force: a draft put to the vote is adopted only
// if its votes say so; a presidential statement and a General Assembly resolution are other kinds
// of act (the Assembly recommends: Uniting for Peace is a claimed basis of its own).
import type { Finding } from "../../engine/rule.js";
import { no, unknown, yes } from "../../engine/rule.js";
import { reasons } from "../../engine/reason.js";
import { say } from "../wording.js";
import { onOrBefore } from "../../engine/dates.js";
import type { Model } from "../../scenario/model.js";
import type { Resolution } from "../../scenario/schema.js";

/** The day the amendment raising the majority from seven to nine entered into force (GA res 1991 A (XVIII)). */
const NINE_VOTES_FROM = "1965-08-31";

/** Art 27(3): the affirmative votes required on a date (seven before the 1965 amendment, nine after); unknown date: nine. */
export const votesRequired = (date: string | undefined): 7 | 9 => (date && date < NINE_VOTES_FROM ? 7 : 9);

export const symbolOf = (r: Resolution) => r.symbol ?? r.id;

/** The resolution's kind: resolution (default), draft or presidential statement. */
export const kindOf = (r: Resolution) => r.kind ?? "resolution";

/** The date the act dates from: adoption, or for a draft the vote. */
export const dateOf = (r: Resolution) => r.adopted ?? r.voted;

export const R = reasons("council", {
  generalAssembly: say(
    (a: { sym: string }) => `${a.sym} is a General Assembly resolution: the Assembly recommends, it does not decide on force`,
    (a) => `${a.sym}は国連総会決議である。総会は勧告するにとどまり、武力行使について決定しない`,
  ),
  presidentialStatement: say(
    (a: { sym: string; date?: string }) => `${a.sym} is a statement by the President of the Council${a.date ? ` (${a.date})` : ""}, not a resolution: it has no power to authorise force`,
    (a) => `${a.sym}は安保理議長声明${a.date ? `（${a.date}）` : ""}であって決議ではなく、武力行使を授権する効力はない`,
  ),
  takenAsRecorded: say(
    (a: { sym: string; date?: string }) => `${a.sym} adopted on ${a.date ?? "a date not recorded"} (taken as recorded)`,
    (a) => `${a.sym}は${a.date ?? "記録されていない日"}に採択された（記録どおりとする）`,
  ),
  adoptionUnknown: say(
    (a: { sym: string }) => `whether ${a.sym} was adopted is not recorded`,
    (a) => `${a.sym}が採択されたかどうかは記録されていない`,
  ),
  draftNoVotes: say(
    (a: { sym: string }) => `${a.sym} is a draft whose vote is not recorded: whether it was adopted is unknown`,
    (a) => `${a.sym}は投票結果が記録されていない決議案であり、採択されたかどうかは不明である`,
  ),
  tooFewVotes: say(
    (a: { sym: string; votes: number; needed: number; draft: boolean }) => `${a.sym} had ${a.votes} affirmative votes, fewer than the ${a.needed} required${a.draft ? ": the draft was not adopted" : ""}`,
    (a) => `${a.sym}の賛成票は${a.votes}票で、必要な${a.needed}票に満たない${a.draft ? "（決議案は採択されなかった）" : ""}`,
  ),
  vetoed: say(
    (a: { sym: string; by: string[] }, w) => `${a.sym} was vetoed by ${w.list(a.by)} (negative vote of a permanent member): it was not adopted`,
    (a, w) => `${a.sym}は採択されなかった。${w.list(a.by)}が反対票を投じた（常任理事国の反対投票）`,
  ),
  vetoUnknown: say(
    (a: { sym: string; against: number }) => `${a.sym}: ${a.against} negative votes are recorded without names, so whether a permanent member voted against is unknown`,
    (a) => `${a.sym}：反対${a.against}票が国名なしで記録されており、常任理事国が反対したかどうかは不明である`,
  ),
  numbered: say(
    (a: { sym: string; votes: number; against: number; abstain: number }) =>
      `${a.sym} adopted by ${a.votes} votes to ${a.against}, with ${a.abstain} abstentions (recorded as counts; a resolution given its number was adopted)`,
    (a) => `${a.sym}は賛成${a.votes}、反対${a.against}、棄権${a.abstain}で採択された（票数のみの記録。番号を付された決議は採択されたものである）`,
  ),
  adopted: say(
    (a: { sym: string; votes: number; procedural: boolean; abstained: string[]; notParticipating: string[]; absent: string[] }, w) => {
      const did = [
        a.abstained.length ? `${w.list(a.abstained)} abstained` : "",
        a.notParticipating.length ? `${w.list(a.notParticipating)} did not take part in the vote` : "",
        a.absent.length ? `${w.list(a.absent)} ${a.absent.length > 1 ? "were" : "was"} absent` : "",
      ].filter(Boolean);
      return `${a.sym} adopted by ${a.votes} votes${a.procedural ? " on a procedural matter (art 27(2): no veto)" : " with no negative vote of a permanent member"}${did.length ? `; ${did.join(", ")}, which is not a veto` : ""}`;
    },
    (a, w) => {
      const did = [
        a.abstained.length ? `${w.list(a.abstained)}は棄権した` : "",
        a.notParticipating.length ? `${w.list(a.notParticipating)}は投票に参加しなかった` : "",
        a.absent.length ? `${w.list(a.absent)}は欠席した` : "",
      ].filter(Boolean);
      return `${a.sym}は${a.votes}票の賛成により採択された${a.procedural ? "（手続事項：第27条2項により拒否権は及ばない）" : "（常任理事国の反対投票なし）"}${did.length ? `。${did.join("、")}が、これは拒否権の行使ではない` : ""}`;
    },
  ),
});

const count = (xs: number | string[]) => (typeof xs === "number" ? xs : xs.length);

/**
 * Art. 27(3): an affirmative vote of nine members (seven before 31 August 1965) including the
 * concurring votes of the permanent members, read in practice as "no negative vote": abstention,
 * absence and non-participation are not vetoes (Namibia para 22; un-charter.md note B2). A
 * procedural vote (Art. 27(2)) carries no veto.
 */
export function adoption(m: Model, r: Resolution): Finding {
  // A question of the situation only (never of the date or the doctrine): answered once per resolution.
  return m.memo(adoption, r, () => adoptionOf(m, r));
}

function adoptionOf(m: Model, r: Resolution): Finding {
  const sym = symbolOf(r);
  const facts = [m.path("resolutions", r.id, "votes")];
  if (r.organ === "general-assembly") return yes(R.generalAssembly({ sym }), [m.path("resolutions", r.id)]);
  if (kindOf(r) === "presidential-statement") return no(R.presidentialStatement({ sym, date: dateOf(r) }), [m.path("resolutions", r.id, "kind")]);
  const draft = kindOf(r) === "draft";
  if (!r.votes) {
    if (draft) return unknown(R.draftNoVotes({ sym }), facts);
    if (r.adoptedAsRecorded || r.dataset !== undefined || r.adopted) return yes(R.takenAsRecorded({ sym, date: r.adopted }), [m.path("resolutions", r.id, "adopted")]);
    return unknown(R.adoptionUnknown({ sym }), facts);
  }
  const v = r.votes;
  const affirmative = typeof v.for === "number" ? v.for : v.for.length;
  const date = dateOf(r);
  const needed = votesRequired(date);
  if (affirmative < needed) return no(R.tooFewVotes({ sym, votes: affirmative, needed, draft }), facts);
  if (!v.procedural) {
    if (typeof v.against === "number") {
      if (v.against > 0 && draft) return unknown(R.vetoUnknown({ sym, against: v.against }), facts);
      if (!draft) return yes(R.numbered({ sym, votes: affirmative, against: v.against, abstain: count(v.abstain) }), facts);
    } else {
      const vetoes = v.against.filter((s) => m.isPermanentMember(s));
      if (vetoes.length) return no(R.vetoed({ sym, by: vetoes.map((s) => m.voterName(s)) }), facts);
    }
  }
  const permanent = (xs: readonly string[]) => xs.filter((s) => m.isPermanentMember(s)).map((s) => m.voterName(s));
  const [abstained, notParticipating, absent] = [permanent(typeof v.abstain === "number" ? [] : v.abstain), permanent(v.notParticipating), permanent(v.absent)];
  return yes(R.adopted({ sym, votes: affirmative, procedural: v.procedural === true, abstained, notParticipating, absent }), facts);
}

export const adoptedBy = (m: Model, r: Resolution, date: string) => {
  const d = dateOf(r);
  return d ? onOrBefore(d, date) : ("unknown" as const);
};

/** The states a resolution is about: named in `concerns`, or the state its determination condemns. */
export function concerns(r: Resolution): string[] {
  const det = typeof r.determination === "object" ? r.determination.against : undefined;
  return [...(r.concerns ?? []), ...(det ? [det] : [])];
}

export const determinationKind = (r: Resolution) => (typeof r.determination === "object" ? r.determination.kind : r.determination);
