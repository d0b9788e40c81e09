import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { MAX_LISTED } from "./report-limits";

/** SIDPOL modalities that fell in the fallback family ("other"), with their report counts. */
export function UnmappedModalities({
  unmapped,
}: {
  unmapped: readonly { value: string; total: number }[];
}) {
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="fesc-warning" data-testid="rep-unmapped">
      <strong>{COPY[lang].unmappedTitle(unmapped.length)}</strong>
      <ul>
        {unmapped.slice(0, MAX_LISTED).map((g) => (
          <li key={g.value}>
            {g.value} ({formatNumber(g.total, lang, 0)})
          </li>
        ))}
      </ul>
    </div>
  );
}
