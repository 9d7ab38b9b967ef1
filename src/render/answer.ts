// Explain: a decision (statuses and trace) made into the documented answer, with its words in
// one language. Every sentence is made here, from reason codes, when an answer is rendered: the
// leaves' reasons (worded beside their rules), the composite nodes' summaries
// (src/engine/summaries.ts), the bases' and uses' summaries (src/render/summaries.ts).
import { renderReason, type Language, type Reason } from "../engine/reason.js";
import type { Finding } from "../engine/rule.js";
import type { TraceNode, TraceWorldOutcome } from "../engine/trace.js";
import type { Tri } from "../engine/tri.js";
import { COMPOSITE } from "../engine/summaries.js";
import { cite, citeAll } from "../law/citations.js";
import { contestOf, standingNotes } from "../law/contest.js";
import { combineVariants } from "../law/disputes.js";
import type { BasisDecision, UseDecision } from "../analysis/decide.js";
import type { BasisResult, ConditionResult, ConditionStatus, PositionOutcome } from "../answer/types.js";
import { fact } from "../scenario/model.js";
import { JA_INTERNATIONAL, jaCandidate } from "./ja-labels.js";
import { GROUND_NAMES, SUMMARY } from "./summaries.js";

export const CONDITION: Record<Tri, ConditionStatus> = { yes: "satisfied", no: "failed", unknown: "unknown" };
const EMPTY: never[] = [];

/** The words of a finding: its reason code rendered (or, in rules not yet converted, its English text). */
export const findingWords = (f: Finding, lang: Language): string => f.because ?? renderReason(f.reason, lang);

/** Renders one decision's nodes in one language, each node's words made once. */
export class Explainer {
  private readonly words = new Map<TraceNode, string>();
  constructor(readonly lang: Language) {}

  say(r: Reason | string | undefined): string {
    return renderReason(r, this.lang);
  }

  /** A node's label: the candidate's name, else the rule's label (in Japanese where it has one). */
  label(n: TraceNode): string {
    if (n.label !== undefined) return this.lang === "ja" ? jaCandidate(n.label) : n.label;
    const l = n.rule.label;
    return this.lang === "ja" ? (JA_INTERNATIONAL[l] ?? l) : l;
  }

  /** The rule's own label (not a candidate's name), in Japanese where it has one. */
  ruleLabel(n: TraceNode): string {
    const l = n.rule.label;
    return this.lang === "ja" ? (JA_INTERNATIONAL[l] ?? l) : l;
  }

  /** Why the node has its value: a leaf's reason, a composite's summary of its children. */
  because(n: TraceNode): string {
    let w = this.words.get(n);
    if (w === undefined) {
      w = this.compose(n);
      this.words.set(n, w);
    }
    return w;
  }

  private compose(n: TraceNode): string {
    const kind = n.rule.kind;
    if (n.children.length === 0) return n.finding ? findingWords(n.finding, this.lang) : "";
    const kids = n.children;
    switch (kind) {
      case "doctrine":
        return this.because(kids[0]);
      case "all":
        return this.say(this.summaryOf(kids, n.value));
      case "any": {
        if (n.value === "yes") return this.say(COMPOSITE.holdsAny({ name: this.label(kids.find((c) => c.value === "yes")!) }));
        return this.say(this.summaryOf(kids, n.value));
      }
      case "unless": {
        const [main, exception] = kids;
        if (exception.value === "yes") return this.say(COMPOSITE.exceptionApplies({ why: this.because(exception) }));
        if (n.value === "yes" || main.value !== "yes") return this.because(main);
        return this.say(COMPOSITE.exceptionUnknown({ why: this.because(exception) }));
      }
      case "some": {
        if (n.value === "yes") return this.say(COMPOSITE.holdsFor({ name: this.label(kids.find((c) => c.value === "yes")!) }));
        if (n.value === "no") return this.say(COMPOSITE.failsForEvery({ names: kids.map((c) => this.label(c)) }));
        return this.say(COMPOSITE.undeterminedFor({ names: kids.filter((c) => c.value === "unknown").map((c) => this.label(c)) }));
      }
      case "every": {
        if (n.value === "yes") return this.say(COMPOSITE.holdsForEach({ names: kids.map((c) => this.label(c)) }));
        const names = kids.filter((c) => c.value === n.value).map((c) => this.label(c));
        return this.say(n.value === "no" ? COMPOSITE.failsFor({ names }) : COMPOSITE.undeterminedFor({ names }));
      }
      default:
        return "";
    }
  }

  private summaryOf(kids: readonly TraceNode[], value: Tri): Reason {
    if (value === "yes") return COMPOSITE.allHold();
    const names = kids.filter((c) => !c.evidence && c.value === value).map((c) => this.label(c));
    return value === "no" ? COMPOSITE.fails({ names }) : COMPOSITE.unknownOf({ names });
  }

  // ---- the answer's condition tree ----------------------------------------------------------

