// The casus library itself, in a Web Worker: an analysis is a pure function of the situation,
// cheap enough for every keystroke, so the verdict follows an edit at once; the server's answer
// (with the timeline and the rendered text) arrives after it and replaces it. The page gets a small
// view model (answer.ts localView: verdicts, bases, statuses), not the whole answer: the proof tree
// of a basis is explained and sent only when the page opens it.
import { CasusInputError } from "../../src/scenario/load.ts";
import { SituationReader } from "../../src/scenario/incremental.ts";
import { analyzeLocally, treeLocally, type Held } from "./local-engine.ts";
import type { AnalysisView, ConditionView } from "./answer.ts";

export type LocalRequest =
  /** `posted`: when the page sent it (performance.timeOrigin + now, a clock both threads share). */
  | { kind: "analyze"; seq: number; yaml: string; date?: string; doctrine?: Record<string, string>; lang?: "en" | "ja"; posted: number }
  /** The proof tree of one basis in the analysis of edit `seq`. */
  | { kind: "tree"; seq: number; id: number; use: string; basis: string };
export type LocalReply =
  /** `ms`: the analysis; `waited`: from the page's post until the analysis began; `sent`: when it was posted back. */
  | { kind: "view"; seq: number; view: AnalysisView; ms: number; waited: number; sent: number }
  | { kind: "issues"; seq: number; issues: { path?: string; line?: number; column?: number; message: string }[] }
  | { kind: "error"; seq: number; error: string }
  /** null: that edit's analysis is no longer held (a newer one replaced it) or has no such basis. */
  | { kind: "tree"; id: number; conditions: ConditionView[] | null };

type Analyze = Extract<LocalRequest, { kind: "analyze" }>;
let latest: Analyze | null = null;
let scheduled = false;
/** The last decision made, kept to explain the proof trees the page asks for. */
let held: ({ seq: number } & Held) | null = null;
/** The parts of the situations read (a bounded number): an edit parses again only the parts it changed. */
const reader = new SituationReader();

function run() {
  scheduled = false;
  const r = latest;
  latest = null;
  if (!r) return;
  let reply: LocalReply;
  const t0 = performance.now();
  try {
    const local = analyzeLocally(r, reader);
    held = { seq: r.seq, ...local.held };
    const now = performance.now();
    reply = { kind: "view", seq: r.seq, view: local.view, ms: now - t0, waited: performance.timeOrigin + t0 - r.posted, sent: performance.timeOrigin + now };
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
    postMessage({ kind: "tree", id: r.id, conditions: held && held.seq === r.seq ? treeLocally(held, r.use, r.basis) : null } satisfies LocalReply);
    return;
  }
  // Only the newest edit is worth answering: the ones typed over while this one ran are dropped.
  latest = r;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
});
