// The doctrine positions an answer names, in words. The lines of an answer name a position as
// `switch=position` (what --doctrine takes, short enough to repeat); after a use's answer, each
// switch so named is given once with its question and the label of each position named, so a
// reader need not know the ids. `casus doctrine` gives every switch with its sources.
import { SWITCH_BY_ID } from "../law/doctrine.js";
import { STANDING_WORDS } from "./standing.js";
import { JP_SWITCH_BY_ID } from "../law/japan/switches.js";
import { SWITCHES_JA } from "./ja-doctrine.js";

type Lang = "en" | "ja";

const isIdChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122); // 0-9 A-Z a-z
const isPositionChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 45; // 0-9 a-z -

interface Worded {
  question: string;
  /** Each position's label. */
  positions: ReadonlyMap<string, string>;
  default: string;
  rejected: ReadonlySet<string>;
}

/** Every switch in words, in each language, made once (international switches, then Japan's). */
const WORDED: Record<Lang, ReadonlyMap<string, Worded>> = (() => {
  const byLang = { en: new Map<string, Worded>(), ja: new Map<string, Worded>() };
  for (const lang of ["en", "ja"] as const) {
    for (const sw of SWITCH_BY_ID.values()) {
      const ja = lang === "ja" ? SWITCHES_JA[sw.id] : undefined;
      byLang[lang].set(sw.id, {
        question: ja?.question ?? sw.question,
        positions: new Map(sw.detail.map((d) => [d.id, ja?.positions[d.id] ?? d.label])),
        default: sw.default,
        rejected: new Set(sw.detail.filter((d) => d.standing === "rejected").map((d) => d.id)),
      });
    }
    for (const sw of JP_SWITCH_BY_ID.values())
      byLang[lang].set(sw.id, { question: sw.question[lang], positions: new Map(sw.detail.map((d) => [d.id, d[lang]])), default: sw.default, rejected: new Set() });
  }
  return byLang;
})();

const HEAD: Record<Lang, string> = {
  en: "  Doctrine positions named above (casus doctrine gives each with its sources):",
  ja: "  上記で名指しした学説上の立場（各立場の出典は casus doctrine コマンドが示す）：",
};
const SEP: Record<Lang, string> = { en: ": ", ja: "：" };
const DEFAULT: Record<Lang, string> = { en: " (the default)", ja: "（既定）" };

const REJECTED: Record<Lang, string> = { en: ` (${STANDING_WORDS.en.rejected})`, ja: `（${STANDING_WORDS.ja.rejected}）` };

/** The legend of the positions named in `lines` from `from` on: no lines if none is named. */
export function positionsLegend(lines: readonly string[], from: number, lang: Lang): string[] {
  const named = new Map<string, Set<string>>();
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    // Each "=" with a switch's id before it and one of its positions after it (no regex: this runs
    // on every line of every answer rendered).
    for (let eq = line.indexOf("="); eq > 0; eq = line.indexOf("=", eq + 1)) {
      let a = eq;
      while (a > 0 && isIdChar(line.charCodeAt(a - 1))) a--;
      let b = eq + 1;
      while (b < line.length && isPositionChar(line.charCodeAt(b))) b++;
      if (a === eq || b === eq + 1) continue;
      const sw = line.slice(a, eq);
      const pos = line.slice(eq + 1, b);
      if (!WORDED[lang].get(sw)?.positions.has(pos)) continue; // not a switch and one of its positions: some other a=b
      let set = named.get(sw);
      if (!set) named.set(sw, (set = new Set()));
      set.add(pos);
    }
  }
  if (!named.size) return [];
  const out = [HEAD[lang]];
  for (const [sw, positions] of named) {
    const w = WORDED[lang].get(sw)!;
    out.push(`    ${sw}${SEP[lang]}${w.question}`);
    for (const p of positions) out.push(`      ${p}${SEP[lang]}${w.positions.get(p)}${p === w.default ? DEFAULT[lang] : ""}${w.rejected.has(p) ? REJECTED[lang] : ""}`);
  }
  return out;
}
