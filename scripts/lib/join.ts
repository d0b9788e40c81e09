import { parseUbigeo } from "../../src/core/ubigeo";
import { type CsvTable, rowNumber } from "./csv";
import { BuildError, where } from "./errors";
import type { Coverage } from "./sources";

export interface JoinOptions {
  /** Key cells that the source documents as "no code" (e.g. "NA"): counted as unmatched, not errors. */
  unmatchedTokens?: readonly string[];
  /** Several rows per district (e.g. one row per police station). Otherwise a repeat is an error. */
  allowDuplicates?: boolean;
}

export interface JoinResult {
  /** District id of each data row, or null when the code is not in the layer. */
  ids: (number | null)[];
  /** Parsed 6-digit code of each data row (null for an unmatched token such as "NA"). */
  codes: (string | null)[];
  coverage: Coverage;
}

/**
 * Match each row's key column to the district layer. Every code goes through parseUbigeo (leading
 * zeros restored and counted as repaired). Codes not in the layer are listed as unmatched; a code
 * that is not a district ubigeo, or a repeated ubigeo, stops the build naming file, row and problem.
 */
export function joinByUbigeo(
  table: CsvTable,
  column: string,
  ubigeoToId: ReadonlyMap<string, number>,
  options: JoinOptions = {},
): JoinResult {
  const tokens = options.unmatchedTokens ?? [];
  const firstRow = new Map<string, number>();
  const unmatched = new Set<string>();
  const matched = new Set<number>();
  let repaired = 0;
  const codes: (string | null)[] = [];
  const ids = table.rows.map((row, i) => {
    const raw = (row[column] ?? "").trim();
    const at = where(table.file, rowNumber(i), column);
    codes.push(null);
    if (tokens.includes(raw)) {
      unmatched.add(raw);
      return null;
    }
    const code = parseUbigeo(raw);
    if (code.ubigeo === null) throw new BuildError(`${at}: ubigeo no válido: ${code.problem}.`);
    if (code.level !== "district") {
      throw new BuildError(`${at}: "${raw}" es un código de ${code.level}, no de distrito.`);
    }
    if (code.repaired) repaired++;
    codes[i] = code.ubigeo;
    const prev = firstRow.get(code.ubigeo);
    if (prev !== undefined && !options.allowDuplicates) {
      throw new BuildError(`${at}: ubigeo ${code.ubigeo} repetido (ya en la fila ${prev}).`);
    }
    if (prev === undefined) firstRow.set(code.ubigeo, rowNumber(i));
    const id = ubigeoToId.get(code.ubigeo);
    if (id === undefined) {
      unmatched.add(code.ubigeo);
      return null;
    }
    matched.add(id);
    return id;
  });
  return {
    ids,
    codes,
    coverage: {
      rowsRead: table.rows.length,
      matched: matched.size,
      unmatched: [...unmatched].sort(),
      repaired,
      missing: ubigeoToId.size - matched.size,
    },
  };
}
