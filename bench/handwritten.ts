// The limit: collective self-defence and collective security as one hand-written straight-line
// function per basis, the conditions of src/law/charter/art51-self-defence.ts and
// chapter7-collective-security.ts (and the consent test they use) in the same order, keeping every
// condition's status (no text, no trace). Three-valued as casus: N < U < Y, "and" = min, "or" = max.
// Covers the corpus's subset of the format (bench/corpus.ts): every switch settled, no `through`.
import type { Attack, Consent, Resolution, Situation, TriFact, ScopeFact, UseOfForce } from "../src/scenario/schema.js";

export const N = 0, U = 1, Y = 2;
export type T = 0 | 1 | 2;
const STATUS = ["not-available", "undetermined", "available"] as const;
export type Status = (typeof STATUS)[number];

/** A candidate (a victim and its attack, or a resolution) with the status of each of its conditions. */
export interface Candidate {
  actor: string;
  key: string;
  value: T;
  conditions: Uint8Array;
}
export interface HandResult {
  use: string;
  csd: Status;
  cs: Status;
  candidates: Candidate[];
}

export const CSD_CONDITIONS = ["victim-state", "armed-attack", "gravity", "attributable", "from-outside", "source", "necessity", "proportionality", "immediacy", "council", "reported", "declared", "requested", "own-assessment", "within-victim", "purpose", "close-link", "territory"] as const;
export const CS_CONDITIONS = ["adopted", "determination", "chapter-vii", "authorises", "addressee", "purpose", "area", "limits", "window"] as const;
/** Marks a condition that does not count (evidence only under the position applied). */
export const EVIDENCE = 3;

const PERMANENT_MEMBER_NAMES = new Set(
  ["China", "Republic of China", "People's Republic of China", "France", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "United States", "United States of America", "Union of Soviet Socialist Republics", "USSR", "Soviet Union", "Russian Federation", "Russia"].map((n) => n.toLowerCase()),
);
const STAGES: Record<string, readonly string[]> = {
  restrictive: ["occurred", "launched"],
  caroline: ["occurred", "launched", "imminent"],
  contextual: ["occurred", "launched", "imminent", "contextual"],
  preventive: ["occurred", "launched", "imminent", "contextual", "remote"],
};
const GRAVE = new Set(["invasion", "bombardment", "blockade"]);

/**
 * The stage of a threat on the date judged (art51-self-defence.ts IMMINENT_DAYS, LONG_AFTER_DAYS):
 * where the position admits an imminent threat but not a remote one, a threat with no stated end is
 * imminent for 30 days, "undetermined" up to 90, then remote.
 */
export function stageOn(stage: string, attackDate: string, date: string, position: string): string {
  if (stage === "occurred" || stage === "launched" || stage === "remote") return stage;
  const admitted = STAGES[position];
  if (!admitted.includes(stage) || admitted.includes("remote")) return stage;
  const days = (Date.parse(date) - Date.parse(attackDate)) / 86_400_000;
  return days > 90 ? "remote" : days > 30 ? "undetermined" : stage;
}
const ATTRIBUTING = new Set(["organ", "sent-by-or-on-behalf", "substantial-involvement"]);
const RESCUE = new Set(["rescue-victim", "repel-attack", "defend-victim"]);
const NOT_RESCUE = new Set(["share-burden", "delegated-plan"]);

// ---- facts -------------------------------------------------------------------------------------

export function tri(f: TriFact | ScopeFact | undefined, fallback: T = U): T | 3 {
  if (f === undefined) return fallback;
  const v = typeof f === "object" ? f.value : f;
  return v === true || v === "yes" ? Y : v === false || v === "no" ? N : v === "disputed" ? 3 : U;
}
const stated = (f: TriFact | undefined) => f !== undefined;
export const list = <X>(v: X | X[] | undefined): X[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function earliest(d: string): string {
  return d.length === 10 ? d : d.length === 7 ? `${d}-01` : `${d}-01-01`;
}
function latest(d: string): string {
  if (d.length === 10) return d;
  if (d.length === 4) return `${d}-12-31`;
  const last = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7), 0)).getUTCDate();
  return `${d}-${String(last).padStart(2, "0")}`;
}
/** a on or before b, on day spans (partial dates give unknown where the spans overlap). */
export function onOrBefore(a: string, b: string): T {
  if (a.length === 10 && b.length === 10) return a <= b ? Y : N;
  return latest(a) <= earliest(b) ? Y : earliest(a) > latest(b) ? N : U;
}
export function before(a: string, b: string): T {
  if (a.length === 10 && b.length === 10) return a < b ? Y : N;
  return latest(a) < earliest(b) ? Y : earliest(a) >= latest(b) ? N : U;
}
export const minDate = (a: string, b: string) => (earliest(a) <= earliest(b) ? a : b);

