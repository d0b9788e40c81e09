import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { BuildError, where } from "./errors";

export interface CsvTable {
  /** Path relative to the raw folder, used in messages. */
  file: string;
  header: string[];
  /** Data rows; rows[i] is file row i + 2 (the header is row 1). */
  rows: Record<string, string>[];
}

/** File row number (header = 1) of data row index i. */
export const rowNumber = (i: number): number => i + 2;

/**
 * Read a UTF-8 CSV with a header row (BOM stripped, all cells as strings). Throws a BuildError when
 * the file is missing, empty, has no data rows, or a row has a different number of fields.
 */
export function readCsv(rawDir: string, file: string): CsvTable {
  const path = join(rawDir, file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new BuildError(`${file}: falta el archivo (buscado en ${path}).`);
  }
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new BuildError(`${file}: el archivo está vacío.`);
  return parseCsvText(text, file);
}

/** Parse CSV text (see readCsv). */
export function parseCsvText(text: string, file: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: false,
  });
  const header = (parsed.meta.fields ?? []).map((f) => f.trim());
  if (header.length === 0 || header.every((h) => h === "")) {
    throw new BuildError(`${file}: no tiene fila de encabezado.`);
  }
  const fieldError = parsed.errors.find(
    (e) => e.code === "TooFewFields" || e.code === "TooManyFields" || e.type === "Quotes",
  );
  if (fieldError) {
    const row = fieldError.row === undefined ? undefined : rowNumber(fieldError.row);
    throw new BuildError(`${where(file, row)}: fila mal formada (${fieldError.message}).`);
  }
  if (parsed.data.length === 0) throw new BuildError(`${file}: no tiene filas de datos.`);
  // Trim header names (Papa keeps the raw field names as keys).
  const rawFields = parsed.meta.fields ?? [];
  const rows = parsed.data.map((r) => {
    const out: Record<string, string> = {};
    rawFields.forEach((f, k) => {
      out[header[k] ?? f] = r[f] ?? "";
    });
    return out;
  });
  return { file, header, rows };
}

/** Throw unless every required column is in the header. */
export function requireColumns(table: CsvTable, columns: readonly string[]): void {
  const missing = columns.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    throw new BuildError(
      `${table.file}: faltan columnas requeridas: ${missing.join(", ")} (encabezado: ${table.header.join(", ")}).`,
    );
  }
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Options for one numeric cell. */
export interface NumberCellOptions {
  /** Tokens that mean "no value" and become null (e.g. "", "NA"). Anything else must be a number. */
  nullTokens: readonly string[];
  /** Require an integer. */
  integer?: boolean;
  /** Require value >= 0. */
  nonNegative?: boolean;
}

/** Parse a numeric cell or throw a BuildError naming file, row and column. */
export function parseNumberCell(
  table: CsvTable,
  i: number,
  column: string,
  options: NumberCellOptions,
): number | null {
  const raw = (table.rows[i]?.[column] ?? "").trim();
  if (options.nullTokens.includes(raw)) return null;
  const at = where(table.file, rowNumber(i), column);
  if (!NUMBER.test(raw)) {
    const shown = raw === "" ? "vacío" : `"${raw.slice(0, 30)}"`;
    throw new BuildError(`${at}: se esperaba un número y hay ${shown}.`);
  }
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new BuildError(`${at}: número no finito "${raw}".`);
  if (options.integer && !Number.isInteger(value)) {
    throw new BuildError(`${at}: se esperaba un entero y hay "${raw}".`);
  }
  if (options.nonNegative && value < 0) {
    throw new BuildError(`${at}: se esperaba un valor ≥ 0 y hay "${raw}".`);
  }
  return value;
}

/** True when the text is a plain decimal number (the CSV number syntax accepted above). */
export const isNumberText = (raw: string): boolean => NUMBER.test(raw.trim());
