/**
 * Words of the import (CSV data import and the Barrio Seguro register import): the core, the worker
 * and the form return codes with values (src/core/import-messages.ts, register-messages.ts); this
 * file turns them into sentences in the UI language. Spanish first; `en` has the same keys
 * (enforced by `const en: typeof es`), and import-copy.test.ts checks that every code has words.
 */
import type { RegisterDateProblem } from "../core/barrio-seguro";
import type {
  BadUbigeo,
  HeaderReason,
  ImportFailure,
  ImportFormError,
  ImportMessage,
} from "../core/import-messages";
import {
  PROBLEM_KINDS,
  type ImportProblem,
  type ImportReport,
  type ProblemKind,
  type UnjoinedCsvWords,
} from "../core/import-report";
import type { Lang } from "../core/types";
import type { RegisterFatal, RegisterIssue, RegisterMessage } from "../core/register-messages";
import { formatNumber } from "../lib/format";

/** One function per code, receiving that code's values. */
type Words<U extends { code: string }> = {
  [C in U["code"]]: (m: Extract<U, { code: C }>) => string;
};

const q = (s: string): string => `"${s}"`;

const PROBLEM_KINDS_ES: Record<ProblemKind, string> = {
  fatal: "Error que impide la importación",
  parse: "Fila mal formada",
  unjoined: "Código o nombre sin distrito en la capa",
  "province-level": "Código de provincia (no de distrito)",
  "department-level": "Código de departamento (no de distrito)",
  ambiguous: "Nombre ambiguo",
  duplicate: "Fila duplicada",
  "non-numeric": "Valor no numérico",
  negative: "Conteo negativo",
  "invalid-year": "Año inválido",
  "invalid-month": "Mes inválido",
  "ambiguous-number": "Número ambiguo (¿separador de miles o decimal?)",
  "duplicate-header": "Columna repetida (renombrada)",
};

const PROBLEM_KINDS_EN: Record<ProblemKind, string> = {
  fatal: "Error that stops the import",
  parse: "Malformed row",
  unjoined: "Code or name with no district in the layer",
  "province-level": "Province code (not a district)",
  "department-level": "Department code (not a district)",
  ambiguous: "Ambiguous name",
  duplicate: "Duplicate row",
  "non-numeric": "Non-numeric value",
  negative: "Negative count",
  "invalid-year": "Invalid year",
  "invalid-month": "Invalid month",
  "ambiguous-number": "Ambiguous number (thousands or decimal separator?)",
  "duplicate-header": "Repeated column (renamed)",
};

const BAD_UBIGEO_ES: Record<BadUbigeo, (text: string) => string> = {
  empty: () => "vacío",
  notNumeric: (t) => `${q(t)} no es un código numérico`,
  tooLong: (t) => `${q(t)} tiene más de 6 dígitos`,
  department00: (t) => `${q(t)}: el departamento 00 no existe`,
};

const BAD_UBIGEO_EN: Record<BadUbigeo, (text: string) => string> = {
  empty: () => "empty",
  notNumeric: (t) => `${q(t)} is not a numeric code`,
  tooLong: (t) => `${q(t)} has more than 6 digits`,
  department00: (t) => `${q(t)}: department 00 does not exist`,
};

const HEADER_ES: Words<HeaderReason> = {
  headerEmpty: () => "el archivo está vacío",
  headerNumeric: (m) => `la primera fila contiene el número ${q(m.value)}: no parece un encabezado`,
  headerUnnamed: () => "la primera fila tiene columnas sin nombre",
  headerRepeated: () => "la primera fila repite nombres de columna",
  headerNamed: () => "la primera fila tiene nombres de columna",
};

const HEADER_EN: Words<HeaderReason> = {
  headerEmpty: () => "the file is empty",
  headerNumeric: (m) =>
    `the first row holds the number ${q(m.value)}: it does not look like a header`,
  headerUnnamed: () => "the first row has columns without a name",
  headerRepeated: () => "the first row repeats column names",
  headerNamed: () => "the first row has column names",
};