  /**
   * The default world's tree as conditions. A node whose value differs between the worlds is
   * contested, with its status under the positions of the switches it depends on (once each).
   */
  conditions(worlds: readonly TraceWorldOutcome[]): ConditionResult {
    const others = worlds.length > 1 ? worlds.slice(1).map((o) => o.tree) : EMPTY;
    return this.convert(worlds[0].tree, others, "", worlds);
  }

  private convert(n: TraceNode, others: readonly (TraceNode | undefined)[], prefix: string, worlds: readonly TraceWorldOutcome[]): ConditionResult {
    const id = prefix ? `${prefix}/${n.rule.id}` : n.rule.id;
    let differs = false;
    if (others.length) {
      differs = true;
      let some = false;
      for (const o of others) {
        if (o === undefined) {
          differs = false;
          break;
        }
        if (o.value !== n.value) some = true;
      }
      differs &&= some;
      // Contested by the same standing rule as a basis (src/law/contest.ts): a world resting on a
      // position most authority rejects never contests a node.
      if (differs)
        differs = contestOf([
          { positions: worlds[0].positions, value: n.value, isDefault: worlds[0].isDefault },
          ...others.map((o, i) => ({ positions: worlds[i + 1].positions, value: o!.value, isDefault: worlds[i + 1].isDefault })),
        ]).contested;
    }
    const f = n.finding;
    const out: ConditionResult = {
      id,
      label: n.label ?? n.rule.label,
      kind: n.rule.kind,
      status: differs ? "contested" : CONDITION[n.value],
      because: this.because(n),
      citations: f?.cite?.length ? [...new Set([...(n.rule.cite ?? []), ...f.cite])].map(cite) : n.rule.cite ? citeAll(n.rule.cite) : EMPTY,
      facts: f?.facts ?? EMPTY,
      missing: f?.missing ?? EMPTY,
      children: EMPTY,
    };
    if (n.evidence) out.evidenceOnly = true;
    if (n.doctrine) out.doctrine = n.doctrine;
    if (differs) out.byPosition = byPosition(n, others as TraceNode[], worlds);
    if (n.children.length) {
      const kids = new Array<ConditionResult>(n.children.length);
      for (let i = 0; i < n.children.length; i++) {
        const c = n.children[i];
        const childPrefix = c.key !== undefined ? `${id}[${c.key}]` : id;
        const childOthers = others.length ? others.map((o) => (o === undefined ? undefined : o === n ? c : counterpart(o, c, i))) : EMPTY;
        kids[i] = this.convert(c, childOthers, childPrefix, worlds);
      }
      out.children = kids;
    }
    return out;
  }
}

/** The child of `o` standing where `c` stands (same rule id, same candidate). */
function counterpart(o: TraceNode, c: TraceNode, i: number): TraceNode | undefined {
  const k = o.children[i];
  if (k && k.rule.id === c.rule.id && k.key === c.key) return k;
  return o.children.find((x) => x.rule.id === c.rule.id && x.key === c.key);
}

/** The node's status under the positions of the switches it depends on, one entry per combination. */
function byPosition(n: TraceNode, others: readonly TraceNode[], worlds: readonly TraceWorldOutcome[]): PositionOutcome<ConditionStatus>[] {
  const nodes = [n, ...others];
  const deps = new Set<string>();
  for (const x of nodes) for (let i = 0; i < x.deps.length; i += 2) deps.add(x.deps[i]);
  const seen = new Map<string, PositionOutcome<ConditionStatus>>();
  nodes.forEach((x, w) => {
    const world = worlds[w];
    const positions: Record<string, string> = {};
    for (const [s, p] of Object.entries(world.positions)) if (deps.has(s)) positions[s] = p;
    const use = Object.keys(positions).length ? positions : world.positions;
    const k = JSON.stringify(use);
    if (!seen.has(k)) seen.set(k, { positions: use as never, status: CONDITION[x.value], isDefault: world.isDefault });
  });
  return [...seen.values()];
}

// ---- bases and uses ----------------------------------------------------------------------------

/**
 * One basis, explained: its status, summary, condition tree and positions. Without `trees`, no
 * condition tree (`conditions: []`; the workbench explains a tree when it is opened).
 */
export function explainBasis(b: BasisDecision, x: Explainer, trees = true): BasisResult {
  // Disputed facts that change the answer: each version's answer, combined (src/law/disputes.ts).
  if (b.variants) return combineVariants(b.variants.map((v) => ({ positions: v.positions, isDefault: v.isDefault, result: explainBasis(v.decision, x, trees) })), (r) => x.say(r));
  // Single-actor, single-candidate layers add nothing for the reader: start below them.
  let top = trees ? x.conditions(b.worlds) : undefined;
  while (top && top.children.length === 1 && (top.kind === "every" || top.kind === "some")) top = top.children[0];
  const result: BasisResult = {
    basis: b.basis,
    label: b.label,
    status: b.status,
    claimed: b.claimed,
    summary: x.say(basisSummary(b, x)) + standingNotes(b.contest, (r) => openFacts(b, r.positions, x)).map((r) => x.say(r)).join(""),
    conditions: !top ? [] : top.children.length ? top.children : [top],
    switches: b.switches,
  };
  if (b.positions) result.positions = b.positions;
  return result;
}

