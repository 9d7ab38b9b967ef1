// The command line: casus analyze | regimes | compare | explain | validate | schema | doctrine.
// Exit codes: 0 done, 2 invalid input or usage, 1 an internal error (a bug: please report it).
// Errors: one line each, "casus: ..."; with --json, one JSON object on stdout (docs/json-output.md).
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { loadSituationWithWarnings, CasusInputError, formatIssue } from "../scenario/load.js";
import { DATE_PATTERN } from "../scenario/schema.js";
import { situationJsonSchema } from "../scenario/json-schema.js";
import { isCalendarDate } from "../scenario/dates.js";
import { escapeJson, escapeText, processIo, type Io } from "./output.js";
import { analyze, timeline, UsageError } from "../analysis/analyze.js";
import { compare } from "../analysis/compare.js";
import { explain } from "../analysis/explain.js";
import { DoctrineError } from "../analysis/doctrine-options.js";
import { SWITCHES, PROFILES } from "../law/doctrine.js";
import { BASES } from "../law/rulebook.js";
import { cite } from "../law/citations.js";
import type { BasisId } from "../answer/types.js";
import { renderAnalysis, renderComparison, renderExplanation, renderUse, renderUseTimeline } from "../render/text.js";
// Domestic layers (docs/domestic-layers.md): --reform, --lang, and the regimes command.
import { regimesTable } from "../analysis/regimes.js";
import { DOMESTIC_LAYERS } from "../law/domestic-layers.js";
import "../analysis/layers.js";
import { LANGS, type Lang } from "../law/domestic.js";
import { renderRegimes, renderJapanTimeline } from "../render/domestic.js";
import { JP_SWITCHES } from "../law/japan/switches.js";
import { jpCite } from "../law/japan/citations.js";
import { japanTimeline } from "../analysis/japan-timeline.js";
import { variantNames, withVariant } from "../law/japan/dated.js";
import { compactAnalysis } from "../render/compact.js";
import { STANDING_WORDS } from "../render/standing.js";
import { analysisJson } from "../answer/json.js";
import { renderAnalysisJa, renderRegimesJa, renderUseJa } from "../render/ja.js";
import { renderComparisonJa, renderExplanationJa, renderUseTimelineJa } from "../render/ja-explain.js";
import { renderDoctrineJa } from "../render/ja-doctrine.js";

/** The situation `casus analyze` judges when given none. */
export const DEFAULT_SITUATION = fileURLToPath(new URL("../../examples/kuwait-1990.yaml", import.meta.url));

/** Where output goes (run() sets it); every line passes the output boundary (output.ts). */
let io: Io = processIo;
const print = (s: string): void => io.out(escapeText(s.endsWith("\n") ? s : s + "\n"));
const json = (v: unknown): void => io.out(escapeJson(JSON.stringify(v, null, 2)) + "\n");
/** An answer (analyze): on one line; indentation would nearly double its size (pipe it through `jq` to read it). */
const answerJson = (v: unknown): void => io.out(escapeJson(JSON.stringify(v)) + "\n");

/** Load a situation; its warnings go to stderr (they never stop the command). */
function loadSituation(file: string) {
  const { situation, warnings } = loadSituationWithWarnings(file);
  const name = file === "-" ? "<stdin>" : file;
  for (const w of warnings) io.err(escapeText(`casus: warning: ${formatIssue(name, w)}\n`));
  return situation;
}

function asOf(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !DATE_PATTERN.test(v) || !isCalendarDate(v))
    throw new UsageError(`--as-of expects a calendar date as YYYY-MM-DD, got ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`);
  return v;
}

const dateOpt = () => new Option("--as-of <date>", "judge on this date (YYYY-MM-DD)").argParser(asOf);
const doctrineOpt = () => new Option("--doctrine <spec>", "a profile (icj, broad-self-defence, restrictive) and/or switch=position pairs, comma-separated");
const jsonOpt = () => new Option("--json", "print the answer as JSON (docs/json-output.md)");
const reformOpt = () =>
  new Option("--reform <name>", "domestic layers: judge under an amendment or reinterpretation option").choices(DOMESTIC_LAYERS.flatMap((l) => l.reforms.map((r) => r.id)));
const langOpt = () => new Option("--lang <lang>", "language of the text output (domestic layers and headings)").choices([...LANGS]).default("en");

