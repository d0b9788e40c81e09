/**
 * CSV dialect sniffing: which delimiter, whether the first row is a header, and where the last
 * complete record of a streamed text buffer ends (so a parser only ever sees whole records).
 */

import type { HeaderReason } from "./import-messages";

export type Delimiter = "," | ";" | "\t" | "|";
export type DelimiterChoice = "auto" | Delimiter;

export const DELIMITERS: readonly Delimiter[] = [";", ",", "\t", "|"];

export interface DelimiterGuess {
  delimiter: Delimiter;
  /** Share of sampled lines (0–1) whose delimiter count equals the most common count. */
  consistency01: number;
  /** Fields per line implied by the guess (most common delimiter count + 1). */
  fieldCount: number;
}

/** Count of `delimiter` outside double-quoted runs in one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) count++;
  }
  return count;
}

/**
 * Guess the delimiter from a text sample (the first few KB of the file).
 * Method: split the sample into up to `maxLines` non-empty lines (the last, possibly cut, line is
 * dropped when the sample has several); for each candidate count its occurrences outside quotes per
 * line; consistency = share of lines having the modal count. Score = consistency when the modal count
 * is ≥ 1, else 0. The best score wins; ties go to the larger field count, then to the order
 * `;` `,` tab `|`. A `;` file with decimal commas ("1,5;2") is recognised because its header has no
 * commas, which breaks the comma's consistency.
 * Edge cases: an empty sample or a single column → "," with consistency 0.
 */
export function sniffDelimiter(sample: string, maxLines = 50): DelimiterGuess {
  let lines = sample.split(/\r\n|\n|\r/);
  if (lines.length > 1) lines = lines.slice(0, -1);
  lines = lines.filter((l) => l.trim() !== "").slice(0, maxLines);
  let best: DelimiterGuess = { delimiter: ",", consistency01: 0, fieldCount: 1 };
  if (lines.length === 0) return best;
  for (const delimiter of DELIMITERS) {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const c = countOutsideQuotes(line, delimiter);
      tally.set(c, (tally.get(c) ?? 0) + 1);
    }
    let modal = 0;
    let modalLines = 0;
    for (const [count, n] of tally) {
      if (n > modalLines || (n === modalLines && count > modal)) {
        modal = count;
        modalLines = n;
      }
    }
    const consistency01 = modal >= 1 ? modalLines / lines.length : 0;
    const fieldCount = modal + 1;
    if (
      consistency01 > best.consistency01 ||
      (consistency01 === best.consistency01 && consistency01 > 0 && fieldCount > best.fieldCount)
    ) {
      best = { delimiter, consistency01, fieldCount };
    }
  }
  return best;
}

const NUMERIC_LIKE = /^[\s+-]*[\d.,\s%]+$/;

export interface HeaderGuess {
  hasHeader: boolean;
  /** Why, as a code (worded by src/i18n/import-copy.ts). */
  reason: HeaderReason;
}

/**
 * Does the first row look like a header? Yes when every cell is non-empty, none looks like a number
 * and the names are distinct; no otherwise. (A data row such as `150101;Lima;123` fails the number
 * test.) Rows after the first are not needed; `rows` may hold only the first row.
 */
export function detectHeader(rows: readonly (readonly string[])[]): HeaderGuess {
  const first = rows[0];
  if (!first || first.length === 0) return { hasHeader: false, reason: { code: "headerEmpty" } };
  const cells = first.map((c) => c.trim());
  const numeric = cells.find((c) => c !== "" && NUMERIC_LIKE.test(c));
  if (numeric !== undefined) {
    return {
      hasHeader: false,
      reason: { code: "headerNumeric", value: numeric.slice(0, 30) },
    };
  }
  if (cells.some((c) => c === "")) {
    return { hasHeader: false, reason: { code: "headerUnnamed" } };
  }
  if (new Set(cells.map((c) => c.toLowerCase())).size !== cells.length) {
    return { hasHeader: false, reason: { code: "headerRepeated" } };
  }
  return { hasHeader: true, reason: { code: "headerNamed" } };
}

/**
 * Split a streamed text buffer at the end of its last complete record: returns the index just after
 * the last line break that lies outside double quotes (quote parity counted from the buffer start,
 * which must be a record start), or -1 when the buffer holds no complete record yet. An escaped
 * quote `""` flips parity twice, so it needs no special case.
 */
export function lastRecordBoundary(buffer: string): number {
  let inQuotes = false;
  let last = -1;
  for (let i = 0; i < buffer.length; i++) {
    const code = buffer.charCodeAt(i);
    if (code === 34) inQuotes = !inQuotes;
    else if (code === 10 && !inQuotes) last = i + 1;
  }
  return last;
}
