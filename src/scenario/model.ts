// A validated situation with its indexes: what the rules ask of the facts. Built once per
// situation, then shared by every evaluation (analyses are pure functions of model and date).
import type { Tri } from "../engine/tri.js";
import type { Actor, Attack, Consent, Place, Resolution, ScopeFact, Situation, TriFact, UseOfForce } from "./schema.js";
import { onOrBefore } from "../engine/dates.js";
import { admissionOf } from "./un-membership.js";
import { permanentSeatOf, voterIndex } from "./council.js";

export type Attribution = NonNullable<Attack["attribution"]>;

/** A use of force of the situation weighed as a possible armed attack on its target. */
export type DerivedAttack = Attack & { fromUse: string };

export const isDerived = (a: Attack): a is DerivedAttack => (a as DerivedAttack).fromUse !== undefined;

/** Links that make a group's attack the state's own (Nicaragua para 195; DRC v Uganda para 146). */
export const ATTRIBUTING_LINKS: ReadonlySet<string> = new Set(["organ", "sent-by-or-on-behalf", "substantial-involvement"]);

export interface FactValue {
  value: Tri;
  why?: string;
  source?: string;
  stated: boolean;
}

export type ScopeValue = Omit<FactValue, "value"> & { value: Tri | "disputed" };

const toTri = (v: boolean | Tri): Tri => (v === true ? "yes" : v === false ? "no" : v);

/** Read a three-valued fact; not stated means unknown. */
export function fact(f: TriFact | undefined, fallback?: Tri): FactValue {
  if (f === undefined) return { value: fallback ?? "unknown", stated: false };
  if (typeof f === "object") return { value: toTri(f.value), why: f.why, source: f.source, stated: true };
  return { value: toTri(f), stated: true };
}

export function scope(f: ScopeFact | undefined): ScopeValue {
  if (f === undefined) return { value: "unknown", stated: false };
  if (typeof f === "object") return { value: f.value === "disputed" ? "disputed" : toTri(f.value), why: f.why, source: f.source, stated: true };
  return { value: f === "disputed" ? "disputed" : toTri(f), stated: true };
}

/** "because" text for a stated fact: its reason and source, if given. */
export function reason(f: { why?: string; source?: string }, fallback: string): string {
  const why = f.why ?? fallback;
  return f.source ? `${why} (${f.source})` : why;
}

export const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

type PathList = "actors" | "places" | "attacks" | "resolutions" | "consents" | "uses";

export type EventList = "attacks" | "declarations" | "requests" | "consents" | "resolutions" | "reports" | "regionalDecisions";

export class Model {
  readonly actors = new Map<string, Actor>();
  readonly places = new Map<string, Place>();
  readonly attacks = new Map<string, Attack>();
  readonly resolutions = new Map<string, Resolution>();
  readonly consents = new Map<string, Consent>();
  readonly uses = new Map<string, UseOfForce>();
  private readonly open: Set<EventList>;
  private derived?: DerivedAttack[];
  private everyAttack?: Attack[];
  /** Per attack: what the methods below derive from it (the situation does not change once read). */
  private readonly perAttack = new Map<Attack, { victims?: string[]; origins?: string[]; links?: Attribution[]; attributed?: { state: string; value: Tri }[]; author?: Map<string, Tri> }>();
  private readonly memos = new Map<unknown, Map<unknown, unknown>>();
  private readonly bases: Record<PathList, Map<string, string>> = { actors: new Map(), places: new Map(), attacks: new Map(), resolutions: new Map(), consents: new Map(), uses: new Map() };

  constructor(readonly situation: Situation) {
    for (const a of situation.actors) this.actors.set(a.id, a);
    for (const p of situation.places ?? []) this.places.set(p.id, p);
    for (const a of situation.attacks ?? []) this.attacks.set(a.id, a);
    for (const r of situation.resolutions ?? []) this.resolutions.set(r.id, r);
    for (const c of situation.consents ?? []) this.consents.set(c.id, c);
    for (const u of situation.uses) this.uses.set(u.id, u);
    this.open = new Set(situation.incomplete ?? []);
    for (const list of Object.keys(this.bases) as PathList[])
      (situation[list] ?? []).forEach((item: { id: string }, i: number) => this.bases[list].set(item.id, `$.${list}[${i}]`));
  }

  /**
   * A result that depends on the situation only (never on the date or the doctrine): computed once
   * per situation for each key, then shared by every date, use and basis. `table` names the
   * computation (the function that asks); its results must not be changed by the caller.
   */
  memo<T>(table: object, key: unknown, compute: () => T): T {
    let t = this.memos.get(table);
    if (t === undefined) this.memos.set(table, (t = new Map()));
    if (t.has(key)) return t.get(key) as T;
    const v = compute();
    t.set(key, v);
    return v;
  }

  private of(a: Attack) {
    let x = this.perAttack.get(a);
    if (x === undefined) this.perAttack.set(a, (x = {}));
    return x;
  }

  /** For a closed list, a missing event is "no"; for a list marked incomplete, "unknown". */
  absent(list: EventList): Tri {
    return this.open.has(list) ? "unknown" : "no";
  }

  name(id: string): string {
    return this.actors.get(id)?.name ?? this.places.get(id)?.name ?? id;
  }

  isState(id: string): boolean {
    return this.actors.get(id)?.kind === "state";
  }

  /** The state whose territory a place (or state id) is; "international" for high seas; undefined if not said. */
  territoryOf(where: string): string | "international" | undefined {
    if (this.actors.has(where)) return this.isState(where) ? where : undefined;
    const p = this.places.get(where);
    if (!p) return undefined;
    if (p.international) return "international";
    return p.territoryOf;
  }

