// The CLI's output boundary: everything casus prints passes through here, so that no text from a
// situation file (ids, titles, file names) can reach the terminal as a control sequence: escape
// codes, carriage returns, bidirectional overrides are shown as visible escapes. The renderers
// need not care.

/** Characters never written raw to a terminal: C0 controls but tab and line feed, DEL, C1 controls, separators, bidi controls. */
const UNSAFE_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** In JSON, JSON.stringify already escapes C0; these remain. */
const UNSAFE_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, "0");

/** Text for a terminal or a log: each unsafe character as \uXXXX (\r as \r). */
export const escapeText = (s: string): string => s.replace(UNSAFE_TEXT, (c) => (c === "\r" ? "\\r" : `\\u${hex(c)}`));

/** JSON text (from JSON.stringify) with the characters it leaves raw escaped: still valid, equal JSON. */
export const escapeJson = (s: string): string => s.replace(UNSAFE_JSON, (c) => `\\u${hex(c)}`);

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

export const processIo: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};
