import type { DataDropped, DataIssue, DataProblem } from "../core/data-issues";

/**
 * Words for the problems of the app's data files (core/data-issues.ts codes, from data/schema.ts,
 * data/load.ts and core/barrio-seguro.ts), in the UI language. Field names and JSON paths stay as
 * they are in the file (they name what to fix); the rest is worded. `dataIssue` gives the whole
 * line: "file: path: problem".
 */

/** "a, b o c" ("u" before a word starting with an o sound, as Spanish writes it). */
const orListEs = (xs: readonly string[]) => {
  const last = xs[xs.length - 1] ?? "";
  if (xs.length < 2) return last;
  return `${xs.slice(0, -1).join(", ")} ${/^h?o/i.test(last) ? "u" : "o"} ${last}`;
};
const orListEn = (xs: readonly string[]) => {
  const last = xs[xs.length - 1] ?? "";
  return xs.length < 2 ? last : `${xs.slice(0, -1).join(", ")} or ${last}`;
};

const DROPPED_ES: Record<DataDropped, string> = {
  source: "; fuente omitida",
  series: "; serie omitida",
  item: "; omitida",
  entry: "; omitido",
};
const DROPPED_EN: Record<DataDropped, string> = {
  source: "; source skipped",
  series: "; series skipped",
  item: "; skipped",
  entry: "; skipped",
};

function problemEs(p: DataProblem): string {
  const d = (x: DataDropped | undefined) => (x ? DROPPED_ES[x] : "");
  switch (p.code) {
    case "notJsonObject":
      return "no es un objeto JSON";
    case "notObject":
      return "no es un objeto";
    case "badVersion":
      return `versión ${p.version} no soportada (se espera 1)`;
    case "shape":
      return p.field
        ? `${p.field} no tiene la forma ${p.shape}${d(p.dropped)}`
        : `debe ser ${p.shape}${d(p.dropped)}`;
    case "notShape":
      return `no es ${p.shape}${d(p.dropped)}`;
    case "notList":
      return `${p.field} no es una lista`;
    case "notIsoDate":
      return `${p.field} no es una fecha ISO`;
    case "notPositiveInteger":
      return `${p.field} debe ser un entero positivo`;
    case "notTextList":
      return "no es una lista de textos";
    case "badSourceField":
      return `falta o no es válido${DROPPED_ES.source}`;
    case "badSourceLists":
      return `years, files o unmatched no son listas válidas${DROPPED_ES.source}`;
    case "duplicateSourceId":
      return `id repetido "${p.id}"`;
    case "badStability":
      return "no es una lista de mediciones { window, … }; omitida";
    case "idNotPosition":
      return `es ${p.id}; debe ser igual a su posición ${p.position}`;
    case "notUbigeo":
      return p.dropped
        ? `"${p.value}" no tiene 6 dígitos${d(p.dropped)}`
        : `"${p.value}" no es un ubigeo de 6 dígitos`;
    case "missingText":
      return "falta el texto";
    case "digits":
      return p.dropped ? `no tiene ${p.n} dígitos${d(p.dropped)}` : `debe tener ${p.n} dígitos`;
    case "badArea":
      return "no es un área válida";
    case "idsOutOfRange":
      return "contiene ids fuera de rango";
    case "missingFields":
      return p.fields.length === 1
        ? `falta el ${p.fields[0] ?? ""}${d(p.dropped)}`
        : `falta ${orListEs(p.fields)}${d(p.dropped)}`;
    case "notYearOrNull":
      return `debe ser un año entero o null${d(p.dropped)}`;
    case "valueCount":
      return `tiene ${p.count ?? "ningún"} valores para ${p.districts} distritos${DROPPED_ES.series}`;
    case "notNumberOrNull":
      return `no es un número ni null${d(p.dropped)}`;
    case "notNumbersOrNull":
      return `${orListEs(p.fields)} no son números ni null${d(p.dropped)}`;
    case "badMonths":
      return `debe ser una lista de meses 1..12${DROPPED_ES.series}`;
    case "noDistricts":
      return "districts no es una lista con distritos";
    case "duplicateUbigeo":
      return `${p.ubigeo} repetido (ya en ${p.first})`;
    case "notTopology":
      return 'no es una Topology de TopoJSON (type "Topology", objects, arcs)';
    case "notQuantized":
      return "transform debe tener scale [x, y] y translate [x, y] (topología cuantizada)";
    case "notGeometryCollection":
      return "objects.districts debe ser una GeometryCollection";
    case "badArc":
      return "no es una lista de posiciones enteras";
    case "notNumericId":
      return "debe ser un id numérico";
    case "duplicateGeometryId":
      return `id ${p.id} repetido`;
    case "missingUbigeo":
      return "falta o no tiene 6 dígitos";
    case "badGeometry":
      return `geometría ${p.type} vacía o con arcos inexistentes`;
    case "geometryCount":
      return `${p.count} geometrías para ${p.districts} distritos`;
    case "missingGeometry":
      return `falta la geometría del distrito ${p.id}`;
    case "outOfRange":
      return `fuera de rango${d(p.dropped)}`;
    case "notYear":
      return `no es un año${d(p.dropped)}`;
    case "notCount":
      return `no es un conteo ≥ 0${d(p.dropped)}`;
    case "notCounts":
      return `no son ${p.n} conteos ≥ 0${d(p.dropped)}`;
    case "notYearMonth":
      return "start no es [año, mes]";
    case "more":
      return `… y ${p.count} problemas más`;
    case "download":
      return `no se pudo descargar (${p.detail})`;
    case "http":
      return `respuesta HTTP ${p.status}`;
    case "badJson":
      return `JSON inválido (${p.detail})`;
    case "districtCountMismatch":
      return `${p.count} distritos, el manifiesto dice ${p.expected}`;
    case "unknownMonthlyFile":
      return `archivo mensual desconocido: ${p.key}`;
    case "invalid":
      return "inválido";
    case "barrioNotObject":
      return "no es un objeto JSON.";
    case "barrioVersion":
      return `versión ${p.version} no soportada.`;
    case "barrioNoLists":
      return 'faltan las listas "rows" o "regionTotals".';
    case "barrioBadField":
      return `campo "${p.field}" inválido.`;
    case "barrioBadTotal":
      return '"documentTotal" inválido.';
    case "unexpected":
      return p.detail;
  }
}

