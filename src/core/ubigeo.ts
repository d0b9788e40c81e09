/**
 * INEI ubigeo handling. A ubigeo is a 6-character string of digits: DDPPdd (department, province,
 * district). Exports from Excel and the SIDPOL open data often lose the leading zero ("10202" is
 * "010202"), and some files hold province ("0102" / "010200") or department ("01" / "010000") codes.
 */
import type { BadUbigeo } from "./import-messages";

export type UbigeoLevel = "district" | "province" | "department";

export interface UbigeoParse {
  /** The 6-character code (province/department codes are padded with "00": "010200", "010000"). */
  ubigeo: string | null;
  level: UbigeoLevel | null;
  /** True when a leading zero was restored. */
  repaired: boolean;
  /** Why the value is not a ubigeo, as a code (the import report words it: i18n/import-copy.ts). */
  problem: BadUbigeo | null;
}

const DIGITS = /^\d+$/;

/**
 * Parse a raw cell into a ubigeo.
 * Rules: trim; drop a trailing ".0" (numbers that passed through a spreadsheet); 5 digits → one
 * leading zero restored (repaired); 6 digits → as is; 3 or 4 digits → province "DDPP" (3 digits repaired);
 * 1 or 2 digits → department "DD". Level: "DDPP00" is a province, "DD0000" a department, else district.
 * Anything else → ubigeo null with a problem code: "empty", "notNumeric" (letters), "tooLong"
 * (7+ digits), "department00".
 */
export function parseUbigeo(raw: unknown): UbigeoParse {
  const text = String(raw ?? "")
    .trim()
    .replace(/\.0+$/, "");
  if (text === "") return fail("empty");
  if (!DIGITS.test(text)) return fail("notNumeric");
  if (text.length > 6) return fail("tooLong");
  let code: string;
  let repaired = false;
  if (text.length === 6) code = text;
  else if (text.length === 5) {
    code = `0${text}`;
    repaired = true;
  } else if (text.length === 4 || text.length === 3) {
    code = `${text.padStart(4, "0")}00`;
    repaired = text.length === 3;
  } else {
    code = `${text.padStart(2, "0")}0000`;
    repaired = text.length === 1;
  }
  if (code.startsWith("00")) return fail("department00");
  const level: UbigeoLevel = code.endsWith("0000")
    ? "department"
    : code.endsWith("00")
      ? "province"
      : "district";
  return { ubigeo: code, level, repaired, problem: null };
}

function fail(problem: BadUbigeo): UbigeoParse {
  return { ubigeo: null, level: null, repaired: false, problem };
}

/** "010203" → "0102" (province code). */
export const provinceOf = (ubigeo: string): string => ubigeo.slice(0, 4);
/** "010203" → "01" (department code). */
export const departmentOf = (ubigeo: string): string => ubigeo.slice(0, 2);

/**
 * Key for matching place names across sources: lower case, accents and punctuation removed,
 * spaces collapsed. "Ñ" becomes "n" so "PEÑA" matches "Pena".
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
