import { readdirSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { DataSource, Series } from "../../src/data/contract";
import { parseUbigeo } from "../../src/core/ubigeo";
import { type CsvTable, readCsv, rowNumber } from "./csv";
import {
  type ColumnDecision,
  classifyColumn,
  NULL_TOKENS,
  SKIP_REASON_TEXT,
} from "./discover-columns";
import type { SourceSpec } from "./sources";

/** Header names (case-insensitive) that hold a ubigeo. */
export const UBIGEO_COLUMNS = ["ubigeo", "inei", "cod_distrito", "ubigeo_hecho"];
/** Header names (case-insensitive) that hold the year of a long-format row. */
export const YEAR_COLUMNS = ["anio", "año", "year"];

export interface DiscoveredSource {
  source: DataSource;
  series: Series[];
  /** Every column of the file: taken (→ series) or skipped with a reason. */
  columns: ColumnDecision[];
  /** Taken column → series key and years it filled. */
  taken: { column: string; key: string; years: (number | null)[] }[];
}

export interface DiscoveryResult {
  found: DiscoveredSource[];
  /**
   * Each CSV looked at and not used: a Spanish line with the reason, and detail lines (its columns
   * and why each was skipped) when the file had a ubigeo column but gave no series.
   */
  skipped: { line: string; details: string[] }[];
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

/** A path of data/sources.json in the form listCsvFiles returns ("folder/file.csv"). */
const normalizePath = (path: string): string =>
  path.trim().replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");

/**
 * Pick up ubigeo-keyed CSVs that data/sources.json does not describe, so a new file dropped in the raw
 * folder reaches the app without code. A declared source always overrides discovery: files listed in
 * sources.json (files/ignoredFiles) are never discovered, and neither is any other CSV inside a
 * declared source's folder (reported as not used, naming the source). Also skipped: the broken
 * CENACOM raw export (Cap_100_Infraestructura*) and sidpol/ (its own build step).
 * A CSV is used when its header has a ubigeo column (UBIGEO_COLUMNS); each column that
 * discover-columns.ts accepts (numeric, not a code, year, ubigeo, executing unit or progress %)
 * becomes a Series `<folder>__<column>`; the year comes from a `_YYYY` suffix (stripped from the key)
 * or, in long files, from an anio/año/year column. Rows whose code is not a district of the layer are
 * counted as unmatched. A file that cannot be used (unreadable, two rows for the same district and
 * year) is skipped with an issue instead of stopping the build.
 */
export function discoverSources(
  rawDir: string,
  specs: readonly SourceSpec[],
  ubigeoToId: ReadonlyMap<string, number>,
): DiscoveryResult {
  const described = new Set(
    specs.flatMap((s) => [...s.files, ...s.ignoredFiles].map(normalizePath)),
  );
  const folders = specs
    .map((s) => ({ id: s.id, folder: normalizePath(s.folder) }))
    .filter((f) => f.folder !== "");
  const result: DiscoveryResult = { found: [], skipped: [], issues: [] };
  const usedKeys = new Set<string>();
  for (const file of listCsvFiles(rawDir)) {
    if (described.has(file)) continue;
    if (file.split("/")[0] === "sidpol") continue;
    if (basename(file).startsWith("Cap_100_Infraestructura")) {
      result.skipped.push({
        line: `${file}: exportación bruta rota de CENACOM (solo procedencia).`,
        details: [],
      });
      continue;
    }
    const owner = folders.find((f) => file.startsWith(`${f.folder}/`));
    if (owner) {
      result.skipped.push({
        line: `${file}: está en la carpeta de la fuente declarada «${owner.id}» pero no figura en sus files ni ignoredFiles (data/sources.json); no se descubre.`,
        details: [],
      });
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
      result.skipped.push({
        line: `${file}: sin columna de ubigeo (${UBIGEO_COLUMNS.join(", ")}).`,
        details: [],
      });
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
      result.skipped.push({
        line: built.columns.some((c) => c.take)
          ? `${file}: ninguna fila tiene un ubigeo de la capa de distritos.`
          : `${file}: tiene ubigeo pero ninguna columna utilizable.`,
        details: describeColumns(built).slice(1),
      });
      continue;
    }
    result.found.push(built);
  }
  return result;
}

/**
 * Report lines for one discovered file: the columns it took (→ series key and years) and the
 * columns it skipped, each with its reason. The first line is the file itself.
 */
export function describeColumns(d: DiscoveredSource): string[] {
  const yearsText = (years: (number | null)[]): string => {
    const dated = years.filter((y): y is number => y !== null).sort((a, b) => a - b);
    if (dated.length === 0) return "sin año";
    // Consecutive years as one range: 2015–2025.
    const runs: [number, number][] = [];
    for (const y of dated) {
      const last = runs[runs.length - 1];
      if (last && y === last[1] + 1) last[1] = y;
      else runs.push([y, y]);
    }
    return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
  };
  const skipped = d.columns.flatMap((c) =>
    c.take ? [] : [`${c.column} (${SKIP_REASON_TEXT[c.reason]})`],
  );
  return [
    `${d.source.files.join(", ")}:`,
    `  columnas tomadas (${d.taken.length}): ${
      d.taken.length === 0
        ? "ninguna"
        : d.taken.map((t) => `${t.column} → ${t.key} (${yearsText(t.years)})`).join("; ")
    }`,
    `  columnas omitidas (${skipped.length}): ${skipped.length === 0 ? "ninguna" : skipped.join("; ")}`,
  ];
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
  const columns = table.header.map((h) =>
    classifyColumn(
      h,
      table.rows.map((r) => r[h] ?? ""),
      keyColumn,
      yearColumn,
    ),
  );
  const valueColumns = columns.flatMap((c) => (c.take ? [c.column] : []));
  const takenYears = new Map<string, { key: string; years: Set<number | null> }>();
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
      const taken = takenYears.get(column) ?? { key, years: new Set<number | null>() };
      taken.years.add(year);
      takenYears.set(column, taken);
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
  const taken = valueColumns.flatMap((column) => {
    const t = takenYears.get(column);
    return t ? [{ column, key: t.key, years: [...t.years] }] : [];
  });
  return { source, series, columns, taken };
}
