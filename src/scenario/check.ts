// The checks a situation passes after the schema, shared by every command (validate and analyze
// see the same file the same way): every id defined once and every reference defined; intervals
// in order; doctrine settings the law knows; Council votes possible for the Council of that day.
// Each problem carries the path of the value at fault; the loader adds line and column.
import type { Situation } from "./schema.js";
import { jsonPath } from "./json-path.js";
import { quote } from "./limits.js";
import { certainlyBefore } from "./dates.js";
import { COUNCIL_FIRST_MEETING, councilSize, heldOn, permanentMembersOn, permanentSeatOf, voterIndex, voterNearMiss } from "./council.js";
import { check as checkSwitch, DoctrineError } from "../law/doctrine-check.js";
import { forceWarnings } from "../law/force.js";

/** The date a Council act dates from: its adoption, or for a draft its vote (as src/law/charter/security-council.ts reads it). */
const dateOf = (r: { adopted?: string; voted?: string }) => r.adopted ?? r.voted;

export type At = (string | number)[];
export interface SituationIssue {
  at: At;
  path: string;
  message: string;
}
export interface CheckResult {
  errors: SituationIssue[];
  /** Possible but suspicious: shown, never refused (e.g. a vote record that names too few members). */
  warnings: SituationIssue[];
}

export function checkSituation(s: Situation): CheckResult {
  const errors: SituationIssue[] = [];
  const warnings: SituationIssue[] = [];
  const fail = (at: At, message: string) => errors.push({ at, path: jsonPath(at), message });
  const warn = (at: At, message: string) => warnings.push({ at, path: jsonPath(at), message });
  checkReferences(s, fail);
  checkIntervals(s, fail);
  checkDoctrine(s, fail);
  checkVotes(s, fail, warn);
  for (const w of forceWarnings(s)) warn(w.at, w.message);
  return { errors, warnings };
}

type Fail = (at: At, message: string) => void;

