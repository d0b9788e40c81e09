import { useMemo, useState } from "react";
import { COPY } from "../../i18n/copy";
import { TREND_COPY } from "../../i18n/trend-copy";
import {
  POPULATION_BAND_EDGES,
  computeTrend,
  crimeTrendTable,
  type ComparisonGroup,
} from "../../core/trend";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { selectDistrictCoverage } from "../../store/coverage-slice";
import { selectFescResult } from "../../store/fesc-slice";
import { TrendChart } from "./TrendChart";

/**
 * Before/after: yearly population-weighted mean of a dated series for a set of districts against a
 * comparison group (districts not in the set of the same population bands, or of the same
 * departments). With SIDPOL the series are crime rates per 10,000 by complete year (the group's
 * aggregate rate), and a chosen year gives the difference in differences, labelled descriptive.
 */
const BAND: ComparisonGroup = { kind: "population-band", edges: POPULATION_BAND_EDGES };
const DEPS: ComparisonGroup = { kind: "same-departments" };

export function TrendView() {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const crimePresent = useAppStore((s) => s.manifest?.crime.present ?? false);
  const result = useAppStore(selectFescResult);
  const coverage = useAppStore(selectDistrictCoverage);
  const [setKind, setSetKind] = useState<"fesc" | "bs">("fesc");
  const [since, setSince] = useState<number | null>(null);
  const [compKind, setCompKind] = useState<"band" | "deps">("band");
  const t = COPY[lang];
  const defs = useAppStore((s) => s.indicatorDefs);
  // With crime: one rate series per crime count key (total first); else every dated series.
  const trendTable = useMemo(() => (table ? crimeTrendTable(table) : null), [table]);
  const keys = useMemo(() => {
    if (trendTable?.keys) return trendTable.keys;
    const years = new Map<string, Set<number>>();
    for (const s of table?.series ?? []) {
      if (s.year === null) continue;
      years.set(s.key, (years.get(s.key) ?? new Set()).add(s.year));
    }
    return [...years].filter(([, y]) => y.size >= 2).map(([k]) => k);
  }, [table, trendTable]);
  const seriesLabel = (k: string): string => {
    if (k === "crime_total") return t.crimeTotal;
    const def = defs.find((d) => d.id === `${k}_rate`);
    return def?.label[lang] ?? table?.series.find((s) => s.key === k)?.label[lang] ?? k;
  };
  const trendYears = useMemo(
    () =>
      [
        ...new Set(
          (trendTable?.table.series ?? [])
            .filter((s) => s.key === (keys[0] ?? "") && s.year !== null)
            .map((s) => s.year ?? 0),
        ),
      ].sort((a, b) => a - b),
    [trendTable, keys],
  );
  const [key, setKey] = useState<string | null>(null);
  const current = key ?? keys[0] ?? null;
  const bsYears = useMemo(
    () =>
      [
        ...new Set(
          [...coverage.values()].flatMap((c) => (c.firstYear === null ? [] : [c.firstYear])),
        ),
      ].sort(),
    [coverage],
  );
  const set = useMemo(() => {
    if (setKind === "fesc") return new Set(result?.rows.map((r) => r.ubigeo) ?? []);
    return new Set(
      [...coverage.values()]
        .filter((c) => since === null || (c.firstYear !== null && c.firstYear <= since))
        .map((c) => c.ubigeo),
    );
  }, [setKind, result, coverage, since]);
  const trend = useMemo(
    () =>
      trendTable && current
        ? computeTrend(
            trendTable.table,
            current,
            set,
            compKind === "band" ? BAND : DEPS,
            since === null ? {} : { sinceYear: since },
          )
        : null,
    [trendTable, current, set, since, compKind],
  );
  const label = seriesLabel(current ?? "") + (trendTable?.crime ? ` · ${t.crimeCardRate}` : "");
  const fmt = (v: number | null | undefined) => formatNumber(v ?? null, lang, 1);
  return (
    <details className="fesc-trend" data-testid="fesc-trend">
      <summary>{t.trendTitle}</summary>
      <p className="fesc-warning">{crimePresent ? t.trendCaveat : t.trendNoCrime}</p>
      <div className="fesc-row2">
        <label className="field">
          <span>{t.trendSet}</span>
          <select
            value={setKind}
            onChange={(e) => setSetKind(e.target.value === "bs" ? "bs" : "fesc")}
          >
            <option value="fesc">{t.trendSetFesc}</option>
            <option value="bs">{t.trendSetBs}</option>
          </select>
        </label>
        <label className="field">
          <span>{t.trendSince}</span>
          <select
            value={since ?? ""}
            onChange={(e) => setSince(e.target.value === "" ? null : Number(e.target.value))}
          >
            <option value="">—</option>
            {(setKind === "bs" ? bsYears : trendYears.slice(1)).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t.trendComparisonKind}</span>
        <select
          value={compKind}
          onChange={(e) => setCompKind(e.target.value === "deps" ? "deps" : "band")}
          data-testid="trend-comparison"
        >
          <option value="band">{t.trendCompBand}</option>
          <option value="deps">{t.trendCompDeps}</option>
        </select>
      </label>
      {keys.length > 1 && (
        <label className="field">
          <span>{t.trendSeries}</span>
          <select
            value={current ?? ""}
            onChange={(e) => setKey(e.target.value)}
            data-testid="trend-series"
          >
            {keys.map((k) => (
              <option key={k} value={k}>
                {seriesLabel(k)}
              </option>
            ))}
          </select>
        </label>
      )}
      {trend && !trend.ok && <p className="muted">{TREND_COPY[lang].trendProblem(trend)}</p>}
      {trend && trend.ok && (
        <>
          <TrendChart
            title={label}
            years={trend.years}
            series={[
              {
                name: t.trendSetName(trend.set[0]?.districts ?? 0),
                points: trend.set.map((p) => p.mean),
                className: "trend-set",
              },
              {
                name: t.trendComparison(trend.comparisonUbigeos.length),
                points: trend.comparison.map((p) => p.mean),
                className: "trend-comp",
              },
            ]}
            sinceYear={since}
          />
          <p className="muted">{trend.weighted ? t.trendWeighted : t.trendUnweighted}</p>
          {trend.change && (
            <table className="card-table" data-testid="trend-did">
              <thead>
                <tr>
                  <th scope="col" />
                  <td>{t.trendBefore(trend.change.sinceYear)}</td>
                  <td>{t.trendAfter(trend.change.sinceYear)}</td>
                  <td>{t.trendDelta}</td>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t.trendSetName(trend.set[0]?.districts ?? 0)}</th>
                  <td>{fmt(trend.change.setBefore)}</td>
                  <td>{fmt(trend.change.setAfter)}</td>
                  <td>
                    {fmt(
                      trend.change.setAfter !== null && trend.change.setBefore !== null
                        ? trend.change.setAfter - trend.change.setBefore
                        : null,
                    )}
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t.trendComparison(trend.comparisonUbigeos.length)}</th>
                  <td>{fmt(trend.change.comparisonBefore)}</td>
                  <td>{fmt(trend.change.comparisonAfter)}</td>
                  <td>
                    {fmt(
                      trend.change.comparisonAfter !== null &&
                        trend.change.comparisonBefore !== null
                        ? trend.change.comparisonAfter - trend.change.comparisonBefore
                        : null,
                    )}
                  </td>
                </tr>
                <tr>
                  <th scope="row">
                    <strong>{t.trendDid}</strong>
                  </th>
                  <td colSpan={2} />
                  <td data-testid="trend-did-value">
                    <strong>{fmt(trend.change.differenceInDifferences)}</strong>
                  </td>
                </tr>
              </tbody>
            </table>
          )}
          {trend.change && <p className="muted">{t.trendDidCaveat}</p>}
        </>
      )}
    </details>
  );
}
