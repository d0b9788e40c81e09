/**
 * What an import can say, as codes with values (row numbers, column names, counts, the offending
 * text). The core and the worker return these; `src/i18n/import-copy.ts` turns each code into words
 * in the UI language (es, en), so adding a language never touches the core (issue #16).
 */

/** Why the first row does not look like a header (csv-sniff detectHeader). */
export type HeaderReason =
  | { code: "headerEmpty" }
  | { code: "headerNumeric"; value: string }
  | { code: "headerUnnamed" }
  | { code: "headerRepeated" }
  | { code: "headerNamed" };

/** Why a ubigeo cell is not a code at all (import-join classifies parseUbigeo's refusal). */
export type BadUbigeo = "empty" | "notNumeric" | "tooLong" | "department00";

export type ImportMessage =
  // The header.
  | {
      code: "duplicateHeader";
      position: number;
      name: string;
      firstPosition: number;
      renamed: string;
    }
  | { code: "tooManyColumns"; requested: number; limit: number }
  | {
      code: "missingColumns";
      missing: string[];
      /** The file's first 30 column names (each cut to 40 characters). */
      available: string[];
      /** Set when the first row does not look like a header. */
      headerGuess: HeaderReason | null;
    }
  | { code: "noHeader" }
  // The file as a whole.
  | { code: "emptyFile" }
  | { code: "notText" }
  | { code: "recordTooLong" }
  | { code: "unexpectedError"; detail: string }
  // Tokenizer errors.
  | { code: "quotesUnclosed" }
  | { code: "quotesMalformed" }
  | { code: "readError"; detail: string }
  // Row shape.
  | { code: "shortRow"; cells: number; headerCells: number }
  | { code: "longRow"; cells: number; headerCells: number }
  // Joining to a district.
  | { code: "badUbigeo"; reason: BadUbigeo; text: string }
  | { code: "provinceCode"; ubigeo: string }
  | { code: "departmentCode"; ubigeo: string }
  | { code: "unknownUbigeo"; ubigeo: string }
  | { code: "emptyDistrictName" }
  | { code: "ambiguousName"; label: string; codes: string[] }
  | { code: "nameNotFound"; label: string }
  // Cells.
  | { code: "invalidYear"; value: string }
  | { code: "invalidMonth"; value: string }
  | { code: "emptyValue"; column: string }
  | { code: "notANumber"; value: string; column: string | null }
  | { code: "negativeCount"; value: number }
  | { code: "thousandsGuess"; value: string; read: number; column: string | null }
  // Repeats and limits.
  | { code: "duplicateKey" }
  | { code: "duplicateDistrict"; ubigeo: string }
  | { code: "tooManyGroups"; column: string; limit: number };

export type ImportMessageCode = ImportMessage["code"];

/** Every code above (the i18n test checks that each has words in every language). */
export const IMPORT_MESSAGE_CODES: readonly ImportMessageCode[] = [
  "duplicateHeader",
  "tooManyColumns",
  "missingColumns",
  "noHeader",
  "emptyFile",
  "notText",
  "recordTooLong",
  "unexpectedError",
  "quotesUnclosed",
  "quotesMalformed",
  "readError",
  "shortRow",
  "longRow",
  "badUbigeo",
  "provinceCode",
  "departmentCode",
  "unknownUbigeo",
  "emptyDistrictName",
  "ambiguousName",
  "nameNotFound",
  "invalidYear",
  "invalidMonth",
  "emptyValue",
  "notANumber",
  "negativeCount",
  "thousandsGuess",
  "duplicateKey",
  "duplicateDistrict",
  "tooManyGroups",
];

/** The header reasons' codes (same check). */
export const HEADER_REASON_CODES: readonly HeaderReason["code"][] = [
  "headerEmpty",
  "headerNumeric",
  "headerUnnamed",
  "headerRepeated",
  "headerNamed",
];

/** Why a worker job failed outright (no report): the file could not be read, or the worker died. */
export type ImportFailure =
  | { code: "readFailed"; fileName: string; detail: string }
  | { code: "workerFailed"; detail: string }
  | { code: "applyFailed"; detail: string }
  | { code: "districtCountMismatch"; imported: number; table: number }
  | { code: "noTable" };

/** An error carrying an ImportFailure (thrown by the worker client, the apply step and the store). */
export class ImportFailureError extends Error {
  readonly failure: ImportFailure;
  constructor(failure: ImportFailure) {
    super(failure.code);
    this.name = "ImportFailureError";
    this.failure = failure;
  }
}

/** Why the import form cannot become an ImportSpec yet (panels/import/import-form.ts). */
export type ImportFormError =
  | { code: "chooseUbigeo" }
  | { code: "chooseDistrict" }
  | { code: "tickColumns" }
  | { code: "tooManyTicked"; ticked: number; limit: number }
  | { code: "chooseValue" }
  | { code: "filterValues"; column: string };

export const IMPORT_FORM_ERROR_CODES: readonly ImportFormError["code"][] = [
  "chooseUbigeo",
  "chooseDistrict",
  "tickColumns",
  "tooManyTicked",
  "chooseValue",
  "filterValues",
];

export const IMPORT_FAILURE_CODES: readonly ImportFailure["code"][] = [
  "readFailed",
  "workerFailed",
  "applyFailed",
  "districtCountMismatch",
  "noTable",
];