  /** The state in effective control of a place: its occupant if any, else its territorial state. */
  controllerOf(where: string): string | undefined {
    const t = this.territoryOf(where);
    return this.places.get(where)?.controlledBy ?? (t === "international" ? undefined : t);
  }

  /** JSON path of an item of a list, for "facts relied on". */
  path(list: PathList, id: string, field?: string): string {
    const base = this.bases[list].get(id) ?? `$.${list}[?]`;
    return field ? `${base}.${field}` : base;
  }

  /** The state an attack is carried out by, or said to be linked to (whatever the link; not attribution in law: src/law/context.ts attributedTo). */
  attackerState(a: Attack): string | undefined {
    if (this.isState(a.by)) return a.by;
    return a.attribution?.state;
  }

  /** UN membership on a date: as the situation states it, else from data/un-membership.yaml, else unknown. */
  isMember(id: string, date: string): Tri {
    return this.membership(id, date).value;
  }

  membership(id: string, date: string): { value: Tri; admitted?: string; source?: string; verified?: boolean; from: "situation" | "dataset" | "none" } {
    const a = this.actors.get(id);
    const m = a?.unMember;
    if (m === true || m === false) return { value: m ? "yes" : "no", from: "situation" };
    if (typeof m === "string") return { value: onOrBefore(m, date), admitted: m, from: "situation" };
    if (a?.kind !== "state") return { value: "no", from: "none" };
    const rec = admissionOf(a.unName ?? a.name) ?? admissionOf(a.id);
    // A state the dataset does not list (an invented state, or one not yet recorded) is of unknown membership: say `unMember`.
    if (!rec) return { value: "unknown", from: "none" };
    const until = rec.until ? onOrBefore(date, rec.until) : "yes";
    return { value: and2(onOrBefore(rec.admitted, date), until), admitted: rec.admitted, source: rec.source, verified: rec.verified, from: "dataset" };
  }

  /** The actor a recorded vote names (council.ts voterIndex: as check.ts reads votes). */
  voter(entry: string): Actor | undefined {
    return (this.voters ??= voterIndex(this.actors.values()))(entry);
  }
  private voters?: (entry: string) => Actor | undefined;

  /**
   * Whether a vote's entry is a permanent member's (art 23(1)): an actor, as it is marked; else a
   * name or code of a permanent seat ("UK", "Britain", "USSR"; src/scenario/council.ts), whose
   * holder on the day check.ts has verified.
   */
  isPermanentMember(entry: string): boolean {
    const a = this.voter(entry);
    if (a) return a.permanentMember === true;
    return permanentSeatOf(entry) !== undefined;
  }

  /** The name of whoever a vote's entry names: the actor, else the permanent seat's holder, else the entry as written. */
  voterName(entry: string): string {
    return this.voter(entry)?.name ?? permanentSeatOf(entry)?.holder?.holder ?? entry;
  }

  /** Every state an attack is against: `against` and `alsoAgainst`. */
  victimsOf(a: Attack): string[] {
    const x = this.of(a);
    return (x.victims ??= [a.against, ...(a.alsoAgainst ?? [])]);
  }

  /** Every place or state an attack was launched from. */
  originsOf(a: Attack): string[] {
    const x = this.of(a);
    return (x.origins ??= [...(a.originatesFrom ? [a.originatesFrom] : []), ...(a.alsoFrom ?? [])]);
  }

  /** The links of a group's attack to states: `attribution` first, then `attributions`. */
  attributionsOf(a: Attack): Attribution[] {
    const x = this.of(a);
    return (x.links ??= [...(a.attribution ? [a.attribution] : []), ...(a.attributions ?? [])]);
  }

  // Whether an attack is attributed to a state, and who controls a place on a date, are rules of
  // law: src/law/context.ts (attributedTo, controllerOn).

  /** When a state acting in a use of force began: its own start (`startBy`), else the use's. */
  startOf(use: UseOfForce, actor: string): string {
    return use.startBy?.[actor] ?? use.start;
  }

  /** The date an attack ended, if recorded. */
  endOf(a: Attack): string | undefined {
    return a.end ?? a.endedBy?.date;
  }

  /**
   * Every use of force in the situation, weighed as a possible armed attack on its target (a
   * counter-use may rest on self-defence against it), judged by the same conditions as a recorded
   * attack. One per acting state; ids "<use>" or "<use>/<state>".
   */
  get attacksFromUses(): DerivedAttack[] {
    if (!this.derived) {
      this.derived = [];
      for (const u of this.situation.uses) {
        const targets = list(u.against).filter((t) => this.isState(t));
        if (targets.length === 0) continue;
        const by = list(u.by);
        for (const actor of by) {
          const id = by.length > 1 ? `${u.id}/${actor}` : u.id;
          const d: DerivedAttack = {
            id,
            by: actor,
            against: targets[0],
            alsoAgainst: targets.slice(1),
            date: this.startOf(u, actor),
            end: u.end,
            stage: "occurred",
            kind: u.asAttack?.kind,
            gravity: u.asAttack?.gravity,
            description: u.title,
            fromUse: u.id,
          };
          this.derived.push(d);
          this.bases.attacks.set(id, this.path("uses", u.id));
        }
      }
    }
    return this.derived;
  }

  /** Recorded attacks and the uses of force weighed as attacks. */
  allAttacks(): Attack[] {
    return (this.everyAttack ??= [...(this.situation.attacks ?? []), ...this.attacksFromUses]);
  }

  alliesOf(a: string, b: string) {
    return (this.situation.alliances ?? []).filter((al) => al.parties.includes(a) && al.parties.includes(b));
  }
}

const and2 = (a: Tri, b: Tri): Tri => (a === "no" || b === "no" ? "no" : a === "unknown" || b === "unknown" ? "unknown" : "yes");

