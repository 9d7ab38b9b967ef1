// JSON paths in messages: $.uses[0].by. Long or odd keys are quoted and cut, so that an echoed
// path stays one short line.
import { quote } from "./limits.js";

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  // A very deep path keeps its head and its tail.
  const parts = path.length > 16 ? [...path.slice(0, 8), SKIP, ...path.slice(-4)] : path;
  return (
    "$" +
    parts
      .map((p) => (p === SKIP ? `…(+${path.length - 12})…` : segment(p)))
      .join("")
  );
}

const SKIP = Symbol("skipped");

const segment = (p: PropertyKey) =>
  typeof p === "number" ? `[${p}]` : /^[A-Za-z_$][\w$]{0,63}$/.test(String(p)) ? `.${String(p)}` : `[${quote(String(p), 40)}]`;