export function program(): Command {
  const p = new Command("casus")
    .description("Explainable reasoning on the international law on the use of force: which legal basis, if any, for each use of force, on each date, and why.")
    .version("0.1.0")
    .showHelpAfterError("(casus --help, or casus COMMAND --help, shows the usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(escapeText(s)),
      writeErr: (s) => (jsonMode ? undefined : io.err(escapeText(s))),
      outputError: (s, write) => write(`casus: ${s.replace(/^error: /, "")}`),
    });

  p.command("analyze")
    .description("Judge every use of force in a situation: verdict, each basis, and the proof tree")
    .argument("[file]", "situation file (YAML or JSON; - reads standard input); default: the embedded example, Kuwait 1990-91")
    .addOption(dateOpt())
    .addOption(doctrineOpt())
    .option("--use <id...>", "only these uses of force")
    .option("--brief", "verdict and one line per basis, no proof tree (with --json: the compact form)")
    .option("--tree", "the full proof tree of each basis (default: the conditions that decide it)")
    .option("--compact", "with --json: statuses and decisive reasons only, no full trees (docs/json-output.md)")
    .option("--no-citations", "leave citations out of the proof tree")
    .addOption(reformOpt())
    .option("--variant <name>", "Japan: apply one of the situation's alternative hypotheticals (japan.variants)")
    .addOption(langOpt())
    .addOption(jsonOpt())
    .addHelpText(
      "after",
      `
Without --as-of, each use of force gets a timeline: the intervals over which each basis is available,
followed by the analysis at the start of each use (or the situation's asOf date).

Examples:
  casus analyze                                   (the embedded example: Kuwait 1990-91)
  casus analyze examples/kuwait-1990.yaml
  casus analyze examples/kuwait-1990.yaml --as-of 1991-01-17 --use u6
  casus analyze examples/kosovo-1999.yaml --as-of 1999-04-01 --doctrine humanitarianIntervention=exceptional-right
  casus analyze examples/nicaragua-1986.yaml --doctrine icj --json
  casus analyze examples/japan/case-09-us-ship-under-armed-attack.yaml --as-of 2015-06-01 --reform both --lang ja`,
    )
    .action((file: string | undefined, o: { asOf?: string; doctrine?: string; use?: string[]; brief?: boolean; tree?: boolean; compact?: boolean; citations?: boolean; json?: boolean; reform?: string; lang?: Lang; variant?: string }) => {
      const loaded = loadSituation(file ?? DEFAULT_SITUATION);
      if (o.variant && !variantNames(loaded).includes(o.variant)) throw new UsageError(`unknown variant "${o.variant}" (variants: ${variantNames(loaded).join(", ") || "none"})`);
      const s = withVariant(loaded, o.variant);
      const text = { brief: o.brief, citations: o.citations, tree: o.tree };
      const compact = o.json && (o.compact || o.brief);
      const domestic = { reform: o.reform, lang: o.lang };
      const ja = o.lang === "ja";
      if (o.asOf) {
        const a = analyze(s, { date: o.asOf, doctrine: o.doctrine, uses: o.use, ...domestic });
        return compact ? answerJson(compactAnalysis(a)) : o.json ? answerJson(analysisJson(a)) : print(ja ? renderAnalysisJa(a, text) : renderAnalysis(a, text));
      }
      const t = timeline(s, { doctrine: o.doctrine, uses: o.use, lang: o.lang });
      const a = analyze(s, { doctrine: o.doctrine, uses: o.use, ...domestic });
      if (compact) {
        const c = compactAnalysis(a);
        return answerJson({ ...c, uses: c.uses.map((u, i) => ({ ...u, timeline: t.uses[i] })) });
      }
      if (o.json) return answerJson(analysisJson(a, t));
      print(`${s.title}\n`);
      a.uses.forEach((u, i) => {
        const jt = s.uses.find((x) => x.id === u.id)?.japan ? `\n\n${renderJapanTimeline(japanTimeline(s, u.id, { doctrine: o.doctrine, reform: o.reform, lang: o.lang }), o.lang)}` : "";
        print(`${ja ? renderUseTimelineJa(t.uses[i]) : renderUseTimeline(t.uses[i])}${jt}\n\n${ja ? renderUseJa(u, { ...text, brief: text.brief ?? true }) : renderUse(u, { ...text, brief: text.brief ?? true })}\n`);
      });
      if (!o.brief) print(ja ? "（ある日の決め手となる要件は --as-of DATE で、証明の木全体は --tree で表示される。）" : "(Use --as-of DATE for the decisive conditions on a date, and --tree for the full proof tree.)");
    });

  p.command("regimes")
    .description("Domestic layers: one use of force's domestic answer under every regime date and every reform, in one table")
    .argument("<file>", "situation file (- reads standard input)")
    .requiredOption("--use <id>", "the use of force (it must describe a domestic action, e.g. a `japan` block)")
    .addOption(new Option("--as-of <date>", "date of the facts (default: the situation's asOf, else the use's start)").argParser(asOf))
    .addOption(doctrineOpt())
    .addOption(langOpt())
    .addOption(jsonOpt())
    .option("--variant <name>", "Japan: apply one of the situation's alternative hypotheticals (japan.variants)")
    .addHelpText(
      "after",
      `
Each row applies the law of a date on which the layer's law changed to the same facts; rows with the
same answer are merged. Then each reform is applied to the law of the date of the facts.

Examples:
  casus regimes examples/japan/case-14-international-minesweeping.yaml --use u1
  casus regimes examples/japan/hormuz-after-council-resolution.yaml --use u1 --lang ja --json`,
    )
    .action((file: string, o: { use: string; asOf?: string; doctrine?: string; lang?: Lang; json?: boolean; variant?: string }) => {
      const loaded = loadSituation(file);
      if (o.variant && !variantNames(loaded).includes(o.variant)) throw new UsageError(`unknown variant "${o.variant}" (variants: ${variantNames(loaded).join(", ") || "none"})`);
      const t = regimesTable(withVariant(loaded, o.variant), o.use, { date: o.asOf, doctrine: o.doctrine, lang: o.lang });
      return o.json ? json(t) : print(o.lang === "ja" ? renderRegimesJa(t) : renderRegimes(t));
    });

  p.command("compare")
    .description("Collective self-defence and collective security side by side for one use of force")
    .argument("<file>", "situation file (- reads standard input)")
    .requiredOption("--use <id>", "the use of force")
    .addOption(dateOpt())
    .addOption(doctrineOpt())
    .addOption(jsonOpt())
    .addOption(langOpt())
    .addHelpText("after", `\nExample:\n  casus compare examples/kuwait-1990.yaml --use u5 --as-of 1990-10-01 --lang ja`)
    .action((file: string, o: { use: string; asOf?: string; doctrine?: string; json?: boolean; lang?: Lang }) => {
      const c = compare(loadSituation(file), o.use, { date: o.asOf, doctrine: o.doctrine, lang: o.lang });
      return o.json ? json(c) : print(o.lang === "ja" ? renderComparisonJa(c) : renderComparison(c));
    });

  p.command("explain")
    .description("What would have to be true for a basis to hold, and which unknown fact would decide it")
    .argument("<file>", "situation file (- reads standard input)")
    .requiredOption("--use <id>", "the use of force")
    .addOption(new Option("--basis <id>", "the basis").choices(BASES.map((b) => b.id)).makeOptionMandatory())
    .addOption(dateOpt())
    .addOption(doctrineOpt())
    .addOption(jsonOpt())
    .addOption(langOpt())
    .addHelpText("after", `\nExample:\n  casus explain examples/nicaragua-1986.yaml --use u1 --basis collective-self-defence --as-of 1984-01-10 --lang ja`)
    .action((file: string, o: { use: string; basis: BasisId; asOf?: string; doctrine?: string; json?: boolean; lang?: Lang }) => {
      const e = explain(loadSituation(file), o.use, o.basis, { date: o.asOf, doctrine: o.doctrine, lang: o.lang });
      return o.json ? json(e) : print(o.lang === "ja" ? renderExplanationJa(e) : renderExplanation(e));
    });

  p.command("validate")
    .description("Check a situation file against the format; report every problem with its line and JSON path")
    .argument("<file>", "situation file (- reads standard input)")
    .addOption(jsonOpt())
    .addHelpText("after", `\nExample:\n  casus validate examples/libya-2011.yaml`)
    .action((file: string, o: { json?: boolean }) => {
      const s = loadSituation(file);
      const name = file === "-" ? "<stdin>" : file;
      return o.json ? json({ valid: true, file: name, uses: s.uses.map((u) => u.id) }) : print(`${name}: valid (${s.uses.length} uses of force)`);
    });

  p.command("schema")
    .description("Print the JSON Schema of the situation format (for editors)")
    .addOption(new Option("--json", "the schema is JSON already: accepted for uniformity"))
    .addHelpText("after", `\nExample:\n  casus schema > situation.schema.json`)
    .action(() => json(situationJsonSchema()));

  p.command("doctrine")
    .description("List the doctrine switches: positions, defaults and the sources for each side")
    .addOption(jsonOpt())
    .addOption(langOpt())
    .addHelpText("after", `\nExample:\n  casus doctrine --lang ja`)
    .action((o: { json?: boolean; lang?: Lang }) => {
      const data = SWITCHES.map((s) => ({
        switch: s.id,
        question: s.question,
        default: s.default,
        settledBy: s.settledBy ? cite(s.settledBy).text : undefined,
        whyDefault: s.whyDefault,
        positions: s.detail.map((d) => ({ id: d.id, label: d.label, standing: d.standing, ...(d.standingSource ? { standingSource: d.standingSource } : {}), sources: d.cite.map((x) => cite(x).text) })),
      }));
      const jp = JP_SWITCHES.map((s) => ({ switch: s.id, question: s.question.en, default: s.default, positions: s.detail.map((d) => ({ id: d.id, label: d.en, sources: d.cite.map((x) => jpCite(x).text) })) }));
      if (o.json) return json({ switches: data, profiles: PROFILES, japan: jp });
      if (o.lang === "ja") return print(renderDoctrineJa(data));
      for (const s of data) {
        print(`${s.switch}: ${s.question}`);
        print(`  default ${s.default}${s.settledBy ? ` (settled by ${s.settledBy})` : " (open: judged under each position where it matters)"}: ${s.whyDefault}`);
        for (const d of s.positions) print(`    ${d.id}: ${d.label}\n      standing: ${STANDING_WORDS.en[d.standing]}${d.standingSource ? ` (${d.standingSource})` : ""}\n      ${d.sources.join("; ")}`);
      }
      print(`\nProfiles (--doctrine NAME): ${Object.entries(PROFILES).map(([k, v]) => `${k} (${v.label})`).join("; ")}`);
      print("\nJapan's domestic layer (docs/japan.md; --doctrine jpIttaika=nagoya-high-court-2008):");
      for (const s of jp) {
        print(`${s.switch}: ${s.question}\n  default ${s.default} (open: judged under each position where it matters)`);
        for (const d of s.positions) print(`    ${d.id}: ${d.label}\n      ${d.sources.join("; ")}`);
      }
    });
  return p;
}


