// First start: the store gets the bundled examples (ids = file names; examples/japan/* as japan-*).
import * as casus from "./casus.js";
import type { Store } from "../store/store.js";

/** Stores each example whose id was never used; returns how many were added. */
export async function seedExamples(store: Store): Promise<number> {
  let added = 0;
  for (const e of casus.examples()) {
    if (await store.exists(e.id)) continue;
    await store.create(e.id, { yaml: e.yaml, ...casus.describe(casus.parseText(e.yaml)) });
    added++;
  }
  return added;
}
