/**
 * Locale-tolerant number parsing for imported cells: "1.234,5" (es), "1,234.5" (en), "1 234,5",
 * "12,5 %", "-3". Spreadsheets from Peru use both conventions, often within one office.
 */

/** Which character is the decimal separator: "auto" guesses per cell (see parseNumber). */
export type DecimalMark = "auto" | "," | ".";

export interface NumberParse {
  /** The number, or null when the cell is empty/missing or not a number. */
  value: number | null;
  /** "number"; "empty" (blank or a missing-value marker such as "-", "NA", "s/d"); "invalid". */
  kind: "number" | "empty" | "invalid";
  /** True when the cell carried a "%" sign (the value stays in percent units: "12,5 %" → 12.5). */
  percent: boolean;
  /** True when auto mode had to guess ("1,234": thousands or decimal?). */
  ambiguous: boolean;
  /**
   * "notANumber" when kind is "invalid", else null: a code (the import report words the cell with
   * its column, i18n/import-copy.ts `notANumber`).
   */
  problem: "notANumber" | null;
}

const MISSING = new Set([
  "-",
  "--",
  "—",
  "–",
  "na",
  "n/a",
  "nd",
  "n.d.",
  "s/d",
  "sd",
  "null",
  "nan",
]);
const SIMPLE_INT = /^[1-9]\d{0,14}$|^0$/;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = (sep: string): RegExp => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);
const GROUPED_DOT = GROUPED(".");
const GROUPED_COMMA = GROUPED(",");

/**
 * Parse one cell. Steps: trim; blank or a missing marker ("-", "NA", "N/A", "s/d", "ND", "NaN",
 * "null") → empty; strip a trailing/leading "%"; remove spaces (incl. no-break and thin spaces) and
 * apostrophes used as thousands separators; then resolve separators:
 * - decimal ",": "." is a thousands separator (groups of 3 required), "," the decimal mark;
 * - decimal ".": "," is a thousands separator, "." the decimal mark;
 * - auto: both present → the last one is the decimal mark; one kind repeated ("1.234.567") →
 *   thousands; a single "," or "." followed by exactly 3 digits with a non-zero integer part
 *   ("1,234", "12.500") → thousands, flagged `ambiguous`; otherwise it is the decimal mark.
 * Scientific notation is accepted ("1e3"). Infinity, NaN and anything else → invalid.
 * Units: none; the value is returned as written (percent stays 0–100).
 */
export function parseNumber(raw: unknown, decimal: DecimalMark = "auto"): NumberParse {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw : "";
  // Fast path for plain integers (most count cells).
  if (SIMPLE_INT.test(text)) return result(Number(text), "number", false, false, null);
  let s = text.trim();
  if (s === "" || MISSING.has(s.toLowerCase())) return result(null, "empty", false, false, null);
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  } else if (s.startsWith("%")) {
    percent = true;
    s = s.slice(1).trim();
  }
  s = s.replace(/[\s\u00a0\u202f\u2009']/g, "");
  let sign = "";
  if (s.startsWith("-") || s.startsWith("+")) {
    sign = s[0] === "-" ? "-" : "";
    s = s.slice(1);
  }
  const invalid = (): NumberParse => result(null, "invalid", percent, false, "notANumber");
  if (s === "" || /[+-]/.test(s.replace(/[eE][+-]/, ""))) return invalid();

  let dec: "," | "." | null;
  let ambiguous = false;
  if (decimal === "auto") {
    const guess = guessDecimal(s);
    dec = guess.decimal;
    ambiguous = guess.ambiguous;
  } else dec = decimal;
  let normalized: string;
  if (dec === null) {
    // Only thousands separators, in groups of three: "1.234.567" or "1,234".
    if (!GROUPED_DOT.test(s) && !GROUPED_COMMA.test(s)) return invalid();
    normalized = s.replace(/[.,]/g, "");
  } else {
    const thousands = dec === "," ? "." : ",";
    const [intPart = "", fracPart, extra] = s.split(dec);
    if (extra !== undefined) return invalid();
    if (intPart.includes(thousands) && !GROUPED(thousands).test(intPart)) return invalid();
    if (fracPart !== undefined && /[.,]/.test(fracPart)) return invalid();
    normalized = intPart.split(thousands).join("") + (fracPart !== undefined ? `.${fracPart}` : "");
  }
  if (!PLAIN.test(normalized)) return invalid();
  const value = Number(sign + normalized);
  if (!Number.isFinite(value)) return invalid();
  return result(value === 0 ? 0 : value, "number", percent, ambiguous, null);
}

/** Auto decimal mark for one cell without sign/spaces; decimal null = separators are thousands. */
function guessDecimal(s: string): { decimal: "," | "." | null; ambiguous: boolean } {
  const commas = s.split(",").length - 1;
  const dots = s.split(".").length - 1;
  if (commas > 0 && dots > 0) {
    return { decimal: s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".", ambiguous: false };
  }
  const sep = commas > 0 ? "," : dots > 0 ? "." : null;
  if (sep === null) return { decimal: ".", ambiguous: false };
  const count = Math.max(commas, dots);
  if (count > 1) return { decimal: null, ambiguous: false };
  const [intPart = "", frac = ""] = s.split(sep);
  if (/^\d{3}$/.test(frac) && /^[1-9]\d{0,2}$/.test(intPart)) {
    return { decimal: null, ambiguous: true };
  }
  return { decimal: sep, ambiguous: false };
}

function result(
  value: number | null,
  kind: NumberParse["kind"],
  percent: boolean,
  ambiguous: boolean,
  problem: NumberParse["problem"],
): NumberParse {
  return { value, kind, percent, ambiguous, problem };
}

/** Why a typed number was refused (the UI turns the code into words, naming the text typed). */
export type NumberInputProblem = "notANumber" | "tooManyDecimals" | "tooLarge" | "belowMin";

export interface NumberInputOptions {
  /** Most decimals accepted: 2 for soles (céntimos), 0 for counts. Default: no limit. */
  maxDecimals?: number;
  /** Smallest value accepted (0 for amounts and populations). Default: no limit. */
  min?: number;
}

export type NumberInputRead =
  | { kind: "empty" }
  | {
      kind: "number";
      value: number;
      /** True when a lone "," or "." before 3 digits was read as thousands ("1.500" → 1500). */
      thousandsGuessed: boolean;
    }
  | { kind: "invalid"; problem: NumberInputProblem; text: string };

const CURRENCY = /^(s\/\.?|pen)\s*/i;
const SPACE = "[\\s\\u00a0\\u202f\\u2009]";
const GROUP_SPACE = new RegExp(`(\\d)${SPACE}(?=\\d{3}(?!\\d))`, "g");
const TYPED = /^[+-]?[\d.,]+$/;

/** Decimals of a finite number as JavaScript prints it shortest (1500.5 → 1, 1e-7 → 7). */
function decimalsOf(value: number): number {
  const [mantissa = "", exp] = String(Math.abs(value)).split("e");
  const frac = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, frac - Number(exp ?? 0));
}

