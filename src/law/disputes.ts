// Disputed facts (issue 7, principle 12). Any fact of a situation can be recorded as disputed:
//
//   disputes:
//     - id: consent-date
//       path: $.consents[k1].date          # the fact, by JSON path (list items by id or index)
//       versions:
//         - { id: host, by: V, value: "2015-09-30", source: "letter of 30 Sept 2015" }
//         - { id: critics, by: T, value: "2015-10-15", source: "statement of 2 Oct 2015" }
//
// Each combination of versions is a variant of the situation (the version's value applied at the
// path; `null` removes the item or field). Every basis is judged in each variant, and the answers
// are combined per basis: where the versions give different definite answers, the basis is
// contested on the facts, each version's answer shown, under a switch "fact:<id>" kept apart from
// doctrine switches (src/law/contest.ts). Pure functions of the situation.
import type { SwitchSpec } from "../engine/worlds.js";
import type { Model } from "../scenario/model.js";
import { SituationSchema, type Situation } from "../scenario/schema.js";
import type { BasisResult, BasisStatus } from "../answer/types.js";
import type { Tri } from "../engine/tri.js";
import { contestOf, describeDeparture, FACT_SWITCH_PREFIX, type WorldAnswer } from "./contest.js";
import { reasons, type Reason } from "../engine/reason.js";
import { say } from "./wording.js";

export { FACT_SWITCH_PREFIX };

/** At most this many variants (combinations of versions) are judged. */
export const MAX_VARIANTS = 32;

export class DisputeError extends Error {
  override name = "DisputeError";
}

type Dispute = NonNullable<Situation["disputes"]>[number];

/** The switches a situation's disputed facts add: "fact:<id>", one position per version, the first version first. */
export function disputedFactSwitches(model: Model): SwitchSpec[] {
  return (model.situation.disputes ?? []).map((d) => ({ id: FACT_SWITCH_PREFIX + d.id, positions: d.versions.map((v) => v.id), default: d.versions[0].id }));
}

/** One variant of the situation: which version of each disputed fact it takes. */
export interface Variant {
  positions: Record<string, string>;
  isDefault: boolean;
  situation: Situation;
}

type Segment = string | number;

/** "$.consents[k1].date" -> ["consents", "k1", "date"]; "[2]" is an index. */
export function parsePath(path: string): Segment[] {
  const body = path.replace(/^\$\.?/, "");
  const out: Segment[] = [];
  const re = /([^.[\]]+)|\[([^\]]+)\]/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(body))) {
    out.push(m[1] !== undefined ? m[1] : /^\d+$/.test(m[2]) ? Number(m[2]) : m[2]);
    consumed += m[0].length;
  }
  const dots = (body.match(/\./g) ?? []).length;
  if (out.length === 0 || consumed + dots !== body.length) throw new DisputeError(`"${path}" is not a JSON path such as $.consents[k1].date`);
  return out;
}

/** A copy of `s` with `value` at `path` (`null` removes the list item or field). */
export function applyAt(s: Situation, path: string, value: unknown): Situation {
  const root = structuredClone(s) as unknown as Record<string, unknown>;
  const segs = parsePath(path);
  let node: unknown = root;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const last = i === segs.length - 1;
    if (Array.isArray(node)) {
      const idx = typeof seg === "number" ? seg : node.findIndex((x) => (x as { id?: string })?.id === seg);
      if (idx < 0 || idx >= node.length) throw new DisputeError(`${path}: no item "${seg}" in the list`);
      if (last) {
        if (value === null) node.splice(idx, 1);
        else node[idx] = value;
        break;
      }
      node = node[idx];
    } else if (typeof node === "object" && node !== null) {
      const o = node as Record<string, unknown>;
      if (typeof seg === "number") throw new DisputeError(`${path}: "${segs[i - 1]}" is not a list`);
      if (last) {
        if (value === null) delete o[seg];
        else o[seg] = value;
        break;
      }
      if (o[seg] === undefined) o[seg] = typeof segs[i + 1] === "number" ? [] : {};
      node = o[seg];
    } else throw new DisputeError(`${path}: "${segs[i - 1]}" holds no fields`);
  }
  return root as unknown as Situation;
}

