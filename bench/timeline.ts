// The long timeline: a valid generated situation with 2,000 attacks and 20 uses of force, its
// timeline (every basis of every use over every change date) computed once; prints the time.
// Run alone, or by bench/run.ts in a child process with a time limit (the old engine takes minutes).
import { performance } from "node:perf_hooks";
import { bigTimeline } from "./corpus.js";
import { timelineOf } from "./casus-adapter.js";

export function timeTimeline(attacks = 2000, uses = 20): { attacks: number; uses: number; ms: number } {
  const s = bigTimeline(attacks, uses);
  const t0 = performance.now();
  timelineOf(s);
  return { attacks: s.attacks!.length, uses: s.uses.length, ms: performance.now() - t0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [a, u] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(timeTimeline(a || 2000, u || 20)));
}