/** Every id a situation uses must be defined, once. */
function checkReferences(s: Situation, fail: Fail) {
  const actors = new Set<string>();
  const places = new Set<string>();
  const defined = new Set<string>();
  const define = (id: string | undefined, at: At) => {
    if (id === undefined) return;
    if (defined.has(id)) fail(at, `the id ${quote(id)} is defined twice`);
    defined.add(id);
  };
  s.actors.forEach((a, i) => (define(a.id, ["actors", i, "id"]), actors.add(a.id)));
  s.places?.forEach((p, i) => (define(p.id, ["places", i, "id"]), places.add(p.id)));
  const attacks = new Set<string>();
  s.attacks?.forEach((a, i) => (define(a.id, ["attacks", i, "id"]), attacks.add(a.id)));
  s.declarations?.forEach((d, i) => define(d.id, ["declarations", i, "id"]));
  s.requests?.forEach((r, i) => define(r.id, ["requests", i, "id"]));
  const resolutions = new Set<string>();
  s.resolutions?.forEach((r, i) => (define(r.id, ["resolutions", i, "id"]), resolutions.add(r.id)));
  const consents = new Set<string>();
  s.consents?.forEach((c, i) => (define(c.id, ["consents", i, "id"]), consents.add(c.id)));
  const uses = new Set<string>();
  s.uses.forEach((u, i) => (define(u.id, ["uses", i, "id"]), uses.add(u.id)));
  s.regionalDecisions?.forEach((d, i) => define(d.id, ["regionalDecisions", i, "id"]));

  const actor = (id: string | undefined, at: At) => {
    if (id !== undefined && !actors.has(id)) fail(at, `${quote(id)} is not an actor id (define it under actors)`);
  };
  const actorList = (ids: string | string[] | undefined, at: At) => {
    if (ids === undefined) return;
    (Array.isArray(ids) ? ids : [ids]).forEach((id, k) => actor(id, Array.isArray(ids) ? [...at, k] : at));
  };
  const where = (id: string | undefined, at: At) => {
    if (id !== undefined && !places.has(id) && !actors.has(id)) fail(at, `${quote(id)} is neither a place id nor an actor id`);
  };
  const ref = (set: Set<string>, what: string, ids: string[] | undefined, at: At) =>
    ids?.forEach((id, k) => set.has(id) || fail([...at, k], `${quote(id)} is not ${what} id`));
  // Every use of force is a possible armed attack on its target (issue 7 principle 9): where an
  // attack is named, a use's id ("u1", or "u1/<state>" for one member of a coalition) will do too.
  const attacksOrUses = new Set([...attacks, ...uses, ...s.uses.flatMap((u) => (Array.isArray(u.by) && u.by.length > 1 ? u.by.map((b) => `${u.id}/${b}`) : []))]);
  const attackRef = (ids: string[] | undefined, at: At, self?: string) =>
    ids?.forEach((id, k) => {
      if (!attacksOrUses.has(id)) fail([...at, k], `${quote(id)} is neither an attack id nor a use-of-force id`);
      else if (self !== undefined && (id === self || id.startsWith(`${self}/`))) fail([...at, k], `a use of force cannot respond to itself (${quote(id)})`);
    });

  s.actors.forEach((a, i) => actorList(a.members, ["actors", i, "members"]));
  s.places?.forEach((p, i) => {
    actor(p.territoryOf, ["places", i, "territoryOf"]);
    actor(p.controlledBy, ["places", i, "controlledBy"]);
    actor(p.administeredBy, ["places", i, "administeredBy"]);
  });
  s.alliances?.forEach((a, i) => actorList(a.parties, ["alliances", i, "parties"]));
  s.attacks?.forEach((a, i) => {
    actor(a.by, ["attacks", i, "by"]);
    actor(a.against, ["attacks", i, "against"]);
    where(a.where, ["attacks", i, "where"]);
    where(a.originatesFrom, ["attacks", i, "originatesFrom"]);
    actor(a.attribution?.state, ["attacks", i, "attribution", "state"]);
  });
  s.declarations?.forEach((d, i) => {
    actor(d.by, ["declarations", i, "by"]);
    attackRef(d.attacks, ["declarations", i, "attacks"]);
  });
  s.requests?.forEach((r, i) => {
    actor(r.by, ["requests", i, "by"]);
    if (r.to !== "all") actorList(r.to, ["requests", i, "to"]);
    actor(r.installedBy, ["requests", i, "installedBy"]);
  });
  s.consents?.forEach((c, i) => {
    actor(c.state, ["consents", i, "state"]);
    if (c.to !== "all") actorList(c.to, ["consents", i, "to"]);
    actor(c.installedBy, ["consents", i, "installedBy"]);
  });
  s.resolutions?.forEach((r, i) => {
    // A Council act dates from its adoption; a draft put to the vote (and failed, or not) from its vote.
    if (r.organ === "security-council" && !dateOf(r))
      fail(["resolutions", i], r.kind === "draft" ? "a draft resolution needs `voted` (the date of the vote)" : "a resolution needs `adopted` (or `dataset`)");
    actorList(r.addressees?.states === "all-members" || r.addressees?.states === "none" ? undefined : r.addressees?.states, ["resolutions", i, "addressees", "states"]);
    actorList(r.addressees?.organisations, ["resolutions", i, "addressees", "organisations"]);
    actor(r.addressees?.cooperatingWith, ["resolutions", i, "addressees", "cooperatingWith"]);
    r.areas?.forEach((a, k) => where(a, ["resolutions", i, "areas", k]));
    actorList(r.concerns, ["resolutions", i, "concerns"]);
    actor(typeof r.determination === "object" ? r.determination.against : undefined, ["resolutions", i, "determination", "against"]);
    ref(uses, "a use-of-force", r.endorses, ["resolutions", i, "endorses"]);
    attackRef(r.respondsTo, ["resolutions", i, "respondsTo"]);
    if (r.revives !== undefined && !resolutions.has(r.revives)) fail(["resolutions", i, "revives"], `${quote(r.revives)} is not a resolution id`);
    ref(resolutions, "a resolution", r.terminates, ["resolutions", i, "terminates"]);
  });
  s.reports?.forEach((r, i) => {
    actor(r.by, ["reports", i, "by"]);
    ref(uses, "a use-of-force", r.uses, ["reports", i, "uses"]);
  });
  s.regionalDecisions?.forEach((d, i) => {
    actor(d.by, ["regionalDecisions", i, "by"]);
    ref(uses, "a use-of-force", d.uses, ["regionalDecisions", i, "uses"]);
  });
  s.uses.forEach((u, i) => {
    actorList(u.by, ["uses", i, "by"]);
    actorList(u.against, ["uses", i, "against"]);
    (Array.isArray(u.where) ? u.where : [u.where]).forEach((w, k) => where(w, Array.isArray(u.where) ? ["uses", i, "where", k] : ["uses", i, "where"]));
    actor(u.through, ["uses", i, "through"]);
    attackRef(u.respondsTo, ["uses", i, "respondsTo"], u.id);
    actorList(u.onBehalfOf, ["uses", i, "onBehalfOf"]);
    u.claims?.forEach((c, k) => actor(c.by, ["uses", i, "claims", k, "by"]));
    Object.keys(u.mandates ?? {}).forEach((k) => resolutions.has(k) || fail(["uses", i, "mandates", k], `${quote(k)} is not a resolution id`));
    Object.keys(u.consentScope ?? {}).forEach((k) => consents.has(k) || fail(["uses", i, "consentScope", k], `${quote(k)} is not a consent id`));
    // Japan's domestic layer (docs/japan.md): the states its facts name.
    if (u.japan) {
      actorList(u.japan.support?.to, ["uses", i, "japan", "support", "to"]);
      actor(u.japan.assetProtection?.protects, ["uses", i, "japan", "assetProtection", "protects"]);
      if (u.japan.actor !== undefined && !(Array.isArray(u.by) ? u.by : [u.by]).includes(u.japan.actor)) fail(["uses", i, "japan", "actor"], `${quote(u.japan.actor)} is not among the use's \`by\``);
      Object.keys(u.japan.closeRelationship ?? {}).forEach((k) => actors.has(k) || fail(["uses", i, "japan", "closeRelationship", k], `${quote(k)} is not an actor id`));
      if (!(Array.isArray(u.by) ? u.by : [u.by]).some((b) => s.actors.find((a) => a.id === b)?.kind === "state"))
        fail(["uses", i, "japan"], "a `japan` block describes an action of Japan: `by` must name Japan (a state)");
    }
  });
}

