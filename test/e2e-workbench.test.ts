// The workbench in a real browser (Debian's Chromium through playwright-core) against the real
// server on a temporary embedded store: open a case, edit a fact, see the verdict change, save,
// reload, compare revisions, resolve a conflicting save, export a report, switch to Japanese.
// `npm run screenshots` also writes the main views to docs/screenshots/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { hasChromium, launchBrowser, ROOT, startServer, type Running } from "./e2e-harness.ts";

const skip = hasChromium() ? false : "Debian's Chromium is not installed (apt-get install -y chromium)";
const SHOTS = process.env.CASUS_SCREENSHOTS ? join(ROOT, "docs/screenshots") : mkdtempSync(join(tmpdir(), "casus-shots-"));
mkdirSync(SHOTS, { recursive: true });

let server: Running;
let browser: { context: BrowserContext; close(): Promise<void> };
let page: Page;
const errors: string[] = [];

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.setDefaultTimeout(45_000); // a loaded 2-core machine (CI runs every suite at once)
  page.on("pageerror", (e) => errors.push(e.message));
  // Nothing but the server may be reached.
  await browser.context.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : (errors.push(`blocked ${route.request().url()}`), route.abort())).catch(() => undefined)); // (a route a page handler already continued)
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The page from its top, or the top (at most 1400 px) of one element of it. */
const shot = async (name: string, selector?: string) => {
  const path = join(SHOTS, `${name}.png`);
  if (selector) {
    await page.evaluate(() => scrollTo(0, 0));
    const box = (await page.locator(selector).first().boundingBox())!;
    return void (await page.screenshot({ path, fullPage: true, clip: { ...box, height: Math.min(box.height, 1400) } }));
  }
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path });
};
const verdict = (use: string) => page.locator(`[data-testid=verdict-${use}]`).getAttribute("data-verdict");
const waitVerdict = (use: string, pred: (v: string | null) => boolean) =>
  page.waitForFunction(
    ([u, src]) => new Function("v", `return (${src})(v)`)(document.querySelector(`[data-testid=verdict-${u}]`)?.getAttribute("data-verdict") ?? null),
    [use, pred.toString()] as const,
  );
const tab = (name: string) => page.click(`[data-tab=${name}]`);

