// UN membership by date of admission (data/un-membership.yaml): read once, on first use, so that a
// situation that states every actor's `unMember` never loads it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export interface Admission {
  names: string[];
  admitted: string;
  until?: string;
  note?: string;
  source: string;
  verified: boolean;
}

export const UN_MEMBERSHIP_PATH = fileURLToPath(new URL("../../data/un-membership.yaml", import.meta.url));

let byName: Map<string, Admission> | undefined;

/** The admission record of a state, by any of its names (case-insensitive). */
export function admissionOf(name: string): Admission | undefined {
  if (!byName) {
    byName = new Map();
    for (const r of parse(readFileSync(UN_MEMBERSHIP_PATH, "utf8")) as Admission[]) for (const n of r.names) byName.set(String(n).toLowerCase(), r);
  }
  return byName.get(name.toLowerCase());
}
