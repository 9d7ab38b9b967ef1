// The casus library itself, in a Web Worker: an analysis is a pure function of the situation,
// cheap enough for every keystroke, so the verdict follows an edit at once; the server's answer
// (with the timeline and the rendered text) arrives after it and replaces it. The page gets a small
// view model (answer.ts localView: verdicts, bases, statuses), not the whole answer: the proof tree
// of a basis is sent only when the page opens it.
import { parseSituation, CasusInputError } from "../../src/scenario/load.ts";
import { analyze } from "../../src/analysis/analyze.ts";
import { localView, treeOf, type AnalysisView, type ConditionView } from "./answer.ts";

export type LocalRequest =
  | { kind: "analyze"; seq: number; yaml: string; date?: string; doctrine?: Record<string, string>; lang?: "en" | "ja" }
  /** The proof tree of one basis in the analysis of edit `seq`. */
  | { kind: "tree"; seq: number; id: number; use: string; basis: string };
export type LocalReply =
  | { kind: "view"; seq: number; view: AnalysisView; ms: number }
  | { kind: "issues"; seq: number; issues: { path?: string; line?: number; column?: number; message: string }[] }
  | { kind: "error"; seq: number; error: string }
  /** null: that edit's analysis is no longer held (a newer one replaced it) or has no such basis. */
  | { kind: "tree"; id: number; conditions: ConditionView[] | null };

type Analyze = Extract<LocalRequest, { kind: "analyze" }>;
let latest: Analyze | null = null;
let scheduled = false;
/** The last analysis made, kept for the proof trees the page asks for. */
let held: { seq: number; analysis: unknown } | null = null;

function run() {
  scheduled = false;
  const r = latest;
  latest = null;
  if (!r) return;
  let reply: LocalReply;
  const t0 = performance.now();
  try {
    const s = parseSituation(r.yaml, "<situation>");
    const analysis = analyze(s, { date: r.date, doctrine: r.doctrine && Object.keys(r.doctrine).length ? r.doctrine : undefined, lang: r.lang });
    held = { seq: r.seq, analysis };
    reply = { kind: "view", seq: r.seq, view: localView(analysis), ms: performance.now() - t0 };
  } catch (e) {
    reply =
      e instanceof CasusInputError
        ? { kind: "issues", seq: r.seq, issues: e.issues.map((i) => ({ path: i.path, line: i.line, column: i.column, message: i.message })) }
        : { kind: "error", seq: r.seq, error: (e as Error).message };
  }
  postMessage(reply);
}

addEventListener("message", (e: MessageEvent<LocalRequest>) => {
  const r = e.data;
  if (r.kind === "tree") {
    const conditions = held && held.seq === r.seq ? treeOf(held.analysis, r.use, r.basis) : null;
    postMessage({ kind: "tree", id: r.id, conditions } satisfies LocalReply);
    return;
  }
  // Only the newest edit is worth answering: the ones typed over while this one ran are dropped.
  latest = r;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
});
