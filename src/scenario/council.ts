// The Security Council's composition by date, to check every recorded vote: how many members sat,
// and which state held each permanent seat. The elected members are not listed (no sourced table
// of them by year is bundled), so an elected voter is checked only for duplicates and counts.
//
// Sources:
// - Charter art 23(1) (1945): eleven members; permanent: the Republic of China, France, the Union of
//   Soviet Socialist Republics, the United Kingdom, the United States.
// - GA res 1991 A (XVIII) (17 December 1963), amending art 23: fifteen members; in force 31 August
//   1965 (un-charter.md, C6); the enlarged Council first sat on 1 January 1966.
// - GA res 2758 (XXVI) (25 October 1971): the representatives of the People's Republic of China are
//   "the only legitimate representatives of China to the United Nations"; China's seat is theirs
//   from that day.
// - Letter of the President of the Russian Federation to the Secretary-General, 24 December 1991
//   (after the Alma-Ata decision of 21 December 1991): the Russian Federation continues the USSR's
//   membership of the Security Council.
// - The Council's first meeting: 17 January 1946 (S/PV.1).
import { earliest, latest } from "./dates.js";
import { closestWord } from "./suggest.js";

export const COUNCIL_FIRST_MEETING = "1946-01-17";
/** The first day of the fifteen-member Council. */
export const ENLARGED_FROM = "1966-01-01";

export const councilSize = (date: string) => (earliest(date) < ENLARGED_FROM ? 11 : 15);

export interface PermanentSeatHolder {
  seat: "china" | "france" | "russia" | "uk" | "us";
  holder: string;
  from: string;
  until?: string;
  /** Names and codes that name this holder (lower case). */
  names: string[];
  source: string;
}

export const PERMANENT_SEAT_HOLDERS: readonly PermanentSeatHolder[] = [
  { seat: "china", holder: "Republic of China", from: "1945-10-24", until: "1971-10-24", names: ["republic of china", "roc", "china-roc"], source: "Charter art 23(1); GA res 2758 (XXVI)" },
  { seat: "china", holder: "People's Republic of China", from: "1971-10-25", names: ["people's republic of china", "prc", "chn", "china-prc"], source: "GA res 2758 (XXVI) (25 October 1971)" },
  { seat: "france", holder: "France", from: "1945-10-24", names: ["france", "french republic", "fra"], source: "Charter art 23(1)" },
  { seat: "russia", holder: "Union of Soviet Socialist Republics", from: "1945-10-24", until: "1991-12-23", names: ["union of soviet socialist republics", "ussr", "soviet union", "sun"], source: "Charter art 23(1)" },
  { seat: "russia", holder: "Russian Federation", from: "1991-12-24", names: ["russian federation", "russia", "rus"], source: "letter of the President of the Russian Federation, 24 December 1991" },
  { seat: "uk", holder: "United Kingdom", from: "1945-10-24", names: ["united kingdom", "united kingdom of great britain and northern ireland", "uk", "gbr", "great britain", "britain"], source: "Charter art 23(1)" },
  { seat: "us", holder: "United States", from: "1945-10-24", names: ["united states", "united states of america", "usa", "us"], source: "Charter art 23(1)" },
];

/** Names that mean whoever held the seat on the day ("China" in 1950 is the Republic of China). */
const SEAT_NAMES: Record<string, PermanentSeatHolder["seat"]> = { china: "china" };

const normal = (s: string) => s.trim().toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ");

/** The spellings a name stands for: itself, the part before a parenthesis, the parts inside it. */
function spellings(name: string): string[] {
  const n = normal(name);
  const m = /^([^(]*)\(([^)]*)\)\s*$/.exec(n);
  if (!m) return [n];
  return [n, normal(m[1]), ...m[2].split(",").map(normal)];
}

export type SeatMatch = { seat: PermanentSeatHolder["seat"]; holder?: PermanentSeatHolder };

/** The permanent seat a name (or actor id) names, if any: a holder, or only the seat. */
export function permanentSeatOf(...names: string[]): SeatMatch | undefined {
  let generic: SeatMatch | undefined;
  for (const s of names.flatMap(spellings)) {
    const holder = PERMANENT_SEAT_HOLDERS.find((h) => h.names.includes(s));
    if (holder) return { seat: holder.seat, holder };
    if (SEAT_NAMES[s]) generic ??= { seat: SEAT_NAMES[s] };
  }
  return generic;
}

/** The actor a recorded vote names: by its id, else by its name in any case (one reading for the vote check and the veto). */
export function voterIndex<A extends { id: string; name: string }>(actors: Iterable<A>): (entry: string) => A | undefined {
  const byId = new Map<string, A>();
  const byName = new Map<string, A>();
  for (const a of actors) {
    byId.set(a.id, a);
    byName.set(a.name.trim().toLowerCase(), a);
  }
  return (entry) => byId.get(entry) ?? byName.get(entry.trim().toLowerCase());
}

/**
 * For a vote naming no actor and no permanent member: the actor (its id) or permanent member (its
 * name) the entry is a slip away from, if any (scenario/suggest.ts). The names are those the vote
 * check and the veto read (voterIndex, permanentSeatOf).
 */
export function voterNearMiss(actors: Iterable<{ id: string; name: string }>): (entry: string) => string | undefined {
  const shown = new Map<string, string>();
  for (const h of PERMANENT_SEAT_HOLDERS) for (const n of h.names) shown.set(n, h.holder);
  for (const n of Object.keys(SEAT_NAMES)) shown.set(n, n[0].toUpperCase() + n.slice(1)); // "China": whoever held the seat
  for (const a of actors) {
    shown.set(a.id, a.id);
    shown.set(a.name, a.id);
  }
  return (entry) => {
    const m = closestWord(entry, shown.keys());
    return m === undefined ? undefined : shown.get(m);
  };
}

/** Did this holder hold its seat at some point of the (possibly partial) date? */
export const heldOn = (h: PermanentSeatHolder, date: string) => h.from <= latest(date) && (h.until === undefined || h.until >= earliest(date));

/** The holders of the five seats on a date (both, where a partial date spans a change). */
export const permanentMembersOn = (date: string) => PERMANENT_SEAT_HOLDERS.filter((h) => heldOn(h, date));
