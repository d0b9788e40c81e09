import { isRecord } from "./guards";
/**
 * SIDPOL "Denuncias Policiales" (Ministerio del Interior open data): one row per district × month ×
 * crime modality, already counted. Columns: ANIO, MES, DPTO_HECHO_NEW, PROV_HECHO, DIST_HECHO,
 * UBIGEO_HECHO, P_MODALIDADES, cantidad. UBIGEO_HECHO loses its leading zero ("10202" = "010202").
 *
 * Modalities are mapped to the index's crime families with a FamilyMapping (the shipped one,
 * data/sidpol-families.json, is parsed in src/config/sidpol-families.ts); unmapped
 * modalities go to "other" and are listed in the report (never dropped silently).
 */
import type {
  AggregateColumn,
  AggregateResult,
  GroupMapping,
  ImportSpec,
} from "./import-aggregate";
import { compileMapping } from "./import-aggregate";
import type { ApplyOptions } from "./import-apply";
import type { Text } from "./types";
import { nameKey } from "./ubigeo";

export const SIDPOL_COLUMNS = {
  year: "ANIO",
  month: "MES",
  department: "DPTO_HECHO_NEW",
  province: "PROV_HECHO",
  district: "DIST_HECHO",
  ubigeo: "UBIGEO_HECHO",
  modality: "P_MODALIDADES",
  count: "cantidad",
} as const;

export interface CrimeFamily {
  id: string;
  label: Text;
  /** What the family holds and how to read it (methodology sheet). */
  description?: Text;
  patterns: string[];
}

export interface FamilyMapping {
  fallback: string;
  families: CrimeFamily[];
}

/** Key of the all-families series (with "crime_" prefix: crime_total). */
export const TOTAL_FAMILY = "total";

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");

/**
 * What is wrong with a family mapping, as a code with values (issue #16: no words in the core).
 * `family` is the 0-based position in the list, `id` the family's id once it is valid.
 */
export type FamilyMappingProblem =
  | { code: "notAnObject" }
  | { code: "noFallback" }
  | { code: "noFamilies" }
  | { code: "familyNotObject"; family: number }
  | { code: "badId"; family: number }
  | { code: "noLabel"; id: string }
  | { code: "badPatterns"; id: string }
  | { code: "repeatedIds" }
  | { code: "unknownFallback"; fallback: string };

/**
 * A malformed family mapping. The bundled one is checked when this module loads (build and test
 * time), never by a user's action: the message is the code with its values.
 */
export class FamilyMappingError extends Error {
  constructor(readonly problem: FamilyMappingProblem) {
    super(`sidpol-families.json: ${JSON.stringify(problem)}`);
    this.name = "FamilyMappingError";
  }
}

/**
 * Validate the family mapping JSON (unknown → FamilyMapping). Throws a FamilyMappingError:
 * families must have a non-empty id (lower-case a–z), es/en labels and a pattern list; ids unique;
 * the fallback must be one of the ids.
 */
export function parseFamilyMapping(json: unknown): FamilyMapping {
  const fail = (problem: FamilyMappingProblem): never => {
    throw new FamilyMappingError(problem);
  };
  if (!isRecord(json)) return fail({ code: "notAnObject" });
  const { fallback, families } = json;
  if (typeof fallback !== "string") return fail({ code: "noFallback" });
  if (!Array.isArray(families)) return fail({ code: "noFamilies" });
  const out: CrimeFamily[] = families.map((f, i) => {
    if (!isRecord(f)) return fail({ code: "familyNotObject", family: i });
    const { id, label, patterns } = f;
    if (typeof id !== "string" || !/^[a-z]+$/.test(id)) return fail({ code: "badId", family: i });
    if (!isRecord(label) || typeof label.es !== "string" || typeof label.en !== "string") {
      return fail({ code: "noLabel", id });
    }
    if (!isStringArray(patterns)) return fail({ code: "badPatterns", id });
    const d = f.description;
    const description =
      isRecord(d) && typeof d.es === "string" && typeof d.en === "string"
        ? { es: d.es, en: d.en }
        : undefined;
    return {
      id,
      label: { es: label.es, en: label.en },
      ...(description ? { description } : {}),
      patterns,
    };
  });
  const ids = out.map((f) => f.id);
  if (new Set(ids).size !== ids.length) fail({ code: "repeatedIds" });
  if (!ids.includes(fallback)) fail({ code: "unknownFallback", fallback });
  return { fallback, families: out };
}

