// Dated decisions and each instrument's scope as law: the action ordered (and not ended) by the
// date; the task given and effective; the plan's implementation area; the statute's own reach; the
// services it excludes, judged service by service. Leaves return reason codes (src/engine/reason.ts),
// worded in English and Japanese only when rendered.
import { every, leaf, no, unknown, yes, type Finding, type Rule } from "../../engine/rule.js";
import { reasons, type Reason } from "../../engine/reason.js";
import type { JapanDecision } from "../../scenario/schema.js";
import { effectiveDay } from "./dated.js";
import { addDays, onOrBefore } from "../../engine/dates.js";
import { foreignTerritories, jpPath, places, read, type Activity, type JpCtx } from "./context.js";
import { REGIONS, statuteData } from "./statutes.js";
import { activityJa, serviceJa } from "./words.js";

const KIND_JA: Record<JapanDecision["kind"], string> = {
  "cabinet-decision": "閣議決定",
  "basic-plan": "基本計画",
  "implementation-plan": "実施計画",
  "plan-change": "計画の変更",
  "task-assignment": "任務の付与",
  "minister-order": "防衛大臣の命令",
  recognition: "事態の認定",
  finding: "政府の認定",
  "foreign-minister-request": "外務大臣の依頼",
  "diet-request": "国会の承認を求める",
  "diet-approval": "国会の承認",
  "diet-refusal": "国会の不承認",
  withdrawal: "撤収",
  end: "活動の終結",
};
const kindEn = (k: string) => k.replace(/-/g, " ");
const regionEn = (r: string) => REGIONS[r]?.name ?? r;
const regionJa = (r: string) => REGIONS[r]?.ja ?? r;

