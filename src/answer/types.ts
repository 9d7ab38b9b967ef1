// The answer casus gives: the stable, documented JSON shape of `analyze` (docs/json-output.md).
// These types sit below the law and the engine that fill them (the house points down); the
// decision they are explained from is src/analysis/decide.ts.
import type { SwitchId } from "../scenario/schema.js";

/**
 * "not-force": the conduct is not a use of force at all (Nicaragua para 228), so art 2(4) is not
 * engaged and no basis is needed; not "lawful", which would say a basis justified force.
 * "not-under-way": the date judged lies outside the use's own period (before its start or after its
 * end): there is no force on that date to call lawful or unlawful (JSON version 3).
 */
export type Verdict = "lawful" | "unlawful" | "undetermined" | "contested" | "not-force" | "not-under-way";
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
  citations: readonly Citation[];
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
  /** The message as a reason code (src/law/labels.ts), rendered in each language. */
  reason?: import("../engine/reason.js").Reason;
  /** The bases that do fit (available) on the date judged. */
  fits: BasisId[];
}

export interface UseAnalysis {
  id: string;
  title: string;
  by: string[];
  date: string;
  verdict: Verdict;
  /** With verdict "not-under-way": why (the date is before the use's start, or after its end). */
  notUnderWay?: "before-start" | "after-end";
  summary: string;
  /** Is the conduct a use of force at all? (Nicaragua para 228) */
  isForce: "yes" | "no" | "unknown";
  bases: BasisResult[];
  commitments: Commitment[];
  labels: LabelFlag[];
  /** The answer of each domestic layer that applies to this use (e.g. Japan), beside the international one. */
  domestic?: DomesticAnalysis[];
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
  /** What happened that bears on the use, by date; an imprecise date is a range (`date` to `until`). */
  events: { date: string; until?: string; what: string }[];
}

export interface DoctrineSetting {
  switch: SwitchId;
  position: string;
  /** Where the setting came from. */
  /** default: open, judged both ways where it matters; law: settled by an ICJ holding; situation; user. */
  from: "default" | "law" | "situation" | "user";
}

export interface Analysis {
  casus: 3;
  title: string;
  /** The date judged (for a dated analysis). */
  date: string;
  doctrine: DoctrineSetting[];
  uses: UseAnalysis[];
}

export interface TimelineAnalysis {
  casus: 3;
  title: string;
  doctrine: DoctrineSetting[];
  uses: UseTimeline[];
}

// ---- Domestic layers (src/law/domestic.ts; docs/domestic-layers.md) ------------------------------
// A state's own law on its use of force, judged beside international law and never mixed into it.

export type DomesticStatus = "permitted" | "not-permitted" | "undetermined" | "contested";

/** The constitutional reading or statutory regime in force on the date whose law is applied. */
export interface DomesticRegime {
  id: string;
  label: string;
  from: string;
  /** Inclusive; undefined = still in force. */
  to?: string;
  sources: Citation[];
}

/** One instrument (statute, statutory power) the action could fall under, with its conditions. */
export interface DomesticInstrumentResult {
  id: string;
  name: string;
  /** The statute and its number, e.g. "Act No. 77 of 2015". */
  law: string;
  from: string;
  to?: string;
  /** On the dates, where a source is missing or partial. */
  datesNote?: string;
  status: ConditionStatus;
  /** Not a law in force: the implementing law a reform presupposes. */
  hypothetical?: boolean;
  conditions: ConditionResult[];
}

export interface DietApproval {
  /** The rule of the statute, e.g. "prior-in-principle-ex-post-if-urgent". */
  statute?: { kind: string; label: string; citations: Citation[]; note?: string };
  /** A political commitment kept apart from the statute (Japan: the Cabinet decision of 19 September 2015). */
  commitment?: { kind: string; label: string; applies: "yes" | "no" | "unknown"; because: string; citations: Citation[] };
  /** Whether the approval recorded in the situation meets the statute ("not-required" where none is needed). */
  compliance: { status: "met" | "not-met" | "unknown" | "not-required"; because: string };
}

export interface DomesticPairFlag {
  kind:
    | "fits"
    | "government-basis-not-available"
    | "continues-under-collective-security"
    | "international-law-allows-domestic-law-does-not"
    | "domestic-law-allows-international-law-does-not"
    | "character-differs"
    | "treaty-not-triggered"
    | "no-statutory-authority";
  message: string;
}

/** The pair (international basis, domestic instrument), and whether they fit. */
export interface DomesticPair {
  international: { isForce: "yes" | "no" | "unknown"; available: BasisId[]; open: BasisId[] };
  domestic: { instrument?: string; governmentBasis: string[]; alsoAdmitted: string[] };
  fits: "yes" | "no" | "unknown";
  flags: DomesticPairFlag[];
}

export interface DomesticAnalysis {
  /** The layer's id, e.g. "japan". */
  layer: string;
  label: string;
  /** Date of the facts (the date judged). */
  date: string;
  /** Date whose law is applied: the date judged, unless a table of regimes moves it. */
  lawDate: string;
  /** A reform (amendment or reinterpretation) applied, if any. */
  reform?: { id: string; label: string };
  regime: DomesticRegime;
  answer: DomesticStatus;
  summary: string;
  /** For a contested answer: the answer under each position of the layer's own contested points. */
  positions?: { positions: Record<string, string>; status: DomesticStatus; isDefault: boolean }[];
  /** Is the action a use of force at all, or support not integrated with it, or police-type action? */
  character: { value: "use-of-force" | "support" | "police-type" | "non-forcible" | "undetermined" | "contested"; because: string; tree: ConditionResult };
  /** The constitution as read on the law date (or under the reform). */
  constitution: ConditionResult;
  /** The instrument the action falls under on the law date, if any. */
  instrument?: Omit<DomesticInstrumentResult, "conditions">;
  /** Every instrument in force that could cover the activity, with its conditions. */
  instruments: DomesticInstrumentResult[];
  diet: DietApproval;
  /** The category the state's own practice would put the action in (Japan: the 2014 scheme of 15 cases). */
  category?: { scheme: string; id: string; label: string; because: string; citations: Citation[] };
  pair: DomesticPair;
  notes: string[];
}