/** Every combination of versions, the first (each dispute's first version) first. */
export function variantsOf(s: Situation): Variant[] {
  const disputes: Dispute[] = s.disputes ?? [];
  if (disputes.length === 0) return [];
  let combos: Record<string, string>[] = [{}];
  for (const d of disputes) combos = combos.flatMap((c) => d.versions.map((v) => ({ ...c, [FACT_SWITCH_PREFIX + d.id]: v.id })));
  if (combos.length > MAX_VARIANTS) throw new DisputeError(`the disputes give ${combos.length} combinations of versions; at most ${MAX_VARIANTS} are judged`);
  const { disputes: _drop, ...plain } = s;
  return combos.map((positions, i) => {
    let v = plain as Situation;
    disputes.forEach((d, k) => {
      const version = d.versions.find((x) => x.id === positions[FACT_SWITCH_PREFIX + d.id])!;
      try {
        v = applyAt(v, d.path, version.value);
      } catch (e) {
        throw new DisputeError(`$.disputes[${k}] (${d.id}), version ${version.id}: ${(e as Error).message}`);
      }
    });
    const parsed = SituationSchema.safeParse(v);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DisputeError(`$.disputes: with versions ${describeDeparture({ departs: positions })}, the situation is not valid at $.${issue.path.join(".")}: ${issue.message}`);
    }
    return { positions, isDefault: i === 0, situation: parsed.data };
  });
}

const TRI: Record<Exclude<BasisStatus, "contested">, Tri> = { available: "yes", "not-available": "no", undetermined: "unknown" };
const STATUS: Record<Tri, BasisStatus> = { yes: "available", no: "not-available", unknown: "undetermined" };

type Versions = { versions: readonly { under: string; status: BasisStatus }[]; first: string };
const STATUS_EN: Record<BasisStatus, string> = { available: "available", "not-available": "not-available", undetermined: "undetermined", contested: "contested" };
const STATUS_JA: Record<BasisStatus, string> = { available: "援用可能", "not-available": "援用不可", undetermined: "未確定", contested: "見解が分かれる" };
const byVersion = (a: Versions, words: Record<BasisStatus, string>, sep: string, colon: string) => a.versions.map((v) => `${v.under}${colon}${words[v.status]}`).join(sep);

const R = reasons("dispute", {
  // `first`: the first version's summary, already in the answer's language.
  onTheFacts: say(
    (a: Versions) => `contested on the facts (${byVersion(a, STATUS_EN, "; ", ": ")}); first version: ${a.first}`,
    (a) => `事実について見解が分かれる（${byVersion(a, STATUS_JA, "；", "：")}）。第一の版：${a.first}`,
  ),
  everyVersion: say(
    (a: Versions) => `${a.first} (on every version of the disputed facts: ${byVersion(a, STATUS_EN, "; ", ": ")})`,
    (a) => `${a.first}（争いのある事実のいずれの版によっても：${byVersion(a, STATUS_JA, "；", "：")}）`,
  ),
});

/**
 * One basis judged in every variant -> one answer. The first variant's proof is shown; the basis is
 * contested where a version (or a doctrine position of real standing within one) gives a different
 * definite answer; each version's answer is listed under its "fact:" switch.
 */
export function combineVariants(results: readonly { positions: Record<string, string>; isDefault: boolean; result: BasisResult }[], words: (r: Reason) => string): BasisResult {
  const worlds: (WorldAnswer & { status: BasisStatus })[] = results.flatMap(({ positions, isDefault, result }) =>
    result.positions
      ? result.positions.map((p) => ({ positions: { ...positions, ...p.positions }, value: TRI[p.status as Exclude<BasisStatus, "contested">], isDefault: isDefault && p.isDefault, status: p.status }))
      : [{ positions, value: TRI[result.status as Exclude<BasisStatus, "contested">], isDefault, status: result.status }],
  );
  const first = results[0].result;
  const contest = contestOf(worlds);
  const factsDiffer = new Set(results.map((r) => r.result.status)).size > 1;
  if (!factsDiffer) return first;
  const out: BasisResult = {
    ...first,
    status: contest.contested ? "contested" : STATUS[contest.value],
    positions: worlds.map((w) => ({ positions: w.positions as never, status: w.status, isDefault: w.isDefault })),
  };
  const a: Versions = { versions: results.map((r) => ({ under: describeDeparture({ departs: r.positions }), status: r.result.status })), first: first.summary };
  out.summary = words(contest.contested ? R.onTheFacts(a) : R.everyVersion(a));
  return out;
}
