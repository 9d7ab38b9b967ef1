// The YAML view: CodeMirror 6 with the YAML language, and the server's located errors (schema,
// references, YAML syntax: the same validator as the CLI) shown at their line as lint diagnostics.
import { useEffect, useRef } from "preact/hooks";
import { EditorView, basicSetup } from "codemirror";
import { yaml as yamlLanguage } from "@codemirror/lang-yaml";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import type { LocatedIssue } from "../api.ts";
import { locate } from "../yamlpath.ts";

export interface Focus {
  path: string;
  n: number;
}

function diagnostics(view: EditorView, issues: LocatedIssue[]): Diagnostic[] {
  const doc = view.state.doc;
  const text = doc.toString();
  return issues.map((i) => {
    let from = 0;
    let to = 0;
    if (i.line && i.line >= 1 && i.line <= doc.lines) {
      const line = doc.line(i.line);
      from = Math.min(line.to, line.from + Math.max(0, (i.column ?? 1) - 1));
      to = line.to > from ? line.to : from;
    } else if (i.path) {
      const r = locate(text, i.path);
      if (r) [from, to] = [r[0], Math.min(r[1], doc.lineAt(r[0]).to)];
    }
    return { from, to, severity: "error", message: i.path ? `${i.message} (${i.path})` : i.message, source: "casus" };
  });
}

/**
 * `issuesFor`: the text the issues were found in. They are drawn only on that text: issues of an
 * older text arriving after the reader typed on would point at the wrong lines (CodeMirror keeps
 * the drawn ones mapped through the edits until the new text's answer comes).
 */
export function YamlEditor(props: { value: string; onChange: (text: string) => void; issues: LocatedIssue[]; issuesFor?: string; focus?: Focus; readOnly?: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>();
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  /** The texts this editor sent up, newest last: a value among them but not the newest is stale. */
  const sent = useRef<string[]>([]);
  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      doc: props.value,
      extensions: [
        basicSetup,
        yamlLanguage(),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.updateListener.of((u) => {
          if (!u.docChanged) return;
          const text = u.state.doc.toString();
          sent.current.push(text);
          if (sent.current.length > 32) sent.current.shift();
          onChange.current(text);
        }),
      ],
    });
    view.current = v;
    (window as unknown as { casusEditor?: EditorView }).casusEditor = v;
    return () => v.destroy();
  }, []);
  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === props.value) return;
    // An older text of our own (a render that lags behind the typing) must not undo the newer keys.
    const i = sent.current.lastIndexOf(props.value);
    if (i >= 0 && i < sent.current.length - 1) return;
    sent.current = [];
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: props.value } });
  }, [props.value]);
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    if (props.issuesFor !== undefined && props.issuesFor !== v.state.doc.toString()) return;
    v.dispatch(setDiagnostics(v.state, diagnostics(v, props.issues)));
  }, [props.issues, props.issuesFor, props.value]);
  useEffect(() => {
    const v = view.current;
    if (!v || !props.focus) return;
    const r = locate(v.state.doc.toString(), props.focus.path);
    if (r) v.dispatch({ selection: { anchor: r[0], head: r[1] }, effects: EditorView.scrollIntoView(r[0], { y: "center" }) });
    v.focus();
  }, [props.focus]);
  return <div class="yaml-editor" ref={host} data-testid="yaml-editor" />;
}