/** The situation's indexes, built once (as casus prepares once per situation). */
export interface Prepared {
  s: Situation;
  date?: string;
  kind: Map<string, { kind: string; statehood?: string; permanent: boolean; unMember: boolean | string | undefined }>;
  place: Map<string, { territoryOf?: string; controlledBy?: string; international?: boolean }>;
  open: Set<string>;
  doctrine: Map<string, string>;
  sc: Resolution[];
}

export function prepare(s: Situation): Prepared {
  const kind = new Map(s.actors.map((a) => [a.id, { kind: a.kind, statehood: a.statehood, permanent: a.permanentMember === true, unMember: a.unMember }]));
  const place = new Map((s.places ?? []).map((p) => [p.id, p]));
  const doctrine = new Map(Object.entries(s.doctrine ?? {}).map(([k, v]) => [k, typeof v === "string" ? v : v.position]));
  return { s, kind, place, open: new Set(s.incomplete ?? []), doctrine, sc: (s.resolutions ?? []).filter((r) => r.organ === "security-council") };
}

export const absent = (p: Prepared, l: string): T => (p.open.has(l) ? U : N);
export const isState = (p: Prepared, id: string) => p.kind.get(id)?.kind === "state";
export const pos = (p: Prepared, sw: string) => p.doctrine.get(sw)!;
export function territoryOf(p: Prepared, w: string): string | undefined {
  if (p.kind.has(w)) return isState(p, w) ? w : undefined;
  const pl = p.place.get(w);
  if (!pl) return undefined;
  return pl.international ? "international" : pl.territoryOf;
}
export function controllerOf(p: Prepared, w: string): string | undefined {
  const t = territoryOf(p, w);
  return p.place.get(w)?.controlledBy ?? (t === "international" ? undefined : t);
}
export const attackerState = (p: Prepared, a: Attack) => (isState(p, a.by) ? a.by : a.attribution?.state);
/**
 * Is `state` (or the group itself) the author of the attack? As casus's src/law/context.ts
 * attributedTo / isAuthor: an attack whose authorship is not established is attributed to no one;
 * a group's attack is a state's through a proven attributing link, and only as far as its
 * authorship is established.
 */
export function isAuthor(p: Prepared, a: Attack, state: string): T {
  const own = tri(a.established, Y) as T;
  if (own === N) return N;
  if (a.by === state) return own;
  if (isState(p, a.by)) return N;
  const v = [...(a.attribution ? [a.attribution] : []), ...(a.attributions ?? [])].filter((at) => at.state === state && ATTRIBUTING.has(at.link)).map((at) => tri(at.established));
  const link: T = v.includes(Y) ? Y : v.includes(U) ? U : N;
  return link === N ? N : (Math.min(link, own) as T);
}
/** A candidate attack for collective self-defence: never the victim's own, never the helper's (an aggressor defends no one). */
export const candidateAttack = (p: Prepared, a: Attack, victim: string, actor: string) =>
  a.by !== victim && isAuthor(p, a, victim) !== Y && a.by !== actor && isAuthor(p, a, actor) !== Y;
export function isPermanent(p: Prepared, nameOrId: string): boolean {
  const a = p.kind.get(nameOrId);
  return a ? a.permanent : PERMANENT_MEMBER_NAMES.has(nameOrId.toLowerCase());
}
export function isMember(p: Prepared, id: string, date: string): T {
  const m = p.kind.get(id)?.unMember;
  return m === undefined || m === true ? Y : m === false ? N : m <= date ? Y : N;
}

