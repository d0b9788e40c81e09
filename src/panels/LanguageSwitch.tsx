import { COPY } from "../i18n/copy";
import type { Lang } from "../core/types";
import { useAppStore } from "../store";

const LANGS: Lang[] = ["es", "en"];

export function LanguageSwitch() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={COPY[lang].language}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={l === lang}
          onClick={() => setLang(l)}
          data-testid={`lang-${l}`}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
