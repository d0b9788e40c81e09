import { useMemo, useState } from "react";
import { COPY } from "../../app/copy";
import { computeTrend } from "../../core/trend";
import { useAppStore } from "../../store";
import { selectDistrictCoverage } from "../../store/coverage-slice";
import { selectFescResult } from "../../store/fesc-slice";
import { TrendChart } from "./TrendChart";

/**
 * Before/after: yearly population-weighted mean of a dated series for a set of districts against
 * the other districts of the same departments. Only series with two or more years can be shown.
 */
export function TrendView() {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const crimePresent = useAppStore((s) => s.manifest?.crime.present ?? false);
  const result = useAppStore(selectFescResult);
  const coverage = useAppStore(selectDistrictCoverage);
  const [setKind, setSetKind] = useState<"fesc" | "bs">("fesc");
  const [since, setSince] = useState<number | null>(null);
  const t = COPY[lang];
  const keys = useMemo(() => {
    const years = new Map<string, Set<number>>();
    for (const s of table?.series ?? []) {
      if (s.year === null) continue;
      years.set(s.key, (years.get(s.key) ?? new Set()).add(s.year));
    }
    return [...years].filter(([, y]) => y.size >= 2).map(([k]) => k);
  }, [table]);
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
      table && current
        ? computeTrend(
            table,
            current,
            set,
            { kind: "same-departments" },
            since === null ? {} : { sinceYear: since },
          )
        : null,
    [table, current, set, since],
  );
  const label = table?.series.find((s) => s.key === current)?.label[lang] ?? current ?? "";
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
            {(setKind === "bs" ? bsYears : [2019, 2020, 2021, 2022]).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {keys.length > 1 && (
        <label className="field">
          <span>{t.trendSeries}</span>
          <select value={current ?? ""} onChange={(e) => setKey(e.target.value)}>
            {keys.map((k) => (
              <option key={k} value={k}>
                {table?.series.find((s) => s.key === k)?.label[lang] ?? k}
              </option>
            ))}
          </select>
        </label>
      )}
      {trend && !trend.ok && <p className="muted">{trend.message}</p>}
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
        </>
      )}
    </details>
  );
}
