// Is a doctrine setting well formed? Asked by the loader (src/scenario/check.ts) for a situation's
// own `doctrine` block, and by the faces for --doctrine: one list of switches, the law's.
import { SWITCH_BY_ID } from "./doctrine.js";
import { JP_SWITCH_BY_ID } from "./japan/switches.js";
import { didYouMean } from "../scenario/suggest.js";

export class DoctrineError extends Error {
  override name = "DoctrineError";
}

/** Throws a DoctrineError unless `id` is a switch with `position` (also used by the loader: src/scenario/check.ts). */
export function check(id: string, position: string, where: string) {
  // Domestic layers' switches (Japan: jpIttaika ...) are settable too; their layer reads them.
  const sw = SWITCH_BY_ID.get(id) ?? JP_SWITCH_BY_ID.get(id);
  if (!sw) {
    const ids = [...SWITCH_BY_ID.keys(), ...JP_SWITCH_BY_ID.keys()];
    throw new DoctrineError(`${where}: unknown doctrine switch "${id}"${didYouMean(id, ids)} (switches: ${ids.join(", ")})`);
  }
  if (!sw.positions.includes(position)) throw new DoctrineError(`${where}: switch ${id} has no position "${position}"${didYouMean(position, sw.positions)} (positions: ${sw.positions.join(", ")})`);
}