/** An interval ends on or after its start (partial dates: unless certainly before). */
function checkIntervals(s: Situation, fail: Fail) {
  const order = (start: string | undefined, end: string | undefined, at: At, what: string) => {
    if (start !== undefined && end !== undefined && certainlyBefore(end, start)) fail(at, `${what} (${end}) is before ${start}: an interval must not end before it starts`);
  };
  s.attacks?.forEach((a, i) => order(a.date, a.end, ["attacks", i, "end"], "the attack's end"));
  s.consents?.forEach((c, i) => {
    order(c.date, c.withdrawn, ["consents", i, "withdrawn"], "the withdrawal");
    order(c.date, c.until, ["consents", i, "until"], "the consent's end");
  });
  s.resolutions?.forEach((r, i) => {
    order(r.from, r.until, ["resolutions", i, "until"], "the authorisation's end");
    order(r.adopted, r.until, ["resolutions", i, "until"], "the authorisation's end");
    order(r.adopted, r.ceasefireEffective, ["resolutions", i, "ceasefireEffective"], "the ceasefire");
  });
  s.uses.forEach((u, i) => order(u.start, u.end, ["uses", i, "end"], "the use's end"));
}

/** The situation's own doctrine settings name switches and positions the law has (the analysis's own check). */
function checkDoctrine(s: Situation, fail: Fail) {
  for (const [id, v] of Object.entries(s.doctrine ?? {})) {
    const long = typeof v !== "string";
    try {
      checkSwitch(id, long ? v.position : v, "doctrine");
    } catch (e) {
      if (!(e instanceof DoctrineError)) throw e;
      const unknownSwitch = /unknown doctrine switch/.test(e.message);
      fail(long && !unknownSwitch ? ["doctrine", id, "position"] : ["doctrine", id], e.message.replace(/^doctrine: /, ""));
    }
  }
}

const LISTS = ["for", "against", "abstain", "absent", "notParticipating"] as const;
const LIST_WORDS: Record<(typeof LISTS)[number], string> = { for: "for", against: "against", abstain: "abstaining", absent: "absent", notParticipating: "not participating" };

