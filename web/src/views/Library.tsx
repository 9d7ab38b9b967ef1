// The case library: every stored situation, searchable; each opens its analysis.
import { useEffect, useState } from "preact/hooks";
import { api, type SituationSummary } from "../api.ts";
import { useT } from "../i18n.ts";

export function Library() {
  const { t } = useT();
  const [q, setQ] = useState("");
  const [items, setItems] = useState<SituationSummary[] | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api
        .list(q.trim())
        .then((r) => live && (setItems(r), setError("")))
        .catch((e: Error) => live && setError(e.message));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);
  return (
    <section class="library">
      <p class="welcome">{t("welcome")}</p>
      <label class="search">
        <span>{t("search")}</span>
        <input type="search" value={q} placeholder={t("searchPlaceholder")} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
      </label>
      {error && <p class="error">{error}</p>}
      {!items && !error && <p class="muted">{t("loading")}</p>}
      {items && items.length === 0 && <p class="muted">{t("noCases")}</p>}
      <ul class="cases">
        {items?.map((s) => (
          <li key={s.id}>
            <a href={`#/s/${encodeURIComponent(s.id)}`}>
              <span class="case-title">{s.title}</span>
              <span class="case-meta">
                {s.id} · {t("revisionShort")} {s.revision} · {t("updated")} {s.updatedAt?.slice(0, 10)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
