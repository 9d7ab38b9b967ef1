// The compact answer for front ends (`--json --compact`): each use's verdict and summary, each
// basis's status, summary, positions and decisive conditions; no full trees (docs/json-output.md).
import type { Analysis, BasisStatus, PositionOutcome, UseAnalysis, Verdict } from "../answer/types.js";
import { decisiveConditions } from "./decisive.js";
import { CitationWriter, type CitationTable } from "../answer/json.js";

export interface CompactCondition {
  id: string;
  label: string;
  status: string;
  because: string;
  /** The candidates the same finding stands for (victims, resolutions, acting states ...). */
  for?: string[];
  facts: string[];
  missing?: string[];
  citations: string[];
  byPosition?: PositionOutcome<string>[];
}

export interface CompactBasis {
  basis: string;
  status: BasisStatus;
  claimed: boolean;
  summary: string;
  positions?: PositionOutcome<BasisStatus>[];
  decisive: CompactCondition[];
}

export interface CompactUse {
  id: string;
  title: string;
  date: string;
  verdict: Verdict;
  notUnderWay?: UseAnalysis["notUnderWay"];
  summary: string;
  isForce: UseAnalysis["isForce"];
  bases: CompactBasis[];
}

export interface CompactAnalysis {
  casus: 3;
  form: "compact";
  title: string;
  date: string;
  uses: CompactUse[];
  /** Each citation once: key -> text (docs/json-output.md, version 3). */
  citations: CitationTable;
}

export function compactAnalysis(a: Analysis): CompactAnalysis {
  const w = new CitationWriter();
  return {
    casus: 3,
    form: "compact",
    title: a.title,
    date: a.date,
    uses: a.uses.map((u) => ({
      id: u.id,
      title: u.title,
      date: u.date,
      verdict: u.verdict,
      ...(u.notUnderWay ? { notUnderWay: u.notUnderWay } : {}),
      summary: u.summary,
      isForce: u.isForce,
      bases: u.bases.map((b) => {
        const out: CompactBasis = {
          basis: b.basis,
          status: b.status,
          claimed: b.claimed,
          summary: b.summary,
          decisive: decisiveConditions(b).map(({ node: n, for: who }) => {
            const c: CompactCondition = { id: n.id, label: n.label, status: n.status, because: n.because, facts: n.facts, citations: n.citations.map((x) => w.key(x)) };
            if (who.length) c.for = who;
            if (n.missing.length) c.missing = n.missing;
            if (n.byPosition) c.byPosition = n.byPosition;
            return c;
          }),
        };
        if (b.positions) out.positions = b.positions;
        return out;
      }),
    })),
    citations: w.table,
  };
}
