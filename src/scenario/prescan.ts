// A linear pass over the text before the YAML parser sees it, for the two shapes that cost the
// parser time and memory far beyond the input's size: nesting deeper than the bound (flow `[{`
// and block indentation), and aliases beyond the bound. It reads only structure (quotes, comments
// and block scalars are skipped), is conservative, and names the line and column where the bound
// is passed; yaml-guard.ts checks the same bounds exactly on the parsed document.
import type { InputIssue } from "./errors.js";
import type { InputLimits } from "./limits.js";

export function prescan(text: string, limits: InputLimits): InputIssue | undefined {
  let flow = 0;
  let aliases = 0;
  const indents: number[] = []; // the block indentation levels open above the current line
  let line = 1;
  let lineStart = 0;
  let blockScalarIndent = -1; // inside a | or > scalar: lines indented more than this are text
  const n = text.length;
  let i = 0;
  const here = (message: string): InputIssue => ({ path: "$", line, column: i - lineStart + 1, message });
  while (i < n) {
    // at the start of a line: its indentation, outside flow collections
    let indent = 0;
    while (i < n && text[i] === " ") (i++, indent++);
    const blank = i >= n || text[i] === "\n" || text[i] === "\r" || text[i] === "#";
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      while (i < n && text[i] !== "\n") i++;
    } else {
      blockScalarIndent = -1;
      if (!blank && flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        // "- - - x": each dash on the line opens one more level
        let j = i;
        while (text[j] === "-" && (text[j + 1] === " " || text[j + 1] === "\n")) {
          j += 2;
          while (text[j] === " ") j++;
          indents.push(indent + (j - i));
        }
        if (indents.length > limits.maxDepth) return here(`nested too deeply: more than ${limits.maxDepth} levels (docs/scenario-format.md, "Limits")`);
      }
      // the rest of the line
      let prev = " ";
      while (i < n && text[i] !== "\n") {
        const c = text[i];
        if (c === '"' || c === "'") {
          // a quoted scalar (may run over lines)
          const q = c;
          i++;
          while (i < n && text[i] !== q) {
            if (q === '"' && text[i] === "\\") i++;
            else if (text[i] === "\n") (line++, (lineStart = i + 1));
            i++;
          }
          if (q === "'" && text[i + 1] === "'") {
            i += 2;
            continue;
          }
        } else if (c === "#" && (prev === " " || prev === "\t")) {
          while (i < n && text[i] !== "\n") i++;
          break;
        } else if (c === "[" || c === "{") {
          flow++;
          if (flow + indents.length > limits.maxDepth) return here(`nested too deeply: more than ${limits.maxDepth} levels (docs/scenario-format.md, "Limits")`);
        } else if (c === "]" || c === "}") {
          if (flow > 0) flow--;
        } else if (c === "*" && /[\s,[{:-]/.test(prev) && i + 1 < n && !/[\s,\]}]/.test(text[i + 1])) {
          if (++aliases > limits.maxAliases) return here(`more than ${limits.maxAliases} aliases (docs/scenario-format.md, "Limits")`);
        } else if ((c === "|" || c === ">") && /[\s:-]/.test(prev) && flow === 0 && /^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(i, text.indexOf("\n", i) < 0 ? n : text.indexOf("\n", i)))) {
          blockScalarIndent = indent;
        }
        prev = c;
        i++;
      }
    }
    if (i < n && text[i] === "\n") {
      i++;
      line++;
      lineStart = i;
    }
  }
  return undefined;
}