/**
 * A number typed in a form field the way people in Peru type it, e.g. a budget:
 * "252.000.000", "252,000,000", "252 000 000", "S/ 252 000 000", "1.500,50", "1,500.50", "252000000".
 * Rule (the same separator rule as parseNumber's auto mode):
 * 1. trim; blank → empty. A leading currency "S/", "S/." or "PEN" is dropped ("S/" alone → empty).
 * 2. A space (also no-break/thin) is a thousands separator only before exactly 3 digits
 *    ("252 000 000"); any other space → refused ("25 2").
 * 3. Only digits, "." and "," remain, with an optional leading sign; anything else (letters,
 *    "%", exponents, "1-2") → refused.
 * 4. Separators: several identical separators ("252.000.000") are thousands; with both kinds
 *    ("1.500,50", "1,500.50") the last one is the decimal mark; a single separator followed by
 *    exactly 3 digits after a 1–3 digit non-zero integer part ("1.500", "252,000") is thousands
 *    (`thousandsGuessed`), otherwise it is the decimal mark ("12,5", "0.500"). Thousands groups
 *    must have 3 digits ("1,23,4" refused).
 * 5. Checks, in this order: more decimals than `maxDecimals` (value as printed: "12,50" has one) →
 *    tooManyDecimals; |value| × 10^maxDecimals above 2^53 − 1 (no longer exact) → tooLarge;
 *    below `min` → belowMin.
 * Units: whatever the field holds (soles, inhabitants); -0 is returned as 0.
 */
export function parseNumberInput(text: string, options: NumberInputOptions = {}): NumberInputRead {
  const shown = text.trim();
  const refuse = (problem: NumberInputProblem): NumberInputRead => ({
    kind: "invalid",
    problem,
    text: shown,
  });
  const s = shown
    .replace(CURRENCY, "")
    .replace(GROUP_SPACE, "$1")
    .replace(new RegExp(`^([+-])${SPACE}+`), "$1");
  if (s === "") return { kind: "empty" };
  if (!TYPED.test(s) || !/\d/.test(s)) return refuse("notANumber");
  const parsed = parseNumber(s, "auto");
  if (parsed.kind !== "number" || parsed.value === null) return refuse("notANumber");
  const value = parsed.value;
  const { maxDecimals, min } = options;
  if (maxDecimals !== undefined && decimalsOf(value) > maxDecimals)
    return refuse("tooManyDecimals");
  if (Math.abs(value) * 10 ** (maxDecimals ?? 0) > Number.MAX_SAFE_INTEGER) {
    return refuse("tooLarge");
  }
  if (min !== undefined && value < min) return refuse("belowMin");
  return { kind: "number", value, thousandsGuessed: parsed.ambiguous };
}
