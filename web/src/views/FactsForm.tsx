// The form view of the facts: the event lists a reader thinks in (actors, attacks, declarations,
// requests, consents, resolutions with their votes, uses of force). Each field edits the YAML
// document in place, so the YAML view and the form are one situation, and comments survive.
import { useMemo, useRef, useState } from "preact/hooks";
import type { Document } from "yaml";
import { useT } from "../i18n.ts";
import { getIn, items, parse, rewrite, setIn, type Segment } from "../yamlpath.ts";

type Kind = "text" | "date" | "select" | "ids" | "idsOrAll" | "number" | "bool" | "tri";
interface Field {
  key: string;
  label: string;
  labelJa: string;
  kind: Kind;
  options?: string[];
  wide?: boolean;
}
interface Section {
  key: "actors" | "attacks" | "declarations" | "requests" | "consents" | "resolutions" | "uses";
  name: (x: Record<string, unknown>, i: number) => string;
  fields: Field[];
  template: (doc: Document) => Record<string, unknown>;
}

const f = (key: string, label: string, labelJa: string, kind: Kind = "text", options?: string[], wide = false): Field => ({ key, label, labelJa, kind, options, wide });
const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
const firstActor = (doc: Document) => str((items(doc, "actors")[0] as { id?: string })?.id);
const today = () => new Date().toISOString().slice(0, 10);
const TRI = ["yes", "no", "unknown"];

const SECTIONS: Section[] = [
  {
    key: "actors",
    name: (x) => `${str(x.name) || str(x.id)}`,
    fields: [
      f("id", "Id", "ID"),
      f("name", "Name", "名称", "text", undefined, true),
      f("kind", "Kind", "種別", "select", ["state", "organisation", "group"]),
      f("permanentMember", "Permanent member of the Council", "安保理常任理事国", "bool"),
    ],
    template: (doc) => ({ id: `actor${items(doc, "actors").length + 1}`, name: "New actor", kind: "state" }),
  },
  {
    key: "attacks",
    name: (x) => `${str(x.id)}: ${str(x.by)} → ${str(x.against)} (${str(x.date)})`,
    fields: [
      f("id", "Id", "ID"),
      f("by", "By", "攻撃者"),
      f("against", "Against (victim)", "被害国"),
      f("date", "Date", "日付", "date"),
      f("kind", "Kind", "種類", "select", ["invasion", "bombardment", "blockade", "attack-on-forces", "armed-bands", "terrorist-attack", "missile", "mining", "incursion", "support-to-rebels", "other"]),
      f("stage", "Stage", "段階", "select", ["occurred", "launched", "imminent", "contextual", "remote"]),
      f("gravity", "Gravity", "重大性", "select", ["armed-attack", "lesser", "cumulative"]),
      f("established", "Established", "立証", "tri", TRI),
    ],
    template: (doc) => ({ id: `a${items(doc, "attacks").length + 1}`, by: firstActor(doc), against: firstActor(doc), date: today(), kind: "invasion" }),
  },
  {
    key: "declarations",
    name: (x) => `${str(x.by)} (${str(x.date)})`,
    fields: [f("by", "By (the victim)", "宣言国（被害国）"), f("date", "Date", "日付", "date"), f("attacks", "Attacks declared", "宣言された攻撃", "ids")],
    template: (doc) => ({ by: firstActor(doc), date: today() }),
  },
  {
    key: "requests",
    name: (x) => `${str(x.by)} → ${Array.isArray(x.to) ? x.to.join(", ") : str(x.to)} (${str(x.date)})`,
    fields: [
      f("by", "By", "要請国"),
      f("to", "To (ids, or all)", "宛先（ID 又は all）", "idsOrAll"),
      f("date", "Date", "日付", "date"),
      f("form", "Form", "形式", "select", ["express", "treaty-invocation", "to-the-council"]),
    ],
    template: (doc) => ({ by: firstActor(doc), to: "all", date: today() }),
  },
  {
    key: "consents",
    name: (x) => `${str(x.id)}: ${str(x.state)} (${str(x.date)})`,
    fields: [
      f("id", "Id", "ID"),
      f("state", "Territorial state", "領域国"),
      f("givenBy", "Given by", "同意の主体", "text", undefined, true),
      f("authority", "Authority", "権限", "select", ["government", "government-in-exile", "de-facto-authority", "opposition", "other"]),
      f("to", "To (ids, or all)", "相手（ID 又は all）", "idsOrAll"),
      f("date", "Date", "日付", "date"),
      f("withdrawn", "Withdrawn on", "撤回日", "date"),
    ],
    template: (doc) => ({ id: `c${items(doc, "consents").length + 1}`, state: firstActor(doc), givenBy: "Government", authority: "government", to: "all", date: today() }),
  },
  {
    key: "resolutions",
    name: (x) => `${str(x.symbol) || (x.dataset ? `S/RES/${str(x.dataset)}` : str(x.id))}${x.adopted ? ` (${str(x.adopted)})` : ""}`,
    fields: [
      f("id", "Id", "ID"),
      f("symbol", "Symbol", "文書記号"),
      f("adopted", "Adopted", "採択日", "date"),
      f("votes.for", "Votes for (count)", "賛成（票数）", "number"),
      f("votes.against", "Against (ids)", "反対（ID）", "ids"),
      f("votes.abstain", "Abstaining (ids)", "棄権（ID）", "ids"),
      f("chapterVII", "Chapter VII", "第7章", "select", ["express", "implicit", "none"]),
      f("authorisation", "Authorisation", "授権", "select", ["authorises", "recommends", "calls-upon", "none", "contested"]),
    ],
    template: (doc) => ({ id: `r${items(doc, "resolutions").length + 1}`, adopted: today(), votes: { for: 15 } }),
  },
  {
    key: "uses",
    name: (x) => `${str(x.id)}: ${str(x.title)}`,
    fields: [
      f("id", "Id", "ID"),
      f("title", "Title", "表題", "text", undefined, true),
      f("by", "By (ids)", "行為国（ID）", "ids"),
      f("against", "Against (ids)", "相手（ID）", "ids"),
      f("where", "Where (ids)", "場所（ID）", "ids"),
      f("start", "Start", "開始日", "date"),
      f("end", "End", "終了日", "date"),
      f("onBehalfOf", "On behalf of (ids)", "援助対象国（ID）", "ids"),
    ],
    template: (doc) => ({ id: `u${items(doc, "uses").length + 1}`, title: "New use of force", by: [firstActor(doc)], where: [firstActor(doc)], start: today() }),
  },
];

