// The library: the same answers as the CLI, as typed objects.
export { analyze, timeline, analyzeUse, prepare, verdictOf, UsageError, type AnalyzeOptions } from "./analysis/analyze.js";
// Decide without words (statuses and trace): the same options and keys as analyze (uses[].id, uses[].bases[].basis, .status).
export { decide, type Decision, type DecideOptions, type UseDecision, type BasisDecision, type Prepared } from "./analysis/decide.js";
export type { TraceNode, TraceWorldOutcome } from "./engine/trace.js";
export { compactAnalysis, type CompactAnalysis } from "./render/compact.js";
// The answer as JSON (version 3: citations by key with one table) and back: docs/json-output.md.
export { analysisJson, analysisFromJson, JSON_VERSION, type AnalysisJson, type CitationTable, type CitationEntry } from "./answer/json.js";
import "./analysis/layers.js";
export { compare, type Comparison } from "./analysis/compare.js";
export { explain, explainBasis, type Explanation } from "./analysis/explain.js";
export { parseSituation, loadSituation, CasusInputError, type InputIssue } from "./scenario/load.js";
export { SituationSchema, type Situation } from "./scenario/schema.js";
export { SWITCHES, PROFILES } from "./law/doctrine.js";
export { BASES } from "./law/rulebook.js";
export { CITATIONS } from "./law/citations.js";
export { situationJsonSchema } from "./scenario/json-schema.js";
export * from "./answer/types.js";
// Domestic layers (docs/domestic-layers.md): Japan's answer comes with each UseAnalysis (uses[].domestic).
export { regimesTable, type RegimesTable, type RegimeRow } from "./analysis/regimes.js";
export { DOMESTIC_LAYERS, judgeDomestic, reformIds } from "./law/domestic-layers.js";
export type { DomesticLayer, DomesticInput, Lang, ReformInfo } from "./law/domestic.js";
