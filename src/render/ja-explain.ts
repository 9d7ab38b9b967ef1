// `casus compare` and `casus explain` in Japanese (--lang ja): the same answers as src/render/text.ts,
// every heading, aspect, status and reason in Japanese; names, symbols and fact paths as written.
import type { Comparison } from "../analysis/compare.js";
import type { Explanation } from "../analysis/explain.js";
import { jaCandidate } from "./ja-labels.js";
import { STATUS_WORDS } from "./summaries.js";
import { BASIS_JA as BASIS } from "../law/wording.js";

const STATUS: Record<string, string> = { ...STATUS_WORDS.ja, satisfied: "充足", failed: "不充足", unknown: "不明" };
const TRI: Record<string, string> = { yes: "援用可能", no: "援用不可", unknown: "未確定" };

/** The Charter's two regimes, aspect by aspect (src/analysis/compare.ts `fixed`), in Japanese. */
function fixedJa(votes: 7 | 9): [string, string, string][] {
  return [
    ["法源", "第51条及び慣習国際法（固有の権利）", "第7章：第39条、第42条、第48条及び授権の慣行"],
    ["発動要件", "被害国に対する十分な重大性を有する武力攻撃", "平和に対する脅威、平和の破壊又は侵略行為（第39条）。武力攻撃は要しない"],
    [
      "決定する者",
      "被害国（攻撃を受けたと宣言し、援助を要請する）。必要性は厳格かつ客観的に判断され、裁量の余地はない（オイル・プラットフォーム事件判決第73-77項）",
      `安全保障理事会（${votes === 7 ? "7票。1965年8月31日前の第27条3による" : "9票"}、常任理事国の反対投票なし）。いずれの国も単独で行動できない`,
    ],
    ["手続", "被害国の宣言及び要請（それぞれその日以降の武力行使に及ぶ。ニカラグア事件判決第232-236項）。安保理への報告", "第39条の認定、「あらゆる必要な手段」を授権する第7章の決議"],
    ["範囲", "攻撃の排除に必要かつ均衡のとれた範囲で、被害国自身の権利の範囲内", "授権の内容：名宛人、目的、区域及び限界"],
    ["期間", "安保理が必要な措置をとるまで（第51条）、かつ必要である間", "安保理が定めた授権の期間"],
  ];
}

/** The summary without its status word ("援用不可：..." -> "..."), as compare's "Here" row. */
const here = (status: string, summary: string) => (status === "available" ? "すべての要件を満たす" : summary.replace(/^[^：]+：/, ""));

export function renderComparisonJa(c: Comparison): string {
  const votes = c.rows.some((r) => r.collectiveSecurity.includes("seven votes")) ? 7 : 9;
  const csd = c.collectiveSelfDefence;
  const cs = c.collectiveSecurity;
  const rows: [string, string, string][] = [
    ...fixedJa(votes),
    [`${c.date}における結論`, STATUS[csd.status] ?? csd.status, STATUS[cs.status] ?? cs.status],
    ["本件", here(csd.status, csd.summary), here(cs.status, cs.summary)],
  ];
  const out = [`${c.use}：${c.title}（${c.date}）`, ""];
  for (const [aspect, a, b] of rows) out.push(`■ ${aspect}`, `  集団的自衛権：${a}`, `  集団安全保障：${b}`);
  out.push("");
  out.push(`充足するもの：${c.holds.length ? c.holds.map((h) => BASIS[h]).join("及び") : "いずれもない"}`);
  out.push(`出典：${c.citations.collectiveSelfDefence.map((x) => x.text).join("; ")} | ${c.citations.collectiveSecurity.map((x) => x.text).join("; ")}`);
  return out.join("\n");
}

const positions = (p: Record<string, string>) => Object.entries(p).map(([k, v]) => `${k}=${v}`).join("、") || "標準の立場";

export function renderExplanationJa(e: Explanation): string {
  const out = [`${e.use}の${BASIS[e.basis] ?? e.basis}（${e.date}）：${STATUS[e.status] ?? e.status}`, `  ${e.summary}`, ""];
  if (e.status === "available") out.push("  すでに充足している。");
  if (e.flips.length) {
    out.push("  充足するために真でなければならないこと（最小の組合せ）：");
    e.flips.forEach((set, i) => {
      out.push(`    ${i + 1}. ${set.map((c) => jaCandidate(c.label)).join(" かつ ")}`);
      for (const c of set) out.push(`         現在${STATUS[c.status] ?? c.status}：${c.because}${c.facts.length ? ` [${c.facts.join(", ")}]` : ""}`);
    });
  } else if (e.status !== "available") out.push("  三つ以下の要件の組合せでは充足しない：それ以上の点で不充足であるか、学説の立場による。");
  if (e.deciding.length) {
    out.push("", "  結論を決める不明な事実：");
    for (const d of e.deciding) out.push(`    ${jaCandidate(d.label)} [${d.facts.join(", ")}]：そうであれば${TRI[d.ifSatisfied]}、そうでなければ${TRI[d.ifFailed]}`);
  }
  if (e.irrelevant.length) out.push("", `  不明であるが現状では結論に影響しないもの：${e.irrelevant.map((d) => jaCandidate(d.label)).join("、")}`);
  if (e.availableUnder.length) out.push("", `  援用可能となる立場：${e.availableUnder.map(positions).join(" | ")}`);
  return out.join("\n");
}

const VERDICT: Record<string, string> = { lawful: "合法", unlawful: "違法", undetermined: "未確定", contested: "見解が分かれる", "not-force": "武力の行使に当たらない" };

/** A use's timeline (src/render/text.ts renderUseTimeline) in Japanese: the events are worded in the language already. */
export function renderUseTimelineJa(t: import("../answer/types.js").UseTimeline): string {
  const out = [`${t.id}：${t.title}（${t.from}${t.to ? `から${t.to}まで` : "以降"}）`, "  結論の推移："];
  for (const v of t.verdicts) out.push(`    ${v.from} .. ${v.to ?? ""}`.padEnd(32) + (VERDICT[v.verdict] ?? v.verdict));
  out.push("  根拠の推移：");
  for (const b of t.bases) {
    out.push(`    ${BASIS[b.basis] ?? b.basis}`);
    for (const i of b.intervals) out.push(`      ${i.from} .. ${i.to ?? ""}`.padEnd(34) + (STATUS[i.status] ?? i.status));
  }
  if (t.events.length) {
    out.push("  出来事：");
    for (const e of t.events) out.push(`    ${e.until ? `${e.date}..${e.until}` : e.date}  ${e.what}`);
  }
  return out.join("\n");
}
