// One situation: its facts (form and YAML) on the left, its analysis on the right. The analysis
// follows every edit without a page load: each change is judged at once by the library in a worker,
// then sent to POST /api/analyze (the timeline, the text), and while one request is on its way
// only the latest edit waits (no queue, no stale answers).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, ApiError, type AnalyzeRequest, type LocatedIssue } from "../api.ts";
import { readAnalyze, readDiff, readLocal, type AnalysisView, type ChangeView, type ConditionView } from "../answer.ts";
import type { LocalReply, LocalRequest } from "../engine-worker.ts";
import { useT } from "../i18n.ts";
import { YamlEditor, type Focus } from "./YamlEditor.tsx";
import { FactsForm } from "./FactsForm.tsx";
import { TreeSource, Verdicts } from "./Verdicts.tsx";
import { Timeline } from "./Timeline.tsx";
import { ChangesTable, ComparePanel, DoctrinePanel, ExplainPanel, WhatIfPanel } from "./Panels.tsx";
import { ExportPanel, History, YamlDiff } from "./History.tsx";
import { createTwoFilesPatch } from "diff";

const NEW_SITUATION = `casus: 1
title: A new situation
actors:
  - { id: victim, name: Victimland, kind: state }
  - { id: attacker, name: Attackerland, kind: state }
  - { id: helper, name: Helperland, kind: state }
attacks:
  - { id: a1, by: attacker, against: victim, date: "2030-01-10", kind: invasion, gravity: armed-attack }
declarations:
  - { by: victim, date: "2030-01-10" }
requests:
  - { by: victim, to: [helper], date: "2030-01-11" }
uses:
  - id: u1
    title: Helperland helps repel the invasion
    by: [helper]
    against: [attacker]
    where: [victim]
    start: "2030-01-15"
    onBehalfOf: [victim]
    purposes: [repel-attack]
    assessments: { necessity: yes, proportionality: yes, immediacy: yes }
`;

type Job = { req: AnalyzeRequest; seq: number };

/** One request at a time; while it runs only the newest job waits. */
class LiveAnalysis {
  private busy = false;
  private next: Job | null = null;
  constructor(private readonly done: (job: Job, result: unknown, error?: ApiError) => void) {}
  request(job: Job) {
    this.next = job;
    if (!this.busy) void this.pump();
  }
  private async pump() {
    this.busy = true;
    while (this.next) {
      const job = this.next;
      this.next = null;
      try {
        this.done(job, await api.analyze(job.req));
      } catch (e) {
        this.done(job, undefined, e instanceof ApiError ? e : new ApiError(0, String(e)));
      }
    }
    this.busy = false;
  }
}

/** How long edits must pause before the server is asked for its answer (see askServerOnPause). */
const SERVER_PAUSE_MS = 200;

const TABS = ["verdicts", "timeline", "compare", "doctrine", "explain", "whatIf", "history", "export", "text"] as const;
type Tab = (typeof TABS)[number];

