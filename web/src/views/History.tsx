// History: every save is a revision; pick two to compare (facts as a diff, analysis as changes);
// each revision has a permanent link (#/s/ID/r/N).
import { useEffect, useState } from "preact/hooks";
import { api, type RevisionSummary } from "../api.ts";
import { readDiff, type ChangeView } from "../answer.ts";
import { useT } from "../i18n.ts";
import { ChangesTable } from "./Panels.tsx";

export function YamlDiff(props: { text: string }) {
  return (
    <pre class="yaml-diff" data-testid="yaml-diff">
      {props.text.split("\n").map((l, i) => (
        <div key={i} class={l.startsWith("+++") || l.startsWith("---") ? "meta" : l.startsWith("+") ? "add" : l.startsWith("-") ? "del" : l.startsWith("@@") ? "hunk" : ""}>
          {l || " "}
        </div>
      ))}
    </pre>
  );
}

export function History(props: { id: string; revision: number; date?: string; onLoad: (yaml: string) => void }) {
  const { t } = useT();
  const [revs, setRevs] = useState<RevisionSummary[] | null>(null);
  const [error, setError] = useState("");
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  const [result, setResult] = useState<{ yamlDiff: string; changes: ChangeView[] } | null>(null);
  useEffect(() => {
    api
      .revisions(props.id)
      .then((r) => {
        const sorted = [...r].sort((a, b) => b.revision - a.revision);
        setRevs(sorted);
        setTo(sorted[0]?.revision ?? 0);
        setFrom(sorted[1]?.revision ?? sorted[0]?.revision ?? 0);
      })
      .catch((e: Error) => setError(e.message));
  }, [props.id, props.revision]);
  const compare = () => {
    setError("");
    api
      .compareRevisions(props.id, from, to, props.date)
      .then((r) => setResult({ yamlDiff: r.yamlDiff, changes: readDiff(r.analysisDiff) }))
      .catch((e: Error) => setError(e.message));
  };
  return (
    <div class="panel history">
      <p class="intro">{t("historyIntro")}</p>
      {error && <p class="error">{error}</p>}
      {revs && (
        <table class="revisions" data-testid="revisions">
          <thead>
            <tr>
              <th>{t("from")}</th>
              <th>{t("to")}</th>
              <th>{t("revision")}</th>
              <th>{t("date")}</th>
              <th>{t("title")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {revs.map((r) => (
              <tr key={r.revision} class={r.revision === props.revision ? "current" : ""}>
                <td>
                  <input type="radio" name="from" aria-label={`${t("from")} ${r.revision}`} checked={from === r.revision} onChange={() => setFrom(r.revision)} />
                </td>
                <td>
                  <input type="radio" name="to" aria-label={`${t("to")} ${r.revision}`} checked={to === r.revision} onChange={() => setTo(r.revision)} />
                </td>
                <td>{r.revision}</td>
                <td>{r.createdAt?.replace("T", " ").slice(0, 19)}</td>
                <td>{r.title}</td>
                <td>
                  <a href={`#/s/${encodeURIComponent(props.id)}/r/${r.revision}`}>{t("permalink")}</a>{" "}
                  {r.revision !== props.revision && (
                    <button
                      type="button"
                      class="small"
                      onClick={() =>
                        api
                          .revision(props.id, r.revision)
                          .then((x) => props.onLoad(x.yaml))
                          .catch((e: Error) => setError(e.message))
                      }
                    >
                      {t("loadRevision")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={compare} disabled={!revs || revs.length < 2 || from === to} data-testid="compare-revisions">
        {t("compareRevisions")} {from} → {to}
      </button>
      {result && (
        <div class="rev-compare">
          <h4>{t("analysisChanges")}</h4>
          <ChangesTable changes={result.changes} />
          <h4>{t("yamlChanges")}</h4>
          <YamlDiff text={result.yamlDiff} />
        </div>
      )}
    </div>
  );
}

const FORMATS = [
  { format: "md", label: "Markdown", ext: "md" },
  { format: "html", label: "HTML", ext: "html" },
  { format: "pdf", label: "PDF", ext: "pdf" },
  { format: "csl", label: "CSL-JSON", ext: "json" },
];

export function ExportPanel(props: { id?: string; revision?: number; dirty: boolean; date?: string }) {
  const { t, lang } = useT();
  const [busy, setBusy] = useState("");
  const [error, setError] = useState("");
  if (!props.id || !props.revision) return <p class="muted">{t("exportNotSaved")}</p>;
  const download = async (f: (typeof FORMATS)[number]) => {
    setBusy(f.format);
    setError("");
    try {
      const blob = await api.export(props.id!, { format: f.format, date: props.date, lang, rev: props.revision });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = `${props.id}-r${props.revision}${props.date ? "-" + props.date : ""}.${f.ext}`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy("");
    }
  };
  return (
    <div class="panel export">
      <p class="intro">{t("exportIntro")}</p>
      <p>
        {t("exportOfRevision")} {props.revision}. {props.dirty && <strong>{t("saveFirst")}</strong>}
      </p>
      <div class="buttons">
        {FORMATS.map((f) => (
          <button type="button" key={f.format} onClick={() => download(f)} disabled={!!busy} data-format={f.format}>
            ⬇ {f.label}
            {busy === f.format ? "…" : ""}
          </button>
        ))}
      </div>
      {error && <p class="error">{error}</p>}
    </div>
  );
}