/** Art 27(3): nine (seven before 31 August 1965) affirmative votes, no negative vote of a permanent member. */
export function adoption(p: Prepared, r: Resolution): T {
  if (r.organ === "general-assembly") return Y;
  const v = r.votes;
  if (!v) return r.adoptedAsRecorded || r.dataset !== undefined || r.adopted ? Y : U;
  const affirmative = typeof v.for === "number" ? v.for : v.for.length;
  if (affirmative < (r.adopted && r.adopted < "1965-08-31" ? 7 : 9)) return N;
  if (!v.procedural && v.against.some((x) => isPermanent(p, x))) return N;
  return Y;
}
export const concerns = (r: Resolution) => [...(r.concerns ?? []), ...(typeof r.determination === "object" && r.determination.against ? [r.determination.against] : [])];

// ---- collective self-defence -------------------------------------------------------------------

function requestTest(p: Prepared, use: UseOfForce, actor: string, victim: string, a: Attack, date: string): T {
  const moment = date; // a request holds from its own date, also for force begun before it (Nicaragua paras 232-236)
  const general = a.by !== actor && isAuthor(p, a, actor) !== Y; // a general appeal reaches every state but the attacker
  let any = false;
  for (const r of p.s.requests ?? []) {
    if (r.by !== victim) continue;
    const reaches = ((r.to === "all" || r.form === "to-the-council") && general) || (r.to !== "all" && (r.to.includes(actor) || (use.through !== undefined && r.to.includes(use.through))));
    if (!reaches) continue;
    if (onOrBefore(r.date, moment) === Y) return Y;
    any = true;
  }
  if (any) return N; // (full dates: none uncertain)
  if ((p.s.alliances ?? []).some((al) => al.parties.includes(victim) && al.parties.includes(actor))) return pos(p, "standingTreatyRequest") === "treaty-suffices" ? Y : N;
  // the victim asked others, not this helper
  if ((p.s.requests ?? []).some((r) => r.by === victim && r.to !== "all")) return N;
  return absent(p, "requests");
}

export function consentValid(p: Prepared, use: UseOfForce, actor: string, k: Consent, date: string): T {
  // Who may consent: stated, else the opposition never, else effective control and recognition
  // from the authority's standing, and where they part, the position on consentAuthority.
  let entitled: T;
  if (k.entitled !== undefined) entitled = tri(k.entitled) as T;
  else if (k.authority === "opposition") entitled = N;
  else {
    const control: T = k.authority === "government" ? Y : k.authority === "government-in-exile" ? N : U;
    const recognised: T = k.authority === "government" ? Y : U;
    entitled = control === Y && recognised === Y ? Y : pos(p, "consentAuthority") === "effective-control" ? control : recognised;
  }
  const addressed: T = k.to === "all" || k.to.includes(actor) || (use.through !== undefined && k.to.includes(use.through)) ? Y : N;
  let inForce: T;
  const given = onOrBefore(k.date, date);
  const withdrawn = k.withdrawn ? onOrBefore(k.withdrawn, date) : N;
  const expired = k.until ? before(k.until, date) : N;
  if (given === N || withdrawn === Y || expired === Y) inForce = N;
  else inForce = Math.min(given, withdrawn === U ? U : Y, expired === U ? U : Y) as T;
  const sc = use.consentScope?.[k.id];
  const scope: T = sc === undefined ? (k.scope ? U : Y) : (tri(sc) as T);
  const free: T = stated(k.freelyGiven) ? (tri(k.freelyGiven) as T) : Y;
  return Math.min(entitled, addressed, inForce, scope, free) as T;
}

/** A state's consents: those stated, and its requests for help (express or by treaty), which consent too. */
export function consentsOf(p: Prepared, state: string): Consent[] {
  const asked = (p.s.requests ?? [])
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.by === state && (r.form === "express" || r.form === "treaty-invocation"))
    .map(({ r, i }) => ({ id: `request:${i}`, state, givenBy: "its government", authority: "government", to: r.to, date: r.date }) as Consent);
  return [...(p.s.consents ?? []).filter((k) => k.state === state), ...asked];
}

/** A state the group's attack came from (or is linked to) on which the non-state actors position admits force: unwilling or unable, or proven to harbour it. */
/** The Council's measures answering this attack (named, or about its parties and adopted after it began); one affirming the inherent right never ends it. */
export function councilMeasuresOn(p: Prepared, a: Attack, victim: string, date: string): Resolution[] {
  const parties = [victim, a.by, ...(isState(p, a.by) ? [] : [...(a.attribution ? [a.attribution] : []), ...(a.attributions ?? [])].filter((at) => ATTRIBUTING.has(at.link)).map((at) => at.state))];
  return p.sc.filter(
    (res) =>
      res.adopted && onOrBefore(res.adopted, date) === Y && adoption(p, res) === Y && !res.affirmsSelfDefence &&
      (res.respondsTo ? res.respondsTo.includes(a.id) : concerns(res).some((x) => parties.includes(x)) && onOrBefore(a.date, res.adopted) === Y),
  );
}

