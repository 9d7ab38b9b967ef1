// A doctrine position's standing in words, English and Japanese: in the positions legend after an
// answer (positions-legend.ts) and in `casus doctrine` (cli/main.ts, ja-doctrine.ts).
import type { Standing } from "../law/doctrine.js";

export const STANDING_WORDS: Record<"en" | "ja", Record<Standing, string>> = {
  en: { settled: "settled (an ICJ holding)", majority: "the majority view", significant: "a significant view (not most authority)", rejected: "a position most authority rejects" },
  ja: { settled: "確立（ICJの判示）", majority: "多数の見解", significant: "有力な見解（多数ではない）", rejected: "大多数の見解が否定する立場" },
};
