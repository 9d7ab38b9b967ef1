// Time from an edit to the updated verdict on screen, in Debian's Chromium: 100 edits of the
// largest example in the YAML editor, each a real change of a fact (S/RES/665 vetoed or not) with
// a fresh comment so that no answer comes from the server's cache. The app marks each edit
// (performance.mark) and measures when the new verdict is painted ("casus:edit-to-verdict").
// Run: node --import tsx bench/workbench-latency.ts [edits] [--write]   (--write: the README's figures)
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { CHROMIUM, launchBrowser, ROOT, startServer } from "../test/e2e-harness.ts";

const args = process.argv.slice(2);
const EDITS = Number(args.find((a) => /^\d+$/.test(a)) ?? 100);
const WRITE = args.includes("--write");
const load0 = loadavg()[0];
const largest = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".yaml"))
  .sort((a, b) => statSync(join(ROOT, "examples", b)).size - statSync(join(ROOT, "examples", a)).size)[0]!;
const id = largest.replace(/\.yaml$/, "");

const ncpu = () => readFileSync("/proc/cpuinfo", "utf8").match(/^processor/gm)?.length ?? 0;
const server = await startServer();
const browser = await launchBrowser();
const browserVersion = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).replace(/^\D*/, "").trim();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/#/s/${id}`);
  await page.waitForSelector("[data-testid^=verdict-]");
  await page.click("button[role=tab]:has-text('YAML')");
  await page.waitForSelector(".cm-content");
  const durations: number[] = [];
  const compute: number[] = [];
  const toPost: number[] = [];
  const toPaint: number[] = [];
  const wait: number[] = [];
  const back: number[] = [];
  for (let i = 0; i < EDITS + 5; i++) {
    const ms = await page.evaluate(async (n) => {
      type View = { state: { doc: { toString(): string; length: number } }; dispatch(x: unknown): void };
      const v = (window as unknown as { casusEditor: View }).casusEditor;
      const before = performance.getEntriesByName("casus:edit-to-verdict").length;
      const text = v.state.doc.toString();
      // One fact, changed back and forth: a permanent member's vote against S/RES/665 (a veto).
      const veto = n % 2 === 0;
      let next = text.replace(/^# bench edit \d+\n/m, "");
      next = veto ? next.replace("    dataset: 665\n", "    dataset: 665\n    votes: { for: 13, against: [uk] }\n") : next.replace("    votes: { for: 13, against: [uk] }\n", "");
      next = `# bench edit ${n}\n` + next;
      // Dispatched as the smallest change (as typing or a paste would be), not a whole new document.
      let a = 0;
      while (a < text.length && a < next.length && text[a] === next[a]) a++;
      let b = 0;
      while (b < text.length - a && b < next.length - a && text[text.length - 1 - b] === next[next.length - 1 - b]) b++;
      v.dispatch({ changes: { from: a, to: text.length - b, insert: next.slice(a, next.length - b) } });
      const t0 = performance.now();
      while (performance.getEntriesByName("casus:edit-to-verdict").length === before) {
        if (performance.now() - t0 > 10_000) throw new Error("no verdict within 10 s");
        await new Promise((r) => setTimeout(r, 1));
      }
      return ["casus:edit-to-verdict", "casus:worker-compute", "casus:edit-to-post", "casus:received-to-paint", "casus:worker-wait", "casus:worker-to-page"].map((m) => performance.getEntriesByName(m).at(-1)?.duration ?? NaN);
    }, i);
    if (i >= 5) (durations.push(ms[0]!), compute.push(ms[1]!), toPost.push(ms[2]!), toPaint.push(ms[3]!), wait.push(ms[4]!), back.push(ms[5]!)); // the first few warm up the JIT on both sides
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]!.toFixed(1);
  const mean = durations.reduce((a, b) => a + b, 0) / durations.length;
  console.log(`${id}.yaml, ${durations.length} edits, edit -> verdict painted (ms): p50 ${q(durations, 0.5)}, p95 ${q(durations, 0.95)}, max ${q(durations, 1)}, mean ${mean.toFixed(1)}`);
  console.log(`  of which parse + analyze in the worker (ms): p50 ${q(compute, 0.5)}, p95 ${q(compute, 0.95)}`);
  console.log(`  sent -> the worker begins (ms): p50 ${q(wait, 0.5)}, p95 ${q(wait, 0.95)}; the worker's answer sent -> received by the page: p50 ${q(back, 0.5)}, p95 ${q(back, 0.95)}`);
  console.log(`  edit -> sent to the worker (ms): p50 ${q(toPost, 0.5)}, p95 ${q(toPost, 0.95)}; worker's answer received -> painted: p50 ${q(toPaint, 0.5)}, p95 ${q(toPaint, 0.95)}`);
  if (WRITE) {
    const p95 = Number(q(durations, 0.95));
    const load = `load average ${load0.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end, on ${ncpu()} cores`;
    const text = [
      `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, Chromium ${browserVersion}, ${load}: \`${id}.yaml\`, ${durations.length} edits.`,
      "",
      "| edit to verdict painted (ms) | p50 | p95 | max | mean |",
      "|---|---:|---:|---:|---:|",
      `| whole (the goal: p95 ≤ 50 ms, ${p95 <= 50 ? "met" : "**not met**"}) | ${q(durations, 0.5)} | **${q(durations, 0.95)}** | ${q(durations, 1)} | ${mean.toFixed(1)} |`,
      `| of which: the edit until it is sent to the worker (editor, page render) | ${q(toPost, 0.5)} | ${q(toPost, 0.95)} | ${q(toPost, 1)} | |`,
      `| of which: sent until the worker begins | ${q(wait, 0.5)} | ${q(wait, 0.95)} | ${q(wait, 1)} | |`,
      `| of which: parse and analyse in the worker | ${q(compute, 0.5)} | ${q(compute, 0.95)} | ${q(compute, 1)} | |`,
      `| of which: the worker's view model sent until the page receives it | ${q(back, 0.5)} | ${q(back, 0.95)} | ${q(back, 1)} | |`,
      `| of which: received until painted (render, frame) | ${q(toPaint, 0.5)} | ${q(toPaint, 0.95)} | ${q(toPaint, 1)} | |`,
    ].join("\n");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const next = readme.replace(/<!-- latency:start -->[\s\S]*<!-- latency:end -->/, `<!-- latency:start -->\n${text}\n<!-- latency:end -->`);
    if (next === readme && !readme.includes(text)) throw new Error("README has no <!-- latency:start --> ... <!-- latency:end --> markers");
    writeFileSync(join(ROOT, "README.md"), next);
  }
} finally {
  await browser.close();
  await server.stop();
}
