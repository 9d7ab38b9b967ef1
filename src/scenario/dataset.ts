// The Security Council authorisations dataset (data/sc-authorisations.yaml, a copy of
// shared/data/sc-authorisations.yaml). A scenario names a record by number (`dataset: 678`) and
// the record's fields become the resolution's defaults; the scenario's own fields override them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Resolution } from "./schema.js";
import { DATE_PATTERN } from "./schema.js";

export interface DatasetRecord {
  symbol: string;
  number: number;
  adopted: string;
  vote: {
    for: number;
    against: number;
    abstain: number;
    against_states?: string[];
    abstain_states?: string[];
    absent_states?: string[];
    not_participating_states?: string[];
  };
  chapter_vii: boolean;
  chapter_vii_note?: string;
  determination: string | null;
  authorises_force: boolean | "contested";
  operative_paragraph?: string;
  words?: string;
  addressees?: string;
  purpose?: string;
  area?: string;
  from?: string | null;
  until?: string | null;
  limits?: string[];
  verified?: string;
  unverified?: string[];
  notes?: string;
}

let cache: Map<number, DatasetRecord> | undefined;

export const DATASET_PATH = fileURLToPath(new URL("../../data/sc-authorisations.yaml", import.meta.url));

export function loadDataset(): Map<number, DatasetRecord> {
  if (!cache) {
    const records = parse(readFileSync(DATASET_PATH, "utf8")) as DatasetRecord[];
    cache = new Map(records.map((r) => [r.number, r]));
  }
  return cache;
}

function determinationKind(words: string | null): Resolution["determination"] {
  if (words === null) return undefined; // not checked: unknown
  const w = words.toLowerCase();
  const kind = w.includes("aggression")
    ? "act-of-aggression"
    : w.includes("breach")
      ? "breach-of-the-peace"
      : w.includes("threat")
        ? "threat-to-the-peace"
        : "none";
  return { kind, words };
}

function authorisationKind(r: DatasetRecord): Resolution["authorisation"] {
  if (r.authorises_force === "contested") return "contested";
  if (r.authorises_force === false) return /calls upon/i.test(r.words ?? "") ? "calls-upon" : "none";
  return /^\s*recommends/i.test(r.words ?? "") ? "recommends" : "authorises";
}

const isDate = (v: unknown): v is string => typeof v === "string" && DATE_PATTERN.test(v);

/** The dataset record as scenario fields (defaults for a scenario resolution). */
export function datasetDefaults(r: DatasetRecord): Partial<Resolution> {
  // Implicit only where the record itself says so (chapter_vii_note), never derived (citations review, sc-reading-rules).
  const chapterVII: Resolution["chapterVII"] = r.chapter_vii ? "express" : /^implicit|implicitly a chapter vii/i.test(r.chapter_vii_note ?? "") ? "implicit" : "none";
  return {
    symbol: r.symbol,
    organ: "security-council",
    adopted: r.adopted,
    votes: {
      for: r.vote.for,
      against: r.vote.against_states ?? [],
      abstain: r.vote.abstain_states ?? [],
      absent: r.vote.absent_states ?? [],
      notParticipating: r.vote.not_participating_states ?? [],
    },
    determination: determinationKind(r.determination),
    chapterVII,
    authorisation: authorisationKind(r),
    words: r.words,
    paragraph: r.operative_paragraph,
    limits: r.limits,
    from: isDate(r.from) ? r.from : undefined,
    until: isDate(r.until) ? r.until : undefined,
    note: r.notes,
    unverified: r.unverified?.length ? r.unverified : undefined,
  };
}