/** The mapping in the aggregator's form. */
export function toGroupMapping(mapping: FamilyMapping): GroupMapping {
  return {
    groups: mapping.families.map((f) => ({ id: f.id, patterns: f.patterns })),
    fallback: mapping.fallback,
  };
}

/**
 * Family of one P_MODALIDADES value (accent/case-insensitive, whole words, longest pattern wins).
 * mapped = false when no pattern matched (the family is then the fallback, "other").
 */
export function classifyModality(
  modality: string,
  mapping: FamilyMapping,
): { family: string; mapped: boolean } {
  const m = compileMapping(toGroupMapping(mapping)).match(modality);
  return { family: m.group, mapped: m.mapped };
}

export type SidpolRole = keyof typeof SIDPOL_COLUMNS;

/**
 * Header names each role takes in the copies in circulation (matched case/accent/spacing-
 * insensitively): the official layout first, then the renamed copies (AÑO, MODALIDAD, CANTIDAD,
 * DEPARTAMENTO…).
 */
export const SIDPOL_COLUMN_ALIASES: Readonly<Record<SidpolRole, readonly string[]>> = {
  year: ["ANIO", "AÑO", "ANO", "ANIO_HECHO"],
  month: ["MES", "MES_HECHO"],
  department: ["DPTO_HECHO_NEW", "DPTO_HECHO", "DEPARTAMENTO", "DPTO"],
  province: ["PROV_HECHO", "PROVINCIA"],
  district: ["DIST_HECHO", "DISTRITO"],
  ubigeo: ["UBIGEO_HECHO", "UBIGEO"],
  modality: ["P_MODALIDADES", "MODALIDAD", "MODALIDADES", "P_MODALIDAD"],
  count: ["cantidad", "N_DENUNCIAS", "DENUNCIAS", "TOTAL"],
};

/** Roles a file needs to be read as SIDPOL (names are optional: the join is by ubigeo). */
const REQUIRED_ROLES: readonly SidpolRole[] = ["year", "month", "ubigeo", "modality", "count"];

/**
 * The file's own column name for each role (first alias present in `header`), else the official
 * name (so a missing column is reported under the name a person knows).
 */
export function resolveSidpolColumns(header?: readonly string[]): Record<SidpolRole, string> {
  const byKey = new Map(
    (header ?? []).map((h) => [nameKey(h.replace(/^\ufeff/, "")), h.replace(/^\ufeff/, "").trim()]),
  );
  const out = { ...SIDPOL_COLUMNS } as Record<SidpolRole, string>;
  for (const role of Object.keys(SIDPOL_COLUMN_ALIASES) as SidpolRole[]) {
    const hit = SIDPOL_COLUMN_ALIASES[role].map((a) => byKey.get(nameKey(a))).find(Boolean);
    if (hit) out[role] = hit;
  }
  return out;
}

/** True when the header has a column for year, month, ubigeo, modality and count (any alias). */
export function isSidpolHeader(fields: readonly string[]): boolean {
  const have = new Set(fields.map((f) => nameKey(f.replace(/^\ufeff/, ""))));
  return REQUIRED_ROLES.every((role) =>
    SIDPOL_COLUMN_ALIASES[role].some((a) => have.has(nameKey(a))),
  );
}

/**
 * The import spec for a SIDPOL file: join by UBIGEO_HECHO, sum `cantidad` by family (P_MODALIDADES
 * mapped) and year (ANIO), months from MES, duplicates = same (district, ANIO, MES, P_MODALIDADES).
 * Zero-filled within what the file covers: the file lists only combinations with reports, so a
 * district that appears in the file but not in a covered year × family had zero such reports. A
 * family with no row in the whole file gets no column (no data, not zero), and a district with no
 * row in the whole file stays null (never recorded: no data, not the lowest risk).
 */
export function sidpolSpec(
  mapping: FamilyMapping,
  format: Pick<ImportSpec, "encoding" | "delimiter"> = { encoding: "auto", delimiter: "auto" },
  options: { monthly?: boolean; header?: readonly string[] } = {},
): ImportSpec {
  const col = resolveSidpolColumns(options.header);
  return {
    ...format,
    decimal: "auto",
    joinBy: { kind: "ubigeo", column: col.ubigeo },
    shape: {
      kind: "long",
      valueColumn: col.count,
      groupColumn: col.modality,
      groupMapping: toGroupMapping(mapping),
      yearColumn: col.year,
      monthColumn: col.month,
      uniqueKey: [col.year, col.month, col.modality],
      zeroFill: true,
      ...(options.monthly ? { monthly: true } : {}),
    },
  };
}

