import { COPY } from "../i18n/copy";
import { formatDate } from "../lib/format";
import { useAppStore } from "../store";

/** Every source in the manifest, with publisher and licence, and the build date. */
export function SourcesFooter() {
  const manifest = useAppStore((s) => s.manifest);
  const lang = useAppStore((s) => s.lang);
  if (!manifest) return null;
  const t = COPY[lang];
  return (
    <details className="sources" data-testid="sources">
      <summary>{t.sources}</summary>
      <ul>
        {manifest.sources.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong> — {s.publisher}
            {s.years.length > 0 ? ` (${s.years.join(", ")})` : ""}. {s.licence}.{" "}
            {s.note && <span className="muted">{s.note}</span>}
          </li>
        ))}
      </ul>
      <div className="muted">{t.builtAt(formatDate(manifest.builtAt, lang))}</div>
    </details>
  );
}
