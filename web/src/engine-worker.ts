// The casus library itself, in a Web Worker: an analysis is a pure function of the situation,
// cheap enough for every keystroke, so the verdict follows an edit at once; the server's answer
// (with the timeline and the rendered text) arrives after it and replaces it.
import { parseSituation, CasusInputError } from "../../src/scenario/load.ts";
import { analyze } from "../../src/analysis/analyze.ts";

export interface LocalRequest {
  seq: number;
  yaml: string;
  date?: string;
  doctrine?: Record<string, string>;
  lang?: "en" | "ja";
}
export type LocalReply =
  | { seq: number; analysis: unknown; ms: number }
  | { seq: number; issues: { path?: string; line?: number; column?: number; message: string }[] }
  | { seq: number; error: string };

let latest: LocalRequest | null = null;
let scheduled = false;

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
    reply = { seq: r.seq, analysis, ms: performance.now() - t0 };
  } catch (e) {
    reply = e instanceof CasusInputError ? { seq: r.seq, issues: e.issues.map((i) => ({ path: i.path, line: i.line, column: i.column, message: i.message })) } : { seq: r.seq, error: (e as Error).message };
  }
  postMessage(reply);
}

// Only the newest request is worth answering: the ones typed over while this one ran are dropped.
addEventListener("message", (e: MessageEvent<LocalRequest>) => {
  latest = e.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
});