const MESSAGES_ES: Words<ImportMessage> = {
  duplicateHeader: (m) =>
    `la columna ${m.position} ${q(m.name)} repite el nombre de la columna ${m.firstPosition}; se importa como ${q(m.renamed)}`,
  tooManyColumns: (m) =>
    `se pidieron ${m.requested} columnas de valores; el límite es ${m.limit} por importación`,
  missingColumns: (m) => {
    const many = m.missing.length > 1;
    return (
      `falta${many ? "n" : ""} la${many ? "s" : ""} columna${many ? "s" : ""} ${m.missing.map(q).join(", ")}` +
      ` (columnas del archivo: ${m.available.map(q).join(", ")})` +
      (m.headerGuess ? `; ${describe(HEADER_ES, m.headerGuess)}` : "")
    );
  },
  noHeader: () => "no hay encabezado",
  emptyFile: () => "el archivo está vacío",
  notText: () => "el archivo no es una tabla de texto (CSV o TXT)",
  recordTooLong: () => "comillas sin cerrar o fila de más de 32 MB; revise el archivo",
  unexpectedError: (m) => `error inesperado: ${m.detail}`,
  quotesUnclosed: () => "comillas sin cerrar",
  quotesMalformed: () => "comillas mal formadas",
  readError: (m) => `error de lectura (${m.detail})`,
  shortRow: (m) => `la fila tiene ${m.cells} columnas y el encabezado ${m.headerCells}; se omite`,
  longRow: (m) =>
    `la fila tiene ${m.cells} columnas y el encabezado ${m.headerCells}; se ignoran las sobrantes`,
  badUbigeo: (m) => `ubigeo ${BAD_UBIGEO_ES[m.reason](m.text)}`,
  provinceCode: (m) => `el código ${m.ubigeo} es de una provincia, no de un distrito`,
  departmentCode: (m) => `el código ${m.ubigeo} es de un departamento, no de un distrito`,
  unknownUbigeo: (m) => `el ubigeo ${m.ubigeo} no existe en la capa de distritos`,
  emptyDistrictName: () => "el nombre del distrito está vacío",
  ambiguousName: (m) =>
    `${q(m.label)} corresponde a varios distritos (${m.codes.join(", ")}); agregue departamento y provincia`,
  nameNotFound: (m) => `no se encontró el distrito ${q(m.label)} en la capa`,
  invalidYear: (m) => `año inválido ${q(m.value)}`,
  invalidMonth: (m) => `mes inválido ${q(m.value)}`,
  emptyValue: (m) => `valor vacío en ${q(m.column)}`,
  notANumber: (m) =>
    `${q(m.value)} no es un número${m.column === null ? "" : ` (columna ${q(m.column)})`}`,
  negativeCount: (m) => `conteo negativo (${m.value})`,
  thousandsGuess: (m) =>
    `${q(m.value)}${m.column === null ? "" : ` en ${q(m.column)}`} se leyó como ${m.read} (separador de miles)`,
  duplicateKey: () => "fila repetida (misma clave que una fila anterior); no se suma de nuevo",
  duplicateDistrict: (m) =>
    `el distrito ${m.ubigeo} ya apareció en una fila anterior; se conserva la primera`,
  tooManyGroups: (m) =>
    `la columna ${q(m.column)} tiene más de ${m.limit} valores distintos; elija otra columna o un filtro`,
};

const MESSAGES_EN: Words<ImportMessage> = {
  duplicateHeader: (m) =>
    `column ${m.position} ${q(m.name)} repeats the name of column ${m.firstPosition}; imported as ${q(m.renamed)}`,
  tooManyColumns: (m) =>
    `${m.requested} value columns were requested; the limit is ${m.limit} per import`,
  missingColumns: (m) =>
    `missing column${m.missing.length > 1 ? "s" : ""} ${m.missing.map(q).join(", ")}` +
    ` (columns in the file: ${m.available.map(q).join(", ")})` +
    (m.headerGuess ? `; ${describe(HEADER_EN, m.headerGuess)}` : ""),
  noHeader: () => "there is no header",
  emptyFile: () => "the file is empty",
  notText: () => "the file is not a text table (CSV or TXT)",
  recordTooLong: () => "unclosed quotes or a row over 32 MB; check the file",
  unexpectedError: (m) => `unexpected error: ${m.detail}`,
  quotesUnclosed: () => "unclosed quotes",
  quotesMalformed: () => "malformed quotes",
  readError: (m) => `read error (${m.detail})`,
  shortRow: (m) => `the row has ${m.cells} columns and the header ${m.headerCells}; skipped`,
  longRow: (m) =>
    `the row has ${m.cells} columns and the header ${m.headerCells}; the extra cells are ignored`,
  badUbigeo: (m) => `ubigeo ${BAD_UBIGEO_EN[m.reason](m.text)}`,
  provinceCode: (m) => `code ${m.ubigeo} is a province, not a district`,
  departmentCode: (m) => `code ${m.ubigeo} is a department, not a district`,
  unknownUbigeo: (m) => `ubigeo ${m.ubigeo} is not in the district layer`,
  emptyDistrictName: () => "the district name is empty",
  ambiguousName: (m) =>
    `${q(m.label)} matches several districts (${m.codes.join(", ")}); add department and province`,
  nameNotFound: (m) => `district ${q(m.label)} was not found in the layer`,
  invalidYear: (m) => `invalid year ${q(m.value)}`,
  invalidMonth: (m) => `invalid month ${q(m.value)}`,
  emptyValue: (m) => `empty value in ${q(m.column)}`,
  notANumber: (m) =>
    `${q(m.value)} is not a number${m.column === null ? "" : ` (column ${q(m.column)})`}`,
  negativeCount: (m) => `negative count (${m.value})`,
  thousandsGuess: (m) =>
    `${q(m.value)}${m.column === null ? "" : ` in ${q(m.column)}`} was read as ${m.read} (thousands separator)`,
  duplicateKey: () => "repeated row (same key as an earlier row); not added again",
  duplicateDistrict: (m) =>
    `district ${m.ubigeo} already appeared in an earlier row; the first one is kept`,
  tooManyGroups: (m) =>
    `column ${q(m.column)} has more than ${m.limit} distinct values; choose another column or a filter`,
};

