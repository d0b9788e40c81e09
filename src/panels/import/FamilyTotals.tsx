import type { AggregateResult } from "../../core/import-spec";
import { SIDPOL_FAMILIES } from "../../config/sidpol-families";
import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";

/** Reports per family and year of the final result (what the index will use). */
export function FamilyTotals({ result }: { result: AggregateResult }) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const years = result.years;
  const keys = [...new Set(result.columns.map((c) => c.key))];
  const label = (k: string) =>
    k === "total" ? "Total" : (SIDPOL_FAMILIES.families.find((f) => f.id === k)?.label[lang] ?? k);
  const total = (k: string, y: number) =>
    (result.columns.find((c) => c.key === k && c.year === y)?.values ?? []).reduce<number>(
      (s, v) => s + (v ?? 0),
      0,
    );
  return (
    <div className="datos-scroll">
      <table className="datos-table" data-testid="rep-family-totals">
        <caption>{t.familyTotals}</caption>
        <thead>
          <tr>
            <th>{t.familyCol}</th>
            {years.map((y) => (
              <th key={y}>{y}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k} data-family={k}>
              <th scope="row">{label(k)}</th>
              {years.map((y) => (
                <td key={y}>{formatNumber(total(k, y), lang, 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