/** Attributable: a state's attack, unless its authorship is not (yet) established; a group's, through an established attributing link, else as the non-state actors position says. */
export function attributable(p: Prepared, a: Attack): T {
  const links = [...(a.attribution ? [a.attribution] : []), ...(a.attributions ?? [])];
  const own = tri(a.established, Y);
  if (own === N) return N; // authorship not established: attributed to no one
  if (isState(p, a.by)) return own === 3 ? U : own;
  let undetermined = false;
  for (const at of links.filter((l) => ATTRIBUTING.has(l.link))) {
    const e = tri(at.established);
    if (e === Y) return own === U ? U : Y;
    if (e !== N) undetermined = true;
  }
  const nsa = pos(p, "nonStateActors");
  if (nsa === "attribution-required") return undetermined || links.length === 0 || links.some((l) => l.link === "unknown") ? U : N;
  if (nsa === "armed-attack-by-nsa") return Y;
  return tri(a.territorialStateUnwillingOrUnable) as T;
}

/** At the attack's authors only; a state harbouring a group counts where the non-state actors position admits force on it. */
export function directedAtSource(p: Prepared, a: Attack, against: string[]): T {
  const author = (t: string): T => isAuthor(p, a, t);
  const authors = against.filter((t) => author(t) === Y), unsure = against.filter((t) => author(t) === U), others = against.filter((t) => author(t) === N);
  if (against.length === 0) return U;
  if (authors.length && !others.length && !unsure.length) return Y;
  if (authors.length && !unsure.length && others.every((t) => harbouringAdmitted(p, a, t) === Y)) return Y;
  if (unsure.length && !others.length) return U;
  return N;
}

/** As casus's context.ts harbouringAdmitted: only the state the group acts from (an origin's territory, or a harbouring link). */
function harbouringAdmitted(p: Prepared, a: Attack, t: string): T {
  if (isState(p, a.by) || tri(a.established, Y) === N) return N;
  const links = [...(a.attribution ? [a.attribution] : []), ...(a.attributions ?? [])];
  const origins = [...(a.originatesFrom ? [a.originatesFrom] : []), ...(a.alsoFrom ?? [])];
  if (!origins.some((o) => territoryOf(p, o) === t) && !links.some((at) => at.state === t && at.link === "harbouring" && tri(at.established) !== N)) return N;
  if (pos(p, "nonStateActors") === "attribution-required") return N;
  const uu = tri(a.territorialStateUnwillingOrUnable);
  if (uu === Y || uu === N) return uu;
  return links.some((at) => at.state === t && at.link === "harbouring" && tri(at.established) === Y) ? Y : U;
}

export function placeTest(p: Prepared, use: UseOfForce, actor: string, victim: string, a: Attack, w: string, date: string): T {
  const state = territoryOf(p, w);
  if (state === "international") return Y;
  if (state === undefined) return U;
  if (state === victim || state === actor) return Y;
  // the attacker is the state the attack is attributed to, nobody else (Oil Platforms 57-61; Wall 139)
  const author = isAuthor(p, a, state);
  if (author === Y) return Y;
  const harbouring = harbouringAdmitted(p, a, state);
  if (harbouring === Y) return Y;
  const ks = consentsOf(p, state);
  let v: T = N;
  for (const k of ks) v = Math.max(v, consentValid(p, use, actor, k, date)) as T;
  const consent = ks.length ? v : absent(p, "consents");
  return consent !== Y && (harbouring === U || author === U) ? U : consent;
}

