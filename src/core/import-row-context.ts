/**
 * What the row parsers of each shape (import-long.ts, import-wide.ts) get from the aggregator:
 * cells by role, the join to a district, problem reporting and the joined-district bookkeeping.
 * One interface so each shape's file holds only its own rule.
 */
import type { ImportMessage } from "./import-messages";
import type { ProblemKind } from "./import-report";
import type { DecimalMark } from "./number-parse";

export interface RowContext {
  /** Districts in the layer; ids are 0..districtCount-1. */
  readonly districtCount: number;
  readonly decimal: DecimalMark;
  /** Problems kept per kind (the rest are only counted). */
  readonly maxProblemsPerKind: number;
  /** The cell of a role ("join", "value", "year"…; see import-columns requiredColumns), "" if none. */
  cell(row: readonly string[], role: string): string;
  /** The district of a row, or null after reporting why it did not join. */
  join(row: readonly string[], rowNumber: number): { id: number; repaired: boolean } | null;
  problem(kind: ProblemKind, rowNumber: number, detail: ImportMessage, value?: string): void;
  /** Count a problem without keeping it (beyond the kept ones). */
  countProblem(kind: ProblemKind): void;
  fatal(rowNumber: number, detail: ImportMessage): void;
  /** Record a row used for district `id` (rows joined, repaired codes, districts joined). */
  used(id: number, repaired: boolean): void;
  /** Whether some row was used for district `id`. */
  isJoined(id: number): boolean;
  /** Ubigeo of a district id, for messages. */
  ubigeoOf(id: number): string;
}
