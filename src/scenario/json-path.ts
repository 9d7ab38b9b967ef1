// JSON paths in messages: $.uses[0].by. Long or odd keys are quoted and cut, so that an echoed
// path stays one short line.
import { quote } from "./limits.js";

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    "$" +
    path
      .map((p) => (typeof p === "number" ? `[${p}]` : /^[A-Za-z_$][\w$]{0,63}$/.test(String(p)) ? `.${String(p)}` : `[${quote(String(p), 40)}]`))
      .join("")
  );
}
