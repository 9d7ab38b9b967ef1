// The HTTP API of the workbench (docs: /openapi.json; notes/WORKBENCH-CONTRACT.md). Every call goes
// to the server that served the page: nothing else is reached.

export interface LocatedIssue {
  path?: string;
  line?: number;
  column?: number;
  message: string;
}

/** An error answered by the server: its message, the JSON path or line at fault, and for a 409 the current revision. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: LocatedIssue[] = [],
    readonly current?: { revision: number; yaml: string },
  ) {
    super(message);
  }
}

const TOKEN_KEY = "casus.token";
export const token = {
  get: (): string => localStorage.getItem(TOKEN_KEY) ?? "",
  set: (t: string) => (t ? localStorage.setItem(TOKEN_KEY, t) : localStorage.removeItem(TOKEN_KEY)),
};

/** The write token goes with every call: a server with closed reads needs it for reads too. */
function headers(): Record<string, string> {
  const t = token.get();
  return t ? { authorization: `Bearer ${t}` } : {};
}

async function call<T>(method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const h = headers();
  if (body !== undefined) h["content-type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(url, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, "The casus server cannot be reached. Is it still running?");
  }
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: reported below */
  }
  if (!res.ok) {
    const e = (json as { error?: { message?: string; path?: string; line?: number; column?: number; issues?: LocatedIssue[]; current?: { revision: number; yaml: string } } })?.error;
    const issues = e?.issues ?? (e?.path || e?.line ? [{ path: e.path, line: e.line, column: e.column, message: e.message ?? "" }] : []);
    throw new ApiError(res.status, e?.message ?? `${res.status} ${res.statusText}`, issues, e?.current);
  }
  return json as T;
}

/** A situation to analyse: its YAML text as the user typed it. */
export interface AnalyzeRequest {
  yaml: string;
  date?: string;
  doctrine?: Record<string, string>;
  lang?: string;
  use?: string;
  basis?: string;
}

const clean = (r: AnalyzeRequest) => ({
  yaml: r.yaml,
  ...(r.date ? { date: r.date } : {}),
  ...(r.doctrine && Object.keys(r.doctrine).length ? { doctrine: r.doctrine } : {}),
  ...(r.lang ? { lang: r.lang } : {}),
  ...(r.use ? { use: r.use } : {}),
  ...(r.basis ? { basis: r.basis } : {}),
});

// The store's own shapes, as the server sends them (one definition: src/store/store.ts).
export type { SituationSummary, StoredSituation, RevisionSummary } from "../../src/store/store.js";
import type { SituationSummary, StoredSituation, RevisionSummary } from "../../src/store/store.js";

const enc = encodeURIComponent;
const query = (p: Record<string, string | number | undefined>) => {
  const q = Object.entries(p).filter(([, v]) => v !== undefined && v !== "");
  return q.length ? "?" + q.map(([k, v]) => `${k}=${enc(String(v))}`).join("&") : "";
};

export const api = {
  analyze: (r: AnalyzeRequest, signal?: AbortSignal) => call<unknown>("POST", "/api/analyze", clean(r), signal),
  compare: (r: AnalyzeRequest) => call<unknown>("POST", "/api/compare", clean(r)),
  explain: (r: AnalyzeRequest) => call<unknown>("POST", "/api/explain", clean(r)),
  diff: (before: string, after: string, o: { date?: string; doctrine?: Record<string, string>; lang?: string }) =>
    call<unknown>("POST", "/api/diff", {
      before: { yaml: before },
      after: { yaml: after },
      ...(o.date ? { date: o.date } : {}),
      ...(o.doctrine && Object.keys(o.doctrine).length ? { doctrine: o.doctrine } : {}),
      ...(o.lang ? { lang: o.lang } : {}),
    }),
  list: (q = "") => call<SituationSummary[]>("GET", `/api/situations${query({ q })}`),
  get: (id: string) => call<StoredSituation>("GET", `/api/situations/${enc(id)}`),
  create: (yaml: string, id?: string) => call<{ id: string; revision: number }>("POST", "/api/situations", { yaml, ...(id ? { id } : {}) }),
  update: (id: string, yaml: string, baseRevision: number) =>
    call<{ id: string; revision: number }>("PUT", `/api/situations/${enc(id)}`, { yaml, baseRevision }),
  revisions: (id: string) => call<RevisionSummary[]>("GET", `/api/situations/${enc(id)}/revisions`),
  revision: (id: string, rev: number) =>
    call<{ id: string; revision: number; yaml: string; createdAt: string }>("GET", `/api/situations/${enc(id)}/revisions/${rev}`),
  compareRevisions: (id: string, from: number, to: number, date?: string) =>
    call<{ yamlDiff: string; analysisDiff: unknown }>("GET", `/api/situations/${enc(id)}/compare${query({ from, to, date })}`),
  /** Downloads an export through fetch (so a closed server's token is sent) and hands it to the browser. */
  async export(id: string, p: { format: string; date?: string; lang?: string; rev?: number }): Promise<Blob> {
    const res = await fetch(`/api/situations/${enc(id)}/export${query(p)}`, { headers: headers() });
    if (!res.ok) {
      let message = `${res.status} ${res.statusText}`;
      try {
        message = ((await res.json()) as { error: { message: string } }).error.message;
      } catch {
        /* keep the status line */
      }
      throw new ApiError(res.status, message);
    }
    return res.blob();
  },
};
