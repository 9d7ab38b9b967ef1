// Time from an edit to the updated verdict on screen, in Debian's Chromium: 100 edits of the
// largest example in the YAML editor, each a real change of a fact (S/RES/665 vetoed or not) with
// a fresh comment so that no answer comes from the server's cache. The app marks each edit
// (performance.mark) and measures when the new verdict is painted ("casus:edit-to-verdict").
// Run: node --import tsx bench/workbench-latency.ts [edits]
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, ROOT, startServer } from "../test/e2e-harness.ts";

const EDITS = Number(process.argv[2] ?? 100);
const largest = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".yaml"))
  .sort((a, b) => statSync(join(ROOT, "examples", b)).size - statSync(join(ROOT, "examples", a)).size)[0]!;
const id = largest.replace(/\.yaml$/, "");

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/#/s/${id}`);
  await page.waitForSelector("[data-testid^=verdict-]");
  await page.click("button[role=tab]:has-text('YAML')");
  await page.waitForSelector(".cm-content");
  const durations: number[] = [];
  const compute: number[] = [];
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
      return [performance.getEntriesByName("casus:edit-to-verdict").at(-1)!.duration, performance.getEntriesByName("casus:worker-compute").at(-1)?.duration ?? NaN];
    }, i);
    if (i >= 5) (durations.push(ms[0]!), compute.push(ms[1]!)); // the first few warm up the JIT on both sides
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]!.toFixed(1);
  const mean = durations.reduce((a, b) => a + b, 0) / durations.length;
  console.log(`${id}.yaml, ${durations.length} edits, edit -> verdict painted (ms): p50 ${q(durations, 0.5)}, p95 ${q(durations, 0.95)}, max ${q(durations, 1)}, mean ${mean.toFixed(1)}`);
  console.log(`  of which parse + analyze in the worker (ms): p50 ${q(compute, 0.5)}, p95 ${q(compute, 0.95)}`);
} finally {
  await browser.close();
  await server.stop();
}