function problemEn(p: DataProblem): string {
  const d = (x: DataDropped | undefined) => (x ? DROPPED_EN[x] : "");
  switch (p.code) {
    case "notJsonObject":
      return "is not a JSON object";
    case "notObject":
      return "is not an object";
    case "badVersion":
      return `version ${p.version} is not supported (1 expected)`;
    case "shape":
      return p.field
        ? `${p.field} does not have the form ${p.shape}${d(p.dropped)}`
        : `must be ${p.shape}${d(p.dropped)}`;
    case "notShape":
      return `is not ${p.shape}${d(p.dropped)}`;
    case "notList":
      return `${p.field} is not a list`;
    case "notIsoDate":
      return `${p.field} is not an ISO date`;
    case "notPositiveInteger":
      return `${p.field} must be a positive whole number`;
    case "notTextList":
      return "is not a list of texts";
    case "badSourceField":
      return `missing or invalid${DROPPED_EN.source}`;
    case "badSourceLists":
      return `years, files or unmatched are not valid lists${DROPPED_EN.source}`;
    case "duplicateSourceId":
      return `repeated id "${p.id}"`;
    case "badStability":
      return "is not a list of measurements { window, … }; skipped";
    case "idNotPosition":
      return `is ${p.id}; must equal its position ${p.position}`;
    case "notUbigeo":
      return p.dropped
        ? `"${p.value}" does not have 6 digits${d(p.dropped)}`
        : `"${p.value}" is not a 6-digit ubigeo`;
    case "missingText":
      return "the text is missing";
    case "digits":
      return p.dropped ? `does not have ${p.n} digits${d(p.dropped)}` : `must have ${p.n} digits`;
    case "badArea":
      return "is not a valid area";
    case "idsOutOfRange":
      return "contains ids out of range";
    case "missingFields":
      return `${orListEn(p.fields)} missing${d(p.dropped)}`;
    case "notYearOrNull":
      return `must be a whole year or null${d(p.dropped)}`;
    case "valueCount":
      return `has ${p.count ?? "no"} values for ${p.districts} districts${DROPPED_EN.series}`;
    case "notNumberOrNull":
      return `is neither a number nor null${d(p.dropped)}`;
    case "notNumbersOrNull":
      return `${orListEn(p.fields)} are neither numbers nor null${d(p.dropped)}`;
    case "badMonths":
      return `must be a list of months 1..12${DROPPED_EN.series}`;
    case "noDistricts":
      return "districts is not a list of districts";
    case "duplicateUbigeo":
      return `${p.ubigeo} repeated (already at ${p.first})`;
    case "notTopology":
      return 'is not a TopoJSON Topology (type "Topology", objects, arcs)';
    case "notQuantized":
      return "transform must have scale [x, y] and translate [x, y] (quantized topology)";
    case "notGeometryCollection":
      return "objects.districts must be a GeometryCollection";
    case "badArc":
      return "is not a list of whole-number positions";
    case "notNumericId":
      return "must be a numeric id";
    case "duplicateGeometryId":
      return `id ${p.id} repeated`;
    case "missingUbigeo":
      return "missing or not 6 digits";
    case "badGeometry":
      return `${p.type} geometry empty or with missing arcs`;
    case "geometryCount":
      return `${p.count} geometries for ${p.districts} districts`;
    case "missingGeometry":
      return `the geometry of district ${p.id} is missing`;
    case "outOfRange":
      return `out of range${d(p.dropped)}`;
    case "notYear":
      return `is not a year${d(p.dropped)}`;
    case "notCount":
      return `is not a count ≥ 0${d(p.dropped)}`;
    case "notCounts":
      return `are not ${p.n} counts ≥ 0${d(p.dropped)}`;
    case "notYearMonth":
      return "start is not [year, month]";
    case "more":
      return `… and ${p.count} more problems`;
    case "download":
      return `could not be downloaded (${p.detail})`;
    case "http":
      return `HTTP response ${p.status}`;
    case "badJson":
      return `invalid JSON (${p.detail})`;
    case "districtCountMismatch":
      return `${p.count} districts, the manifest says ${p.expected}`;
    case "unknownMonthlyFile":
      return `unknown monthly file: ${p.key}`;
    case "invalid":
      return "invalid";
    case "barrioNotObject":
      return "is not a JSON object.";
    case "barrioVersion":
      return `version ${p.version} is not supported.`;
    case "barrioNoLists":
      return 'the lists "rows" or "regionTotals" are missing.';
    case "barrioBadField":
      return `field "${p.field}" is invalid.`;
    case "barrioBadTotal":
      return '"documentTotal" is invalid.';
    case "unexpected":
      return p.detail;
  }
}

/** "file, fila 2: path: problem" — the file (if any), the row, the JSON path (if any). */
function line(i: DataIssue, rowWord: string, problem: string): string {
  const row = i.row ? `, ${i.row.list === "rows" ? rowWord : i.row.list} ${i.row.n}` : "";
  const where = [i.file === "" ? "" : `${i.file}${row}`, i.path ?? ""].filter((x) => x !== "");
  return [...where, problem].join(": ");
}

const es = {
  dataProblem: problemEs,
  dataIssue: (i: DataIssue): string => line(i, "fila", problemEs(i.problem)),
};
const en: typeof es = {
  dataProblem: problemEn,
  dataIssue: (i: DataIssue): string => line(i, "row", problemEn(i.problem)),
};

export const SCHEMA_COPY = { es, en } as const;
