// The doctrine positions an answer names, in words. The lines of an answer name a position as
// `switch=position` (what --doctrine takes, short enough to repeat); after a use's answer, each
// switch so named is given once with its question and the label of each position named, so a
// reader need not know the ids. `casus doctrine` gives every switch with its sources.
import { SWITCH_BY_ID } from "../law/doctrine.js";
import { JP_SWITCH_BY_ID } from "../law/japan/switches.js";
import { SWITCHES_JA } from "./ja-doctrine.js";

type Lang = "en" | "ja";

const NAMED = /\b([A-Za-z][A-Za-z0-9]*)=([a-z0-9][a-z0-9-]*)/g;

interface Worded {
  question: string;
  position: (id: string) => string | undefined;
  default: string;
  rejected?: (id: string) => boolean;
}

function worded(sw: string, lang: Lang): Worded | undefined {
  const intl = SWITCH_BY_ID.get(sw);
  if (intl) {
    const ja = SWITCHES_JA[sw];
    return {
      question: lang === "ja" && ja ? ja.question : intl.question,
      position: (id) => (lang === "ja" && ja?.positions[id]) || intl.detail.find((d) => d.id === id)?.label,
      default: intl.default,
      rejected: (id) => intl.detail.find((d) => d.id === id)?.standing === "rejected",
    };
  }
  const jp = JP_SWITCH_BY_ID.get(sw);
  if (jp) return { question: jp.question[lang], position: (id) => jp.detail.find((d) => d.id === id)?.[lang], default: jp.default };
  return undefined;
}

const HEAD: Record<Lang, string> = {
  en: "  Doctrine positions named above (casus doctrine gives each with its sources):",
  ja: "  上記で名指しした学説上の立場（各立場の出典は casus doctrine コマンドが示す）：",
};
const SEP: Record<Lang, string> = { en: ": ", ja: "：" };
const DEFAULT: Record<Lang, string> = { en: " (the default)", ja: "（既定）" };
const REJECTED: Record<Lang, string> = { en: " (a position most authority rejects)", ja: "（大多数の見解が否定する立場）" };

/** The legend of the positions named in `lines` from `from` on: no lines if none is named. */
export function positionsLegend(lines: readonly string[], from: number, lang: Lang): string[] {
  const named = new Map<string, Set<string>>();
  for (let i = from; i < lines.length; i++) {
    if (!lines[i].includes("=")) continue;
    for (const [, sw, pos] of lines[i].matchAll(NAMED)) {
      const w = worded(sw, lang);
      if (!w?.position(pos)) continue; // not a switch and one of its positions: some other a=b
      let set = named.get(sw);
      if (!set) named.set(sw, (set = new Set()));
      set.add(pos);
    }
  }
  if (!named.size) return [];
  const out = [HEAD[lang]];
  for (const [sw, positions] of named) {
    const w = worded(sw, lang)!;
    out.push(`    ${sw}${SEP[lang]}${w.question}`);
    for (const p of positions) out.push(`      ${p}${SEP[lang]}${w.position(p)}${p === w.default ? DEFAULT[lang] : ""}${w.rejected?.(p) ? REJECTED[lang] : ""}`);
  }
  return out;
}
