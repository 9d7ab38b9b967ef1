// Per use of force: the verdict, each legal basis with its status, and the proof tree behind it,
// every step with its sources (Charter article, ICJ paragraph, resolution).
import { useContext, useEffect, useState } from "preact/hooks";
import { createContext, type ComponentChildren } from "preact";
import type { AnalysisView, BasisView, ConditionView, UseView } from "../answer.ts";
import { useT } from "../i18n.ts";

/** A <details> whose body is drawn only once opened: a proof tree has hundreds of nodes. */
function Lazy(props: { open?: boolean; class?: string; summary: ComponentChildren; children: () => ComponentChildren; "data-basis"?: string }) {
  const [open, setOpen] = useState(!!props.open);
  return (
    <details class={props.class} open={open} data-basis={props["data-basis"]} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{props.summary}</summary>
      {open && props.children()}
    </details>
  );
}

/**
 * Where a basis's proof tree comes from when the view was sent without it (the worker's small view
 * model): the page asks the worker for it. Resolves to null when that analysis is gone (a newer
 * edit replaced it; the next view brings its own).
 */
export const TreeSource = createContext<(use: string, basis: string) => Promise<ConditionView[] | null>>(async () => null);

/** The proof tree of one basis: the view's own, or the one asked for; the last one stays while a new one comes. */
function Tree(props: { use?: string; b: BasisView; onFact: (path: string) => void }) {
  const { t } = useT();
  const source = useContext(TreeSource);
  const [asked, setAsked] = useState<ConditionView[] | null>(null);
  const own = props.b.conditions;
  useEffect(() => {
    if (own || !props.use) return;
    let live = true; // an answer for a view that was replaced meanwhile is dropped
    source(props.use, props.b.basis).then((c) => live && c && setAsked(c), () => undefined);
    return () => {
      live = false;
    };
  }, [props.b, props.use]);
  const conditions = own ?? asked;
  if (!conditions) return <p class="muted small">{t("loading")}</p>;
  return (
    <ul class="tree root">
      {conditions.map((c) => (
        <Condition c={c} key={c.id} onFact={props.onFact} depth={0} />
      ))}
    </ul>
  );
}

const ICON: Record<string, string> = { satisfied: "✓", failed: "✗", unknown: "?", contested: "⚖" };

export function StatusChip(props: { status: string; kind?: "verdict" | "status" }) {
  const { t } = useT();
  const k = props.kind ?? "status";
  const key = `${k}.${props.status}`;
  const word = t(key);
  return <span class={`chip s-${props.status}`}>{word === key ? props.status : word}</span>;
}

function Condition(props: { c: ConditionView; onFact: (path: string) => void; depth: number }) {
  const { t } = useT();
  const c = props.c;
  const hasMore = c.children.length > 0 || c.citations.length > 0 || c.facts.length > 0 || c.missing.length > 0 || c.byPosition.length > 0;
  const head = (
    <>
      <span class={`icon s-${c.status}`} title={t(`status.${c.status}`)} aria-label={t(`status.${c.status}`)}>
        {ICON[c.status] ?? "·"}
      </span>
      <span class="cond-label">{c.label}</span>
      {c.evidenceOnly && <span class="tag">{t("evidenceOnly")}</span>}
      {c.doctrine && <span class="tag doctrine">{c.doctrine}</span>}
      {c.because && <span class="because">{c.because}</span>}
    </>
  );
  if (!hasMore) return <li class="cond leaf">{head}</li>;
  return (
    <li class="cond">
      <Lazy open={props.depth < 1 && c.status !== "satisfied"} summary={head}>
        {() => (
          <>
        {c.byPosition.length > 0 && (
          <ul class="positions">
            {c.byPosition.map((p) => (
              <li key={p.positions}>
                {p.positions}: <StatusChip status={p.status} /> {p.isDefault ? `(${t("defaultPosition")})` : ""}
              </li>
            ))}
          </ul>
        )}
        {c.citations.length > 0 && (
          <div class="cites">
            <span class="muted">{t("citations")}:</span>
            <ol>
              {c.citations.map((x) => (
                <li key={x.id}>
                  <cite>{x.text}</cite>
                </li>
              ))}
            </ol>
          </div>
        )}
        {(c.facts.length > 0 || c.missing.length > 0) && (
          <div class="fact-paths">
            {c.facts.length > 0 && <span class="muted">{t("factsRelied")}:</span>}
            {c.facts.map((p) => (
              <button type="button" class="path" key={p} onClick={() => props.onFact(p)}>
                {p}
              </button>
            ))}
            {c.missing.length > 0 && <span class="muted">{t("wouldDecide")}:</span>}
            {c.missing.map((p) => (
              <button type="button" class="path missing" key={p} onClick={() => props.onFact(p)}>
                {p}
              </button>
            ))}
          </div>
        )}
        {c.children.length > 0 && (
          <ul class="tree">
            {c.children.map((x) => (
              <Condition c={x} key={x.id} onFact={props.onFact} depth={props.depth + 1} />
            ))}
          </ul>
        )}
          </>
        )}
      </Lazy>
    </li>
  );
}