export const R = reasons("jp.dated", {
  undated: {
    en: () => "the japan block records no dated decisions: the action is taken as decided on every date",
    ja: () => "日付のある決定の記載がない：各日付において決定済みの行動として扱う",
  },
  ordered: {
    en: (a: { kind: string; title: string; date: string; effective: string }) => `${a.title} (${kindEn(a.kind)} of ${a.date}${a.effective !== a.date ? `, effective ${a.effective}` : ""}) is in effect`,
    ja: (a: { kind: string; title: string; date: string; effective: string }) => `${a.title}（${a.date}の${KIND_JA[a.kind as JapanDecision["kind"]] ?? a.kind}${a.effective !== a.date ? `、${a.effective}から効力` : ""}）が効力を有する`,
  },
  ended: {
    en: (a: { kind: string; title: string; date: string; resumed?: string }) => `the activity ended: ${a.title} (${kindEn(a.kind)} of ${a.date})${a.resumed ? `; it resumes only on ${a.resumed}` : ""}`,
    ja: (a: { kind: string; title: string; date: string; resumed?: string }) => `活動は終了している：${a.title}（${a.date}の${KIND_JA[a.kind as JapanDecision["kind"]] ?? a.kind}）${a.resumed ? `。再開は${a.resumed}から` : ""}`,
  },
  notYetOrdered: {
    en: (a: { date: string; first: string; plan?: string }) => `on ${a.date} the action had not yet been ordered${a.plan ? ` (${a.plan} was in effect, but a plan is not the order)` : ""}; the first order recorded takes effect on ${a.first}`,
    ja: (a: { date: string; first: string; plan?: string }) => `${a.date}の時点では行動はまだ命じられていない${a.plan ? `（${a.plan}は効力を有するが、計画は命令ではない）` : ""}。記録上最初の命令は${a.first}から効力`,
  },
  maybeMoved: {
    en: (a: { kind: string; title: string; date: string }) => `${a.title} (${kindEn(a.kind)} of ${a.date}) may or may not have taken effect by the date judged: its date is known only to the ${a.date.length === 4 ? "year" : "month"}`,
    ja: (a: { kind: string; title: string; date: string }) => `${a.title}（${a.date}の${KIND_JA[a.kind as JapanDecision["kind"]] ?? a.kind}）が判断日までに効力を生じたかは不明（日付が${a.date.length === 4 ? "年" : "月"}までしか分からない）`,
  },
  planNoOrder: {
    en: (a: { kind: string; title: string; date: string }) => `${a.title} (${kindEn(a.kind)} of ${a.date}) is in effect, but no order to carry it out is recorded: a Cabinet plan or decision is not the Defense Minister's order (record the order, kind minister-order, in japan.decisions)`,
    ja: (a: { kind: string; title: string; date: string }) => `${a.title}（${a.date}の${KIND_JA[a.kind as JapanDecision["kind"]] ?? a.kind}）は効力を有するが、これを実施する命令の記録がない：閣議決定又は計画は防衛大臣の命令ではない（japan.decisions に minister-order を記載）`,
  },
  ownTrigger: {
    en: () => "the statute needs no order: it acts on its own trigger, tested among its conditions",
    ja: () => "命令を要しない：法律の定める要件（下記）により行う",
  },
  noOrder: {
    en: () => "no Cabinet decision, plan, task assignment or order for the action is recorded among the decisions",
    ja: () => "決定の中に、当該行動に係る閣議決定、計画、任務の付与又は命令の記録がない",
  },
  orderedUnderOther: {
    en: (a: { statutes: readonly string[] }, w) => `the decisions recorded are made under another statute (${w.list([...a.statutes])}): none is an order or plan under this one`,
    ja: (a: { statutes: readonly string[] }, w) => `記録された決定は他の法律（${w.list([...a.statutes])}）に基づくもので、本法に基づく命令又は計画はない`,
  },
  fmRequested: {
    en: (a: { title: string; date: string }) => `the Foreign Minister asked: ${a.title} (${a.date})`,
    ja: (a: { title: string; date: string }) => `外務大臣の依頼がある：${a.title}（${a.date}）`,
  },
  fmRequestedUndated: {
    en: () => "the japan block records no dated decisions: the action is taken as requested and ordered",
    ja: () => "日付のある決定の記載がない：依頼及び命令がされた行動として扱う",
  },
  fmNotYet: {
    en: (a: { date: string; first: string }) => `on ${a.date} the Foreign Minister had not yet asked; the request recorded is of ${a.first}`,
    ja: (a: { date: string; first: string }) => `${a.date}の時点では外務大臣の依頼はまだない。記録上の依頼は${a.first}`,
  },
  fmUnrecorded: {
    en: () => "the Foreign Minister's request is not recorded (record it in japan.decisions, kind foreign-minister-request, or japan.foreignMinisterRequest)",
    ja: () => "外務大臣の依頼の記録がない（japan.decisions に foreign-minister-request、又は japan.foreignMinisterRequest を記載）",
  },
  fmStated: { en: () => "the Foreign Minister asked", ja: () => "外務大臣の依頼がある" },
  fmStatedNo: { en: () => "the Foreign Minister did not ask: the power is exercised only at the Foreign Minister's request", ja: () => "外務大臣の依頼がない：外務大臣の依頼がなければ行うことができない" },
  fmStatedUnknown: { en: () => "whether the Foreign Minister asked is not stated", ja: () => "外務大臣の依頼の有無は記載がない" },
  taskGiven: {
    en: (a: { task: string; date: string; effective: string }) => `the unit was given ${a.task} on ${a.date}, effective ${a.effective}`,
    ja: (a: { task: string; date: string; effective: string }) => `${a.date}に${activityJa(a.task)}の任務が付与され、${a.effective}から実施可能`,
  },
  taskNotYetEffective: {
    en: (a: { task: string; date: string; effective: string; on: string }) => `${a.task} was assigned on ${a.date} but could be carried out only from ${a.effective}: not yet on ${a.on}`,
    ja: (a: { task: string; date: string; effective: string; on: string }) => `${activityJa(a.task)}は${a.date}に付与されたが、実施可能となるのは${a.effective}からであり、${a.on}の時点ではまだ実施できない`,
  },
  taskNotGiven: {
    en: (a: { task: string; on: string; later?: string }) => `on ${a.on} the unit had not been given ${a.task}${a.later ? ` (it is assigned from ${a.later})` : ""}: the statute allows the task, but a task not given is not permitted`,
    ja: (a: { task: string; on: string; later?: string }) => `${a.on}の時点で部隊には${activityJa(a.task)}の任務が付与されていない${a.later ? `（${a.later}から付与）` : ""}：法律が認める業務でも、付与されていない任務は実施できない`,
  },
  taskUnstated: {
    en: (a: { task: string }) => `whether the unit has been given ${a.task}, and from when, is not stated (record the task assignment in japan.decisions)`,
    ja: (a: { task: string }) => `部隊に${activityJa(a.task)}の任務が付与されたか、いつからかは記載がない（japan.decisions に任務付与を記載）`,
  },
  inPlanArea: {
    en: (a: { region: string; plan: string }) => `${regionEn(a.region)} is inside the implementation area of ${a.plan}`,
    ja: (a: { region: string; plan: string }) => `${regionJa(a.region)}は${a.plan}の実施区域内`,
  },
  outsidePlanArea: {
    en: (a: { region: string; plan: string; area: readonly string[] }, w) => `${regionEn(a.region)} is outside the implementation area of ${a.plan} (${w.list(a.area.map(regionEn))})`,
    ja: (a: { region: string; plan: string; area: readonly string[] }, w) => `${regionJa(a.region)}は${a.plan}の実施区域（${w.list(a.area.map(regionJa))}）外`,
  },
  noPlanArea: {
    en: () => "no plan in effect sets an implementation area",
    ja: () => "実施区域を定める計画はない",
  },
  regionUnknown: {
    en: () => "the region where the SDF act is not stated (japan.region)",
    ja: () => "活動する地域が記載されていない（japan.region）",
  },
  inStatuteArea: {
    en: (a: { region: string }) => `${regionEn(a.region)} is within the statute's reach`,
    ja: (a: { region: string }) => `${regionJa(a.region)}は同法の対象区域内`,
  },
  outsideStatuteArea: {
    en: (a: { region: string; reaches: readonly string[] }, w) => `${regionEn(a.region)} is outside the statute's reach (${w.list(a.reaches.map(regionEn))}): the statute is not a law for that area`,
    ja: (a: { region: string; reaches: readonly string[] }, w) => `${regionJa(a.region)}は同法の対象区域（${w.list(a.reaches.map(regionJa))}）外であり、同法はその地域の法律ではない`,
  },
  anywhere: {
    en: () => "the statute sets no geographic limit",
    ja: () => "同法に地理的な限定はない",
  },
  serviceAllowed: {
    en: (a: { service: string }) => `${a.service}: not excluded by the statute`,
    ja: (a: { service: string }) => `${serviceJa(a.service)}：法律上除外されていない`,
  },
  serviceExcluded: {
    en: (a: { service: string }) => `${a.service}: excluded by the statute`,
    ja: (a: { service: string }) => `${serviceJa(a.service)}：法律により除外される`,
  },
  serviceNotListed: {
    en: (a: { service: string; allows: readonly string[] }, w) => `${a.service}: the statute allows only ${w.list([...a.allows])}`,
    ja: (a: { service: string; allows: readonly string[] }, w) => `${serviceJa(a.service)}：同法が認めるのは${w.list(a.allows.map(serviceJa))}のみ`,
  },
  servicesUnstated: {
    en: () => "what is provided is not stated (japan.support.kinds)",
    ja: () => "提供する物品・役務が記載されていない（japan.support.kinds）",
  },
});

