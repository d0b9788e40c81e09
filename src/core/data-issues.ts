/**
 * What the guards of the app's data files (data/schema.ts, core/barrio-seguro.ts) and their
 * loader (data/load.ts) can say about a file, as codes with values: the file, where in it (a JSON
 * path, or a row of a list) and the problem. src/i18n/schema-copy.ts words them in the UI language
 * (issue #16: no UI text in logic layers). Pure types.
 */

/** What was left out because of the problem (the rest of the file is kept). */
export type DataDropped = "source" | "series" | "item" | "entry";

export type DataProblem =
  /** The file is not a JSON object at all. */
  | { code: "notJsonObject" }
  /** A value (at `path`) is not an object. */
  | { code: "notObject" }
  | { code: "badVersion"; version: string }
  /** A value does not have the documented form, e.g. shape "{ es, en }" or "[lon, lat]". */
  | { code: "shape"; shape: string; field?: string; dropped?: DataDropped }
  /** A value is not of the form `shape` (and was left out). */
  | { code: "notShape"; shape: string; dropped: DataDropped }
  | { code: "notList"; field: string }
  | { code: "notIsoDate"; field: string }
  | { code: "notPositiveInteger"; field: string }
  | { code: "notTextList" }
  /** A source field is missing or invalid (path names it). */
  | { code: "badSourceField" }
  | { code: "badSourceLists" }
  | { code: "duplicateSourceId"; id: string }
  | { code: "badStability" }
  | { code: "idNotPosition"; id: string; position: number }
  | { code: "notUbigeo"; value: string; dropped?: DataDropped }
  | { code: "missingText" }
  | { code: "digits"; n: number; dropped?: DataDropped }
  | { code: "badArea" }
  | { code: "idsOutOfRange" }
  /** Fields missing (named in the message, e.g. ["key", "sourceId", "unit"]). */
  | { code: "missingFields"; fields: string[]; dropped: DataDropped }
  | { code: "notYearOrNull"; dropped: DataDropped }
  /** `count` values (null: no list) where there are `districts` districts. */
  | { code: "valueCount"; count: number | null; districts: number }
  | { code: "notNumberOrNull"; dropped: DataDropped }
  | { code: "notNumbersOrNull"; fields: string[]; dropped: DataDropped }
  | { code: "badMonths" }
  | { code: "noDistricts" }
  | { code: "duplicateUbigeo"; ubigeo: string; first: number }
  | { code: "notTopology" }
  | { code: "notQuantized" }
  | { code: "notGeometryCollection" }
  | { code: "badArc" }
  | { code: "notNumericId" }
  | { code: "duplicateGeometryId"; id: number }
  | { code: "missingUbigeo" }
  | { code: "badGeometry"; type: string }
  | { code: "geometryCount"; count: number; districts: number }
  | { code: "missingGeometry"; id: number }
  | { code: "outOfRange"; dropped: DataDropped }
  | { code: "notYear"; dropped: DataDropped }
  | { code: "notCount"; dropped: DataDropped }
  | { code: "notCounts"; n: number; dropped: DataDropped }
  | { code: "notYearMonth" }
  /** More problems in the file than are listed. */
  | { code: "more"; count: number }
  /** Loader: the file could not be downloaded (network), its HTTP status, or it is not JSON. */
  | { code: "download"; detail: string }
  | { code: "http"; status: number }
  | { code: "badJson"; detail: string }
  | { code: "districtCountMismatch"; count: number; expected: number }
  | { code: "unknownMonthlyFile"; key: string }
  /** A file with nothing usable (no detail available). */
  | { code: "invalid" }
  /** Barrio Seguro file (core/barrio-seguro.ts): a field of a row, or the document total. */
  | { code: "barrioNotObject" }
  | { code: "barrioVersion"; version: string }
  | { code: "barrioNoLists" }
  | { code: "barrioBadField"; field: string }
  | { code: "barrioBadTotal" }
  /** Anything else thrown while loading (a bug, not the data): its technical text, untranslated. */
  | { code: "unexpected"; detail: string };

export interface DataIssue {
  file: string;
  /** JSON path inside the file ("districts[3].ubigeo"); null = the file as a whole. */
  path: string | null;
  /** A row of a list (Barrio Seguro: 1-based "rows" or "regionTotals" entry). */
  row?: { list: "rows" | "regionTotals"; n: number };
  problem: DataProblem;
}
