/**
 * The app's one CSV export, shared by every download (FESC selection, ranking, gap lists, scenario
 * comparison): core/csv-export's es-PE Excel format (BOM, ";", decimal comma, CRLF, formula guard)
 * with the same header block — title, date, the IRS methodology with its weights and crime period,
 * the sources, the period line and what the ubigeo column is — and the browser download.
 *
 * The files are worded in Spanish whatever the UI language: they are es-PE Excel files handed on to
 * the institutions (decimal comma and ";" only read right in that locale).
 */
import { INDICATOR_BY_ID } from "../config/indicators";
import { toCsv, type CsvColumn } from "../core/csv-export";
import type { IndicatorColumn } from "../core/types";
import type { DataManifest } from "../data/contract";
import { COPY } from "../i18n/copy";
import { CSV_META_COPY } from "../i18n/csv-meta-copy";

const W = COPY.es;
const M = CSV_META_COPY.es;

/** The crime period of the IRS (index-slice `indexPeriod`). */
export type CrimePeriod = NonNullable<IndicatorColumn["period"]>;

/** What every export says about the index it comes from. */
export interface CsvIndexContext {
  /** ISO date of the export (YYYY-MM-DD). */
  date: string;
  /** Weights of the methodology in force, by indicator id. */
  weights: Record<string, number>;
  /** Indicators in force (weight > 0 and data), ids. */
  used: readonly string[];
  /** Weighted indicators without data (left out of the index), ids. */
  withoutData: readonly string[];
  /** "Name (publisher)" of each source the file rests on. */
  sources: readonly string[];
  /** Period of the crime reports the IRS used, worded (crimePeriodText); absent without crime. */
  crimePeriod?: string;
}

/** "Robo 2 (18 %); Población 1 (9 %) …" over the indicators in force (shares of the weight sum). */
export function describeWeights(weights: Record<string, number>, used: readonly string[]): string {
  const total = used.reduce((s, id) => s + (weights[id] ?? 0), 0);
  return used
    .map((id) => {
      const w = weights[id] ?? 0;
      const share = total > 0 ? Math.round((100 * w) / total) : 0;
      return `${INDICATOR_BY_ID.get(id)?.label.es ?? id} ${String(w).replace(".", ",")} (${share} %)`;
    })
    .join("; ");
}

/** "2023–2025 (media anual), población INEI 2022": the i18n period wording, in Spanish. */
export function crimePeriodText(period: CrimePeriod): string {
  const pop = W.populationYears(period.populationYears);
  return `${W.periodText(period.years, period.months, period.annualised)}${pop ? `, ${pop}` : ""}`;
}

/** The "Metodología" line: IRS weights, indicators without data, crime period. */
export function irsMethodologyLine(ctx: CsvIndexContext): string {
  const label = (id: string) => INDICATOR_BY_ID.get(id)?.label.es ?? id;
  return W.csvMethodology(
    describeWeights(ctx.weights, ctx.used),
    ctx.withoutData.length > 0 ? ctx.withoutData.map(label).join(", ") : null,
    ctx.crimePeriod ?? null,
  );
}

/**
 * The export context from the state's pieces: the indicators in force (store
 * selectIndicatorsInForce), the crime period (store indexPeriod), and the manifest's sources of the
 * given ids ("name (publisher)", manifest order).
 */
export function csvIndexContext(input: {
  weights: Record<string, number>;
  inForce: {
    used: readonly { id: string }[];
    withoutData: readonly { id: string }[];
  };
  period: CrimePeriod | undefined;
  manifest: DataManifest | null;
  sourceIds: readonly string[];
  now?: Date;
}): CsvIndexContext {
  const sources = (input.manifest?.sources ?? [])
    .filter((x) => input.sourceIds.includes(x.id))
    .map((x) => `${x.name} (${x.publisher})`);
  return {
    date: (input.now ?? new Date()).toISOString().slice(0, 10),
    weights: input.weights,
    used: input.inForce.used.map((d) => d.id),
    withoutData: input.inForce.withoutData.map((d) => d.id),
    sources,
    ...(input.period ? { crimePeriod: crimePeriodText(input.period) } : {}),
  };
}

/**
 * The ubigeo column: the 6-character INEI code written as text (leading zero kept: "010101"), never
 * as a number. A code that is not 6 digits is written as it is (the header line says what it is).
 */
export function ubigeoColumn<T>(get: (row: T) => string): CsvColumn<T> {
  return { header: W.ubigeo, value: (r) => get(r) };
}

/** Ubigeo, Distrito, Provincia, Departamento: the place columns every list starts with. */
export function placeColumns<
  T extends { ubigeo: string; name: string; province: string; department: string },
>(): CsvColumn<T>[] {
  return [
    ubigeoColumn<T>((r) => r.ubigeo),
    { header: W.district, value: (r) => r.name },
    { header: W.province, value: (r) => r.province },
    { header: W.department, value: (r) => r.department },
  ];
}

/**
 * Every export's text: the header block (title, date, IRS methodology, sources, then the list's own
 * lines, the period of the crime reports and what the ubigeo column holds), a blank line, the table.
 */
export function buildExportCsv<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  meta: { title: string; extra?: readonly (readonly [string, string])[] },
  ctx: CsvIndexContext,
): string {
  return toCsv(rows, columns, [
    [M.title, meta.title],
    [M.date, ctx.date],
    [M.methodology, irsMethodologyLine(ctx)],
    ...ctx.sources.map((s) => [M.source, s] as const),
    ...(meta.extra ?? []),
    [W.csvPeriod, ctx.crimePeriod ?? W.csvPeriodNone],
    [W.ubigeo, W.csvUbigeoNote],
  ]);
}

/** "ranking-irs-2026-05-01.csv". */
export function csvFileName(stem: string, date: string): string {
  return `${stem}-${date}.csv`;
}

/** Hand the text to the browser as a CSV download. */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