/**
 * The order that puts the units in motion: the Defense Minister's (with the Prime Minister's
 * approval: arts 82, 82-3, 84-3, 84-4, the Anti-Piracy Act art 7; under a special measures law or
 * the PKO Act, on the plan), or the Prime Minister's (defence operations, art 76).
 */
const ORDER_KINDS = new Set<JapanDecision["kind"]>(["minister-order"]);
/**
 * Decisions that plan or decide the action without ordering it: a Cabinet decision, a basic plan
 * (kihon keikaku) or implementation plan, a change of one, a task assignment. A Cabinet plan is not
 * the Defense Minister's order: the SDF act on the order (japan.md 2(g)(3)-(5): the basic plan,
 * then the Minister's order; 2(f): the plan change of 15 Nov 2016, the order of 18 Nov 2016).
 */
const PLAN_KINDS = new Set<JapanDecision["kind"]>(["cabinet-decision", "basic-plan", "implementation-plan", "plan-change", "task-assignment"]);
const END_KINDS = new Set<JapanDecision["kind"]>(["withdrawal", "end"]);
const title = (d: JapanDecision) => d.title ?? d.id ?? d.kind;
const decisionsPath = (c: JpCtx) => jpPath(c, "decisions");

/** A decision counts for an instrument unless it names another statute (`statute`). */
export const forStatute = (d: JapanDecision, instrument: string): boolean => d.statute === undefined || d.statute === instrument;

/**
 * An `end` or `withdrawal` takes effect on the operation's last day (the day the withdrawal is
 * completed): the operation has ended only from the day after (docs/japan.md, "Dated decisions").
 */
const endedBy = (d: JapanDecision, date: string) => effectiveDay(d) < date;

