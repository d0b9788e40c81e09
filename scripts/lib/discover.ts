import { readdirSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { DataSource, Series } from "../../src/data/contract";
import { parseUbigeo } from "../../src/core/ubigeo";
import { type CsvTable, isNumberText, readCsv, rowNumber } from "./csv";
import type { SourceSpec } from "./sources";

/** Header names (case-insensitive) that hold a ubigeo. */
export const UBIGEO_COLUMNS = ["ubigeo", "inei", "cod_distrito", "ubigeo_hecho"];
/** Header names (case-insensitive) that hold the year of a long-format row. */
export const YEAR_COLUMNS = ["anio", "año", "year"];
/** Never treated as a value column: codes and identifiers. */
const CODE_COLUMN = /^(ubigeo|inei|reniec|cod|codigo|código|id)(_|$)/i;
const NULL_TOKENS = ["", "NA", "N/A", "-"];

export interface DiscoveredSource {
  source: DataSource;
  series: Series[];
}

export interface DiscoveryResult {
  found: DiscoveredSource[];
  /** One Spanish line per CSV looked at and not used, with the reason. */
  skipped: string[];
  /** Problems worth showing in the manifest (a found file that could not be used). */
  issues: string[];
}

/** All *.csv files under dir, as paths relative to it with "/" separators, sorted. */
export function listCsvFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".csv")) {
        out.push(relative(dir, path).split(sep).join("/"));
      }
    }
  };
  walk(dir);
  return out.sort();
}

const slug = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

/**
 * Pick up ubigeo-keyed CSVs that data/sources.json does not describe, so a new file dropped in the raw
 * folder reaches the app without code. Skipped: files listed in sources.json (files/ignoredFiles),
 * the broken CENACOM raw export (Cap_100_Infraestructura*), and sidpol/ (its own build step).
 * A CSV is used when its header has a ubigeo column (UBIGEO_COLUMNS); every column whose non-empty
 * cells are all numbers becomes a Series `<folder>__<column>`; the year comes from a `_YYYY` suffix
 * (stripped from the key) or, in long files, from an anio/año/year column. Rows whose code is not a
 * district of the layer are counted as unmatched. A file that cannot be used (unreadable, two rows
 * for the same district and year) is skipped with an issue instead of stopping the build.
 */
export function discoverSources(
  rawDir: string,
  specs: readonly SourceSpec[],
  ubigeoToId: ReadonlyMap<string, number>,
): DiscoveryResult {
  const described = new Set(specs.flatMap((s) => [...s.files, ...s.ignoredFiles]));
  const result: DiscoveryResult = { found: [], skipped: [], issues: [] };
  const usedKeys = new Set<string>();
  for (const file of listCsvFiles(rawDir)) {
    if (described.has(file)) continue;
    if (file.split("/")[0] === "sidpol") continue;
    if (basename(file).startsWith("Cap_100_Infraestructura")) {
      result.skipped.push(`${file}: exportación bruta rota de CENACOM (solo procedencia).`);
      continue;
    }
    let table: CsvTable;
    try {
      table = readCsv(rawDir, file);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      result.issues.push(`Archivo descubierto no utilizable: ${message}`);
      continue;
    }
    const lower = table.header.map((h) => h.toLowerCase());
    const keyColumn = table.header[lower.findIndex((h) => UBIGEO_COLUMNS.includes(h))];
    if (keyColumn === undefined) {
      result.skipped.push(`${file}: sin columna de ubigeo (${UBIGEO_COLUMNS.join(", ")}).`);
      continue;
    }
    const yearColumn = table.header[lower.findIndex((h) => YEAR_COLUMNS.includes(h))];
    const parts = file.split("/");
    const folder = slug(
      parts.length > 1 ? (parts[parts.length - 2] ?? "") : file.replace(/\.csv$/i, ""),
    );
    const built = buildDiscovered(table, keyColumn, yearColumn, folder, ubigeoToId);
    if (typeof built === "string") {
      result.issues.push(built);
      continue;
    }
    const clash = built.series.find((s) => usedKeys.has(`${s.key}|${s.year}`));
    if (clash) {
      result.issues.push(
        `${file}: la serie ${clash.key} (${clash.year}) ya existe en otro archivo; omitido.`,
      );
      continue;
    }
    built.series.forEach((s) => usedKeys.add(`${s.key}|${s.year}`));
    if (built.series.length === 0) {
      result.skipped.push(`${file}: tiene ubigeo pero ninguna columna numérica.`);
      continue;
    }
    result.found.push(built);
  }
  return result;
}