/** Set while a command runs with --json: errors are then JSON too. */
let jsonMode = false;

/** The error object --json prints (docs/json-output.md, "Errors"). */
export interface CliErrorJson {
  error: {
    kind: "input" | "usage" | "internal";
    message: string;
    issues?: { file: string; line?: number; column?: number; path: string; message: string }[];
  };
}

function errorJson(e: unknown): CliErrorJson {
  if (e instanceof CasusInputError)
    return { error: { kind: "input", message: `${e.file}: ${e.issues.length} problem${e.issues.length === 1 ? "" : "s"}`, issues: e.issues.map((i) => ({ file: e.file, ...i })) } };
  if (e instanceof CommanderError) return { error: { kind: "usage", message: e.message.replace(/^error: /, "") } };
  if (e instanceof UsageError || e instanceof DoctrineError) return { error: { kind: "usage", message: e.message } };
  return { error: { kind: "internal", message: `internal error: ${e instanceof Error ? e.message : String(e)} (a bug: please report it)` } };
}

const exitCodeOf = (e: unknown) => (e instanceof CommanderError ? (e.exitCode === 0 ? 0 : 2) : e instanceof CasusInputError || e instanceof UsageError || e instanceof DoctrineError ? 2 : 1);

/** `casus help NAME` for a NAME that is no command is a usage error (commander would show the general help). */
function checkHelpTopic(p: Command, argv: string[]) {
  if (argv[0] !== "help" || argv.length < 2) return;
  const known = p.commands.flatMap((c) => [c.name(), ...c.aliases()]);
  if (!known.includes(argv[1])) throw new UsageError(`unknown command ${JSON.stringify(argv[1].slice(0, 40))} (commands: ${known.join(", ")})`);
}