/**
 * Ordered by the date, and not ended or withdrawn: under this instrument's statute (a decision
 * naming another statute does not count), cited as the instrument's own statute. A plan alone is
 * not an order. `ownTrigger`: the statute acts on its own trigger, read among its conditions (art
 * 95-2: the foreign force's request and the Minister's judgment), so no order is needed.
 */
export function orderedLeaf(instrument: string, cite: readonly string[], ownTrigger = false): Rule<JpCtx> {
  return leaf<JpCtx>({ id: "jp-ordered", label: "Ordered by the date judged, and not ended or withdrawn", cite: [...cite] }, (c): Finding => {
    if (!c.dated.dated) return yes(R.undated());
    const mine = (d: JapanDecision) => forStatute(d, instrument);
    // The latest of the orders and endings in effect decides: an operation ended may be resumed
    // under a new order (the refuelling of 2008 after the lapse of 2007).
    const moves = c.dated.inEffect.filter((d) => mine(d) && ((END_KINDS.has(d.kind) && endedBy(d, c.date)) || ORDER_KINDS.has(d.kind)));
    const latest = moves[moves.length - 1];
    // An order or ending dated only to the month or year that may already hold: unknown, not ignored.
    // (An ending takes effect on the operation's last day, so it may bar the action only after it.)
    const maybe = c.dated.uncertain.filter((d) => mine(d) && (ORDER_KINDS.has(d.kind) ? !latest || END_KINDS.has(latest.kind) : END_KINDS.has(d.kind) && (!latest || ORDER_KINDS.has(latest.kind)) && onOrBefore(effectiveDay(d), addDays(c.date, -1)) !== "no"));
    if (maybe.length) return unknown(R.maybeMoved({ kind: maybe[0].kind, title: title(maybe[0]), date: effectiveDay(maybe[0]) }), [decisionsPath(c)]);
    const laterOrders = (c.jp.decisions ?? []).filter((d) => mine(d) && ORDER_KINDS.has(d.kind) && effectiveDay(d) > c.date).map(effectiveDay).sort();
    if (latest && END_KINDS.has(latest.kind))
      return no(R.ended({ kind: latest.kind, title: title(latest), date: effectiveDay(latest), resumed: laterOrders[0] }), [decisionsPath(c)]);
    if (latest) return yes(R.ordered({ kind: latest.kind, title: title(latest), date: latest.date, effective: effectiveDay(latest) }), [decisionsPath(c)]);
    if (ownTrigger) return yes(R.ownTrigger());
    const plans = c.dated.inEffect.filter((d) => mine(d) && PLAN_KINDS.has(d.kind));
    const plan = plans[plans.length - 1];
    if (laterOrders.length) return no(R.notYetOrdered({ date: c.date, first: laterOrders[0], plan: plan ? `${title(plan)} (${plan.date})` : undefined }), [decisionsPath(c)]);
    if (plan) return unknown(R.planNoOrder({ kind: plan.kind, title: title(plan), date: plan.date }), [decisionsPath(c)]);
    const all = (c.jp.decisions ?? []).filter((d) => ORDER_KINDS.has(d.kind) || PLAN_KINDS.has(d.kind));
    const laterPlans = all.filter((d) => mine(d) && effectiveDay(d) > c.date).map(effectiveDay).sort();
    if (laterPlans.length) return no(R.notYetOrdered({ date: c.date, first: laterPlans[0] }), [decisionsPath(c)]);
    const others = [...new Set(all.map((d) => d.statute).filter((s): s is string => s !== undefined))];
    if (others.length) return no(R.orderedUnderOther({ statutes: others }), [decisionsPath(c)]);
    return unknown(R.noOrder(), [decisionsPath(c)]);
  });
}

/**
 * The Foreign Minister's request (依頼) that the rescue and transport of nationals act on: art 84-3
 * "When the Foreign Minister asks" (japan.md 2(f) [S14]); art 100-8 (1994) "At the Foreign
 * Minister's request" (japan.md 2(g)(7)(a) [S33]). A dated act: it holds from its date; a stated
 * fact (also one a decision sets) decides; an undated block describes the action as requested.
 */
