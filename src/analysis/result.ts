// The answer casus gives: the stable, documented JSON shape of `analyze` (docs/json-output.md).
import type { SwitchId } from "../scenario/schema.js";

export type Verdict = "lawful" | "unlawful" | "undetermined" | "contested";
export type BasisStatus = "available" | "not-available" | "undetermined" | "contested";
export type ConditionStatus = "satisfied" | "failed" | "unknown" | "contested";

export type BasisId =
  | "individual-self-defence"
  | "collective-self-defence"
  | "collective-security"
  | "regional-enforcement"
  | "consent"
  | "humanitarian-intervention"
  | "protection-of-nationals"
  | "reprisal"
  | "uniting-for-peace"
  | "self-help";

export const CHARTER_BASES: BasisId[] = [
  "individual-self-defence",
  "collective-self-defence",
  "collective-security",
  "regional-enforcement",
  "consent",
];

/** A citation in standard form, e.g. "... [1986] ICJ Rep 14, para 199" or "S/RES/678 (1990), para 2". */
export interface Citation {
  id: string;
  text: string;
}

/** One node of the proof tree. */
export interface ConditionResult {
  /** Path-like id, unique within the basis (e.g. "actors[USA]/attacks[a1]/conditions/gravity"). */
  id: string;
  label: string;
  /** leaf (a fact test), all, any, unless, some (one candidate suffices), every, doctrine (a switch). */
  kind: "leaf" | "all" | "any" | "unless" | "some" | "every" | "doctrine";
  status: ConditionStatus;
  /** Why: which facts made it so. */
  because: string;
  citations: Citation[];
  /** JSON paths of the facts relied on. */
  facts: string[];
  /** For unknown conditions: the facts that would decide it. */
  missing: string[];
  /** Where the status depends on a doctrine switch: the status under each position. */
  byPosition?: PositionOutcome<ConditionStatus>[];
  /** Shown for the record, but not a condition of the basis (e.g. reporting, Nicaragua para 200). */
  evidenceOnly?: boolean;
  /** For a node that depends on a doctrine switch: the position applied. */
  doctrine?: { switch: string; position: string };
  children: ConditionResult[];
}

export interface PositionOutcome<S> {
  /** Switch id -> position, for the switches this outcome depends on. */
  positions: Partial<Record<SwitchId, string>>;
  status: S;
  /** True for the outcome under every switch's default position. */
  isDefault: boolean;
}

export interface BasisResult {
  basis: BasisId;
  label: string;
  status: BasisStatus;
  /** Whether the actor claims this basis. */
  claimed: boolean;
  /** One-line reason. */
  summary: string;
  conditions: ConditionResult[];
  /** For a contested basis: the answer under each doctrine position. */
  positions?: PositionOutcome<BasisStatus>[];
  /** Doctrine switches consulted for this basis (settled or not). */
  switches: SwitchId[];
}

export interface Commitment {
  treaty: string;
  label: string;
  victim: string;
  triggered: "yes" | "no" | "unknown";
  because: string;
  citations: Citation[];
  note: string;
}

export interface LabelFlag {
  label: string;
  by?: string;
  kind: "names-no-basis" | "basis-not-available" | "basis-undetermined" | "basis-contested" | "fits";
  message: string;
  /** The bases that do fit (available) on the date judged. */
  fits: BasisId[];
}

export interface UseAnalysis {
  id: string;
  title: string;
  by: string[];
  date: string;
  verdict: Verdict;
  summary: string;
  /** Is the conduct a use of force at all? (Nicaragua para 228) */
  isForce: "yes" | "no" | "unknown";
  bases: BasisResult[];
  commitments: Commitment[];
  labels: LabelFlag[];
}

export interface Interval {
  from: string;
  /** Inclusive; undefined = open-ended. */
  to?: string;
  status: BasisStatus;
}

export interface BasisTimeline {
  basis: BasisId;
  intervals: Interval[];
}

export interface UseTimeline {
  id: string;
  title: string;
  from: string;
  to?: string;
  verdicts: { from: string; to?: string; verdict: Verdict }[];
  bases: BasisTimeline[];
  /** Dates on which something changed, with what happened. */
  events: { date: string; what: string }[];
}

export interface DoctrineSetting {
  switch: SwitchId;
  position: string;
  /** Where the setting came from. */
  /** default: open, judged both ways where it matters; law: settled by an ICJ holding; situation; user. */
  from: "default" | "law" | "situation" | "user";
}

export interface Analysis {
  casus: 1;
  title: string;
  /** The date judged (for a dated analysis). */
  date: string;
  doctrine: DoctrineSetting[];
  uses: UseAnalysis[];
}

export interface TimelineAnalysis {
  casus: 1;
  title: string;
  doctrine: DoctrineSetting[];
  uses: UseTimeline[];
}
