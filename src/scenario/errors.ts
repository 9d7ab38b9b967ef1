// The error every refusal of input raises: the file, and for each problem its JSON path, line,
// column and what was expected. `casus --json` prints it in the shape of docs/json-output.md.

export interface InputIssue {
  path: string; // JSON path, e.g. $.uses[0].by
  line?: number;
  column?: number;
  message: string;
}

export const formatIssue = (file: string, i: InputIssue) => `${file}${i.line ? `:${i.line}:${i.column}` : ""}: ${i.path}: ${i.message}`;

export class CasusInputError extends Error {
  constructor(
    public readonly file: string,
    public readonly issues: InputIssue[],
  ) {
    super(issues.map((i) => formatIssue(file, i)).join("\n"));
    this.name = "CasusInputError";
  }
}
