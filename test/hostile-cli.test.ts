// The CLI as a Unix user and a hostile tester meet it: what is not a regular file, what is too
// large, standard input, --json errors, write errors, help and exit codes. Large files are made
// here, not committed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LIMITS } from "../src/scenario/limits.js";

const dir = mkdtempSync(join(tmpdir(), "casus-hostile-"));
const GOOD = readFileSync("examples/worked-example.yaml", "utf8");

function casus(args: string[], opts: { input?: string | Buffer; stdout?: number } = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/bin.ts", ...args], {
    encoding: "utf8",
    input: opts.input,
    stdio: [opts.input === undefined ? "ignore" : "pipe", opts.stdout ?? "pipe", "pipe"],
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr ?? "", signal: r.signal };
}

const noStack = (s: string) => assert.doesNotMatch(s, /\n\s+at |internal error/);

test("devices, FIFOs and directories are refused at once, before they are read", () => {
  const fifo = join(dir, "fifo");
  execFileSync("mkfifo", [fifo]);
  for (const [file, kind] of [
    ["/dev/zero", "a character device"],
    ["/dev/urandom", "a character device"],
    [fifo, "a named pipe \\(FIFO\\)"],
    [dir, "a directory"],
  ]) {
    const r = casus(["validate", file]);
    assert.equal(r.code, 2, `${file}: ${r.err}`);
    assert.match(r.err, new RegExp(`^casus: ${file.replace(/[/.]/g, "\\$&")}: \\$: ${kind}, not a regular file`));
    noStack(r.err);
  }
});

test("a file over the size limit is refused by its size (200 MB is never read), and so is standard input", () => {
  const big = join(dir, "big.json");
  const text = `{"casus": 1, "title": "${"x".repeat(LIMITS.maxBytes)}"}`;
  writeFileSync(big, text);
  const r = casus(["analyze", big]);
  assert.equal(r.code, 2);
  assert.match(r.err, new RegExp(`the input is ${Buffer.byteLength(text)} bytes; the limit is ${LIMITS.maxBytes} bytes`));
  // a sparse 200 MB file: refused by its size at once
  const sparse = join(dir, "sparse.yaml");
  const fd = openSync(sparse, "w");
  writeFileSync(fd, "casus: 1\n");
  closeSync(fd);
  execFileSync("truncate", ["-s", "200M", sparse]);
  const s = casus(["validate", sparse]);
  assert.equal(s.code, 2);
  assert.match(s.err, /the input is 209715200 bytes; the limit is/);
  const i = casus(["validate", "-"], { input: "#".repeat(LIMITS.maxBytes + 1) });
  assert.equal(i.code, 2);
  assert.match(i.err, /^casus: <stdin>: \$: the input is more than \d+ bytes/);
});

test("- reads the situation from standard input", () => {
  const v = casus(["validate", "-"], { input: GOOD });
  assert.equal(v.code, 0, v.err);
  assert.match(v.out, /^<stdin>: valid/);
  const a = casus(["analyze", "-", "--json"], { input: GOOD });
  assert.equal(a.code, 0, a.err);
  assert.ok(JSON.parse(a.out).uses.length >= 1);
  const bad = casus(["validate", "-"], { input: GOOD.replace(/^title:/m, "titel:") });
  assert.equal(bad.code, 2);
  assert.match(bad.err, /^casus: <stdin>:\d+:\d+: \$\.titel: unknown field/m);
});

test("with --json, input and usage errors are one JSON object on stdout, exit code 2", () => {
  const bad = join(dir, "bad.yaml");
  writeFileSync(bad, GOOD.replace(/^title:/m, "titel:"));
  const r = casus(["analyze", bad, "--json"]);
  assert.equal(r.code, 2);
  const e = JSON.parse(r.out).error;
  assert.equal(e.kind, "input");
  assert.deepEqual(Object.keys(e.issues[0]).sort(), ["column", "file", "line", "message", "path"]);
  assert.equal(e.issues[0].file, bad);
  for (const args of [["analyze", "--json", "--nosuch"], ["analyze", bad, "--json", "--as-of", "2021-02-29"], ["explain", "examples/worked-example.yaml", "--json", "--use", "u1", "--basis", "nosuch"]]) {
    const u = casus(args);
    assert.equal(u.code, 2, args.join(" "));
    assert.equal(JSON.parse(u.out).error.kind, "usage");
    assert.equal(u.err, "");
  }
  const s = casus(["schema", "--json"]);
  assert.equal(s.code, 0);
  assert.ok(JSON.parse(s.out).properties.uses);
});

test("a write error gives one line and exit 1; a reader that stops early is not an error", () => {
  const full = openSync("/dev/full", "w");
  const r = casus(["analyze", "examples/kuwait-1990.yaml"], { stdout: full });
  closeSync(full);
  assert.equal(r.code, 1);
  assert.match(r.err, /^casus: cannot write to standard output: ENOSPC\n$/);
  const head = spawnSync("sh", ["-c", `${process.execPath} --import tsx src/cli/bin.ts analyze examples/kuwait-1990.yaml | head -1`], { encoding: "utf8" });
  assert.equal(head.stderr, "");
});

test("usage errors: unknown commands and help topics, bad dates and doctrine, one prefix, no install path in help", () => {
  for (const [args, message] of [
    [["help", "nosuch"], /^casus: unknown command "nosuch"/],
    [["nosuch"], /^casus: unknown command 'nosuch'/],
    [["analyze", "examples/worked-example.yaml", "--as-of", "2023-02-30"], /^casus: --as-of expects a calendar date/],
    [["analyze", "examples/worked-example.yaml", "--doctrine", "toString"], /^casus: unknown doctrine profile "toString"/],
    [["analyze", "examples/worked-example.yaml", "--doctrine", "anticipatory=caroline=x"], /^casus: --doctrine: "anticipatory=caroline=x" is not switch=position/],
  ] as const) {
    const r = casus([...args]);
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.err, message);
    noStack(r.err);
  }
  const h = casus(["analyze", "--help"]);
  assert.equal(h.code, 0);
  assert.doesNotMatch(h.out, new RegExp(process.cwd().replace(/[/.]/g, "\\$&")));
});

test("text from the command line echoed in a message cannot drive the terminal", () => {
  const r = casus(["explain", "examples/worked-example.yaml", "--use", "\u001b[2J\u001b]0;x\u0007", "--basis", "consent"]);
  assert.equal(r.code, 2);
  assert.doesNotMatch(r.err, /[\u0000-\u0008\u000b-\u001f]/);
  assert.match(r.err, /\\u001b\[2J/);
});
