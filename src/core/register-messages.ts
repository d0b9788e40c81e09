/**
 * What the Barrio Seguro register import (panels/coverage/parse-register.ts) can say, as codes with
 * values; src/i18n/import-copy.ts words them in the UI language (issue #16).
 */
import type { RegisterDateProblem } from "./barrio-seguro";
import type { BadUbigeo } from "./import-messages";

/** A whole-file problem: nothing can be imported. */
export type RegisterFatal =
  | { code: "registerEmpty" }
  | { code: "registerNoLocation"; header: string }
  | { code: "registerNoStatus" }
  | { code: "registerNoRows" };

/** A rejected row, or an accepted row with something to check. */
export type RegisterMessage =
  | { code: "registerBadUbigeo"; reason: BadUbigeo; text: string }
  | { code: "registerNotDistrict"; ubigeo: string; level: "province" | "department" }
  | { code: "registerUnknownUbigeo"; ubigeo: string }
  | { code: "registerNoPlace" }
  | { code: "registerNotFound"; district: string; province: string; department: string }
  | {
      code: "registerAmbiguous";
      district: string;
      department: string;
      candidates: { name: string; province: string; ubigeo: string }[];
    }
  | { code: "registerBadDate"; raw: string; problem: RegisterDateProblem }
  | { code: "registerEmptyStatus" }
  | { code: "registerUnknownStatus"; status: string; accepted: string[] }
  | { code: "registerNameMismatch"; ubigeo: string; name: string; written: string }
  | { code: "registerDuplicate"; barrio: string; district: string };

/** Every code above (the i18n test checks each has words in every language). */
export const REGISTER_MESSAGE_CODES: readonly (RegisterMessage | RegisterFatal)["code"][] = [
  "registerEmpty",
  "registerNoLocation",
  "registerNoStatus",
  "registerNoRows",
  "registerBadUbigeo",
  "registerNotDistrict",
  "registerUnknownUbigeo",
  "registerNoPlace",
  "registerNotFound",
  "registerAmbiguous",
  "registerBadDate",
  "registerEmptyStatus",
  "registerUnknownStatus",
  "registerNameMismatch",
  "registerDuplicate",
];

/** One message of the register report: the file, its 1-based row (header = 1) and what happened. */
export interface RegisterIssue {
  file: string;
  row: number;
  detail: RegisterMessage;
}
