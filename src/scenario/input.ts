// Reading a situation's bytes safely: regular files and standard input only, within a size limit,
// UTF-8 only (with or without a byte order mark), no control characters. Every refusal names the
// file, and where it can, the line and column.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { CasusInputError } from "./errors.js";
import { LIMITS } from "./limits.js";

/** `-` names standard input. */
export const STDIN = "-";

const fail = (file: string, message: string, line?: number, column?: number): never => {
  throw new CasusInputError(file, [{ path: "$", line, column, message }]);
};

function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

const tooLarge = (file: string, size: string, maxBytes: number) =>
  fail(file, `the input is ${size} bytes; the limit is ${maxBytes} bytes (docs/scenario-format.md, "Limits")`);

/** At most `maxBytes` bytes from an open descriptor; refuses more. Waits on a non-blocking pipe. */
function readBounded(fd: number, file: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(wait, 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      return fail(file, `cannot read the input: ${code ?? (e as Error).message}`);
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
    if (total > maxBytes) return tooLarge(file, `more than ${maxBytes}`, maxBytes);
  }
  return Buffer.concat(chunks, total);
}

/** The bytes of a regular file, or of standard input for `-`. */
export function readInput(file: string, maxBytes: number = LIMITS.maxBytes): Buffer {
  if (file === STDIN) return readBounded(0, "<stdin>", maxBytes);
  let st: Stats;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(file, code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read the file (${code ?? "error"})`);
  }
  // A FIFO or a device would block or never end: refused before it is opened.
  if (!st.isFile()) return fail(file, `${kindOf(st)}, not a regular file (give a file, or - to read standard input)`);
  if (st.size > maxBytes) return tooLarge(file, String(st.size), maxBytes);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return fail(file, `cannot open the file (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    if (!fstatSync(fd).isFile()) return fail(file, "not a regular file");
    return readBounded(fd, file, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** Offset of the first byte that is not well-formed UTF-8 (RFC 3629), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number, min: number;
    if (c >= 0xc2 && c <= 0xdf) (need = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (need = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= n) return i; // a sequence cut off by the end of the file
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset. */
function bytePosition(b: Uint8Array, offset: number) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (b[i] === 0x0a) (line++, (start = i + 1));
  const column = Buffer.from(b.subarray(start, offset)).toString("utf8").length + 1;
  return { line, column };
}

/** Characters refused anywhere in a file: C0 controls but tab, line feed and carriage return; DEL; C1 controls;
 * line and paragraph separators; bidirectional overrides and isolates ("Trojan source"); non-characters. */
export const FORBIDDEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/;

export const describeChar = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  const u = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  const names: Record<number, string> = { 0: "NUL", 0x1b: "escape", 0x7f: "DEL", 0x9b: "CSI", 0x2028: "line separator", 0x2029: "paragraph separator" };
  const name = names[cp] ?? (cp >= 0x202a && cp <= 0x2069 ? "bidirectional control" : cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ? "control character" : "non-character");
  return `${u} (${name})`;
};

/** The text of a situation file: UTF-8 only, a leading byte order mark dropped, no control characters. */
export function decodeInput(b: Uint8Array, file: string): string {
  const [b0, b1, b2, b3] = b;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) fail(file, "the file is UTF-32 (big-endian); save it as UTF-8", 1, 1);
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) fail(file, "the file is UTF-32 (little-endian); save it as UTF-8", 1, 1);
  if (b0 === 0xfe && b1 === 0xff) fail(file, "the file is UTF-16 (big-endian); save it as UTF-8", 1, 1);
  if (b0 === 0xff && b1 === 0xfe) fail(file, "the file is UTF-16 (little-endian); save it as UTF-8", 1, 1);
  if (b.length >= 4) {
    if (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) fail(file, "the file looks like UTF-32 (big-endian, no byte order mark); save it as UTF-8", 1, 1);
    if (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) fail(file, "the file looks like UTF-32 (little-endian, no byte order mark); save it as UTF-8", 1, 1);
  }
  if (b.length >= 2) {
    if (b0 === 0 && b1 !== 0) fail(file, "the file looks like UTF-16 (big-endian, no byte order mark); save it as UTF-8", 1, 1);
    if (b0 !== 0 && b1 === 0) fail(file, "the file looks like UTF-16 (little-endian, no byte order mark); save it as UTF-8", 1, 1);
  }
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  const bad = firstInvalidUtf8(b);
  if (bad >= 0) {
    const { line, column } = bytePosition(b, bad);
    fail(file, `not valid UTF-8 (byte 0x${b[bad].toString(16).padStart(2, "0")} at offset ${bad}); save the file as UTF-8`, line, column);
  }
  const text = Buffer.from(b.buffer, b.byteOffset + bom, b.length - bom).toString("utf8");
  const m = FORBIDDEN_CHARS.exec(text);
  if (m) {
    const before = text.slice(0, m.index);
    const line = before.split("\n").length;
    const column = m.index - before.lastIndexOf("\n");
    fail(file, `the character ${describeChar(m[0])} is not allowed in a situation file`, line, column);
  }
  return text;
}
