// The analysis panels that ask the server a question of their own: self-defence vs collective
// security (/api/compare), "what would have to be true" (/api/explain), the doctrine switches and
// where their positions disagree (/api/analyze under each position), what-if (/api/diff).
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, type AnalyzeRequest } from "../api.ts";
import {
  DOCTRINE,
  readAnalyze,
  readComparison,
  readDiff,
  readExplanation,
  type AnalysisView,
  type ChangeView,
  type ComparisonView,
  type ExplanationView,
} from "../answer.ts";
import { useT } from "../i18n.ts";
import { Basis, StatusChip } from "./Verdicts.tsx";
import { getIn, items, parse, rewrite, setIn, type Segment } from "../yamlpath.ts";

export function UsePicker(props: { view: AnalysisView; value: string; onChange: (id: string) => void }) {
  const { t } = useT();
  return (
    <label class="inline">
      <span>{t("chooseUse")}</span>
      <select name="use" value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        {props.view.uses.map((u) => (
          <option value={u.id} key={u.id}>
            {u.id}: {u.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A sequence number per request: `next()` starts a request (and invalidates every older one),
 * `current(n)` says whether request n is still the newest. An answer that arrives after a newer
 * request, or after the inputs changed (`next()` again), is dropped.
 */
export function useSeq(): { next: () => number; current: (n: number) => boolean } {
  const n = useRef(0);
  return useMemo(() => ({ next: () => ++n.current, current: (k: number) => k === n.current }), []);
}

/** Runs one query whenever its inputs change; only the newest request's answer is shown. */
function useQuery<T>(run: () => Promise<T>, deps: unknown[]): { data?: T; error?: string; loading: boolean } {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const seq = useSeq();
  useEffect(() => {
    const n = seq.next();
    setState((s) => ({ ...s, loading: true }));
    run()
      .then((data) => seq.current(n) && setState({ data, loading: false }))
      .catch((e: Error) => seq.current(n) && setState({ error: e.message, loading: false }));
    return () => void seq.next(); // unmounted or inputs changed: this answer is stale
  }, deps);
  return state;
}

export function ComparePanel(props: { req: AnalyzeRequest; view: AnalysisView; use: string; onUse: (id: string) => void; onFact: (p: string) => void }) {
  const { t } = useT();
  const q = useQuery<ComparisonView>(() => api.compare({ ...props.req, use: props.use }).then(readComparison), [JSON.stringify(props.req), props.use]);
  const c = q.data;
  return (
    <div class="panel compare">
      <p class="intro">{t("compareIntro")}</p>
      <UsePicker view={props.view} value={props.use} onChange={props.onUse} />
      {q.error && <p class="error">{q.error}</p>}
      {c && (
        <>
          <p class="holds">
            {t("holds")} ({c.date}):{" "}
            <strong>{c.holds.length ? c.holds.map((h) => t(`basis.${h}`)).join(" + ") : t("neitherHolds")}</strong>
          </p>
          <table class="side-by-side">
            <thead>
              <tr>
                <th>{t("aspect")}</th>
                <th>
                  {t("csd")} <StatusChip status={c.collectiveSelfDefence.status} />
                </th>
                <th>
                  {t("cs")} <StatusChip status={c.collectiveSecurity.status} />
                </th>
              </tr>
            </thead>
            <tbody>
              {c.rows.map((r) => (
                <tr key={r.aspect}>
                  <th>{r.aspect}</th>
                  <td>{r.collectiveSelfDefence}</td>
                  <td>{r.collectiveSecurity}</td>
                </tr>
              ))}
              <tr>
                <th>{t("citations")}</th>
                <td>
                  <ol class="small-cites">
                    {c.citations.collectiveSelfDefence.map((x) => (
                      <li key={x.id}>{x.text}</li>
                    ))}
                  </ol>
                </td>
                <td>
                  <ol class="small-cites">
                    {c.citations.collectiveSecurity.map((x) => (
                      <li key={x.id}>{x.text}</li>
                    ))}
                  </ol>
                </td>
              </tr>
            </tbody>
          </table>
          <div class="two-col">
            <Basis b={c.collectiveSelfDefence} onFact={props.onFact} />
            <Basis b={c.collectiveSecurity} onFact={props.onFact} />
          </div>
        </>
      )}
    </div>
  );
}

export function ExplainPanel(props: { req: AnalyzeRequest; view: AnalysisView; use: string; onUse: (id: string) => void; onFact: (p: string) => void }) {
  const { t } = useT();
  const u = props.view.uses.find((x) => x.id === props.use) ?? props.view.uses[0];
  const firstOpen = u?.bases.find((b) => b.status !== "available")?.basis ?? u?.bases[0]?.basis ?? "";
  const [basis, setBasis] = useState(firstOpen);
  useEffect(() => setBasis(firstOpen), [props.use]);
  const q = useQuery<ExplanationView>(() => api.explain({ ...props.req, use: props.use, basis }).then(readExplanation), [JSON.stringify(props.req), props.use, basis]);
  const e = q.data;
  const ref = (c: { id: string; label: string; status: string; because: string; facts: string[] }) => (
    <span class="ref">
      {c.label} <span class="because">{c.because}</span>
      {c.facts.map((p) => (
        <button type="button" class="path" key={p} onClick={() => props.onFact(p)}>
          {p}
        </button>
      ))}
    </span>
  );
  return (
    <div class="panel explain">
      <p class="intro">{t("explainIntro")}</p>
      <div class="controls">
        <UsePicker view={props.view} value={props.use} onChange={props.onUse} />
        <label class="inline">
          <span>{t("chooseBasis")}</span>
          <select name="basis" value={basis} onChange={(ev) => setBasis((ev.target as HTMLSelectElement).value)}>
            {u?.bases.map((b) => (
              <option value={b.basis} key={b.basis}>
                {t(`basis.${b.basis}`)} — {t(`status.${b.status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {q.error && <p class="error">{q.error}</p>}
      {e && (
        <div class="explanation">
          <p>
            <StatusChip status={e.status} /> {e.summary}
          </p>
          {e.status !== "available" && (
            <>
              <h4>{t("flips")}</h4>
              {e.flips.length === 0 ? (
                <p class="muted">{t("nothingFlips")}</p>
              ) : (
                <ol class="flips">
                  {e.flips.map((set, i) => (
                    <li key={i}>
                      {set.map((c, j) => (
                        <div key={c.id}>
                          {j > 0 && <span class="and">+ </span>}
                          {ref(c)}
                        </div>
                      ))}
                    </li>
                  ))}
                </ol>
              )}
            </>
          )}
          {e.deciding.length > 0 && (
            <>
              <h4>{t("deciding")}</h4>
              <ul>
                {e.deciding.map((d) => (
                  <li key={d.id}>
                    {ref(d)} — {t("ifSatisfied")}: <b>{d.ifSatisfied}</b>, {t("ifFailed")}: <b>{d.ifFailed}</b>
                  </li>
                ))}
              </ul>
            </>
          )}
          {e.availableUnder.length > 0 && (
            <>
              <h4>{t("availableUnder")}</h4>
              <ul>
                {e.availableUnder.map((p) => (
                  <li key={p}>
                    <code>{p}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {e.irrelevant.length > 0 && (
            <details>
              <summary>{t("irrelevant")} ({e.irrelevant.length})</summary>
              <ul>
                {e.irrelevant.map((c) => (
                  <li key={c.id}>{ref(c)}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}

interface MatrixRow {
  switch: string;
  question: string;
  /** Per position: per use, the verdict and the bases' statuses. */
  cells: { position: string; verdicts: Record<string, string>; bases: Record<string, string> }[];
  differs: boolean;
}

/** Runs the analysis under every position of every switch (two at a time) and keeps what differs. */
async function matrix(req: AnalyzeRequest, doctrine: Record<string, string>, consulted: Set<string>): Promise<MatrixRow[]> {
  // A switch that no basis consulted cannot change an answer: only the others are run.
  const switches = DOCTRINE.filter((s) => consulted.has(s.id));
  const jobs = switches.flatMap((s) => s.positions.map((p) => ({ s, p: p.id })));
  const results = new Map<string, AnalysisView>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const j = jobs[next++]!;
      const view = readAnalyze(await api.analyze({ ...req, doctrine: { ...doctrine, [j.s.id]: j.p } }));
      results.set(`${j.s.id}=${j.p}`, view);
    }
  };
  await Promise.all([worker(), worker()]);
  return switches.map((s) => {
    const cells = s.positions.map((p) => {
      const v = results.get(`${s.id}=${p.id}`)!;
      return {
        position: p.id,
        verdicts: Object.fromEntries(v.uses.map((u) => [u.id, u.verdict])),
        bases: Object.fromEntries(v.uses.flatMap((u) => u.bases.map((b) => [`${u.id}/${b.basis}`, b.status]))),
      };
    });
    const same = (k: "verdicts" | "bases") => cells.every((c) => JSON.stringify(c[k]) === JSON.stringify(cells[0]![k]));
    return { switch: s.id, question: s.question, cells, differs: !(same("verdicts") && same("bases")) };
  });
}

export function DoctrinePanel(props: { req: AnalyzeRequest; view: AnalysisView; doctrine: Record<string, string>; onDoctrine: (d: Record<string, string>) => void }) {
  const { t } = useT();
  const [rows, setRows] = useState<MatrixRow[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const key = JSON.stringify({ ...props.req, doctrine: props.doctrine });
  const seq = useSeq();
  // New facts or positions: the matrix shown (or on its way) is of the old ones.
  useEffect(() => {
    seq.next();
    setRows(null);
    setBusy(false);
  }, [key]);
  const applied = new Map(props.view.doctrine.map((d) => [d.switch, d]));
  const run = () => {
    const n = seq.next();
    setBusy(true);
    setError("");
    matrix(props.req, props.doctrine, new Set(props.view.uses.flatMap((u) => u.bases.flatMap((b) => b.switches))))
      .then((r) => seq.current(n) && setRows(r))
      .catch((e: Error) => seq.current(n) && setError(e.message))
      .finally(() => seq.current(n) && setBusy(false));
  };
  const uses = props.view.uses;
  return (
    <div class="panel doctrine">
      <p class="intro">{t("doctrineIntro")}</p>
      <p>
        <button type="button" onClick={run} disabled={busy} data-testid="compute-matrix">
          {busy ? t("analysing") : t("computeMatrix")}
        </button>
      </p>
      {error && <p class="error">{error}</p>}
      {rows && (
        <>
          {rows.every((r) => !r.differs) && <p class="muted">{t("matrixNone")}</p>}
          {rows.some((r) => r.differs) && (
            <div class="scroll-x">
            <table class="matrix" data-testid="doctrine-matrix">
              <thead>
                <tr>
                  <th>{t("doctrine")}</th>
                  <th>{t("position")}</th>
                  {uses.map((u) => (
                    <th key={u.id} title={u.title}>
                      {u.id}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((r) => r.differs)
                  .flatMap((r) =>
                    r.cells.map((c, i) => (
                      <tr key={`${r.switch}=${c.position}`} class={i === 0 ? "first" : ""}>
                        {i === 0 && (
                          <th rowSpan={r.cells.length}>
                            <code>{r.switch}</code>
                            <div class="question">{r.question}</div>
                          </th>
                        )}
                        <td>
                          {c.position}
                          {c.position === DOCTRINE.find((s) => s.id === r.switch)?.default && <div class="muted small">({t("defaultPosition")})</div>}
                        </td>
                        {uses.map((u) => {
                          const differs = r.cells.some((o) => o.verdicts[u.id] !== c.verdicts[u.id]);
                          const changedBases = u.bases.filter((b) => r.cells.some((o) => o.bases[`${u.id}/${b.basis}`] !== c.bases[`${u.id}/${b.basis}`]));
                          return (
                            <td key={u.id} class={differs ? "differs" : ""}>
                              {c.verdicts[u.id] && <StatusChip status={c.verdicts[u.id]!} kind="verdict" />}
                              {changedBases.map((b) => (
                                <div class="small" key={b.basis}>
                                  {t(`basis.${b.basis}`)}: {t(`status.${c.bases[`${u.id}/${b.basis}`]}`)}
                                </div>
                              ))}
                            </td>
                          );
                        })}
                      </tr>
                    )),
                  )}
              </tbody>
            </table>
            </div>
          )}
          {rows.some((r) => !r.differs) && (
            <p class="muted small">
              {t("noDifference")}: {rows.filter((r) => !r.differs).map((r) => r.switch).join(", ")}
            </p>
          )}
        </>
      )}
      <table class="switches">
        <tbody>
          {DOCTRINE.map((s) => {
            const a = applied.get(s.id);
            return (
              <tr key={s.id} data-switch={s.id}>
                <th>
                  <code>{s.id}</code>
                  <div class="question">{s.question}</div>
                </th>
                <td>
                  <select
                    name={`doctrine-${s.id}`}
                    value={props.doctrine[s.id] ?? ""}
                    onChange={(e) => {
                      const v = (e.target as HTMLSelectElement).value;
                      const d = { ...props.doctrine };
                      if (v) d[s.id] = v;
                      else delete d[s.id];
                      props.onDoctrine(d);
                    }}
                  >
                    <option value="">
                      {t("defaultPosition")}: {s.default}
                      {s.settled ? ` (${t("settledByCourt")})` : ""}
                    </option>
                    {s.positions.map((p) => (
                      <option value={p.id} key={p.id}>
                        {p.id} — {p.label}
                      </option>
                    ))}
                  </select>
                  {a && a.from !== "default" && a.from !== "user" && <span class="tag">{a.from}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The facts a what-if can change: votes, the dates of requests, declarations and consents, a consent itself. */
interface FactChoice {
  key: string;
  label: string;
  path: Segment[];
  kind: "number" | "ids" | "date" | "remove";
}

function factChoices(yaml: string): FactChoice[] {
  const doc = parse(yaml);
  if (doc.errors.length) return [];
  const out: FactChoice[] = [];
  items(doc, "resolutions").forEach((r0, i) => {
    const r = r0 as Record<string, unknown>;
    const name = String(r.symbol ?? r.id);
    out.push({ key: `res${i}for`, label: `${name}: votes for`, path: ["resolutions", i, "votes", "for"], kind: "number" });
    out.push({ key: `res${i}against`, label: `${name}: votes against`, path: ["resolutions", i, "votes", "against"], kind: "ids" });
  });
  items(doc, "requests").forEach((r0, i) => {
    const r = r0 as Record<string, unknown>;
    out.push({ key: `req${i}`, label: `request by ${String(r.by)}: date`, path: ["requests", i, "date"], kind: "date" });
  });
  items(doc, "declarations").forEach((r0, i) => {
    const r = r0 as Record<string, unknown>;
    out.push({ key: `dec${i}`, label: `declaration by ${String(r.by)}: date`, path: ["declarations", i, "date"], kind: "date" });
  });
  items(doc, "consents").forEach((r0, i) => {
    const r = r0 as Record<string, unknown>;
    out.push({ key: `con${i}date`, label: `consent ${String(r.id)} (${String(r.state)}): date`, path: ["consents", i, "date"], kind: "date" });
    out.push({ key: `con${i}withdrawn`, label: `consent ${String(r.id)}: withdrawn on`, path: ["consents", i, "withdrawn"], kind: "date" });
    out.push({ key: `con${i}remove`, label: `consent ${String(r.id)}: never given`, path: ["consents", i], kind: "remove" });
  });
  return out;
}

function applyChoice(yaml: string, c: FactChoice, value: string): string {
  const doc = parse(yaml);
  if (c.kind === "remove") {
    // A consent never given: gone, with the uses' assessments of its scope that name it.
    const id = String(getIn(doc, [...c.path, "id"]));
    doc.deleteIn(c.path);
    items(doc, "uses").forEach((_, i) => {
      if (doc.hasIn(["uses", i, "consentScope", id])) doc.deleteIn(["uses", i, "consentScope", id]);
    });
  }
  else if (c.kind === "number") setIn(doc, c.path, value.trim() === "" ? undefined : Number(value));
  else if (c.kind === "ids") setIn(doc, c.path, value.split(/[,\s]+/).filter(Boolean));
  else setIn(doc, c.path, value.trim());
  return rewrite(yaml, doc);
}

export function ChangesTable(props: { changes: ChangeView[] }) {
  const { t } = useT();
  if (props.changes.length === 0) return <p class="muted" data-testid="no-changes">{t("noChanges")}</p>;
  const k = (c: ChangeView) => (c.what === "verdict" ? "verdict" : "status");
  return (
    <table class="changes" data-testid="changes">
      <thead>
        <tr>
          <th>{t("useOfForce")}</th>
          <th>{t("what")}</th>
          <th>{t("before")}</th>
          <th>{t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {props.changes.map((c, i) => (
          <tr key={i} class={`change-${c.what}`}>
            <td>{c.use}</td>
            <td>{c.what === "verdict" ? <strong>{t("verdict")}</strong> : c.what === "basis" ? t(`basis.${c.subject}`) : <span class="small">{c.basis && <span class="muted">{t(`basis.${c.basis}`)} › </span>}{c.label}</span>}</td>
            {[c.before, c.after].map((s, j) => (
              <td key={j}>{s === "—" ? <span class="muted small">{t("gone")}</span> : <StatusChip status={s} kind={k(c)} />}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WhatIfPanel(props: { req: AnalyzeRequest; onApply: (yaml: string) => void }) {
  const { t } = useT();
  const choices = useMemo(() => factChoices(props.req.yaml), [props.req.yaml]);
  const [key, setKey] = useState(choices[0]?.key ?? "");
  const choice = choices.find((c) => c.key === key) ?? choices[0];
  const current = useMemo(() => {
    if (!choice || choice.kind === "remove") return "";
    const v = getIn(parse(props.req.yaml), choice.path);
    return Array.isArray(v) ? v.join(", ") : v === undefined ? "" : String(v);
  }, [choice?.key, props.req.yaml]);
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
  const [changes, setChanges] = useState<ChangeView[] | null>(null);
  const [error, setError] = useState("");
  const [after, setAfter] = useState("");
  const seq = useSeq();
  // Another fact or new facts: the changes shown (or on their way) answer the old question.
  useEffect(() => {
    seq.next();
    setChanges(null);
  }, [key, props.req.yaml, props.req.date, JSON.stringify(props.req.doctrine), props.req.lang]);
  const run = () => {
    if (!choice) return;
    const n = seq.next();
    const a = applyChoice(props.req.yaml, choice, value);
    setError("");
    api
      .diff(props.req.yaml, a, { date: props.req.date, doctrine: props.req.doctrine, lang: props.req.lang })
      .then((r) => seq.current(n) && (setAfter(a), setChanges(readDiff(r))))
      .catch((e: Error) => seq.current(n) && setError(e.message));
  };
  return (
    <div class="panel whatif">
      <p class="intro">{t("whatIfIntro")}</p>
      <div class="controls">
        <label class="inline">
          <span>{t("chooseFact")}</span>
          <select name="fact" value={choice?.key} onChange={(e) => setKey((e.target as HTMLSelectElement).value)}>
            {choices.map((c) => (
              <option value={c.key} key={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {choice && choice.kind !== "remove" && (
          <label class="inline">
            <span>{t("newValue")}</span>
            <input name="whatif-value" value={value} placeholder={choice.kind === "date" ? "YYYY-MM-DD" : ""} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
          </label>
        )}
        <button type="button" onClick={run} disabled={!choice}>
          {t("showChanges")}
        </button>
      </div>
      {error && <p class="error">{error}</p>}
      {changes && (
        <>
          <ChangesTable changes={changes} />
          <button type="button" class="small" onClick={() => props.onApply(after)}>
            {t("apply")}
          </button>
        </>
      )}
    </div>
  );
}
