import { useMemo } from "react";
import { COPY } from "../i18n/copy";
import { districtFacts } from "../core/district-facts";
import { methodologyPeriod, pickSeries } from "../core/indicator-values";
import { formatNumber } from "../lib/format";
import { citeSource } from "../lib/sources";
import { useAppStore } from "../store";
import { CrimeCardSection } from "./crime/CrimeCardSection";
import { MUNICIPAL_BUDGET_KEYS } from "../core/municipal-budget";
import { FiscalCardSection } from "./fiscal/FiscalCardSection";
import { IrsCardSection } from "./index/IrsCardSection";
import { BarrioCardSection } from "./card/BarrioCardSection";
import { FescCardSection } from "./card/FescCardSection";
import { SimilarDistricts } from "./card/SimilarDistricts";

/** Fiscal series the card shows in its own section (not again in the indicator list). */
const FISCAL_LAYER_IDS = new Set(
  Object.values(MUNICIPAL_BUDGET_KEYS).flatMap((k) => [`series:${k.spent}`, `series:${k.budget}`]),
);

/** Card of the selected district: identity, population, area and every indicator with its source. */
export function DistrictCard() {
  const id = useAppStore((s) => s.selectedId);
  const table = useAppStore((s) => s.table);
  const defs = useAppStore((s) => s.indicatorDefs);
  const manifest = useAppStore((s) => s.manifest);
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.selectDistrict);
  const methodology = useAppStore((s) => s.methodology);
  // The same period as the index (year rule, crime window): one answer for card, map and ranking.
  const period = useMemo(() => methodologyPeriod(methodology), [methodology]);
  const facts = useMemo(
    () =>
      table && id !== null
        ? districtFacts(table, defs, id, period).filter(
            (f) => !f.crime && f.dimension !== "fiscal" && !FISCAL_LAYER_IDS.has(f.id),
          )
        : [],
    [table, defs, id, period],
  );
  const row = id === null ? undefined : table?.districts[id];
  if (!row || !table) return null;
  const t = COPY[lang];
  const pop = pickSeries(table.series, "population", null);
  return (
    <aside className="card" aria-label={`${t.district} ${row.name}`} data-testid="district-card">
      <header className="card-header">
        <div>
          <h2 className="card-title">{row.name}</h2>
          <div className="card-sub">
            {row.province}, {row.department}
          </div>
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={() => select(null)}
          aria-label={t.close}
        >
          ×
        </button>
      </header>
      <dl className="card-facts">
        <dt>{t.ubigeo}</dt>
        <dd data-testid="card-ubigeo">{row.ubigeo}</dd>
        <dt>{t.population}</dt>
        <dd>
          {formatNumber(pop?.values[row.id] ?? null, lang, 0)} {t.inhabitants}
          {pop?.year ? ` (${pop.year})` : ""}
        </dd>
        <dt>{t.area}</dt>
        <dd>
          {formatNumber(row.areaKm2, lang, 1)} {t.km2}
        </dd>
        <dt>{t.naturalRegion}</dt>
        <dd>{row.naturalRegion}</dd>
      </dl>
      <IrsCardSection districtId={row.id} />
      <BarrioCardSection districtId={row.id} />
      <FescCardSection districtId={row.id} />
      <CrimeCardSection districtId={row.id} />
      <FiscalCardSection districtId={row.id} />
      <SimilarDistricts districtId={row.id} />
      <h3 className="card-section">{t.indicators}</h3>
      <table className="card-table">
        <tbody>
          {facts.map((f) => (
            <tr key={f.id} data-indicator={f.id}>
              <th scope="row">
                {f.label[lang]}
                <div className="card-meta">
                  {f.period?.populationYears.length
                    ? `${f.year ?? "—"} (${t.populationYears(f.period.populationYears)})`
                    : (f.year ?? "—")}{" "}
                  · {f.sourceIds.map((sid) => citeSource(manifest, sid)).join("; ")}
                </div>
              </th>
              <td>
                {f.value === null ? t.noData : formatNumber(f.value, lang)}
                <div className="card-meta">{f.value === null ? "" : f.unit[lang]}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
