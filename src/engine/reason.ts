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
for (const lang of LANGUAGES) WORDS[lang] = { lang, reason: (r) => renderReason(r, lang), list: LISTS[lang] };

/** The words of a reason in a language. A string (a legacy or literal text) is returned as it is. */
export function renderReason(r: Reason | string | undefined, lang: Language = "en"): string {
  if (r === undefined) return "";
  if (typeof r === "string") return r;
  const w = CATALOG.get(r.code);
  if (!w) throw new Error(`no wording for reason ${r.code}`);
  const text = r.why ?? (w[lang] as Wording<unknown>)(r.args ?? {}, WORDS[lang]);
  return r.source ? `${text} (${r.source})` : text;
}

export const isReason = (v: unknown): v is Reason => typeof v === "object" && v !== null && typeof (v as Reason).code === "string";