function shown(kind: Kind, v: unknown): string {
  if (kind === "tri" && v && typeof v === "object") return str((v as { value?: unknown }).value);
  if (kind === "select" && v && typeof v === "object") return str((v as { value?: unknown }).value);
  if (Array.isArray(v)) return v.join(", ");
  if (typeof v === "boolean") return v ? "yes" : "no";
  return str(v);
}

function read(kind: Kind, text: string, old: unknown): unknown {
  const t = text.trim();
  if (t === "") return undefined;
  if (kind === "number") return Number.isFinite(Number(t)) ? Number(t) : t;
  if (kind === "bool") return t === "yes";
  if (kind === "ids") return t.split(/[,\s]+/).filter(Boolean);
  if (kind === "idsOrAll") return t === "all" ? "all" : t.split(/[,\s]+/).filter(Boolean);
  if ((kind === "tri" || kind === "select") && old && typeof old === "object" && "value" in old) return { ...(old as object), value: t };
  return t;
}

export function FactsForm(props: { yaml: string; onChange: (yaml: string) => void; readOnly?: boolean }) {
  const { lang, t } = useT();
  const doc = useMemo(() => parse(props.yaml), [props.yaml]);
  // Two edits in a row (a field left by Tab, the next one changed) can both land before the
  // parent re-renders: each edit applies to the text the last one wrote, never to this render's.
  const latest = useRef(props.yaml);
  const rendered = useRef(props.yaml);
  if (rendered.current !== props.yaml) latest.current = rendered.current = props.yaml;
  if (doc.errors.length) return <p class="error">{t("fixYamlFirst")}</p>;
  const commit = (edit: (d: Document) => void) => {
    const d = parse(latest.current);
    edit(d);
    latest.current = rewrite(latest.current, d);
    props.onChange(latest.current);
  };
  return (
    <div class="facts-form">
      {SECTIONS.map((s) => {
        const list = items(doc, s.key) as Record<string, unknown>[];
        return (
          <details class="section" key={s.key} data-section={s.key}>
            <summary>
              {t(`section.${s.key}`)} <span class="count">{list.length}</span>
            </summary>
            {list.map((item, i) => (
              <fieldset class="item" key={i} data-item={`${s.key}[${i}]`}>
                <legend>{s.name(item, i)}</legend>
                {s.key === "resolutions" && item.dataset !== undefined && (
                  <p class="muted small from-dataset">
                    S/RES/{str(item.dataset)}: {t("fromDataset")}
                  </p>
                )}
                <div class="fields">
                  {s.fields.map((fd) => {
                    const path: Segment[] = [s.key, i, ...fd.key.split(".")];
                    const v = getIn(doc, path);
                    const label = lang === "ja" ? fd.labelJa : fd.label;
                    const name = `${s.key}[${i}].${fd.key}`;
                    const onValue = (text: string) => commit((d) => setIn(d, path, read(fd.kind, text, v)));
                    const options = fd.kind === "bool" ? ["yes", "no"] : fd.options;
                    return (
                      <label class={fd.wide ? "field wide" : "field"} key={fd.key}>
                        <span>{label}</span>
                        {options ? (
                          <select name={name} value={shown(fd.kind, v)} disabled={props.readOnly} onChange={(e) => onValue((e.target as HTMLSelectElement).value)}>
                            <option value="">—</option>
                            {options.map((o) => (
                              <option value={o} key={o}>
                                {o}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <TextField name={name} value={shown(fd.kind, v)} kind={fd.kind} readOnly={props.readOnly} onValue={onValue} />
                        )}
                      </label>
                    );
                  })}
                </div>
                {!props.readOnly && (
                  <button type="button" class="small danger" onClick={() => commit((d) => d.deleteIn([s.key, i]))}>
                    {t("remove")}
                  </button>
                )}
              </fieldset>
            ))}
            {!props.readOnly && (
              <button
                type="button"
                class="small"
                onClick={() =>
                  commit((d) => {
                    const node = d.createNode(s.template(d));
                    if (d.hasIn([s.key])) d.addIn([s.key], node);
                    else d.setIn([s.key], d.createNode([s.template(d)]));
                  })
                }
              >
                + {t("add")}
              </button>
            )}
          </details>
        );
      })}
    </div>
  );
}

/** A text field keeps what the reader is typing until it is committed (on change): a re-render
 *  that arrives meanwhile (the analysis of the previous edit) must not put the old value back. */
function TextField(props: { name: string; value: string; kind: Kind; readOnly?: boolean; onValue: (text: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      name={props.name}
      value={draft ?? props.value}
      readOnly={props.readOnly}
      placeholder={props.kind === "date" ? "YYYY-MM-DD" : ""}
      inputMode={props.kind === "number" ? "numeric" : undefined}
      onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
      onChange={(e) => {
        setDraft(null);
        props.onValue((e.target as HTMLInputElement).value);
      }}
    />
  );
}
