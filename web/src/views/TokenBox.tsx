// The write token: kept in this browser only, sent as a Bearer header on writes.
import { useState } from "preact/hooks";
import { token } from "../api.ts";
import { useT } from "../i18n.ts";

export function TokenBox() {
  const { t } = useT();
  const [value, setValue] = useState(token.get());
  const [open, setOpen] = useState(false);
  return (
    <div class="token">
      <button type="button" class="link" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t("token")}
        {token.get() ? " ✓" : ""}
      </button>
      {open && (
        <form
          class="token-pop"
          onSubmit={(e) => {
            e.preventDefault();
            token.set(value.trim());
            setOpen(false);
          }}
        >
          <p>{t("tokenHelp")}</p>
          <input name="token" type="password" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} autoComplete="off" />
          <button type="submit">{t("tokenSave")}</button>
        </form>
      )}
    </div>
  );
}
