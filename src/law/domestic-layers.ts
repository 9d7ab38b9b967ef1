// The registry of domestic layers. It knows no state: the layers are registered from above
// (src/analysis/layers.ts lists the layers this build judges), so the ground floor never imports
// a state's law. analyzeUse calls every registered layer that applies to a use of force
// (docs/domestic-layers.md).
import type { DomesticAnalysis } from "../answer/types.js";
import type { DomesticInput, DomesticLayer } from "./domestic.js";

const LAYERS: DomesticLayer[] = [];

/** The layers registered, in registration order. */
export const DOMESTIC_LAYERS: readonly DomesticLayer[] = LAYERS;

/** Add a layer (once per id). */
export function registerDomesticLayer(layer: DomesticLayer): void {
  if (!LAYERS.some((l) => l.id === layer.id)) LAYERS.push(layer);
}

/** The answer of every layer that applies to the use, in registry order. */
export function judgeDomestic(input: DomesticInput): DomesticAnalysis[] {
  return LAYERS.filter((l) => l.appliesTo(input.model, input.use)).map((l) => l.judge(input));
}

/** Every reform id any layer offers. */
export function reformIds(): string[] {
  return LAYERS.flatMap((l) => l.reforms.map((r) => r.id));
}
