// A reason's wordings in English and Japanese, typed once from the English wording's arguments
// (src/engine/reason.ts): `say((a: { date: string }) => ..., (a) => ...)`.
import type { Words } from "../engine/reason.js";

export const say = <A>(en: (a: A, w: Words) => string, ja: (a: A, w: Words) => string) => ({ en, ja });
