import { COPY } from "../../i18n/copy";
import { monthAt, yearOnYear } from "../../core/crime-trend";
import type { CrimeMonthlyFile } from "../../data/contract";
import { formatNumber, formatPercent } from "../../lib/format";
import { useAppStore } from "../../store";
import { MonthlyChart } from "./MonthlyChart";

/**
 * One sparkline per crime family (and the total) for an area of a monthly file, each with the
 * year-on-year change of the latest complete year and, for a partial year, of the same months.
 */
export function FamilyTrends({
  file,
  area,
}: {
  file: CrimeMonthlyFile;
  area: CrimeMonthlyFile["areas"][number];
}) {
  const lang = useAppStore((s) => s.lang);
  const defs = useAppStore((s) => s.indicatorDefs);
  const t = COPY[lang];
  const partialYears = file.partialYears.map((p) => p.year);
  const years = [
    ...new Set(Array.from({ length: file.monthCount }, (_, k) => monthAt(file.start, k)[0])),
  ];
  const lastComplete = years.filter((y) => !partialYears.includes(y)).at(-1) ?? null;
  const partial = file.partialYears.at(-1) ?? null;
  const monthSpan = (months: readonly number[]) =>
    `${t.monthsShort[(months[0] ?? 1) - 1] ?? ""}–${t.monthsShort[(months[months.length - 1] ?? 1) - 1] ?? ""}`;
  const change = (c: number | null | undefined) =>
    c === null || c === undefined ? "—" : `${c > 0 ? "+" : ""}${formatPercent(c, lang, 0)}`;
  const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return (
    <>
      {partial && (
        <p className="card-meta">
          {t.crimeTrendPartial(String(partial.year), monthSpan(partial.months))}
        </p>
      )}
      {file.families.map((f) => {
        const values = area.values[f];
        if (!values) return null;
        const name =
          f === "total"
            ? t.crimeTotal
            : (defs.find((d) => d.id === `crime_${f}_rate`)?.label[lang] ?? f);
        const yoy =
          lastComplete === null ? null : yearOnYear(values, file.start, lastComplete, ALL);
        const yoyPartial = partial
          ? yearOnYear(values, file.start, partial.year, partial.months)
          : null;
        return (
          <div key={f} className="crime-trend-row" data-family={f}>
            <div className="crime-trend-head">
              <strong>{name}</strong>
              <span className="card-meta" data-testid={`yoy-${f}`}>
                {yoy ? t.crimeTrendYoY(String(yoy.year), t.allYear, change(yoy.change)) : ""}
                {yoyPartial
                  ? ` · ${t.crimeTrendYoY(String(yoyPartial.year), monthSpan(yoyPartial.months), change(yoyPartial.change))}`
                  : ""}
              </span>
            </div>
            <MonthlyChart
              label={t.crimeTrendFamily(
                name,
                formatNumber(
                  values.reduce((s, v) => s + v, 0),
                  lang,
                  0,
                ),
              )}
              values={values}
              start={file.start}
              partialYears={partialYears}
              lang={lang}
            />
          </div>
        );
      })}
    </>
  );
}