export function requestLeaf(instrument: string, cite: readonly string[]): Rule<JpCtx> {
  return leaf<JpCtx>({ id: "jp-fm-request", label: "At the Foreign Minister's request", cite: [...cite] }, (c): Finding => {
    const path = jpPath(c, "foreignMinisterRequest");
    const f = read(c.jp.foreignMinisterRequest);
    if (f.stated) {
      const fact = { why: f.why, source: f.source };
      return f.value === "yes" ? yes(R.fmStated(undefined, fact), [path]) : f.value === "no" ? no(R.fmStatedNo(undefined, fact), [path]) : unknown(R.fmStatedUnknown(), [path]);
    }
    if (!c.dated.dated) return yes(R.fmRequestedUndated());
    const mine = (d: JapanDecision) => d.kind === "foreign-minister-request" && forStatute(d, instrument);
    const now = c.dated.inEffect.filter(mine);
    if (now.length) return yes(R.fmRequested({ title: title(now[now.length - 1]), date: effectiveDay(now[now.length - 1]) }), [decisionsPath(c)]);
    const later = (c.jp.decisions ?? []).filter(mine).map(effectiveDay).sort();
    if (later.length) return no(R.fmNotYet({ date: c.date, first: later[0] }), [decisionsPath(c)]);
    return unknown(R.fmUnrecorded(), [decisionsPath(c), path]);
  });
}

/** Activities that are tasks a unit must be given (PKO Act 2016: kaketsuke-keigo, safety-ensuring). */
export const TASKS: ReadonlySet<Activity> = new Set<Activity>(["kaketsuke-keigo", "mission-weapons-use"]);

/** Is the task (the activity) among those given and effective by the date? */
export function taskFinding(c: JpCtx): Finding {
  const task = c.jp.activity;
  const all = c.jp.decisions ?? [];
  const giving = all.filter((d) => d.tasks?.includes(task));
  const path = decisionsPath(c);
  const now = c.dated.inEffect.filter((d) => d.tasks?.includes(task));
  if (now.length) {
    const d = now[now.length - 1];
    return yes(R.taskGiven({ task, date: d.date, effective: effectiveDay(d) }), [path]);
  }
  const pending = c.dated.notYet.find((d) => d.tasks?.includes(task));
  if (pending) return no(R.taskNotYetEffective({ task, date: pending.date, effective: effectiveDay(pending), on: c.date }), [path]);
  if (giving.length) return no(R.taskNotGiven({ task, on: c.date, later: giving.map(effectiveDay).sort()[0] }), [path]);
  if (c.dated.dated) return no(R.taskNotGiven({ task, on: c.date }), [path]);
  return unknown(R.taskUnstated({ task }), [path]);
}

/** The task given and effective, cited as the instrument's own statute (the PKO Act for kaketsuke-keigo). */
export const taskLeaf = (cite: readonly string[]): Rule<JpCtx> =>
  leaf<JpCtx>({ id: "jp-task-given", label: "The unit has been given the task, and it is effective by the date", cite: [...cite] }, taskFinding);

/** Where the SDF act, as a region of data/japan/statutes.yaml: stated, else derived from the places. */
export function regionOf(c: JpCtx): string | undefined {
  if (c.jp.region) return c.jp.region;
  const ps = places(c);
  if (ps.length && ps.every((p) => p.state === c.japan)) return "japan";
  const near = read(c.jp.nearJapan);
  if (near.value === "yes" && ps.every((p) => p.state === c.japan || p.state === "international")) return "around-japan";
  return undefined;
}

/** Inside the implementation area of the latest plan in effect that sets one. */
export function planAreaLeaf(instrument: string, cite: readonly string[]): Rule<JpCtx> {
  return leaf<JpCtx>({ id: "jp-plan-area", label: "Inside the implementation area the plan in effect designates", cite: [...cite] }, (c): Finding => {
    const plans = c.dated.inEffect.filter((d) => d.area && forStatute(d, instrument));
    if (!plans.length) return yes(R.noPlanArea());
    const plan = plans[plans.length - 1];
    const region = regionOf(c);
    const label = `${title(plan)} (${plan.date})`;
    if (!region) return unknown(R.regionUnknown(), [jpPath(c, "region")]);
    return plan.area!.includes(region) ? yes(R.inPlanArea({ region, plan: label }), [jpPath(c, "region"), decisionsPath(c)]) : no(R.outsidePlanArea({ region, plan: label, area: plan.area! }), [jpPath(c, "region"), decisionsPath(c)]);
  });
}

