// When is a basis contested? Only where a position of real standing gives a different definite
// answer (issue 7, principle 11). Each position of a doctrine switch has a standing with its
// sources (src/law/doctrine.ts); each version of a disputed fact stands as its side's account
// (src/law/disputes.ts). The answer under the default position always comes first. A position most
// authority rejects is reported ("available only under X, a position most authority rejects") but
// never makes a basis contested on its own; an `unknown` under another position never contests a
// definite default by itself.
import type { Tri } from "../engine/tri.js";
import { reasons, type Reason } from "../engine/reason.js";
import { SWITCH_BY_ID, type Standing } from "./doctrine.js";
import { say } from "./wording.js";

/** The id prefix of a disputed fact's switch ("fact:<dispute id>"), kept apart from doctrine switches. */
export const FACT_SWITCH_PREFIX = "fact:";

export type { Standing };

/** The answer of one world: the positions it applied (switch -> position) and its value. */
export interface WorldAnswer {
  positions: Readonly<Record<string, string>>;
  value: Tri;
  isDefault: boolean;
}

/** A world whose answer differs from the default's, with the positions that make it differ. */
export interface Rival extends WorldAnswer {
  /** The positions of this world that are not the default (switch -> position). */
  departs: Readonly<Record<string, string>>;
  /** The weakest standing among those positions. */
  standing: Standing;
  /** Whether it differs on a doctrine switch, a disputed fact, or both. */
  on: readonly ("doctrine" | "facts")[];
}

export type Contest = {
  contested: boolean;
  /** The default world's answer (first in every rendering). */
  value: Tri;
  /** Worlds of real standing whose definite answer differs from the default's (they make it contested). */
  rivals?: readonly Rival[];
  /** Worlds that differ only under a position most authority rejects (reported, not contesting). */
  rejected?: readonly Rival[];
  /** Worlds of real standing where the answer is undetermined (a fact it needs is unknown): shown, not contesting. */
  open?: readonly Rival[];
  /** What the contest is about: doctrine, facts, or both (kept apart: principle 12). */
  on?: readonly ("doctrine" | "facts")[];
};

const RANK: Record<Standing, number> = { settled: 3, majority: 2, significant: 1, rejected: 0 };

/** The standing of a position of a switch; a version of a disputed fact stands as its side's account. */
export function standingOf(switchId: string, position: string): Standing {
  if (switchId.startsWith(FACT_SWITCH_PREFIX)) return "significant";
  const sw = SWITCH_BY_ID.get(switchId);
  const p = sw?.detail.find((d) => d.id === position);
  return p?.standing ?? "significant";
}

const defaultOf = (switchId: string, main: WorldAnswer): string | undefined =>
  switchId.startsWith(FACT_SWITCH_PREFIX) ? main.positions[switchId] : (SWITCH_BY_ID.get(switchId)?.default ?? main.positions[switchId]);

/**
 * Contested when a world of real standing (not one resting on a position most authority rejects)
 * gives a definite answer (yes / no) that differs from the default world's. `value` is the default
 * world's answer.
 */
export function contestOf(worlds: readonly WorldAnswer[]): Contest {
  const main = worlds.find((w) => w.isDefault) ?? worlds[0];
  const rivals: Rival[] = [];
  const rejected: Rival[] = [];
  const open: Rival[] = [];
  for (const w of worlds) {
    if (w === main || w.value === main.value) continue;
    const departs: Record<string, string> = {};
    for (const [s, p] of Object.entries(w.positions)) if (p !== defaultOf(s, main)) departs[s] = p;
    const standings = Object.entries(departs).map(([s, p]) => standingOf(s, p));
    const standing = standings.reduce<Standing>((lo, s) => (RANK[s] < RANK[lo] ? s : lo), "settled");
    const on = [
      ...(Object.keys(departs).some((s) => !s.startsWith(FACT_SWITCH_PREFIX)) ? (["doctrine"] as const) : []),
      ...(Object.keys(departs).some((s) => s.startsWith(FACT_SWITCH_PREFIX)) ? (["facts"] as const) : []),
    ];
    const r: Rival = { ...w, departs, standing, on };
    if (standing === "rejected") rejected.push(r);
    else if (w.value === "unknown") open.push(r);
    else rivals.push(r);
  }
  const on = [...new Set(rivals.flatMap((r) => r.on))];
  return { contested: rivals.length > 0, value: main.value, rivals, rejected, open, on };
}

/** "X=p, Y=q" for the positions a world departs on. */
export const describeDeparture = (r: Pick<Rival, "departs">) =>
  Object.entries(r.departs)
    .map(([s, p]) => `${s}=${p}`)
    .join(", ");

const WORD: Record<Tri, string> = { yes: "available", no: "not available", unknown: "undetermined" };
const WORD_JA: Record<Tri, string> = { yes: "援用可能", no: "援用不可", unknown: "未確定" };

const R = reasons("contest", {
  onlyUnder: say(
    (a: { value: Tri; under: readonly string[] }, w) => `; ${WORD[a.value]} only under ${w.list(a.under)}, ${a.under.length > 1 ? "positions" : "a position"} most authority rejects`,
    (a, w) => `；${w.list(a.under)}の立場の下でのみ${WORD_JA[a.value]}であり、${a.under.length > 1 ? "これらの立場" : "この立場"}は大多数の見解により否定されている`,
  ),
  openUnder: say(
    (a: { under: string; turnsOn?: readonly string[] }) => `; undetermined under ${a.under} (${a.turnsOn?.length ? `it turns on: ${a.turnsOn.join("; ")}` : "a fact it needs is unknown"})`,
    (a) => `；${a.under}の下では未確定（${a.turnsOn?.length ? `次の点による：${a.turnsOn.join("；")}` : "必要な事実が不明"}）`,
  ),
});

/**
 * The definite answers given only under positions most authority rejects, each with every position
 * giving it. An answer that a position of real standing also gives is not "only" the rejected
 * position's: it is then part of the contest (listed position by position), not a note.
 */
export function rejectedOnly(c: Contest): { value: Tri; under: string[] }[] {
  const out: { value: Tri; under: string[] }[] = [];
  for (const value of ["yes", "no"] as const) {
    const rs = (c.rejected ?? []).filter((r) => r.value === value);
    if (rs.length === 0 || (c.rivals ?? []).some((r) => r.value === value)) continue;
    out.push({ value, under: [...new Set(rs.map(describeDeparture))] });
  }
  return out;
}

/** The standing notes of a basis: "available only under X=p, a position most authority rejects", "undetermined under Y=q (it turns on: ...)" (none where there is none). */
export function standingNotes(c: Contest, turnsOn?: (r: Rival) => string[]): Reason[] {
  const open = c.contested ? [] : (c.open ?? []).filter((r, i, a) => a.findIndex((x) => describeDeparture(x) === describeDeparture(r)) === i);
  return [...rejectedOnly(c).map((r) => R.onlyUnder(r)), ...open.map((r) => R.openUnder({ under: describeDeparture(r), turnsOn: turnsOn?.(r) }))];
}