const FAILURES_ES: Words<ImportFailure> = {
  readFailed: (m) => `no se pudo leer ${q(m.fileName)}: ${m.detail}`,
  workerFailed: (m) => `error en el proceso de importación: ${m.detail}`,
  applyFailed: (m) => m.detail,
  districtCountMismatch: (m) =>
    `la importación tiene ${m.imported} distritos y la tabla ${m.table}`,
  noTable: () => "no hay datos cargados",
};

const FAILURES_EN: Words<ImportFailure> = {
  readFailed: (m) => `could not read ${q(m.fileName)}: ${m.detail}`,
  workerFailed: (m) => `error in the import process: ${m.detail}`,
  applyFailed: (m) => m.detail,
  districtCountMismatch: (m) => `the import has ${m.imported} districts and the table ${m.table}`,
  noTable: () => "no data is loaded",
};

const FORM_ES: Words<ImportFormError> = {
  chooseUbigeo: () => "Elija la columna con el ubigeo.",
  chooseDistrict: () => "Elija al menos la columna con el nombre del distrito.",
  tickColumns: () => "Marque al menos una columna de valores.",
  tooManyTicked: (m) => `Marcó ${m.ticked} columnas; el límite es ${m.limit} por importación.`,
  chooseValue: () => "Elija la columna de valores.",
  filterValues: (m) => `Escriba los valores de «${m.column}» que se conservan.`,
};

const FORM_EN: Words<ImportFormError> = {
  chooseUbigeo: () => "Choose the column with the ubigeo.",
  chooseDistrict: () => "Choose at least the column with the district name.",
  tickColumns: () => "Tick at least one value column.",
  tooManyTicked: (m) => `You ticked ${m.ticked} columns; the limit is ${m.limit} per import.`,
  chooseValue: () => "Choose the value column.",
  filterValues: (m) => `Type the values of “${m.column}” to keep.`,
};

const dateEs = (raw: string, p: RegisterDateProblem): string => {
  const v = q(raw.slice(0, 20));
  switch (p.code) {
    case "format":
      return `fecha ${v} inválida (use AAAA-MM-DD, AAAA-MM, AAAA o DD/MM/AAAA).`;
    case "impossible":
      return `la fecha ${v} no existe (ese mes tiene ${p.daysInMonth} días).`;
    case "year":
      return `la fecha ${v} tiene un año fuera de ${p.min}–${p.max}.`;
  }
};

const dateEn = (raw: string, p: RegisterDateProblem): string => {
  const v = q(raw.slice(0, 20));
  switch (p.code) {
    case "format":
      return `invalid date ${v} (use YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY).`;
    case "impossible":
      return `the date ${v} does not exist (that month has ${p.daysInMonth} days).`;
    case "year":
      return `the date ${v} has a year outside ${p.min}–${p.max}.`;
  }
};

