// The README's example outputs, made by running the commands they show (through the CLI's own
// `run`, in process). `npm run docs` writes them; test/docs.test.ts checks the README has them.
import { fileURLToPath } from "node:url";
import { run } from "../src/cli/main.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** An excerpt of an output: from the line matching `from` through the one matching `through`, lines cut at `width` (trailing blanks dropped), then "...". */
interface Excerpt {
  from: RegExp;
  through: RegExp;
  width: number;
}

// Commands whose block is an excerpt (the others show the whole output).
const EXCERPTS: Record<string, Excerpt> = {
  "analyze examples/nicaragua-1986.yaml --as-of 1984-01-10 --use u1 --tree --no-citations": { from: /^ {2}Collective self-defence/, through: /^ {6}\[x\] Honduras/, width: 150 },
};

/** The output of `casus ARGS` (paths relative to the repository), as the README shows it. */
export function exampleOutput(args: string): string {
  let out = "";
  const argv = args.split(" ").map((a) => (a.startsWith("examples/") ? `${ROOT}${a}` : a));
  const code = run(argv, { out: (s) => void (out += s), err: (s) => void (out += s) });
  if (code !== 0) throw new Error(`casus ${args}: exit ${code}\n${out}`);
  const ex = EXCERPTS[args];
  if (!ex) return out.endsWith("\n") ? out : `${out}\n`;
  const lines = out.split("\n");
  const a = lines.findIndex((l) => ex.from.test(l));
  const b = lines.findIndex((l, i) => i > a && ex.through.test(l));
  if (a < 0 || b < 0) throw new Error(`casus ${args}: the excerpt's bounds are not in the output`);
  return `${lines.slice(a, b + 1).map((l) => l.slice(0, ex.width).trimEnd()).join("\n")}\n...\n`;
}

/** The README with each example block (a ```text block after a paragraph naming `npx casus ...`) made afresh. */
export function withExamples(readme: string): string {
  return readme.replace(/(<!-- example:start -->)([\s\S]*?)(<!-- example:end -->)/, (_all, start: string, body: string, end: string) => {
    const fresh = body.replace(/`npx casus ([^`]+)`([\s\S]*?)```text\n[\s\S]*?```/g, (_m, args: string, prose: string) => `\`npx casus ${args}\`${prose}\`\`\`text\n${exampleOutput(args)}\`\`\``);
    return `${start}${fresh}${end}`;
  });
}