function buildDiscovered(
  table: CsvTable,
  keyColumn: string,
  yearColumn: string | undefined,
  folder: string,
  ubigeoToId: ReadonlyMap<string, number>,
): DiscoveredSource | string {
  const n = ubigeoToId.size;
  const file = table.file;
  const valueColumns = table.header.filter(
    (h) =>
      h !== keyColumn &&
      h !== yearColumn &&
      h !== "" &&
      !CODE_COLUMN.test(h) &&
      !UBIGEO_COLUMNS.includes(h.toLowerCase()) &&
      table.rows.some((r) => !NULL_TOKENS.includes((r[h] ?? "").trim())) &&
      table.rows.every((r) => {
        const v = (r[h] ?? "").trim();
        return NULL_TOKENS.includes(v) || isNumberText(v);
      }),
  );
  const unmatched = new Set<string>();
  const matched = new Set<number>();
  let repaired = 0;
  const byKey = new Map<string, Series>();
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i] ?? {};
    const raw = (row[keyColumn] ?? "").trim();
    const code = parseUbigeo(raw);
    const id = code.ubigeo === null ? undefined : ubigeoToId.get(code.ubigeo);
    if (code.ubigeo === null || code.level !== "district" || id === undefined) {
      unmatched.add(code.ubigeo ?? (raw === "" ? "(vacío)" : raw));
      continue;
    }
    if (code.repaired) repaired++;
    matched.add(id);
    let rowYear: number | null = null;
    if (yearColumn !== undefined) {
      const y = (row[yearColumn] ?? "").trim();
      if (!/^\d{4}$/.test(y)) {
        return `${file}, fila ${rowNumber(i)}, columna ${yearColumn}: año no válido "${y}"; archivo omitido.`;
      }
      rowYear = Number(y);
    }
    for (const column of valueColumns) {
      const cell = (row[column] ?? "").trim();
      const suffix = /^(.*)_((?:19|20)\d\d)$/.exec(column);
      const base = suffix?.[1] ?? column;
      const year = suffix ? Number(suffix[2]) : rowYear;
      const key = `${folder}__${slug(base)}`;
      const mapKey = `${key}|${year}`;
      let series = byKey.get(mapKey);
      if (!series) {
        series = {
          key,
          year,
          sourceId: `auto-${slug(file.replace(/\.csv$/i, ""))}`,
          unit: "",
          label: { es: `${base} (${file})`, en: `${base} (${file})` },
          values: new Array<number | null>(n).fill(null),
        };
        byKey.set(mapKey, series);
      }
      if (NULL_TOKENS.includes(cell)) continue;
      if (series.values[id] !== null && series.values[id] !== undefined) {
        return `${file}, fila ${rowNumber(i)}: dos filas para el ubigeo ${code.ubigeo}${year === null ? "" : ` y el año ${year}`} en la columna ${column}; archivo omitido (no se sabe si sumar).`;
      }
      series.values[id] = Number(cell);
    }
  }
  const series = [...byKey.values()].sort(
    (a, b) => a.key.localeCompare(b.key) || (a.year ?? 0) - (b.year ?? 0),
  );
  const years = [
    ...new Set(series.map((s) => s.year).filter((y): y is number => y !== null)),
  ].sort();
  const source: DataSource = {
    id: `auto-${slug(file.replace(/\.csv$/i, ""))}`,
    name: file,
    publisher: "Desconocido (archivo no descrito en data/sources.json)",
    url: "",
    licence: "Desconocida",
    years,
    files: [file],
    rowsRead: table.rows.length,
    matched: matched.size,
    unmatched: [...unmatched].sort(),
    repaired,
    missing: n - matched.size,
    level: "district",
    note: `Descubierto automáticamente en la carpeta de datos: columna de ubigeo «${keyColumn}», ${valueColumns.length} columnas numéricas${yearColumn ? `, año en la columna «${yearColumn}»` : ""}. Describa la fuente en data/sources.json.`,
    autoDiscovered: true,
  };
  return { source, series };
}