/** The reasons of the unknown leaves of the world with these positions (what an undetermined answer turns on). */
function openFacts(b: Pick<BasisDecision, "worlds">, positions: Readonly<Record<string, string>>, x: Explainer): string[] {
  const w = b.worlds.find((o) => Object.entries(positions).every(([k, v]) => o.positions[k] === v));
  return w ? [...new Set(decisiveLeaves(w.tree, "unknown").map((l) => x.because(l)))].slice(0, 2) : [];
}

const NOT_A_GROUND = new Set(["no-consent-needed"]);

/** What decided the basis: the first holding candidate, or the reasons of the failing (or open) leaves. */
export function basisSummary(b: Pick<BasisDecision, "status" | "positions" | "worlds">, x: Explainer): Reason {
  const tree = b.worlds[0].tree;
  // A position's undetermined answer names the unknown facts that decide it (from that world's tree).
  const sameWorlds = b.positions?.length === b.worlds.length;
  if (b.status === "contested")
    return SUMMARY.basisContested({
      parts: b.positions!.map((p, i) => ({
        positions: Object.entries(p.positions).map(([k, v]) => `${k}=${v}`),
        status: p.status,
        turnsOn: p.status === "undetermined" && sameWorlds ? openFacts({ worlds: [b.worlds[i]] }, {}, x) : undefined,
      })),
    });
  if (b.status === "available") return SUMMARY.basisAvailable({ why: firstHolding(tree, x) });
  // The "no consent is needed here" alternative fails wherever consent is needed: its sibling, the consent itself, says why.
  const found = decisiveLeafCandidates(tree, b.status === "not-available" ? "no" : "unknown");
  const all = found.map((f) => f.leaf);
  const open = found.filter((f) => !NOT_A_GROUND.has(f.leaf.rule.id));
  const whys = [...new Set(open.map((f) => x.because(f.leaf)))].slice(0, 3);
  // The other failing (or open) conditions, each once by name, with the candidates it fails for
  // (which resolution, which victim): independent grounds are all shown.
  const told = new Set(open.filter((f) => whys.includes(x.because(f.leaf))).map((f) => f.leaf.rule.id));
  const also = new Map<string, Set<string>>();
  for (const f of open) {
    if (told.has(f.leaf.rule.id)) continue;
    const ground = GROUND_NAMES[x.lang][f.leaf.rule.label] ?? x.ruleLabel(f.leaf);
    const of = also.get(ground) ?? also.set(ground, new Set()).get(ground)!;
    if (f.candidate) of.add(f.candidate);
  }
  return SUMMARY.basisOpen({
    status: b.status,
    whys: whys.length ? whys : all.length ? [x.because(all[0])] : [x.because(tree)],
    also: also.size ? [...also].map(([ground, of]) => (of.size ? { ground, of: [...of] } : { ground })) : undefined,
  });
}

/** The decisive leaves with the candidate each was decided for (the nearest candidate above it: a resolution, a victim ...). */
function decisiveLeafCandidates(n: TraceNode, value: Tri, candidate?: string, out: { leaf: TraceNode; candidate?: string }[] = []): { leaf: TraceNode; candidate?: string }[] {
  if (n.evidence) return out;
  const here = n.label ?? candidate;
  if (n.children.length === 0) {
    if (n.value === value) out.push({ leaf: n, candidate: here });
    return out;
  }
  for (const c of n.children) if (c.value === value) decisiveLeafCandidates(c, value, here, out);
  return out;
}

function firstHolding(n: TraceNode, x: Explainer): string {
  const kind = n.rule.kind;
  if (kind === "some" || kind === "any") {
    const c = n.children.find((k) => k.value === "yes");
    if (c) return c.rule.kind === "leaf" ? x.because(c) : x.label(c);
  }
  if (kind === "every" && n.children.length > 0) return firstHolding(n.children[0], x);
  return x.because(n);
}

/** The leaves that give the node its value (not evidence). */
export function decisiveLeaves(n: TraceNode, value: Tri): TraceNode[] {
  return decisiveLeafCandidates(n, value).map((f) => f.leaf);
}

/** The summary of a use's verdict. */
export function useSummary(u: UseDecision): Reason {
  const basesWith = (s: string) => u.bases.filter((b) => b.status === s).map((b) => b.basis);
  switch (u.verdict) {
    case "not-under-way":
      return SUMMARY.notUnderWay({ date: u.date, why: u.notUnderWay ?? "before-start", start: u.use.start, end: u.use.end });
    case "not-force": {
      const f = fact(u.use.isForce);
      return SUMMARY.notForce({ available: basesWith("available"), why: f.why, source: f.source });
    }
    case "lawful":
      return SUMMARY.lawful({ bases: basesWith("available") });
    case "unlawful":
      return SUMMARY.unlawful({ why: "" });
    case "contested":
      return SUMMARY.contested({ bases: basesWith("contested") });
    case "undetermined":
      return u.isForce === "unknown" && !u.bases.some((b) => b.status === "undetermined") ? SUMMARY.forceUnknown() : SUMMARY.undetermined({ bases: basesWith("undetermined") });
  }
}
