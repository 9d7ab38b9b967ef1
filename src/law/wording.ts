// A reason's wordings in English and Japanese, typed once from the English wording's arguments
// (src/engine/reason.ts): `say((a: { date: string }) => ..., (a) => ...)`.
import type { Words } from "../engine/reason.js";

export const say = <A>(en: (a: A, w: Words) => string, ja: (a: A, w: Words) => string) => ({ en, ja });

/** The legal bases by their Japanese names, for Japanese wordings that name a basis. */
export const BASIS_JA: Record<string, string> = {
  "individual-self-defence": "個別的自衛権",
  "collective-self-defence": "集団的自衛権",
  "collective-security": "集団安全保障（安保理の授権）",
  "regional-enforcement": "地域的取極に基づく強制行動",
  consent: "領域国の同意",
  "humanitarian-intervention": "人道的介入",
  "protection-of-nationals": "在外自国民の保護",
  reprisal: "武力復仇",
  "uniting-for-peace": "平和のための結集決議",
  "self-help": "自助",
};
export const basisJa = (ids: readonly string[]): string[] => ids.map((id) => BASIS_JA[id] ?? id);

/** The legal bases by their English names, for English wordings that name a basis (a summary reads "lawful: collective security", not its id). */
export const BASIS_EN: Record<string, string> = {
  "individual-self-defence": "individual self-defence",
  "collective-self-defence": "collective self-defence",
  "collective-security": "collective security",
  "regional-enforcement": "regional enforcement",
  consent: "consent",
  "humanitarian-intervention": "humanitarian intervention",
  "protection-of-nationals": "protection of nationals",
  reprisal: "armed reprisal",
  "uniting-for-peace": "Uniting for Peace",
  "self-help": "self-help",
};
export const basisEn = (ids: readonly string[]): string[] => ids.map((id) => BASIS_EN[id] ?? id);