function csdConditions(p: Prepared, use: UseOfForce, actor: string, victim: string, a: Attack, date: string): Uint8Array {
  const out = new Uint8Array(CSD_CONDITIONS.length);
  const as = use.assessments;
  const v = p.kind.get(victim);
  out[0] = !v || v.kind !== "state" || v.statehood === "not-a-state" || v.statehood === "disputed" ? N : Y;
  // armed attack
  {
    const est = tri(a.established, Y);
    let r: T;
    if (onOrBefore(a.date, date) === N) r = N;
    else if (est === N) r = N;
    else {
      const stage = stageOn(a.stage, a.date, date, pos(p, "anticipatory"));
      r = stage === "undetermined" ? U : stage === "occurred" || stage === "launched" || STAGES[pos(p, "anticipatory")].includes(stage) ? Y : N;
      if (r === Y && est === U) r = U;
    }
    out[1] = r;
  }
  // gravity
  {
    const g = typeof a.gravity === "object" ? a.gravity.value : a.gravity;
    let r: T;
    if (a.kind === "support-to-rebels") r = N;
    else if (g === undefined || g === "unknown") r = g === undefined && a.kind && GRAVE.has(a.kind) ? Y : U;
    else if (g === "armed-attack") r = Y;
    else if (g === "cumulative" && pos(p, "accumulation") === "accepted") r = Y;
    else r = pos(p, "gravity") === "no-threshold" ? Y : N;
    out[2] = r;
  }
  out[3] = attributable(p, a);
  out[4] = a.originatesFrom && controllerOf(p, a.originatesFrom) === victim ? N : Y;
  // directed at the source
  if (as?.directedAtSource !== undefined) out[5] = tri(as.directedAtSource);
  else {
    out[5] = directedAtSource(p, a, list(use.against));
  }
  const aims = (f: ScopeFact | undefined): T => {
    const t = tri(f);
    return t === 3 ? (pos(p, "defensiveAims") === "end-the-threat" ? Y : N) : t;
  };
  out[6] = aims(as?.necessity);
  out[7] = aims(as?.proportionality);
  out[8] = tri(as?.immediacy) as T;
  // until the Council has taken measures necessary: those answering this attack (named, or about its parties and adopted after it began);
  // a resolution affirming the inherent right never ends it
  {
    let ceasefire = false;
    let binding = false;
    for (const res of councilMeasuresOn(p, a, victim, date)) {
      if (res.ceasefireEffective && onOrBefore(res.ceasefireEffective, date) === Y) ceasefire = true;
      if ((res.chapterVII === "express" || res.chapterVII === "implicit") && (res.measures ?? []).some((x) => x === "sanctions" || x === "force")) binding = true;
    }
    out[9] = ceasefire ? N : binding ? (pos(p, "councilMeasures") === "effective" ? Y : N) : Y;
  }
  // reported: a condition only under reporting=condition
  if (pos(p, "reporting") === "evidence") out[10] = EVIDENCE;
  else {
    let r: T | undefined;
    let any = false;
    for (const rep of p.s.reports ?? []) {
      if (rep.by !== actor || (rep.uses && !rep.uses.includes(use.id))) continue;
      if (onOrBefore(rep.date, date) === Y) {
        r = Y;
        break;
      }
      any = true;
    }
    out[10] = r ?? (any ? N : absent(p, "reports"));
  }
  // declared, before the force
  {
    const moment = date; // a declaration holds from its own date (Nicaragua paras 232-236)
    let r: T | undefined;
    let any = false;
    for (const d of p.s.declarations ?? []) {
      if (d.by !== victim || (d.attacks && !d.attacks.includes(a.id))) continue;
      if (onOrBefore(d.date, moment) === Y) r = Y;
      any = true;
    }
    if (r === undefined)
      for (const q of p.s.requests ?? []) {
        if (q.by !== victim || !q.declaresAttack) continue;
        if (onOrBefore(q.date, moment) === Y) r = Y;
        any = true;
      }
    out[11] = r ?? (any ? N : absent(p, "declarations"));
  }
  const asked = requestTest(p, use, actor, victim, a, date);
  out[12] = asked;
  out[13] = as?.ownAssessment !== undefined ? ([Y, U, N] as const)[tri(as.ownAssessment) as T] : asked;
  out[14] = tri(as?.withinVictimSelfDefence) as T;
  {
    const ps = use.purposes ?? [];
    out[15] = ps.some((x) => NOT_RESCUE.has(x)) ? N : ps.some((x) => RESCUE.has(x)) ? Y : ps.length ? N : U; // purposes stated, none the victim's rescue: not its rescue
  }
  if (pos(p, "closeLink") === "not-required") out[16] = EVIDENCE;
  else {
    const f = tri(as?.closeLink);
    out[16] = as?.closeLink !== undefined && f !== U ? f : (p.s.alliances ?? []).some((al) => al.parties.includes(victim) && al.parties.includes(actor)) ? Y : U;
  }
  {
    const ws = list(use.where);
    let r: T = ws.length ? Y : U;
    for (const w of ws) r = Math.min(r, placeTest(p, use, actor, victim, a, w, date)) as T;
    out[17] = r;
  }
  return out;
}