const REGISTER_ES: Words<RegisterMessage | RegisterFatal> = {
  registerEmpty: () => "el archivo está vacío.",
  registerNoLocation: (m) =>
    `falta la columna "ubigeo" o las columnas "departamento" y "distrito" (encabezado leído: ${m.header}).`,
  registerNoStatus: () => `falta la columna "estado" (operativo, programado, anunciado…).`,
  registerNoRows: () => "no hay filas de datos después del encabezado.",
  registerBadUbigeo: (m) => `ubigeo inválido (${BAD_UBIGEO_ES[m.reason](m.text)}).`,
  registerNotDistrict: (m) =>
    `el ubigeo ${m.ubigeo} es de ${m.level === "province" ? "provincia" : "departamento"}, no de distrito.`,
  registerUnknownUbigeo: (m) => `el ubigeo ${m.ubigeo} no existe en la capa de distritos.`,
  registerNoPlace: () => "sin ubigeo ni departamento y distrito.",
  registerNotFound: (m) =>
    `no se encontró el distrito ${q(m.district)} (${m.province || "?"}, ${m.department}).`,
  registerAmbiguous: (m) =>
    `${q(m.district)} (${m.department}) es ambiguo: ${m.candidates
      .map((c) => `${c.name}, ${c.province} (${c.ubigeo})`)
      .join("; ")}. Indique la provincia o el ubigeo.`,
  registerBadDate: (m) => dateEs(m.raw, m.problem),
  registerEmptyStatus: () => "el estado está vacío.",
  registerUnknownStatus: (m) =>
    `estado ${q(m.status)} desconocido (se aceptan: ${m.accepted.join(", ")}).`,
  registerNameMismatch: (m) =>
    `el ubigeo ${m.ubigeo} es ${m.name}, pero el distrito dice ${q(m.written)}; se usa el ubigeo.`,
  registerDuplicate: (m) =>
    `el barrio ${q(m.barrio)} de ${m.district} ya está en el registro; se omite.`,
};

const REGISTER_EN: Words<RegisterMessage | RegisterFatal> = {
  registerEmpty: () => "the file is empty.",
  registerNoLocation: (m) =>
    `the column "ubigeo", or the columns "departamento" and "distrito", is missing (header read: ${m.header}).`,
  registerNoStatus: () => `the column "estado" is missing (operativo, programado, anunciado…).`,
  registerNoRows: () => "there are no data rows after the header.",
  registerBadUbigeo: (m) => `invalid ubigeo (${BAD_UBIGEO_EN[m.reason](m.text)}).`,
  registerNotDistrict: (m) =>
    `ubigeo ${m.ubigeo} is a ${m.level === "province" ? "province" : "department"}, not a district.`,
  registerUnknownUbigeo: (m) => `ubigeo ${m.ubigeo} is not in the district layer.`,
  registerNoPlace: () => "no ubigeo, nor department and district.",
  registerNotFound: (m) =>
    `district ${q(m.district)} (${m.province || "?"}, ${m.department}) was not found.`,
  registerAmbiguous: (m) =>
    `${q(m.district)} (${m.department}) is ambiguous: ${m.candidates
      .map((c) => `${c.name}, ${c.province} (${c.ubigeo})`)
      .join("; ")}. Give the province or the ubigeo.`,
  registerBadDate: (m) => dateEn(m.raw, m.problem),
  registerEmptyStatus: () => "the status is empty.",
  registerUnknownStatus: (m) =>
    `unknown status ${q(m.status)} (accepted: ${m.accepted.join(", ")}).`,
  registerNameMismatch: (m) =>
    `ubigeo ${m.ubigeo} is ${m.name}, but the district column says ${q(m.written)}; the ubigeo is used.`,
  registerDuplicate: (m) =>
    `barrio ${q(m.barrio)} of ${m.district} is already in the register; skipped.`,
};

