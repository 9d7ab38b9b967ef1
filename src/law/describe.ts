// The rulebook as a lawyer reads it: every basis, its conditions in order, their sources, and the
// doctrine switches. Generated into docs/legal-model.md (`npm run docs`), checked by a test.
import type { Rule } from "../engine/rule.js";
import type { LawCtx } from "./context.js";
import { BASES } from "./rulebook.js";
import { SWITCHES } from "./doctrine.js";
import { CITATIONS } from "./citations.js";

const short = (id: string) => (CITATIONS[id] ?? id).replace(/ \(.*?\) \[(\d{4})\] ICJ Rep \d+/, " [$1]");

function walk(r: Rule<LawCtx>, depth: number, out: string[]) {
  const sources = r.cite?.length ? ` — ${r.cite.map(short).join("; ")}` : "";
  const evidence = r.weight === "evidence" ? " *(evidence only)*" : "";
  const head = r.kind === "doctrine" ? `${r.label} *(switch \`${r.switch}\`)*` : r.kind === "some" ? `${r.label} *(for some candidate)*` : r.kind === "every" ? `${r.label} *(for each)*` : r.label;
  out.push(`${"  ".repeat(depth)}- ${head}${evidence}${sources}`);
  switch (r.kind) {
    case "leaf":
      return;
    case "all":
    case "any":
      r.of.forEach((c) => walk(c, depth + 1, out));
      return;
    case "unless":
      walk(r.rule, depth + 1, out);
      walk(r.exception, depth + 1, out);
      return;
    case "some":
    case "every":
      walk(r.rule, depth + 1, out);
      return;
    case "doctrine":
      for (const [position, branch] of Object.entries(r.branches)) {
        out.push(`${"  ".repeat(depth + 1)}- under \`${position}\`:`);
        walk(branch, depth + 2, out);
      }
  }
}

export function describeRulebook(): string {
  const out: string[] = [];
  for (const b of BASES) {
    out.push(`### ${b.label} (\`${b.id}\`)`, "");
    walk(b.rule, 0, out);
    out.push("");
  }
  out.push("### Doctrine switches", "");
  out.push("| switch | question | positions (default first) | settled by |", "|---|---|---|---|");
  for (const s of SWITCHES)
    out.push(`| \`${s.id}\` | ${s.question} | ${s.detail.map((d) => `\`${d.id}\`: ${d.label} (${d.cite.map(short).join("; ")})`).join("<br>")} | ${s.settledBy ? short(s.settledBy) : "open"} |`);
  return out.join("\n");
}
