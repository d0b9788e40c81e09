/**
 * Which columns of a discovered CSV may become indicator series (scripts/lib/discover.ts). A column
 * is taken only when its name does not look like a code and every non-empty cell is a plain number
 * without a leading zero. Codes are never indicators: ubigeos, identifiers, SIAF executing units
 * (sec_ejec, ejecutora, pliego), years, months, dates and progress percentages (avance, avance_pct: a ratio of two
 * other columns, not a quantity of the district).
 */
import { isNumberText } from "./csv";

/** Cells that mean "no value". */
export const NULL_TOKENS: readonly string[] = ["", "NA", "N/A", "-"];

/** Why a column is not taken. */
export type ColumnSkipReason =
  | "unnamed"
  | "key"
  | "time"
  | "ubigeo"
  | "code"
  | "executingUnit"
  | "progress"
  | "empty"
  | "text"
  | "leadingZero";

export type ColumnDecision =
  { column: string; take: true } | { column: string; take: false; reason: ColumnSkipReason };

/** Spanish wording of each reason for the build report. */
export const SKIP_REASON_TEXT: Record<ColumnSkipReason, string> = {
  unnamed: "sin nombre",
  key: "clave de ubigeo del archivo",
  time: "año, mes o fecha",
  ubigeo: "nombre de ubigeo",
  code: "nombre de código o identificador",
  executingUnit: "unidad ejecutora o pliego, código SIAF",
  progress: "porcentaje de avance",
  empty: "sin valores",
  text: "texto, no numérica",
  leadingZero: "código con ceros a la izquierda",
};

/** Words of a header: camelCase split, accents dropped, lower case, split on anything else. */
export function headerTokens(header: string): string[] {
  return header
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== "");
}

const TIME_WORDS = new Set(["anio", "ano", "year", "mes", "month", "fecha", "date"]);
const TIME_NAMES = new Set(["periodo", "ejercicio"]);
const UBIGEO_NAMES = new Set(["inei", "reniec", "iddist", "idprov", "iddpto"]);
const CODE_WORDS = new Set(["id", "cod", "codigo", "codigos", "clave", "ruc", "dni", "cui"]);
const EXECUTING_UNIT_WORDS = new Set(["sec", "secejec", "ejecutora", "pliego"]);

/**
 * Decision from the header alone (null = the name allows a value column). Whole words are matched,
 * so "idh" (human development index) and "sector" are not codes while "id_n", "sec_ejec" and
 * "cod_distrito" are; a word starting with "cod" ("coddist", "codigo_ue") is a code too.
 */
export function skipByName(header: string): ColumnSkipReason | null {
  const tokens = headerTokens(header);
  if (tokens.length === 0) return "unnamed";
  const whole = tokens.join("_");
  if (tokens.some((t) => t.startsWith("ubigeo")) || UBIGEO_NAMES.has(whole)) return "ubigeo";
  if (tokens.some((t) => TIME_WORDS.has(t)) || TIME_NAMES.has(whole)) return "time";
  if (tokens.some((t) => EXECUTING_UNIT_WORDS.has(t))) return "executingUnit";
  if (tokens.some((t) => CODE_WORDS.has(t) || t.startsWith("cod"))) return "code";
  if (tokens.includes("avance")) return "progress";
  return null;
}

/** Decision from the cells (null = a value column): empty, some text, or codes with leading zeros. */
export function skipByValues(cells: readonly string[]): ColumnSkipReason | null {
  const values = cells.map((c) => c.trim()).filter((c) => !NULL_TOKENS.includes(c));
  if (values.length === 0) return "empty";
  if (!values.every(isNumberText)) return "text";
  if (values.some((v) => /^[-+]?0\d/.test(v))) return "leadingZero";
  return null;
}

/**
 * Classify one column of a discovered file. `keyColumn` is the file's ubigeo key and `yearColumn`
 * its year column (long files), both skipped. Name rules first (cheap, and a numeric code such as
 * sec_ejec must be skipped even though its cells are numbers), then the cells.
 */
export function classifyColumn(
  column: string,
  cells: readonly string[],
  keyColumn: string,
  yearColumn?: string,
): ColumnDecision {
  if (column === keyColumn) return { column, take: false, reason: "key" };
  if (column === yearColumn) return { column, take: false, reason: "time" };
  const reason = skipByName(column) ?? skipByValues(cells);
  return reason === null ? { column, take: true } : { column, take: false, reason };
}
