// UN membership by date of admission (data/un-membership.yaml): read once, on first use, so that a
// situation that states every actor's `unMember` never loads it. Read from its JSON copy
// (data/un-membership.json, made by `npm run dataset`; a test keeps it current): parsing the YAML
// cost a cold `casus analyze` about 40 ms.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Admission {
  names: string[];
  admitted: string;
  until?: string;
  note?: string;
  source: string;
  verified: boolean;
}

export const UN_MEMBERSHIP_PATH = fileURLToPath(new URL("../../data/un-membership.yaml", import.meta.url));
export const UN_MEMBERSHIP_JSON_PATH = fileURLToPath(new URL("../../data/un-membership.json", import.meta.url));

/** The JSON copy of the YAML's records (its text: scripts/dataset.ts). */
export const membershipJson = (records: Admission[]): string => JSON.stringify(records, null, 1) + "\n";

let byName: Map<string, Admission> | undefined;

/** The admission record of a state, by any of its names (case-insensitive). */
export function admissionOf(name: string): Admission | undefined {
  if (!byName) {
    byName = new Map();
    for (const r of JSON.parse(readFileSync(UN_MEMBERSHIP_JSON_PATH, "utf8")) as Admission[]) for (const n of r.names) byName.set(String(n).toLowerCase(), r);
  }
  return byName.get(name.toLowerCase());
}