export function Basis(props: { b: BasisView; use?: string; onFact: (path: string) => void }) {
  const { t } = useT();
  const b = props.b;
  return (
    <Lazy
      class={`basis s-${b.status}`}
      data-basis={b.basis}
      summary={
        <>
        <span class="basis-name">{t(`basis.${b.basis}`) === `basis.${b.basis}` ? b.label : t(`basis.${b.basis}`)}</span>
        <StatusChip status={b.status} />
        {b.claimed && <span class="tag">{t("claimed")}</span>}
        <span class="because">{b.summary.replace(/^[a-z-]+: /, "")}</span>
        </>
      }
    >
      {() => (
        <>
      {b.positions.length > 0 && (
        <div class="positions-box">
          <strong>{t("underPositions")}</strong>
          <ul>
            {b.positions.map((p) => (
              <li key={p.positions}>
                <code>{p.positions}</code> <StatusChip status={p.status} /> {p.isDefault ? `(${t("defaultPosition")})` : ""}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Tree use={props.use} b={b} onFact={props.onFact} />
        </>
      )}
    </Lazy>
  );
}

export function UseCard(props: { u: UseView; onFact: (path: string) => void }) {
  const { t } = useT();
  const u = props.u;
  const charter = u.bases;
  return (
    <article class="use" data-use={u.id}>
      <header>
        <div>
          <h3>
            <span class="use-id">{u.id}</span> {u.title}
          </h3>
          <p class="muted">
            {t("by")} {u.by.join(", ")} · {t("judgedOn")} {u.date}
          </p>
        </div>
        <div class={`verdict s-${u.verdict}`} data-testid={`verdict-${u.id}`} data-verdict={u.verdict}>
          <span class="verdict-label">{t("verdict")}</span>
          <strong>{t(`verdict.${u.verdict}`)}</strong>
        </div>
      </header>
      <h4>{t("bases")}</h4>
      <div class="bases">
        {charter.map((b) => (
          <Basis b={b} use={u.id} key={b.basis} onFact={props.onFact} />
        ))}
      </div>
      {u.labels.length > 0 && (
        <>
          <h4>{t("labelsClaimed")}</h4>
          <ul class="labels">
            {u.labels.map((l, i) => (
              <li key={i} class={l.ok ? "ok" : "warn"}>
                {l.ok ? "✓" : "⚠"} <q>{l.label}</q> — {l.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {u.domestic.length > 0 && (
        <>
          <h4>{t("domestic")}</h4>
          <ul class="labels">
            {u.domestic.map((d, i) => (
              <li key={i}>
                {d.regime}: <strong>{d.answer}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

export function Verdicts(props: { view: AnalysisView; onFact: (path: string) => void }) {
  const { t } = useT();
  if (props.view.uses.length === 0) return <p class="muted">{t("noUses")}</p>;
  return (
    <div class="verdicts">
      <ul class="summary-strip">
        {props.view.uses.map((u) => (
          <li key={u.id}>
            <a href={`#use-${u.id}`} onClick={(e) => (e.preventDefault(), document.querySelector(`[data-use="${u.id}"]`)?.scrollIntoView({ behavior: "smooth" }))}>
              <span class="use-id">{u.id}</span> <StatusChip status={u.verdict} kind="verdict" />
            </a>
          </li>
        ))}
      </ul>
      {props.view.uses.map((u) => (
        <UseCard u={u} key={u.id} onFact={props.onFact} />
      ))}
    </div>
  );
}