/**
 * Every recorded vote is possible for the Council of the day: each member once, across all the
 * lists (no state both for and against); no more votes than members (11 before 1966, 15 after);
 * a permanent member named as the state that held the seat that day (China's seat before and
 * after 25 October 1971, the USSR's and the Russian Federation's from 24 December 1991), and an
 * actor holding a permanent seat marked `permanentMember` (else its negative vote would not veto).
 * Not checked: whether an elected member sat on the Council that year (no sourced list is bundled).
 */
function checkVotes(s: Situation, fail: Fail, warn: Fail) {
  const voter = voterIndex(s.actors);
  let nearMiss: ((entry: string) => string | undefined) | undefined;
  s.resolutions?.forEach((r, i) => {
    if (r.organ !== "security-council" || !r.votes) return;
    const base: At = ["resolutions", i, "votes"];
    const date = dateOf(r); // adoption, or a draft's vote: the Council of that day voted
    if (date !== undefined && date < COUNCIL_FIRST_MEETING)
      fail(["resolutions", i, r.adopted ? "adopted" : "voted"], `the Security Council first met on ${COUNCIL_FIRST_MEETING}: no resolution is voted on before it`);
    const size = date === undefined ? 15 : councilSize(date);
    const v = r.votes;
    const seen = new Map<string, { list: (typeof LISTS)[number]; k: number }>();
    let total = 0;
    for (const list of LISTS) {
      const entries = v[list];
      if (typeof entries === "number") total += entries; // a count where the names are not recorded
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, k) => {
        total++;
        const at: At = [...base, list, k];
        const actor = voter(entry);
        const match = actor ? permanentSeatOf(actor.name, actor.id) : permanentSeatOf(entry);
        const key = match ? `seat:${match.seat}` : actor ? `actor:${actor.id}` : `name:${entry.trim().toLowerCase()}`;
        const before = seen.get(key);
        if (before)
          fail(
            at,
            before.list === list
              ? `${quote(entry)} is listed twice among the votes ${LIST_WORDS[list]} (also at ${jsonPath([...base, list, before.k])}): each member votes once`
              : `${quote(entry)} is recorded both ${LIST_WORDS[before.list]} and ${LIST_WORDS[list]} (${jsonPath([...base, before.list, before.k])}): each member votes once`,
          );
        else seen.set(key, { list, k });
        if (!actor && !match) {
          // An elected member's name is not checked (no list of them), but one a letter or two from
          // an actor or a permanent member is most likely that state misspelt, and a veto so spelt is lost.
          const meant = (nearMiss ??= voterNearMiss(s.actors))(entry);
          if (meant !== undefined)
            warn(at, `${quote(entry)} names no actor of the situation and no permanent member; did you mean "${meant}"? It is counted as an elected member's vote${list === "against" ? ", so it is no veto" : ""}`);
        }
        if (date === undefined) return;
        if (match?.holder && !heldOn(match.holder, date)) {
          const then = permanentMembersOn(date).find((h) => h.seat === match.seat);
          fail(at, `${quote(entry)} did not hold a permanent seat on ${date}: the seat was then held by ${then?.holder ?? "another state"} (${match.holder.source})`);
        } else if (actor?.permanentMember === true && !match) {
          fail(at, `${quote(entry)} is marked permanentMember, but on ${date} the permanent members were ${permanentMembersOn(date).map((h) => h.holder).join(", ")}`);
        } else if (actor && match && actor.permanentMember !== true) {
          fail(at, `${quote(entry)} (${actor.name}) held a permanent seat on ${date}: mark the actor \`permanentMember: true\`, or its negative vote does not count as a veto`);
        }
      });
    }
    const affirmative = typeof v.for === "number" ? v.for : v.for.length;
    if (affirmative > size) fail([...base, "for"], `${affirmative} affirmative votes, but the Council had ${size} members${date ? ` on ${date}` : ""}`);
    else if (total > size) fail(base, `${total} members recorded as voting or not voting, but the Council had ${size}${date ? ` on ${date}` : ""}`);
    else if (LISTS.every((l) => Array.isArray(v[l])) && Array.isArray(v.for) && total < size)
      warn(base, `the record names ${total} of the Council's ${size} members; how the other ${size - total} voted is not recorded`);
  });
}