/** Within the statute's geographic reach (data/japan/statutes.yaml `area`). */
export function statuteAreaLeaf(instrument: string, label: string, cite: string[]): Rule<JpCtx> {
  return leaf<JpCtx>({ id: "jp-statute-area", label, cite }, (c): Finding => {
    const reaches = statuteData(instrument).area?.value.reaches ?? "anywhere";
    if (reaches === "anywhere") return yes(R.anywhere());
    const region = regionOf(c);
    if (region) return reaches.includes(region) ? yes(R.inStatuteArea({ region }), [jpPath(c, "region")]) : no(R.outsideStatuteArea({ region, reaches }), [jpPath(c, "region")]);
    if (foreignTerritories(c).length && !reaches.some((r) => r !== "japan" && r !== "around-japan")) return no(R.outsideStatuteArea({ region: "other", reaches }), [c.m.path("uses", c.use.id, "where")]);
    return unknown(R.regionUnknown(), [jpPath(c, "region")]);
  });
}

/**
 * The services requested, judged one by one against the statute's exclusions (or its list of the
 * only services allowed): the bundle holds only if every service does, and the tree says which fails.
 */
export function servicesRule(instrument: string, id: string, label: string, cite: string[], noServices?: (c: JpCtx) => Finding | undefined): Rule<JpCtx> {
  const data = statuteData(instrument);
  const banned = data.excludes?.value ?? [];
  const allows = data.allows?.value;
  return every<JpCtx>(
    { id, label, cite },
    (c) => (c.jp.support?.kinds ?? []).map((k) => ({ key: k, label: k, ctx: { ...c, service: k } })),
    leaf<JpCtx>({ id: `${id}-service`, label: "This service", cite }, (c): Finding => {
      const s = c.service!;
      const path = jpPath(c, "support.kinds");
      if (allows && !allows.includes(s)) return no(R.serviceNotListed({ service: s, allows }), [path]);
      return banned.includes(s) ? no(R.serviceExcluded({ service: s }), [path]) : yes(R.serviceAllowed({ service: s }), [path]);
    }),
    (c) => noServices?.(c) ?? unknown(R.servicesUnstated(), [jpPath(c, "support.kinds")]),
  );
}

export const N = reasons("jp.note", {
  lapse: {
    en: (a: { day: string; laws: readonly { name: Reason; from: string; to: string }[] }, w) =>
      `On ${a.day} no law made for this operation is in force: ${w.list(a.laws.map((l) => `${w.reason(l.name)} (in force ${l.from} - ${l.to || "…"})`))}. A lapse between time-limited laws leaves the activity without that instrument.`,
    ja: (a: { day: string; laws: readonly { name: Reason; from: string; to: string }[] }, w) =>
      `${a.day}の時点で、この活動のために制定された法律はいずれも効力を有しない：${w.list(a.laws.map((l) => `${w.reason(l.name)}（施行期間 ${l.from}〜${l.to || ""}）`))}。時限法の間の空白期間には、その根拠法はない。`,
  },
  services: {
    en: (a: { instrument: Reason; allowed: readonly string[]; excluded: readonly string[] }, w) =>
      `Service by service under ${w.reason(a.instrument)}: ${a.allowed.length ? `${w.list([...a.allowed])} permitted` : "nothing permitted"}; ${w.list([...a.excluded])} excluded. The bundle as requested is not permitted; without the excluded services it would meet this condition.`,
    ja: (a: { instrument: Reason; allowed: readonly string[]; excluded: readonly string[] }, w) =>
      `${w.reason(a.instrument)}の下で役務ごとに：${a.allowed.length ? `${w.list(a.allowed.map(serviceJa))}は可` : "可能なものはない"}、${w.list(a.excluded.map(serviceJa))}は除外。要請された一括の支援は許容されないが、除外される役務を除けばこの要件は満たされる。`,
  },
  pending: {
    en: (a: { title: string; date: string; effective: string }) => `${a.title}, decided on ${a.date}, takes effect only on ${a.effective}: not applied on the date judged.`,
    ja: (a: { title: string; date: string; effective: string }) => `${a.title}は${a.date}に決定されたが、効力を生ずるのは${a.effective}であり、判断日には適用しない。`,
  },
  variant: {
    en: (a: { name: string }) => `Variant "${a.name}" (an alternative hypothetical) applied.`,
    ja: (a: { name: string }) => `仮定「${a.name}」を適用。`,
  },
});

/** The Japanese labels of these leaves (the others' are in src/render/ja.ts). */
export const LABELS_JA: Readonly<Record<string, string>> = {
  "jp-ordered": "判断日までに命令がされ、終結又は撤収していないこと",
  "jp-plan-area": "効力を有する計画が定める実施区域内であること",
  "jp-task-given": "当該部隊に当該業務が付与され、判断日までに効力を生じていること",
  "jp-fm-request": "外務大臣の依頼があること",
};