const es = {
  problemKinds: PROBLEM_KINDS_ES,
  messages: MESSAGES_ES,
  headerReasons: HEADER_ES,
  failures: FAILURES_ES,
  form: FORM_ES,
  register: REGISTER_ES,
  /** Where a problem is: "a.csv, fila 4" (row 0 = the whole file: "a.csv"). */
  at: (file: string, row: number): string =>
    row > 0 ? (file ? `${file}, fila ${row}` : `fila ${row}`) : file,
  /** An unjoined cell that was empty. */
  emptyCode: "(vacío)",
  /** Rows of unjoined codes beyond the 2,000 listed. */
  otherCodes: "(otros códigos)",
  unjoinedCsvHeader: ["archivo", "fila", "tipo", "valor", "mensaje"] as [
    string,
    string,
    string,
    string,
    string,
  ],
  /** File name of the unjoined download (without ".csv"). */
  unjoinedFileName: (base: string) => `no-unidas-${base}`,
  unjoinedFileFallback: "importacion",
  summaryFatal: (fatal: string) => `No se pudo importar: ${fatal}`,
  summaryRows: (read: string, joined: string, districts: string, filtered: string | null) =>
    `${read} filas leídas; ${joined} unidas a ${districts} distritos` +
    (filtered !== null ? `; ${filtered} excluidas por el filtro` : "") +
    ".",
  summaryRepaired: (n: string) => `${n} filas con ubigeo sin el cero inicial (corregido).`,
  summaryKind: (label: string, n: string, columns: boolean) =>
    `${label}: ${n} ${columns ? "columnas" : "filas"}.`,
  summaryUnmapped: (list: string, more: boolean) =>
    `Categorías sin clasificar (asignadas a "otros"): ${list}${more ? "…" : ""}.`,
  // Provenance of an applied import (stored with its source, in the language of the moment).
  importedFrom: (file: string) => `Importado en el navegador desde ${file}`,
  partialNote: (years: string, choice: "exclude" | "annualise" | "keep") =>
    `; año parcial ${years}: ${choice === "exclude" ? "excluido" : choice === "annualise" ? "anualizado" : "conteo parcial"}`,
  securitySourceName: (file: string) => `Gasto en seguridad ciudadana (${file})`,
  securityPublisher: "usuario (p. ej. Mininter, ejecución del PP 0030; INEI, RENAMU)",
  securityNote: (note: string) =>
    `${note}. Devengado sumado por distrito y año; soles corrientes; un distrito sin filas queda sin dato.`,
  sidpolSourceName: (file: string) => `SIDPOL – Denuncias Policiales (${file})`,
  sidpolPublisher: "Ministerio del Interior – PNP",
  genericSourceName: (file: string) => `Importado: ${file}`,
  userPublisher: "usuario",
  /** Unit proposed for a new indicator. */
  defaultUnit: "valor",
  // The column picker of a wide file (issue #13: any of up to 2,000 columns reachable).
  columnFilterLabel: "Buscar columnas",
  columnFilterPlaceholder: "parte del nombre…",
  columnFilterMatches: (shown: string, total: string) =>
    `${shown} de ${total} columnas coinciden (en listas y selectores).`,
  columnFilterNone: "Ninguna columna coincide.",
  tickMatching: (n: string) => `Marcar ${n} de las que coinciden`,
  moreColumnsSearch: (more: string) => `y ${more} columnas más: búsquelas por su nombre arriba.`,
  untickAll: "Desmarcar todas",
  tickedCount: (n: string, limit: string) => `${n} marcadas (máximo ${limit}).`,
};

const en: typeof es = {
  problemKinds: PROBLEM_KINDS_EN,
  messages: MESSAGES_EN,
  headerReasons: HEADER_EN,
  failures: FAILURES_EN,
  form: FORM_EN,
  register: REGISTER_EN,
  at: (file, row) => (row > 0 ? (file ? `${file}, row ${row}` : `row ${row}`) : file),
  emptyCode: "(empty)",
  otherCodes: "(other codes)",
  unjoinedCsvHeader: ["file", "row", "kind", "value", "message"],
  unjoinedFileName: (base) => `not-joined-${base}`,
  unjoinedFileFallback: "import",
  summaryFatal: (fatal) => `Could not import: ${fatal}`,
  summaryRows: (read, joined, districts, filtered) =>
    `${read} rows read; ${joined} joined to ${districts} districts` +
    (filtered !== null ? `; ${filtered} left out by the filter` : "") +
    ".",
  summaryRepaired: (n) => `${n} rows with a ubigeo missing its leading zero (repaired).`,
  summaryKind: (label, n, columns) => `${label}: ${n} ${columns ? "columns" : "rows"}.`,
  summaryUnmapped: (list, more) =>
    `Unclassified categories (assigned to "other"): ${list}${more ? "…" : ""}.`,
  importedFrom: (file) => `Imported in the browser from ${file}`,
  partialNote: (years, choice) =>
    `; partial year ${years}: ${choice === "exclude" ? "excluded" : choice === "annualise" ? "annualised" : "partial count"}`,
  securitySourceName: (file) => `Citizen security spending (${file})`,
  securityPublisher: "user (e.g. Mininter, PP 0030 execution; INEI, RENAMU)",
  securityNote: (note) =>
    `${note}. Accrued spending summed by district and year; current soles; a district with no rows has no data.`,
  sidpolSourceName: (file) => `SIDPOL – Police reports (${file})`,
  sidpolPublisher: "Ministerio del Interior – PNP",
  genericSourceName: (file) => `Imported: ${file}`,
  userPublisher: "user",
  defaultUnit: "value",
  columnFilterLabel: "Search columns",
  columnFilterPlaceholder: "part of the name…",
  columnFilterMatches: (shown, total) =>
    `${shown} of ${total} columns match (in lists and selectors).`,
  columnFilterNone: "No column matches.",
  tickMatching: (n) => `Tick ${n} of the matching ones`,
  moreColumnsSearch: (more) => `and ${more} more columns: search them by name above.`,
  untickAll: "Untick all",
  tickedCount: (n, limit) => `${n} ticked (at most ${limit}).`,
};

