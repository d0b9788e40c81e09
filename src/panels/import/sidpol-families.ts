import { COPY } from "../../i18n/copy";
/**
 * SIDPOL in the app: the worker sums `cantidad` per district × year × P_MODALIDADES value (one
 * column per modality), and the families are mapped here, on the main thread, so the user can
 * change a modality's family in the report and see the totals at once without re-reading the file.
 */
import { SIDPOL_FAMILIES } from "../../config/sidpol-families";
import type { AggregateColumn, AggregateResult, ImportSpec } from "../../core/import-aggregate";
import {
  annualise,
  classifyModality,
  excludePartialYears,
  sidpolSpec,
  withCrimeTotals,
  type FamilyMapping,
} from "../../core/sidpol";

/** The SIDPOL spec grouping by the raw modality (no family mapping in the worker). */
export function sidpolModalitySpec(
  format: Pick<ImportSpec, "encoding" | "delimiter">,
  header?: readonly string[],
): ImportSpec {
  const spec = sidpolSpec(SIDPOL_FAMILIES, format, header ? { header } : {});
  if (spec.shape.kind !== "long") return spec;
  return { ...spec, shape: { ...spec.shape, groupMapping: undefined } };
}

export interface ModalityRow {
  /** Column key of the modality (slug). */
  key: string;
  /** First spelling seen in the file, e.g. "VIOLACIÓN SEXUAL". */
  label: string;
  /** Reports over all years and districts joined. */
  total: number;
  /** Family given by the shipped mapping (the fallback when no pattern matched). */
  defaultFamily: string;
  /** False when no pattern of the mapping matched (the modality goes to the fallback family). */
  mapped: boolean;
}

const sum = (values: readonly (number | null)[]): number =>
  values.reduce<number>((s, v) => s + (v ?? 0), 0);

/** Modalities of a modality-grouped result, most reports first, with their default family. */
export function listModalities(result: AggregateResult, mapping: FamilyMapping): ModalityRow[] {
  const rows = new Map<string, ModalityRow>();
  for (const c of result.columns) {
    if (c.kind !== "numeric") continue;
    const row = rows.get(c.key);
    if (row) {
      row.total += sum(c.values);
      continue;
    }
    const m = classifyModality(c.label, mapping);
    rows.set(c.key, {
      key: c.key,
      label: c.label,
      total: sum(c.values),
      defaultFamily: m.family,
      mapped: m.mapped,
    });
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/**
 * Family columns from modality columns: for each year and family, value = Σ of the modality
 * columns assigned to it (assignment[key], else the default family), district by district. Same
 * zero/no-data rule as the aggregator: a family with no modality in the whole file gets no column
 * (no data, not zero); a district the file records somewhere has 0 where it has no report of the
 * family; a district the file never records stays null. Then the per-year total is added
 * (withCrimeTotals). Months are those of the year.
 */
export function familiesFromModalities(
  result: AggregateResult,
  modalities: readonly ModalityRow[],
  assignment: Readonly<Record<string, string>>,
  mapping: FamilyMapping,
): AggregateResult {
  const familyOf = new Map(modalities.map((m) => [m.key, assignment[m.key] ?? m.defaultFamily]));
  const n = result.districtCount;
  const numeric = result.columns.filter((c) => c.kind === "numeric");
  const familyOfColumn = (key: string) => familyOf.get(key) ?? mapping.fallback;
  const present = mapping.families.filter((f) =>
    numeric.some((c) => familyOfColumn(c.key) === f.id),
  );
  const recorded = new Uint8Array(n);
  for (const c of numeric) {
    for (let i = 0; i < n; i++)
      if (c.values[i] !== null && c.values[i] !== undefined) recorded[i] = 1;
  }
  const columns: AggregateColumn[] = [];
  const years = [...new Set(result.columns.map((c) => c.year))];
  for (const year of years) {
    const inYear = numeric.filter((c) => c.year === year);
    const months = inYear[0]?.months ?? null;
    for (const family of present) {
      const parts = inYear.filter((c) => familyOfColumn(c.key) === family.id);
      const values: (number | null)[] = [];
      let withData = 0;
      for (let i = 0; i < n; i++) {
        let v: number | null = null;
        for (const c of parts) {
          const x = c.values[i];
          if (x !== null && x !== undefined) v = (v ?? 0) + x;
        }
        if (v === null && recorded[i]) v = 0;
        if (v !== null && v > 0) withData++;
        values.push(v);
      }
      columns.push({
        key: family.id,
        label: family.label.es,
        sourceColumn: inYear[0]?.sourceColumn ?? "cantidad",
        group: family.id,
        year,
        kind: "numeric",
        values,
        categories: null,
        months,
        districtsWithData: withData,
      });
    }
  }
  return withCrimeTotals({ ...result, columns }, mapping);
}

/** What to do with a year covering fewer than 12 months. */
export type PartialYearChoice = "exclude" | "annualise" | "keep";

/**
 * Apply the partial-year choice: "exclude" drops those years' columns; "annualise" multiplies by
 * 12 / months (label marked "anualizado"); "keep" leaves the partial counts (months stay on the
 * series so the UI can say "ene–jun"). The result's years are recomputed.
 */
export function applyPartialYearChoice(
  result: AggregateResult,
  choice: PartialYearChoice,
): AggregateResult {
  let columns = result.columns;
  if (choice === "exclude") columns = excludePartialYears(columns);
  else if (choice === "annualise") {
    columns = columns.map((c) => {
      const a = annualise(c);
      return a === c ? c : { ...a, label: `${c.label} (anualizado)` };
    });
  }
  const years = [...new Set(columns.map((c) => c.year).filter((y): y is number => y !== null))];
  return { ...result, columns, years: years.sort((a, b) => a - b) };
}

/** Spanish month abbreviations: the i18n list (one copy). */
const MONTHS_ES = COPY.es.monthsShort;

/** "ene–jun" for [1..6]; lists gaps ("ene, mar–abr"); "" for none. */
export function monthRangeLabel(months: readonly number[]): string {
  const sorted = [...new Set(months)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] ?? 0) === (sorted[j] ?? 0) + 1) j++;
    const a = MONTHS_ES[(sorted[i] ?? 1) - 1] ?? "";
    const b = MONTHS_ES[(sorted[j] ?? 1) - 1] ?? "";
    parts.push(i === j ? a : `${a}–${b}`);
    i = j + 1;
  }
  return parts.join(", ");
}
