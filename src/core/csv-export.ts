/**
 * CSV export of a selection or allocation for Excel with the es-PE locale: UTF-8 with BOM, ";" as the
 * delimiter, decimal comma, CRLF line ends (RFC 4180 with ";"), a metadata block on top, and a guard
 * against CSV formula injection. Returns text; the UI makes the Blob. Pure.
 */

export type CsvValue = string | number | null;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
  /** Fixed decimals for numbers (default: as many as needed, at most 6). */
  decimals?: number;
  /** The value is integer céntimos: written as soles with 2 decimals, exactly (formatCentsCsv). */
  cents?: boolean;
}

/**
 * One line of the metadata block, written "# <label>: <value>". The caller words the labels
 * (title, date, methodology, sources… : lib/csv-export.ts with i18n/csv-meta-copy.ts), so the core
 * holds no words (issue #16).
 */
export type CsvMetaLine = readonly [label: string, value: string];

export const CSV_BOM = "\uFEFF";
export const CSV_DELIMITER = ";";
const EOL = "\r\n";

/**
 * Number with a decimal comma and no thousands separator (Excel es-PE parses "1234,5"):
 * 1234.5 → "1234,5"; with decimals 2 → "1234,50"; −0 → "0"; NaN/±Infinity → "" (empty cell).
 */
export function formatCsvNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return "";
  const text =
    decimals === undefined
      ? String(Number(value.toFixed(6)))
      : value.toFixed(Math.max(0, Math.min(20, Math.floor(decimals))));
  const clean = /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  return clean.replace(".", ",");
}

/** Integer céntimos → soles with 2 decimals and a comma, exact (no float): 123456789 → "1234567,89". */
export function formatCentsCsv(cents: number): string {
  if (!Number.isSafeInteger(cents)) return "";
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/**
 * One text cell: prefix "'" when it starts with = + - @ (or a tab / CR, which Excel also treats as
 * formula starters) so it cannot run as a formula; then quote it when it holds ";", a quote, CR or LF
 * (quotes doubled, RFC 4180).
 */
export function escapeCsvText(text: string): string {
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function cell<T>(value: CsvValue, column: CsvColumn<T>): string {
  if (value === null) return "";
  // Numbers we format ourselves are safe (a leading "-" here is a sign, not a formula).
  if (typeof value === "number") {
    return column.cents ? formatCentsCsv(value) : formatCsvNumber(value, column.decimals);
  }
  return escapeCsvText(value);
}

/**
 * Build the CSV text: BOM, then (when meta is given) one line per metadata item "# label: value"
 * (e.g. "# Título: …", "# Fuente: …"), then an empty line, then the header row and one row per
 * item. Each metadata line is a single escaped cell.
 */
export function toCsv<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  meta?: readonly CsvMetaLine[],
): string {
  const lines: string[] = [];
  if (meta) {
    for (const [k, v] of meta) lines.push(escapeCsvText(`# ${k}: ${v}`));
    lines.push("");
  }
  lines.push(columns.map((c) => escapeCsvText(c.header)).join(CSV_DELIMITER));
  for (const row of rows) {
    lines.push(columns.map((c) => cell(c.value(row), c)).join(CSV_DELIMITER));
  }
  return CSV_BOM + lines.join(EOL) + EOL;
}