export const IMPORT_COPY = { es, en } as const;
export type ImportCopy = typeof es;

function describe<U extends { code: string }>(words: Words<U>, m: U): string {
  // One function per code: the mapped type guarantees `words[m.code]` takes this message.
  const fn = words[m.code as U["code"]] as (m: U) => string;
  return fn(m);
}

/** The sentence of one import message (no file or row). */
export function describeImportMessage(lang: Lang, m: ImportMessage): string {
  return describe(IMPORT_COPY[lang].messages, m);
}

/** "a.csv, fila 12: el ubigeo 999999 no existe en la capa de distritos" (row 0: file only). */
export function describeImportProblem(
  lang: Lang,
  p: Pick<ImportProblem, "file" | "row" | "detail">,
): string {
  const where = IMPORT_COPY[lang].at(p.file, p.row);
  const what = describeImportMessage(lang, p.detail);
  return where ? `${where}: ${what}` : what;
}

/** Why a worker job failed (no report). */
export function describeImportFailure(lang: Lang, f: ImportFailure): string {
  return describe(IMPORT_COPY[lang].failures, f);
}

/** What the import form still needs. */
export function describeFormError(lang: Lang, e: ImportFormError): string {
  return describe(IMPORT_COPY[lang].form, e);
}

/** A register import message with its place: "reg.csv, fila 4: …" (fatal ones: "reg.csv: …"). */
export function describeRegisterIssue(
  lang: Lang,
  issue: RegisterIssue | { file: string; row?: undefined; detail: RegisterFatal },
): string {
  const where = IMPORT_COPY[lang].at(issue.file, issue.row ?? 0);
  const what = describe<RegisterMessage | RegisterFatal>(IMPORT_COPY[lang].register, issue.detail);
  return where ? `${where}: ${what}` : what;
}

/** An unjoined code as listed: the code, or "(vacío)" for an empty cell. */
export function unjoinedCodeLabel(lang: Lang, code: string): string {
  return code === "" ? IMPORT_COPY[lang].emptyCode : code;
}

/** The words of the unjoined-rows download in `lang` (core/import-report unjoinedToCsv). */
export function unjoinedCsvWords(lang: Lang): UnjoinedCsvWords {
  const t = IMPORT_COPY[lang];
  return {
    header: t.unjoinedCsvHeader,
    kind: (k) => t.problemKinds[k],
    message: (p) => describeImportProblem(lang, p),
  };
}

/**
 * Summary lines of a report (build log, tests, plain-text exports): the fatal error if any; rows
 * read / joined / districts (and filtered); repaired codes; each problem kind with its count; the
 * first 10 unmapped categories.
 */
export function summarizeImport(lang: Lang, r: ImportReport): string[] {
  const t = IMPORT_COPY[lang];
  const int = (n: number): string => formatNumber(n, lang, 0);
  const lines: string[] = [];
  if (r.fatal) lines.push(t.summaryFatal(describeImportProblem(lang, r.fatal)));
  lines.push(
    t.summaryRows(
      int(r.rowsRead),
      int(r.rowsJoined),
      int(r.districtsJoined),
      r.rowsFiltered > 0 ? int(r.rowsFiltered) : null,
    ),
  );
  if (r.repairedCodes > 0) lines.push(t.summaryRepaired(int(r.repairedCodes)));
  for (const kind of PROBLEM_KINDS) {
    const n = r.problemCounts[kind];
    if (kind !== "fatal" && n > 0)
      lines.push(t.summaryKind(t.problemKinds[kind], int(n), kind === "duplicate-header"));
  }
  if (r.unmappedGroups.length > 0) {
    lines.push(
      t.summaryUnmapped(
        r.unmappedGroups
          .slice(0, 10)
          .map((g) => `${g.value} (${int(g.rows)})`)
          .join(", "),
        r.unmappedGroups.length > 10,
      ),
    );
  }
  return lines;
}
