// The workbench: a case library, and for each situation its facts (form and YAML) beside its analysis.
// Routes live in the hash so that every view, and every revision, has a link that survives a reload.
import { render } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { LangContext, translator, type Lang } from "./i18n.ts";
import { Library } from "./views/Library.tsx";
import { Workspace } from "./views/Workspace.tsx";
import { TokenBox } from "./views/TokenBox.tsx";

export type Route = { page: "library" } | { page: "situation"; id: string; rev?: number } | { page: "new" };

export function parseRoute(hash: string): Route {
  const m = /^#\/s\/([^/]+)(?:\/r\/(\d+))?/.exec(hash);
  if (m) return { page: "situation", id: decodeURIComponent(m[1]!), rev: m[2] ? Number(m[2]) : undefined };
  if (hash.startsWith("#/new")) return { page: "new" };
  return { page: "library" };
}

const LANG_KEY = "casus.lang";
const initialLang = (): Lang => {
  const q = new URLSearchParams(location.search).get("lang");
  const v = q ?? localStorage.getItem(LANG_KEY);
  return v === "ja" ? "ja" : "en";
};

function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  useEffect(() => {
    localStorage.setItem(LANG_KEY, lang);
    document.documentElement.lang = lang;
  }, [lang]);
  const ctx = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const t = ctx.t;
  useEffect(() => {
    document.title = t("appName");
  }, [t]);
  return (
    <LangContext.Provider value={ctx}>
      <header class="top">
        <a class="brand" href="#/">
          <strong>casus</strong> <span>{t("tagline")}</span>
        </a>
        <nav>
          <a href="#/" class={route.page === "library" ? "current" : ""}>
            {t("library")}
          </a>
          <a href="#/new" class={route.page === "new" ? "current" : ""}>
            {t("newSituation")}
          </a>
        </nav>
        <div class="top-right">
          <TokenBox />
          <div class="lang" role="group" aria-label={t("language")}>
            <button type="button" class={lang === "en" ? "on" : ""} aria-pressed={lang === "en"} onClick={() => setLang("en")}>
              English
            </button>
            <button type="button" class={lang === "ja" ? "on" : ""} aria-pressed={lang === "ja"} onClick={() => setLang("ja")}>
              日本語
            </button>
          </div>
        </div>
      </header>
      <main>
        {route.page === "library" && <Library />}
        {route.page === "situation" && <Workspace key={`${route.id}/${route.rev ?? ""}`} id={route.id} rev={route.rev} />}
        {route.page === "new" && <Workspace key="new" />}
      </main>
    </LangContext.Provider>
  );
}

render(<App />, document.getElementById("app")!);