export function run(argv: string[], out: Io = processIo): number {
  io = out;
  const end = argv.indexOf("--");
  jsonMode = (end < 0 ? argv : argv.slice(0, end)).includes("--json");
  try {
    const p = program();
    checkHelpTopic(p, argv);
    p.parse(argv, { from: "user" });
    return 0;
  } catch (e) {
    const errno = e as NodeJS.ErrnoException;
    if (errno?.syscall === "write") {
      // the output cannot be written (a full disk, a closed pipe): one line, never a stack trace
      if (errno.code === "EPIPE") return 0;
      io.err(`casus: cannot write to standard output: ${errno.code}\n`);
      return 1;
    }
    const code = exitCodeOf(e);
    if (e instanceof CommanderError) {
      // commander has already said it (in text mode); help and --version end here too
      if (jsonMode && code !== 0) json(errorJson(e));
      return code;
    }
    if (jsonMode) json(errorJson(e));
    else if (e instanceof CasusInputError) for (const i of e.issues) io.err(escapeText(`casus: ${formatIssue(e.file, i)}\n`));
    else if (code === 2) io.err(escapeText(`casus: ${(e as Error).message}\n`));
    else {
      io.err(escapeText(`casus: ${errorJson(e).error.message}\n`));
      if (process.env.CASUS_DEBUG) io.err(`${(e as Error).stack ?? ""}\n`);
    }
    return code;
  } finally {
    jsonMode = false;
  }
}
