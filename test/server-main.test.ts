// `npm start`'s entry: the environment chooses port, store, token and closed reads; without
// CASUS_TOKEN the server makes one and prints it once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function start(env: Record<string, string>): Promise<{ stop: () => void; stderr: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], { env: { ...process.env, CASUS_NO_WEB_BUILD: "1", DATABASE_URL: "", CASUS_TOKEN: "", ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  return new Promise((resolve, reject) => {
    child.stderr.on("data", (d: Buffer) => {
      err += d;
      if (err.includes("workbench on")) resolve({ stop: () => child.kill("SIGTERM"), stderr: () => err });
    });
    child.on("exit", (c) => reject(new Error(`exited ${c}: ${err}`)));
  });
}

test("npm start: PORT, CASUS_DATA, a generated token printed once, CASUS_OPEN_READS=0", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "casus-main-"));
  const port = 19000 + Math.floor(Math.random() * 1000);
  const s = await start({ PORT: String(port), CASUS_DATA: join(dir, "x.db"), CASUS_OPEN_READS: "0" });
  try {
    const token = /write token for this run is:\n\s+(\S+)/.exec(s.stderr())?.[1];
    assert.ok(token && token.length >= 24, s.stderr());
    assert.match(s.stderr(), new RegExp(`http://127\\.0\\.0\\.1:${port} \\(store: .*x\\.db; \\d+ examples loaded\\)`));
    const base = `http://127.0.0.1:${port}`;
    assert.equal((await fetch(`${base}/api/situations`)).status, 401, "reads closed");
    const list = await fetch(`${base}/api/situations`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(list.status, 200);
    assert.ok(((await list.json()) as unknown[]).length >= 29);
    const yaml = readFileSync("examples/wall-2004.yaml", "utf8");
    const put = (auth?: string) =>
      fetch(`${base}/api/situations/wall-2004`, { method: "PUT", headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify({ yaml, baseRevision: 1 }) });
    assert.equal((await put()).status, 401);
    assert.equal((await put(`Bearer ${token}`)).status, 200);
    assert.equal((await fetch(`${base}/openapi.json`)).status, 200, "the API description stays open");
  } finally {
    s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
