// Reasons: what a test found, as a code with arguments (dates, ids, names, numbers; never a
// sentence). Deciding stores reasons; words are made from them only when an answer is rendered, in
// every language of the catalog. A rule file declares the reasons it can return, beside the rule,
// with their wording in each language: the compiler refuses a reason without both.
//
//   const R = reasons("art51", {
//     notYetOccurred: {
//       en: (a: { date: string; attackDate: string }) => `on ${a.date} the attack of ${a.attackDate} had not yet occurred`,
//       ja: (a) => `${a.date}の時点で、${a.attackDate}の攻撃はまだ発生していない`,
//     },
//   });
//   ... return no(R.notYetOccurred({ date: c.date, attackDate: a.date }), facts);

export const LANGUAGES = ["en", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];

export type ReasonArg = string | number | boolean | null | undefined | Reason | readonly ReasonArg[];

export interface Reason {
  /** "namespace.key", e.g. "art51.notYetOccurred". */
  readonly code: string;
  readonly args?: Readonly<Record<string, ReasonArg>>;
  /** The situation's own words for a stated fact (its `why`): shown instead of the wording. */
  readonly why?: string;
  /** The situation's source for a stated fact: shown after the words, in parentheses. */
  readonly source?: string;
}

/** What a wording may use to render nested reasons and lists in its own language. */
export interface Words {
  readonly lang: Language;
  reason(r: Reason | string | undefined): string;
  /** "a, b and c" / "a、b及びc". */
  list(items: readonly string[]): string;
}

export type Wording<A> = (args: A, w: Words) => string;
export type Wordings<A> = { readonly [L in Language]: Wording<A> };

type ArgsOf<W> = W extends { en: (a: infer A, ...rest: never[]) => string } ? A : never;
type Maker<A> = unknown extends A ? (args?: undefined, fact?: { why?: string; source?: string }) => Reason : (args: A, fact?: { why?: string; source?: string }) => Reason;

const CATALOG = new Map<string, Wordings<never>>();

/**
 * Declare the reasons of one namespace. Returns a maker per reason: `R.key(args, fact?)` builds the
 * reason (cheaply: one small object); `fact` carries a stated fact's own why and source.
 */
export function reasons<A extends Record<string, unknown>>(
  ns: string,
  defs: { [K in keyof A]: { readonly en: (args: A[K], w: Words) => string; readonly ja: (args: NoInfer<A[K]>, w: Words) => string } },
): { readonly [K in keyof A]: Maker<A[K]> } {
  const out: Record<string, unknown> = {};
  for (const [key, w] of Object.entries(defs) as [string, Wordings<never>][]) {
    const code = `${ns}.${key}`;
    if (CATALOG.has(code)) throw new Error(`reason ${code} is declared twice`);
    CATALOG.set(code, w as Wordings<never>);
    out[key] = (args?: Record<string, ReasonArg>, f?: { why?: string; source?: string }): Reason => {
      if (!f || (f.why === undefined && f.source === undefined)) return args === undefined ? { code } : { code, args };
      const r: { code: string; args?: Record<string, ReasonArg>; why?: string; source?: string } = { code };
      if (args !== undefined) r.args = args;
      if (f.why !== undefined) r.why = f.why;
      if (f.source !== undefined) r.source = f.source;
      return r;
    };
  }
  return out as never;
}

/** Every reason code declared so far, with its wordings (for tests and the docs). */
export function reasonCatalog(): ReadonlyMap<string, Wordings<never>> {
  return CATALOG;
}

const LISTS: Record<Language, (items: readonly string[]) => string> = {
  en: (xs) => (xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`),
  ja: (xs) => (xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join("、")}及び${xs[xs.length - 1]}`),
};

const WORDS: Record<Language, Words> = {} as never;
const MARKED: Record<Language, Words> = {} as never;
for (const lang of LANGUAGES) {
  WORDS[lang] = { lang, reason: (r) => renderReason(r, lang), list: LISTS[lang] };
  MARKED[lang] = { lang, reason: (r) => renderReason(r, lang, { mark: true }), list: LISTS[lang] };
}

/** Brackets around an argument's words in a marked rendering (a name, a date, a quoted text: written as the situation has it). */
export const MARK_OPEN = "\u27e6";
export const MARK_CLOSE = "\u27e7";
const MARKED_SPAN = /\u27e6[^\u27e6\u27e7]*\u27e7/g;

/** The text without its marked spans (and without the marks): the reason's own words only. */
export const unmarked = (text: string): string => {
  let t = text;
  // Innermost first: a nested reason's marks sit inside its parent's.
  for (let prev = ""; prev !== t; ) [prev, t] = [t, t.replace(MARKED_SPAN, "")];
  return t;
};

export interface RenderOptions {
  /** Mark each argument's words (and a stated fact's own why and source) with ⟦ ⟧: to tell the wording from what it quotes. */
  mark?: boolean;
}

/** The words of a reason in a language. A string (a legacy or literal text) is returned as it is. */
export function renderReason(r: Reason | string | undefined, lang: Language = "en", o?: RenderOptions): string {
  if (r === undefined) return "";
  if (typeof r === "string") return o?.mark ? `${MARK_OPEN}${r}${MARK_CLOSE}` : r;
  const w = CATALOG.get(r.code);
  if (!w) throw new Error(`no wording for reason ${r.code}`);
  if (!o?.mark) {
    const text = r.why ?? (w[lang] as Wording<unknown>)(r.args ?? {}, WORDS[lang]);
    return r.source ? `${text} (${r.source})` : text;
  }
  const text = r.why !== undefined ? `${MARK_OPEN}${r.why}${MARK_CLOSE}` : markArgs((w[lang] as Wording<unknown>)(r.args ?? {}, MARKED[lang]), r.args);
  return r.source ? `${text} (${MARK_OPEN}${r.source}${MARK_CLOSE})` : text;
}

/** The argument values (strings and numbers, nested lists included; nested reasons mark themselves). */
function argWords(v: ReasonArg, out: string[]): string[] {
  if (typeof v === "string") {
    if (v.length > 0) out.push(v);
  } else if (typeof v === "number") out.push(String(v));
  else if (Array.isArray(v)) for (const x of v) argWords(x, out);
  else if (v && typeof v === "object" && !isReason(v)) for (const x of Object.values(v as unknown as Record<string, ReasonArg>)) argWords(x, out);
  return out;
}

/** Brackets each argument's words where the wording put them verbatim (longest first, never overlapping, never inside a mark). */
function markArgs(text: string, args: Reason["args"]): string {
  if (!args) return text;
  const words = [...new Set(argWords(Object.values(args) as ReasonArg[], []))].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  // Spans already marked (a nested reason's) are not marked again.
  for (let depth = 0, i = 0, start = 0; i < text.length; i++) {
    if (text[i] === MARK_OPEN && depth++ === 0) start = i;
    else if (text[i] === MARK_CLOSE && --depth === 0) taken.push([start, i + 1]);
  }
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  for (const word of words)
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) if (free(i, i + word.length)) taken.push([i, i + word.length]);
  if (!taken.length) return text;
  taken.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [a, b] of taken) {
    const inner = text.slice(a, b);
    out += text.slice(at, a) + (inner.startsWith(MARK_OPEN) ? inner : `${MARK_OPEN}${inner}${MARK_CLOSE}`);
    at = b;
  }
  return out + text.slice(at);
}

export const isReason = (v: unknown): v is Reason => typeof v === "object" && v !== null && typeof (v as Reason).code === "string";