/**
 * Add the per-year total (key "total" = Σ families per district) and set family labels. Input
 * columns are those of a SIDPOL aggregation (key = family id, one per family × year). Returns a new
 * result sorted by family (mapping order, total last) then year; the input is not mutated.
 * Units: denuncias (police reports), counts.
 */
export function withCrimeTotals(result: AggregateResult, mapping: FamilyMapping): AggregateResult {
  const order = new Map(mapping.families.map((f, i) => [f.id, i]));
  const labels = new Map(mapping.families.map((f) => [f.id, f.label.es]));
  const families: AggregateColumn[] = result.columns
    .filter((c) => c.kind === "numeric" && c.key !== TOTAL_FAMILY)
    .map((c) => ({ ...c, label: labels.get(c.key) ?? c.label, values: [...c.values] }));
  const totals: AggregateColumn[] = [];
  for (const year of [...new Set(families.map((c) => c.year))]) {
    const cols = families.filter((c) => c.year === year);
    const values: (number | null)[] = [];
    let withData = 0;
    for (let i = 0; i < result.districtCount; i++) {
      let sum: number | null = null;
      for (const c of cols) {
        const v = c.values[i];
        if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
      }
      values.push(sum);
      if (sum !== null && sum > 0) withData++;
    }
    totals.push({
      key: TOTAL_FAMILY,
      // The name the bundled crime_total series carries (scripts/lib/sidpol.ts): a data label.
      label: "Total de denuncias",
      sourceColumn: cols[0]?.sourceColumn ?? SIDPOL_COLUMNS.count,
      group: TOTAL_FAMILY,
      year,
      kind: "numeric",
      values,
      categories: null,
      months: cols[0]?.months ?? null,
      districtsWithData: withData,
    });
  }
  const rank = (c: AggregateColumn): number => order.get(c.key) ?? order.size;
  const columns = [...families, ...totals].sort(
    (a, b) => rank(a) - rank(b) || (a.year ?? 0) - (b.year ?? 0),
  );
  return { ...result, columns };
}

/** Years whose months cover fewer than 12 (e.g. a file cut in June: 2024 → [1..6]). */
export function partialYears(monthsByYear: Readonly<Record<string, readonly number[]>>): number[] {
  return Object.entries(monthsByYear)
    .filter(([y, months]) => y !== "" && months.length < 12)
    .map(([y]) => Number(y))
    .sort((a, b) => a - b);
}

/**
 * Annualise a partial year: value × 12 / months.length (e.g. 30 reports in 6 months → 60/year).
 * Columns with 12 months, no months or no value are unchanged; a new object is returned. Assumes
 * reports are spread evenly over the year (seasonality is ignored: say so in the UI).
 */
export function annualise<T extends { values: (number | null)[]; months?: number[] | null }>(
  column: T,
): T {
  const months = column.months ?? [];
  if (months.length === 0 || months.length >= 12) return column;
  const factor = 12 / months.length;
  return { ...column, values: column.values.map((v) => (v === null ? null : v * factor)) };
}

/** Drop the columns of partial years (months.length < 12); columns without months are kept. */
export function excludePartialYears<T extends { months?: number[] | null }>(
  columns: readonly T[],
): T[] {
  return columns.filter((c) => !c.months || c.months.length === 0 || c.months.length >= 12);
}

/**
 * Options for applyImport() of a SIDPOL result at run time (after withCrimeTotals): keys become
 * crime_<family> / crime_total and REPLACE every bundled crime series (all years: a newer release
 * never mixes with the old one; undo restores it), so the existing crime indicators
 * (config/indicators.ts) pick them up; no new indicator definitions.
 */
export const SIDPOL_APPLY_OPTIONS: Omit<ApplyOptions, "sourceId"> = {
  keyPrefix: "crime_",
  replaceAllWithPrefix: "crime_",
  unit: "denuncias",
  createIndicators: false,
  direction: 1,
  defaultWeight: 0,
  dimension: "crime",
};
