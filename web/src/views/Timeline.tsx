// A picture of which basis is available when: per use of force, one row for the verdict and one
// per basis, coloured by status over the dates; the events that change something are ticks.
// Plain SVG: a dozen rectangles per row need no charting library.
import type { Interval, UseTimelineView } from "../answer.ts";
import { useT } from "../i18n.ts";

const DAY = 86_400_000;
const day = (d: string) => {
  const [y, m, dd] = d.split("-").map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, dd ?? 1) / DAY;
};
const iso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

const ROW = 22;
const LABEL = 230;
const WIDTH = 900;

function span(t: UseTimelineView): [number, number] {
  const all: number[] = [day(t.from)];
  for (const b of t.bases) for (const i of b.intervals) all.push(day(i.from), ...(i.to ? [day(i.to)] : []));
  for (const e of t.events) all.push(day(e.date));
  if (t.to) all.push(day(t.to));
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = Math.max(15, (hi - lo) * 0.08);
  return [lo, hi + pad];
}

/** The stretches of the chart outside the use's own period: the verdict there is "not under way". */
function outside(t: UseTimelineView, lo: number, hi: number): [number, number][] {
  const out: [number, number][] = [];
  if (lo < day(t.from)) out.push([lo, day(t.from)]);
  if (t.to && day(t.to) + 1 < hi) out.push([day(t.to) + 1, hi]);
  return out;
}

function ticks(lo: number, hi: number): number[] {
  const n = 6;
  const step = (hi - lo) / n;
  return Array.from({ length: n + 1 }, (_, i) => Math.round(lo + i * step));
}

function UseChart(props: { t: UseTimelineView; date?: string; onDate: (d: string) => void }) {
  const { t: tr } = useT();
  const tl = props.t;
  const [lo, hi] = span(tl);
  const x = (d: number) => LABEL + ((d - lo) / (hi - lo)) * (WIDTH - LABEL - 10);
  const rows: { name: string; intervals: Interval[]; kind: "verdict" | "status" }[] = [
    { name: tr("verdict"), intervals: tl.verdicts, kind: "verdict" },
    ...tl.bases.map((b) => ({ name: tr(`basis.${b.basis}`), intervals: b.intervals, kind: "status" as const })),
  ];
  const height = 28 + rows.length * ROW + 26;
  const click = (e: MouseEvent) => {
    const svg = e.currentTarget as SVGSVGElement;
    const r = svg.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * WIDTH;
    if (px < LABEL) return;
    const d = lo + ((px - LABEL) / (WIDTH - LABEL - 10)) * (hi - lo);
    props.onDate(iso(Math.round(d)));
  };
  const judged = props.date ? day(props.date) : undefined;
  return (
    <figure class="timeline" data-use={tl.id}>
      <figcaption>
        <span class="use-id">{tl.id}</span> {tl.title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`${tr("timeline")}: ${tl.title}`} onClick={click}>
        {ticks(lo, hi).map((d) => (
          <g key={d}>
            <line x1={x(d)} x2={x(d)} y1={20} y2={height - 24} class="grid" />
            <text x={x(d)} y={height - 8} class="axis" text-anchor={d === hi || x(d) > WIDTH - 40 ? "end" : "middle"}>
              {iso(d)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = 26 + i * ROW;
          return (
            <g key={row.name}>
              <text x={LABEL - 8} y={y + 14} class={i === 0 ? "row-label strong" : "row-label"} text-anchor="end">
                {row.name}
              </text>
              {i === 0 && outside(tl, lo, hi).map(([a, b]) => (
                <rect key={`out-${a}`} x={x(a)} y={y + 2} width={Math.max(1.5, x(b) - x(a))} height={ROW - 6} rx={3} class="bar s-not-under-way">
                  <title>
                    {row.name}: {tr("verdict.not-under-way")} — {iso(a)} … {iso(b - 1)}
                  </title>
                </rect>
              ))}
              {row.intervals.map((iv) => {
                const a = x(day(iv.from));
                const b = x(iv.to ? day(iv.to) + 1 : hi);
                return (
                  <rect key={iv.from} x={a} y={y + 2} width={Math.max(1.5, b - a)} height={ROW - 6} rx={3} class={`bar s-${iv.status}`}>
                    <title>
                      {row.name}: {tr(`${row.kind}.${iv.status}`)} — {iv.from} … {iv.to ?? ""}
                    </title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        {tl.events.map((e, i) => (
          <g key={i}>
            <line x1={x(day(e.date))} x2={x(day(e.date))} y1={16} y2={24} class="event" />
            <circle cx={x(day(e.date))} cy={14} r={3.5} class="event">
              <title>
                {e.date}: {e.what}
              </title>
            </circle>
          </g>
        ))}
        {judged !== undefined && judged >= lo && judged <= hi && (
          <g>
            <line x1={x(judged)} x2={x(judged)} y1={8} y2={height - 22} class="judged" />
            <text x={x(judged) + 4} y={10} class="axis judged-label">
              {props.date}
            </text>
          </g>
        )}
      </svg>
      <details class="events">
        <summary>{tr("events")}</summary>
        <ul>
          {tl.events.map((e, i) => (
            <li key={i}>
              <button type="button" class="link" onClick={() => props.onDate(e.date)}>
                {e.date}
              </button>{" "}
              {e.what}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}

export function Timeline(props: { uses: UseTimelineView[]; date?: string; onDate: (d: string) => void }) {
  const { t } = useT();
  return (
    <div class="timelines">
      <p class="muted">
        {t("clickTimeline")}{" "}
        <span class="legend">
          {["available", "contested", "undetermined", "not-available"].map((s) => (
            <span key={s} class="legend-item">
              <span class={`swatch s-${s}`} /> {t(`status.${s}`)}
            </span>
          ))}
          {/* the verdict row's own colours: lawful is drawn as available, contested as contested */}
          {["unlawful", "not-under-way"].map((v) => (
            <span key={v} class="legend-item">
              <span class={`swatch s-${v}`} /> {t("verdict")}: {t(`verdict.${v}`)}
            </span>
          ))}
        </span>
      </p>
      {props.uses.map((u) => (
        <UseChart t={u} key={u.id} date={props.date} onDate={props.onDate} />
      ))}
    </div>
  );
}
