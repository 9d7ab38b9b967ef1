// The registry of domestic layers. analyzeUse calls every layer that applies to a use of force; to
// add a state, write its layer (src/law/<state>/layer.ts) and list it here (docs/domestic-layers.md).
import type { DomesticAnalysis } from "../analysis/result.js";
import type { DomesticInput, DomesticLayer } from "./domestic.js";
import { japanLayer } from "./japan/layer.js";

export const DOMESTIC_LAYERS: readonly DomesticLayer[] = [japanLayer];

/** The answer of every layer that applies to the use, in registry order. */
export function judgeDomestic(input: DomesticInput): DomesticAnalysis[] {
  return DOMESTIC_LAYERS.filter((l) => l.appliesTo(input.model, input.use)).map((l) => l.judge(input));
}

/** Every reform id any layer offers. */
export function reformIds(): string[] {
  return DOMESTIC_LAYERS.flatMap((l) => l.reforms.map((r) => r.id));
}
