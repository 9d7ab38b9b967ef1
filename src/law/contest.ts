// When is a basis contested? The law's answer to "the positions disagree": a basis is contested
// only where positions (of doctrine, or versions of a disputed fact) give different answers.
// Refined under issue 7 (the standing of each position: a position most authority rejects is
// reported, but never makes a basis contested on its own).
import type { Tri } from "../engine/tri.js";

/** The answer of one world: the positions it applied (switch -> position) and its value. */
export interface WorldAnswer {
  positions: Readonly<Record<string, string>>;
  value: Tri;
  isDefault: boolean;
}

export type Contest = { contested: false; value: Tri } | { contested: true; value: Tri };

/** Contested when the worlds disagree; `value` is the default world's answer. */
export function contestOf(worlds: readonly WorldAnswer[]): Contest {
  const main = worlds.find((w) => w.isDefault) ?? worlds[0];
  const contested = worlds.some((w) => w.value !== main.value);
  return { contested, value: main.value };
}
