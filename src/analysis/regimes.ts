// One situation's domestic answer under every regime and every reform, in one table: the law of
// each date on which a layer's law changed, applied to the same facts (as of the date judged), and
// each reform applied to the law of the date judged. Consecutive dates with the same answer are
// merged into one row.
import type { Lang } from "../law/domestic.js";
import { DOMESTIC_LAYERS } from "../law/domestic-layers.js";
import type { Situation } from "../scenario/schema.js";
import { onOrBefore } from "../engine/dates.js";
import { analyzeUse, prepare, UsageError } from "./analyze.js";
import type { DoctrineOption } from "./doctrine-options.js";
import type { DomesticAnalysis, DomesticStatus, Verdict } from "../answer/types.js";

export interface RegimeRow {
  lawFrom: string;
  /** Inclusive; undefined for the last row. */
  lawTo?: string;
  reform?: string;
  regime: string;
  article9: DomesticAnalysis["constitution"]["status"];
  instrument?: string;
  character: DomesticAnalysis["character"]["value"];
  answer: DomesticStatus;
  diet?: string;
  /** The same in words of the language asked for: the regime's label, the instrument's name, the Diet rule's label. */
  names: { regime: string; instrument?: string; diet?: string };
  fits: "yes" | "no" | "unknown";
  flags: string[];
  summary: string;
}

export interface RegimesTable {
  casus: 1;
  title: string;
  use: { id: string; title: string };
  /** The date of the facts. */
  date: string;
  international: { verdict: Verdict; summary: string };
  layers: {
    layer: string;
    label: string;
    rows: RegimeRow[];
    reforms: RegimeRow[];
    /** Instrument id -> name, and regime id -> label, for the legend. */
    instruments: Record<string, string>;
    regimes: Record<string, string>;
  }[];
}

export interface RegimesOptions {
  date?: string;
  doctrine?: DoctrineOption;
  lang?: Lang;
}

const previousDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayOf = (d: string) => (d.length === 10 ? d : d.length === 7 ? `${d}-01` : `${d}-01-01`);

function rowOf(d: DomesticAnalysis, lawFrom: string): RegimeRow {
  return {
    lawFrom,
    reform: d.reform?.id,
    regime: d.regime.id,
    article9: d.constitution.status,
    // The instrument the action falls under; where a finding is still missing, the one that may hold, marked "?".
    instrument: d.instrument?.id ?? (d.pair.domestic.instrument ? `${d.pair.domestic.instrument}?` : undefined),
    character: d.character.value,
    answer: d.answer,
    diet: d.diet.statute?.kind,
    names: {
      regime: d.regime.label,
      instrument: (d.instrument ?? d.instruments.find((i) => i.id === d.pair.domestic.instrument))?.name,
      diet: d.diet.statute?.label,
    },
    fits: d.pair.fits,
    flags: d.pair.flags.map((f) => f.kind),
    summary: d.summary,
  };
}

const same = (a: RegimeRow, b: RegimeRow) => JSON.stringify({ ...a, lawFrom: "", lawTo: "", summary: "", names: "" }) === JSON.stringify({ ...b, lawFrom: "", lawTo: "", summary: "", names: "" });

export function regimesTable(situation: Situation, useId: string, options: RegimesOptions = {}): RegimesTable {
  const use = situation.uses.find((u) => u.id === useId);
  if (!use) throw new UsageError(`no use of force "${useId}" in the situation (it has: ${situation.uses.map((x) => x.id).join(", ")})`);
  const p = prepare(situation, options.doctrine);
  const asOf = situation.asOf && onOrBefore(use.start, situation.asOf) !== "no" && (!use.end || onOrBefore(situation.asOf, use.end) !== "no") ? situation.asOf : use.start;
  const date = dayOf(options.date ?? asOf);
  const u = analyzeUse(p, use, date, { lang: options.lang });
  const layers = DOMESTIC_LAYERS.filter((l) => l.appliesTo(p.model, use));
  if (layers.length === 0) throw new UsageError(`no domestic layer applies to "${useId}" (describe the action in a \`japan\` block: docs/japan.md)`);
  const input = { model: p.model, use, date, bases: u.bases, isForce: u.isForce, commitments: u.commitments, lang: options.lang };
  return {
    casus: 1,
    title: situation.title,
    use: { id: use.id, title: use.title },
    date,
    international: { verdict: u.verdict, summary: u.summary },
    layers: layers.map((layer) => {
      const instruments: Record<string, string> = {};
      const regimes: Record<string, string> = {};
      const note = (d: DomesticAnalysis) => {
        for (const i of d.instruments) instruments[i.id] = `${i.name} (${i.law})`;
        regimes[d.regime.id] = d.regime.label;
      };
      const rows: RegimeRow[] = [];
      let label = layer.label;
      for (const day of layer.lawDates()) {
        const d = layer.judge({ ...input, lawDate: day });
        label = d.label;
        note(d);
        const row = rowOf(d, day);
        const last = rows[rows.length - 1];
        if (last && same(last, row)) continue;
        if (last) last.lawTo = previousDay(day);
        rows.push(row);
      }
      const reforms = layer.reforms.map((r) => {
        const d = layer.judge({ ...input, reform: r.id });
        note(d);
        return { ...rowOf(d, date), summary: d.reform?.label ?? r.label };
      });
      return { layer: layer.id, label, rows, reforms, instruments, regimes };
    }),
  };
}
