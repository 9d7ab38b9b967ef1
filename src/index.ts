// The library: the same answers as the CLI, as typed objects.
export { analyze, timeline, analyzeUse, prepare, verdictOf, UsageError, type AnalyzeOptions } from "./analysis/analyze.js";
export { compare, type Comparison } from "./analysis/compare.js";
export { explain, explainBasis, type Explanation } from "./analysis/explain.js";
export { parseSituation, loadSituation, CasusInputError, type InputIssue } from "./scenario/load.js";
export { SituationSchema, type Situation } from "./scenario/schema.js";
export { SWITCHES, PROFILES } from "./law/doctrine.js";
export { BASES } from "./law/rulebook.js";
export { CITATIONS } from "./law/citations.js";
export { situationJsonSchema } from "./cli/main.js";
export * from "./analysis/result.js";
