/**
 * Test fixture (not shipped): a RowContext over a fixed column layout, joining by a ubigeo cell
 * among four districts, that records what the shape accumulators report.
 */
import type { ImportMessage } from "./import-messages";
import type { ProblemKind } from "./import-report";
import type { RowContext } from "./import-row-context";

const UBIGEOS = ["150101", "010101", "020101", "130101"];

export function fakeRowContext(columns: Record<string, number>) {
  const problems: { kind: ProblemKind; row: number; detail: ImportMessage }[] = [];
  const counted: ProblemKind[] = [];
  const fatals: ImportMessage[] = [];
  const used = new Set<number>();
  const ctx: RowContext = {
    districtCount: UBIGEOS.length,
    decimal: "auto",
    maxProblemsPerKind: 2,
    cell: (row, role) => {
      const i = columns[role];
      return i === undefined ? "" : (row[i] ?? "");
    },
    join(row, rowNumber) {
      const code = row[columns.join ?? 0] ?? "";
      const id = UBIGEOS.indexOf(code);
      if (id >= 0) return { id, repaired: false };
      problems.push({
        kind: "unjoined",
        row: rowNumber,
        detail: { code: "unknownUbigeo", ubigeo: code },
      });
      return null;
    },
    problem: (kind, row, detail) => void problems.push({ kind, row, detail }),
    countProblem: (kind) => void counted.push(kind),
    fatal: (_row, detail) => void fatals.push(detail),
    used: (id) => void used.add(id),
    isJoined: (id) => used.has(id),
    ubigeoOf: (id) => UBIGEOS[id] ?? String(id),
  };
  return { ctx, problems, counted, fatals };
}