export function Workspace(props: { id?: string; rev?: number }) {
  const { t, lang } = useT();
  const [yaml, setYaml] = useState<string | null>(props.id ? null : NEW_SITUATION);
  const [base, setBase] = useState<{ revision: number; yaml: string } | null>(null);
  const [loadError, setLoadError] = useState("");
  const [date, setDate] = useState("");
  const [doctrine, setDoctrine] = useState<Record<string, string>>({});
  const [view, setView] = useState<{ v: AnalysisView; seq: number } | null>(null);
  const [issues, setIssuesState] = useState<{ list: LocatedIssue[]; yaml?: string }>({ list: [] });
  /** The text of the newest request: the only one whose answers are shown (see seq). */
  const asked = useRef<string>();
  const setIssues = (list: LocatedIssue[]) => setIssuesState({ list, yaml: asked.current });
  const [requestError, setRequestError] = useState("");
  const [waiting, setWaiting] = useState(false);
  const [left, setLeft] = useState<"form" | "yaml">("form");
  const [tab, setTab] = useState<Tab>("verdicts");
  const [useId, setUseId] = useState("");
  const [focus, setFocus] = useState<Focus | undefined>();
  const [saving, setSaving] = useState<"" | "saving" | "saved">("");
  const [saveError, setSaveError] = useState("");
  const [conflict, setConflict] = useState<{ revision: number; yaml: string; changes?: ChangeView[] } | null>(null);
  const [newId, setNewId] = useState("");
  const seq = useRef(0);
  const edited = useRef(new Set<number>());

  // Load the stored situation (or one revision of it, for a permanent link).
  useEffect(() => {
    if (!props.id) return;
    const load = props.rev ? api.revision(props.id, props.rev) : api.get(props.id);
    load
      .then((s) => {
        setYaml(s.yaml);
        setBase({ revision: s.revision, yaml: s.yaml });
      })
      .catch((e: Error) => setLoadError(e.message));
  }, [props.id, props.rev]);

  const live = useMemo(
    () =>
      new LiveAnalysis((job, result, error) => {
        if (job.seq !== seq.current) return; // a newer edit is on its way
        setWaiting(false);
        if (error) {
          if (error.issues.length || error.status === 400) {
            setIssues(error.issues.length ? error.issues : [{ message: error.message }]);
            setRequestError("");
          } else setRequestError(error.message);
          return;
        }
        setIssues([]);
        setRequestError("");
        setView({ v: readAnalyze(result), seq: job.seq });
      }),
    [],
  );

  // The same library in a worker gives the verdict at once (a small view model); the server's answer follows.
  const lastView = useRef<AnalysisView>();
  lastView.current = view?.v;
  const trees = useRef(new Map<number, (c: ConditionView[] | null) => void>());
  const treeIds = useRef(0);
  /**
   * The edit the server is asked about once the worker has answered it: the server's work (and
   * the main thread's, receiving its answer) would otherwise share the cores with the worker's
   * and delay the verdict it follows anyway.
   */
  const forServer = useRef<Job | null>(null);
  const askServer = () => {
    clearTimeout(serverTimer.current);
    const job = forServer.current;
    forServer.current = null;
    if (job) live.request(job);
  };
  // ... and only once the edits pause: while someone types, the worker's verdicts follow every
  // keystroke, and the server's answer (the timeline, the full text) for each one would be
  // outdated by the next, and take the main thread the next verdict needs.
  const serverTimer = useRef<ReturnType<typeof setTimeout>>();
  const askServerOnPause = () => {
    clearTimeout(serverTimer.current);
    serverTimer.current = setTimeout(askServer, SERVER_PAUSE_MS);
  };
  const worker = useMemo(() => {
    if (typeof Worker === "undefined") return null;
    const w = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    w.onerror = askServer; // no verdict from the worker: the server's answer is the only one
    w.onmessage = (e: MessageEvent<LocalReply>) => {
      const r = e.data;
      if (r.kind === "tree") {
        trees.current.get(r.id)?.(r.conditions);
        trees.current.delete(r.id);
        return;
      }
      if (r.seq !== seq.current) return; // a newer edit is on its way
      askServerOnPause();
      if (r.kind === "view") {
        performance.measure("casus:worker-compute", { start: performance.now() - r.ms, duration: r.ms });
        performance.measure("casus:worker-wait", { start: performance.now() - r.waited, duration: r.waited });
        performance.measure("casus:worker-to-page", { start: r.sent - performance.timeOrigin, duration: performance.timeOrigin + performance.now() - r.sent });
        performance.mark(`casus:received:${r.seq}`);
        setIssues([]);
        setView({ v: readLocal(r.view, lastView.current), seq: r.seq });
      } else if (r.kind === "issues") setIssues(r.issues);
    };
    return w;
  }, []);
  // A basis opened in a view without its proof tree asks the worker for the tree of that view's edit.
  const viewSeq = useRef(0);
  viewSeq.current = view?.seq ?? 0;
  const treeSource = useCallback(
    (use: string, basis: string) =>
      new Promise<ConditionView[] | null>((resolve) => {
        if (!worker) return resolve(null);
        const id = ++treeIds.current;
        trees.current.set(id, resolve);
        worker.postMessage({ kind: "tree", seq: viewSeq.current, id, use, basis } satisfies LocalRequest);
      }),
    [worker],
  );
  useEffect(() => () => (worker?.terminate(), clearTimeout(serverTimer.current)), [worker]);

  const req: AnalyzeRequest | null = useMemo(() => (yaml === null ? null : { yaml, date: date || undefined, doctrine, lang }), [yaml, date, doctrine, lang]);
  // A layout effect: the edit goes to the worker in the same task as the render, not after the
  // next frame (where a plain effect runs), which cost a frame on every keystroke.
  useLayoutEffect(() => {
    if (!req) return;
    seq.current++;
    clearTimeout(serverTimer.current); // the pause before the server is asked starts again with this edit's answer
    asked.current = req.yaml;
    setWaiting(true);
    if (worker) forServer.current = { req, seq: seq.current };
    else live.request({ req, seq: seq.current });
    if (edited.current.has(seq.current)) performance.measure("casus:edit-to-post", `casus:edit:${seq.current}`);
    worker?.postMessage({ kind: "analyze", seq: seq.current, yaml: req.yaml, date: req.date, doctrine: req.doctrine, lang: req.lang as "en" | "ja", posted: performance.timeOrigin + performance.now() } satisfies LocalRequest);
  }, [req]);

  // Time from an edit to its verdict on screen (bench/workbench-latency.ts reads these measures):
  // measured in the animation frame that paints the new DOM (a layout effect runs right after the
  // DOM is changed; the next frame's callbacks run just before its paint).
  useLayoutEffect(() => {
    if (!view || !edited.current.has(view.seq)) return;
    const start = `casus:edit:${view.seq}`;
    const received = `casus:received:${view.seq}`;
    requestAnimationFrame(() => {
      performance.measure("casus:edit-to-verdict", start);
      if (performance.getEntriesByName(received).length) performance.measure("casus:received-to-paint", received);
      performance.clearMarks(start);
      performance.clearMarks(received);
    });
    edited.current.clear();
  }, [view]);

  const edit = useCallback((text: string) => {
    setYaml((old) => {
      if (old === text) return old;
      performance.mark(`casus:edit:${seq.current + 1}`);
      edited.current.add(seq.current + 1);
      return text;
    });
  }, []);

  const dirty = !!yaml && (!base || base.yaml !== yaml);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [dirty]);

  const a = view?.v;
  // Compare and explain open on the first use where collective self-defence or security is in play.
  const inPlay = a?.uses.find((u) => u.bases.some((b) => (b.basis === "collective-self-defence" || b.basis === "collective-security") && (b.claimed || b.status !== "not-available")));
  const currentUse = a?.uses.find((u) => u.id === useId)?.id ?? inPlay?.id ?? a?.uses[0]?.id ?? "";

  const save = async (yamlToSave: string, baseRevision: number | undefined) => {
    setSaving("saving");
    setSaveError("");
    try {
      if (!props.id) {
        const r = await api.create(yamlToSave, newId.trim() || undefined);
        setBase({ revision: r.revision, yaml: yamlToSave });
        location.hash = `#/s/${encodeURIComponent(r.id)}`;
      } else {
        const r = await api.update(props.id, yamlToSave, baseRevision ?? 0);
        setBase({ revision: r.revision, yaml: yamlToSave });
        setConflict(null);
        if (props.rev) history.replaceState(null, "", `#/s/${encodeURIComponent(props.id)}/r/${r.revision}`);
      }
      setSaving("saved");
    } catch (e) {
      setSaving("");
      const err = e as ApiError;
      if (err.status === 409 && err.current) {
        const current = err.current;
        setConflict({ ...current });
        api
          .diff(current.yaml, yamlToSave, { date: date || undefined, doctrine, lang })
          .then((d) => setConflict((c) => (c && c.revision === current.revision ? { ...c, changes: readDiff(d) } : c)))
          .catch(() => undefined);
      } else setSaveError(err.message);
    }
  };

  const onFact = (path: string) => {
    setLeft("yaml");
    setFocus({ path, n: Date.now() });
  };

  // The verdicts are drawn again only when the analysis changes, not on every keystroke.
  const verdicts = useMemo(() => (a ? <TreeSource.Provider value={treeSource}><Verdicts view={a} onFact={onFact} /></TreeSource.Provider> : null), [a, treeSource]);

  if (loadError) return <p class="error page">{loadError}</p>;
  if (yaml === null) return <p class="muted page">{t("loading")}</p>;

  return (
    <div class="workspace">
      <div class="ws-head">
        <div class="ws-title">
          <h1>{a?.title ?? props.id ?? t("newSituation")}</h1>
          <p class="muted">
            {props.id ?? ""} {base && `· ${t("revisionShort")} ${base.revision}`} {dirty && <span class="dirty">● {t("unsaved")}</span>}
          </p>
        </div>
        <label class="date" title={t("judgeOnHelp")}>
          <span>{t("judgeOn")}</span>
          <input name="date" type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
          {date && (
            <button type="button" class="small" onClick={() => setDate("")} aria-label="clear date">
              ×
            </button>
          )}
        </label>
        <div class="save">
          {!props.id && <input name="new-id" placeholder={t("newId")} value={newId} onInput={(e) => setNewId((e.target as HTMLInputElement).value)} />}
          <button type="button" class="primary" data-testid="save" disabled={saving === "saving" || (!dirty && !!props.id)} onClick={() => save(yaml, base?.revision)}>
            {saving === "saving" ? t("saving") : t("save")}
          </button>
          {saving === "saved" && !dirty && <span class="ok">✓ {t("saved")}</span>}
          {saveError && <span class="error">{saveError}</span>}
        </div>
      </div>
      {props.rev && base && (
        <p class="banner">
          {t("viewingRevision")} {props.rev} · <a href={`#/s/${encodeURIComponent(props.id!)}`}>{t("openLatest")}</a>
        </p>
      )}
      {conflict && (
        <div class="conflict" role="alertdialog" aria-labelledby="conflict-title" data-testid="conflict">
          <h2 id="conflict-title">⚠ {t("conflictTitle")}</h2>
          <p>{t("conflictText")}</p>
          <h4>{t("conflictAnalysis")}</h4>
          {conflict.changes && <ChangesTable changes={conflict.changes} />}
          <h4>{t("conflictFacts")}</h4>
          <YamlDiff text={createTwoFilesPatch(`${t("theirs")} ${conflict.revision})`, t("mine"), conflict.yaml, yaml, "", "", { context: 2 })} />
          <div class="buttons">
            <button type="button" class="primary" onClick={() => save(yaml, conflict.revision)}>
              {t("keepMine")}
            </button>
            <button
              type="button"
              onClick={() => {
                setYaml(conflict.yaml);
                setBase({ revision: conflict.revision, yaml: conflict.yaml });
                setConflict(null);
              }}
            >
              {t("takeTheirs")}
            </button>
            <button
              type="button"
              onClick={() =>
                api
                  .create(yaml, `${props.id}-copy-${Date.now().toString(36)}`)
                  .then((r) => (location.hash = `#/s/${encodeURIComponent(r.id)}`))
                  .catch((e: Error) => setSaveError(e.message))
              }
            >
              {t("saveAsCopy")}
            </button>
          </div>
        </div>
      )}
      <div class="ws-body">
        <section class="facts-pane" aria-label={t("facts")}>
          <div class="tabs" role="tablist">
            {(["form", "yaml"] as const).map((k) => (
              <button type="button" role="tab" key={k} aria-selected={left === k} class={left === k ? "on" : ""} onClick={() => setLeft(k)}>
                {t(k)}
              </button>
            ))}
            {issues.list.length > 0 && (
              <span class="error-count" data-testid="error-count">
                {t("errorsAt")}: {issues.list.length}
              </span>
            )}
          </div>
          {issues.list.length > 0 && (
            <ul class="issues" data-testid="issues">
              {issues.list.slice(0, 8).map((i, k) => (
                <li key={k}>
                  <button type="button" class="link" onClick={() => (i.path ? onFact(i.path) : setLeft("yaml"))}>
                    {i.line ? `${t("line")} ${i.line}` : (i.path ?? "")}
                  </button>{" "}
                  {i.message}
                </li>
              ))}
            </ul>
          )}
          <div hidden={left !== "form"}>{left === "form" && <FactsForm yaml={yaml} onChange={edit} />}</div>
          <div hidden={left !== "yaml"}>
            <YamlEditor value={yaml} onChange={edit} issues={issues.list} issuesFor={issues.yaml} focus={focus} />
          </div>
        </section>
        <section class={`analysis-pane ${issues.list.length ? "stale" : ""}`} aria-label={t("verdicts")} aria-busy={waiting}>
          <div class="tabs" role="tablist">
            {TABS.map((k) => (
              <button type="button" role="tab" key={k} aria-selected={tab === k} class={tab === k ? "on" : ""} onClick={() => setTab(k)} data-tab={k}>
                {t(k)}
              </button>
            ))}
          </div>
          <p class="status-line" data-testid="status-line">
            {waiting ? <span class="muted">{t("analysing")}</span> : a ? <span class="muted">{a.date && `${t("judgedOn")} ${a.date}`}</span> : null}
            {issues.list.length > 0 && <span class="warn"> {t("invalid")}</span>}
            {requestError && <span class="error"> {requestError}</span>}
          </p>
          {!a ? (
            <p class="muted">{waiting ? t("analysing") : t("noAnalysis")}</p>
          ) : (
            <div class="tab-body" data-seq={view!.seq}>
              {tab === "verdicts" && verdicts}
              {tab === "timeline" && <Timeline uses={a.timeline} date={date || undefined} onDate={setDate} />}
              {tab === "compare" && req && <ComparePanel req={req} view={a} use={currentUse} onUse={setUseId} onFact={onFact} />}
              {tab === "doctrine" && req && <DoctrinePanel req={req} view={a} doctrine={doctrine} onDoctrine={setDoctrine} />}
              {tab === "explain" && req && <ExplainPanel req={req} view={a} use={currentUse} onUse={setUseId} onFact={onFact} />}
              {tab === "whatIf" && req && <WhatIfPanel req={req} onApply={edit} />}
              {tab === "history" && props.id && base && <History id={props.id} revision={base.revision} date={date || undefined} onLoad={edit} />}
              {tab === "history" && !props.id && <p class="muted">{t("exportNotSaved")}</p>}
              {tab === "export" && <ExportPanel id={props.id} revision={base?.revision} dirty={dirty} date={date || undefined} />}
              {tab === "text" && <pre class="full-text">{a.text}</pre>}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