test("workbench end to end in Chromium", { skip, timeout: 150_000 }, async (t) => {
  await t.test("the library lists the examples, is searchable, and opens a case", async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector(".cases li");
    assert.ok((await page.locator(".cases li").count()) >= 9, "the seeded examples are listed");
    await shot("library");
    await page.fill("input[type=search]", "kuwait");
    await page.waitForFunction(() => document.querySelectorAll(".cases li").length === 1);
    await page.click(".cases a");
    await page.waitForSelector("[data-testid=verdict-u4]");
    assert.match(page.url(), /#\/s\/kuwait-1990$/);
  });

  await t.test("judging on a date, editing a vote in the form changes the verdict without a page load", async () => {
    await page.fill("input[name=date]", "1991-01-20");
    await waitVerdict("u6", (v) => v === "lawful");
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1)); // survives only without a page load
    await page.click("[data-section=resolutions] > summary");
    const item = page.locator("[data-section=resolutions] fieldset", { has: page.locator("legend", { hasText: "S/RES/678" }) });
    // The server's answer to an edit follows the worker's; here it comes late, as on a loaded
    // machine, while the reader types in the next field: the re-render it causes must not put
    // the field's old value back (a CI run once lost "uk" this way).
    await page.route("**/api/analyze", async (route) => (await new Promise((r) => setTimeout(r, 1500)), route.continue().catch(() => undefined)));
    await item.locator("input[name$='.votes.for']").fill("13");
    const late = page.waitForResponse("**/api/analyze");
    await item.locator("input[name$='.votes.for']").press("Tab");
    await item.locator("input[name$='.votes.against']").fill("uk");
    await late;
    await page.evaluate(() => new Promise(requestAnimationFrame));
    assert.equal(await item.locator("input[name$='.votes.against']").inputValue(), "uk");
    await page.unroute("**/api/analyze");
    await item.locator("input[name$='.votes.against']").press("Tab");
    // A permanent member's vote against is a veto: S/RES/678 is not adopted, no Council authorisation, and u6 rests on contested collective self-defence alone.
    await waitVerdict("u6", (v) => v !== "lawful");
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 1);
    assert.equal(await verdict("u6"), "contested");
    // With the server's answer held back, the verdicts are the worker's small view model: an opened
    // basis asks the worker for its proof tree.
    // (unrouted while some wait: those go on through the context's handler, so theirs may find the route handled)
    await page.route("**/api/analyze", async (route) => (await new Promise((r) => setTimeout(r, 3000)), route.continue().catch(() => undefined)));
    await page.fill("input[name=date]", "1991-01-21");
    await page.waitForSelector("[data-use=u5] header:has-text('1991-01-21')");
    await page.locator("[data-use=u5] [data-basis=collective-self-defence] > summary").click();
    await page.waitForSelector("[data-use=u5] [data-basis=collective-self-defence] ul.tree.root li");
    assert.equal(await page.locator(".analysis-pane[aria-busy=true]").count(), 1, "the tree came before the server's answer");
    await page.locator("[data-use=u5] [data-basis=collective-self-defence] > summary").click();
    await page.unroute("**/api/analyze");
    await page.fill("input[name=date]", "1991-01-20");
    await page.waitForSelector(".status-line:has-text('1991-01-20')"); // the server's answer, not only the worker's
    await page.locator("[data-use=u6] [data-basis=collective-security] > summary").click();
    await shot("verdicts");
    await shot("proof-tree", "[data-use=u6] [data-basis=collective-security]");
  });

  await t.test("the YAML view shows the schema's errors at their line", async () => {
    await page.click("button[role=tab]:has-text('YAML')");
    await page.waitForSelector(".cm-content");
    const line = await page.evaluate(() => {
      const v = (window as unknown as { casusEditor: { state: { doc: { toString(): string; line(n: number): { from: number; to: number } } }; dispatch(x: unknown): void } }).casusEditor;
      const text = v.state.doc.toString();
      const at = text.indexOf("    kind: state");
      v.dispatch({ changes: { from: at, to: at + "    kind: state".length, insert: "    kind: empire" } });
      return text.slice(0, at).split("\n").length;
    });
    await page.waitForSelector("[data-testid=issues]");
    const issue = await page.locator("[data-testid=issues] li").first().innerText();
    assert.match(issue, new RegExp(`line ${line}\\b`), issue);
    await page.click("[data-testid=issues] li button"); // scrolls the editor to the error
    await page.waitForSelector(".cm-lintRange-error");
    await shot("yaml-editor-error");
    await page.keyboard.press("Control+z");
    await page.waitForSelector("[data-testid=issues]", { state: "detached" });
    assert.equal(await verdict("u6"), "contested");
  });

  await t.test("save needs the token; a saved revision survives a reload", async () => {
    await page.click("[data-testid=save]");
    await page.waitForSelector(".save .error");
    await page.click(".token button");
    await page.fill(".token-pop input", server.token);
    await page.click(".token-pop button[type=submit]");
    await page.click("[data-testid=save]");
    await page.waitForSelector(".save .ok");
    await page.reload();
    await page.waitForSelector("[data-testid=verdict-u6]");
    assert.match(await page.locator(".ws-title").innerText(), /rev\. 2/);
    await page.fill("input[name=date]", "1991-01-20");
    await waitVerdict("u6", (v) => v === "contested");
  });

  await t.test("two revisions compare as a YAML diff and the changes in the analysis", async () => {
    await tab("history");
    await page.waitForSelector("[data-testid=revisions] tbody tr:nth-child(2)");
    await page.click("[data-testid=compare-revisions]");
    await page.waitForSelector("[data-testid=yaml-diff]");
    assert.match(await page.locator("[data-testid=yaml-diff]").innerText(), /^\+.*uk/m);
    const changes = await page.locator("[data-testid=changes]").innerText();
    assert.match(changes, /u6/);
    assert.match(changes, /lawful/);
    await shot("history-compare", ".analysis-pane");
    const link = await page.locator("[data-testid=revisions] a", { hasText: "Permanent link" }).last().getAttribute("href");
    assert.equal(link, "#/s/kuwait-1990/r/1");
  });

  await t.test("a conflicting save shows a conflict to resolve, never an overwrite", async () => {
    // Someone else saves revision 3 through the API while this page still holds revision 2.
    const current = await (await fetch(`${server.url}/api/situations/kuwait-1990`)).json();
    const theirs = current.yaml.replace("title: Iraq's invasion", "title: EDITED ELSEWHERE Iraq's invasion");
    const put = await fetch(`${server.url}/api/situations/kuwait-1990`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ yaml: theirs, baseRevision: current.revision }),
    });
    assert.equal(put.status, 200);
    await page.click("button[role=tab]:has-text('Form')");
    await page.click("[data-section=requests] > summary");
    const date = page.locator("fieldset[data-item='requests[1]'] input[name$='.date']");
    await date.fill("1990-08-13");
    await date.press("Tab");
    await page.click("[data-testid=save]");
    await page.waitForSelector("[data-testid=conflict]");
    const conflictText = await page.locator("[data-testid=conflict]").innerText();
    assert.match(conflictText, /^-title: EDITED ELSEWHERE/m, "their change, shown against mine");
    assert.match(conflictText, /^\+.*1990-08-13/m, "my change");
    await shot("conflict");
    const stored = await (await fetch(`${server.url}/api/situations/kuwait-1990`)).json();
    assert.equal(stored.revision, 3, "the other save was not overwritten");
    await page.click("[data-testid=conflict] button.primary");
    await page.waitForSelector("[data-testid=conflict]", { state: "detached" });
    const after = await (await fetch(`${server.url}/api/situations/kuwait-1990`)).json();
    assert.equal(after.revision, 4);
    assert.match(after.yaml, /1990-08-13/);
  });

  await t.test("the timeline, the side-by-side view, doctrine and explain are drawn", async () => {
    await tab("timeline");
    await page.waitForSelector("figure.timeline svg rect.bar");
    assert.ok((await page.locator("figure.timeline").count()) >= 6);
    await shot("timeline", ".analysis-pane");
    await tab("compare");
    await page.waitForSelector("table.side-by-side tbody tr");
    await shot("self-defence-vs-collective-security", ".analysis-pane");
    await tab("explain");
    await page.waitForSelector(".explanation");
    await tab("doctrine");
    await page.click("[data-testid=compute-matrix]");
    await page.waitForSelector("[data-testid=doctrine-matrix], .doctrine .muted", { timeout: 60_000 });
    await shot("doctrine-matrix", ".doctrine");
  });

  await t.test("what-if: one changed fact shows what changes in the analysis; a late answer to an older question is dropped", async () => {
    await tab("whatIf");
    // The first question (a declaration's date, unchanged: no changes) is answered late, after the
    // second was asked and answered: what stays on screen is the second's answer.
    let first = true;
    await page.route("**/api/diff", async (route) => {
      if (first) (first = false, await new Promise((r) => setTimeout(r, 1500)));
      await route.continue().catch(() => undefined);
    });
    await page.selectOption("select[name=fact]", { label: "declaration by kuwait: date" });
    const late = page.waitForResponse("**/api/diff");
    await page.click("button:has-text('What changes?')");
    await page.selectOption("select[name=fact]", { label: "consent c-saudi: never given" }).catch(async () => {
      const opts = await page.locator("select[name=fact] option").allInnerTexts();
      await page.selectOption("select[name=fact]", { label: opts.find((o) => /never given/.test(o))! });
    });
    await page.click("button:has-text('What changes?')");
    await page.waitForSelector("[data-testid=changes], [data-testid=no-changes], .whatif .error");
    await late; // the first question's answer, late
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await page.unroute("**/api/diff");
    assert.equal(await page.locator("[data-testid=no-changes]").count(), 0, "the late answer to the first question replaced the second's");
    assert.equal(await page.locator(".whatif .error").count(), 0, await page.locator(".whatif").innerText());
    // Without Saudi Arabia's consent, the defence of Saudi Arabia (u3) no longer rests on it.
    assert.match(await page.locator("[data-testid=changes]").innerText(), /u3\s+(.* › )?consent of Saudi Arabia/);
    await shot("what-if", ".analysis-pane");
  });

  await t.test("export a report as Markdown and HTML", async () => {
    await tab("export");
    const [md] = await Promise.all([page.waitForEvent("download"), page.click("button[data-format=md]")]);
    const text = readFileSync((await md.path())!, "utf8");
    assert.match(text, /\[\^1\]/, "numbered footnotes");
    assert.match(text, /u4/);
    const [html] = await Promise.all([page.waitForEvent("download"), page.click("button[data-format=html]")]);
    assert.match(readFileSync((await html.path())!, "utf8"), /<html/i);
  });

  await t.test("Japanese: the page's words and the server's text", async () => {
    await page.click(".lang button:has-text('日本語')");
    await page.waitForSelector("[data-tab=verdicts]:has-text('結論')");
    await tab("verdicts");
    await page.waitForSelector("[data-testid=verdict-u6]:has-text('見解が分かれる')");
    await shot("verdicts-ja");
    await tab("text");
    await page.waitForFunction(() => /[\u3040-\u30ff\u4e00-\u9fff]/.test(document.querySelector(".full-text")?.textContent ?? ""));
    await page.click(".lang button:has-text('English')");
  });

  assert.deepEqual(errors, []);
});