function andOf(c: Uint8Array): T {
  let v: T = Y;
  for (let i = 0; i < c.length; i++) if (c[i] !== EVIDENCE && c[i] < v) v = c[i] as T;
  return v;
}

export function collectiveSelfDefence(p: Prepared, use: UseOfForce, date: string, keep?: Candidate[]): T {
  const actors = list(use.by);
  if (!actors.length) return U;
  let all: T = Y;
  for (const actor of actors) {
    const victims = (use.onBehalfOf ?? [...new Set((p.s.attacks ?? []).filter((a) => !use.respondsTo || use.respondsTo.includes(a.id)).map((a) => a.against))]).filter((v) => v !== actor);
    let some: T = N;
    let n = 0;
    for (const v of victims)
      for (const a of p.s.attacks ?? []) {
        if (a.against !== v || (use.respondsTo && !use.respondsTo.includes(a.id)) || !candidateAttack(p, a, v, actor)) continue;
        n++;
        const cs = csdConditions(p, use, actor, v, a, date);
        const value = andOf(cs);
        keep?.push({ actor, key: `${v}:${a.id}`, value, conditions: cs });
        if (value > some) some = value;
      }
    if (n === 0) some = absent(p, "attacks");
    if (some < all) all = some;
  }
  return all;
}

// ---- collective security -----------------------------------------------------------------------

function scopeTest(p: Prepared, stated: ScopeFact | undefined, derive: () => T): T {
  if (stated === undefined) return derive();
  const t = tri(stated);
  return t === 3 ? (pos(p, "authorisationScope") === "broad" ? Y : N) : t;
}

