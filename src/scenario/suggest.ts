// "Did you mean ...?" for a misspelt field or name: the closest of the words allowed at that place,
// if it is close enough to be the one meant.
import { distance } from "fastest-levenshtein";

/**
 * The candidate a word was probably meant to be: the closest by edit distance (letters added,
 * dropped or changed, two neighbours swapped; case ignored) of at most a quarter of the word's
 * length (at least 1), and only if no other candidate is as close. Undefined if none is.
 */
export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const bound = Math.max(1, Math.floor(w.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of new Set(candidates)) {
    if (c === word) continue;
    const d = swapsTwoNeighbours(w, c.toLowerCase()) ? 1 : distance(w, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance, tie] = [c, d, false];
    else if (d === bestDistance && c.toLowerCase() !== best?.toLowerCase()) tie = true;
  }
  return best !== undefined && bestDistance <= bound && !tie ? best : undefined;
}

/** `; did you mean "x"?` after a message about `word`, or nothing if no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const m = closestWord(word, candidates);
  return m === undefined ? "" : `; did you mean "${m}"?`;
}

/** "valeu" for "value": one slip of the fingers, though Levenshtein counts it as two edits. */
function swapsTwoNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