function csConditions(p: Prepared, use: UseOfForce, actor: string, r: Resolution, date: string): Uint8Array {
  const out = new Uint8Array(CS_CONDITIONS.length);
  {
    const when = r.adopted ? onOrBefore(r.adopted, date) : U;
    const f = adoption(p, r);
    out[0] = when === N ? N : when === U && f !== N ? U : f;
  }
  {
    const k = typeof r.determination === "object" ? r.determination.kind : r.determination;
    out[1] = k === undefined ? U : k === "none" ? N : Y;
  }
  {
    // An art 39 recommendation (with its determination) stands in for Chapter VII.
    const det = typeof r.determination === "object" ? r.determination.kind : r.determination;
    out[2] = r.chapterVII === "express" || r.chapterVII === "implicit" ? Y : r.authorisation === "recommends" && det !== undefined && det !== "none" ? Y : r.chapterVII === "none" ? N : U;
  }
  {
    const implied = (): T => (pos(p, "impliedAuthorisation") === "accepted" ? Y : N);
    const a = r.authorisation;
    if (adoption(p, r) === N) out[3] = N;
    else if (r.revives) {
      // Revival: never by a ceasefire or the act ending it; else only after a material breach the Council determined.
      const breach = !isCeasefire(r) && !r.terminates?.includes(r.revives) && [r, ...p.sc].some((t) => tri(t.materialBreach) === Y && t.adopted !== undefined && onOrBefore(t.adopted, date) === Y && adoption(p, t) === Y);
      out[3] = breach && pos(p, "revival") === "accepted" ? Y : N;
    } else
      out[3] =
        a === "authorises" || a === "recommends" ? Y
        : a === "calls-upon" || a === "none" ? (r.impliedFrom ? implied() : N)
        : a === "contested" ? (r.impliedFrom ? implied() : isCeasefire(r) ? N : implied())
        : r.impliedFrom ? implied() : U;
  }
  // A resolution reviving an earlier authorisation is judged on that authorisation's terms (and the mandate facts recorded under either).
  const t = r.revives !== undefined && !isCeasefire(r) && !r.terminates?.includes(r.revives) ? (p.sc.find((x) => x.id === r.revives) ?? r) : r;
  const m = use.mandates?.[r.id] ?? (t !== r ? use.mandates?.[t.id] : undefined);
  // addressee
  if (m?.addressee !== undefined) out[4] = tri(m.addressee) as T;
  else {
    const a = t.addressees;
    if (!a) out[4] = U;
    else {
      const viaOrg = use.through !== undefined && (a.organisations?.includes(use.through) || a.throughRegionalOrganisations === true);
      const named = Array.isArray(a.states) && a.states.includes(actor);
      const members = a.states === "all-members" && isMember(p, actor, date) === Y;
      if (!named && !members && !viaOrg && !(a.organisations ?? []).includes(actor)) out[4] = N;
      else if (a.condition === "cooperating-with") {
        const g = a.cooperatingWith;
        const evidence =
          g !== undefined &&
          // a state always co-operates with its own government (S/RES/665 para 1, 678 para 2)
          (g === actor ||
            (use.onBehalfOf ?? []).includes(g) ||
            (p.s.requests ?? []).some((q) => q.by === g && (q.to === "all" || q.to.includes(actor)) && onOrBefore(q.date, date) === Y) ||
            (p.s.consents ?? []).some((k) => k.state === g && (k.to === "all" || k.to.includes(actor)) && onOrBefore(k.date, date) === Y));
        out[4] = evidence ? Y : U;
      } else out[4] = a.condition === "notified-secretary-general" ? U : Y;
    }
  }
  out[5] = scopeTest(p, m?.purpose, () => {
    const want = t.purposes, have = use.purposes;
    return !want || !have ? U : have.some((x) => want.includes(x)) ? Y : N;
  });
  out[6] = scopeTest(p, m?.area, () => {
    const areas = t.areas;
    if (!areas) return U;
    return list(use.where).every((w) => areas.includes(w) || areas.includes(territoryOf(p, w) ?? "")) ? Y : N;
  });
  out[7] = scopeTest(p, m?.limits, () => (!t.limits || t.limits.length === 0 ? Y : U));
  // window
  {
    const from = r.from ?? r.adopted;
    let v: T;
    if (!from) v = U;
    else {
      const started = onOrBefore(from, date);
      const ended = r.until ? onOrBefore(date, r.until) : Y;
      const terminated = p.sc.some((t) => {
        const eff = t.ceasefireEffective ?? t.from ?? t.adopted;
        return t.terminates?.includes(r.id) && eff !== undefined && onOrBefore(eff, date) === Y && adoption(p, t) === Y;
      });
      const cond = r.conditionMet === undefined ? Y : (tri(r.conditionMet) as T);
      v = started === N || ended === N || terminated || cond === N ? N : (Math.min(started, ended, cond) as T);
    }
    out[8] = v;
  }
  return out;
}

export const isCeasefire = (r: Resolution) => (r.measures ?? []).includes("ceasefire") || r.ceasefireEffective !== undefined;

/** Could the act authorise force at all (a failed draft that would have is shown failing)? */
export function authorisationCandidate(p: Prepared, r: Resolution): boolean {
  if (adoption(p, r) === N) return r.authorisation === "authorises" || r.authorisation === "recommends";
  return r.revives !== undefined || r.impliedFrom === true || (r.authorisation !== "none" && r.authorisation !== "calls-upon");
}

export function collectiveSecurity(p: Prepared, use: UseOfForce, date: string, keep?: Candidate[]): T {
  const actors = list(use.by);
  if (!actors.length) return U;
  const candidates = p.sc.filter((r) => authorisationCandidate(p, r));
  let all: T = Y;
  for (const actor of actors) {
    let some: T = N;
    for (const r of candidates) {
      const cs = csConditions(p, use, actor, r, date);
      const value = andOf(cs);
      keep?.push({ actor, key: r.id, value, conditions: cs });
      if (value > some) some = value;
    }
    // No candidate: none authorises (no), unless there is no Council act at all and the list may be incomplete.
    if (candidates.length === 0) some = p.sc.length ? N : absent(p, "resolutions");
    if (some < all) all = some;
  }
  return all;
}

/** Both bases for every use of a situation on a date, every condition's status kept. */
export function decideHand(p: Prepared, date: string): HandResult[] {
  return p.s.uses.map((use) => {
    const candidates: Candidate[] = [];
    const csd = STATUS[collectiveSelfDefence(p, use, date, candidates)];
    const cs = STATUS[collectiveSecurity(p, use, date, candidates)];
    return { use: use.id, csd, cs, candidates };
  });
}
