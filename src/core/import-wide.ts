/**
 * Wide shape (one row per district, each listed column an indicator): numbers or categories per
 * district, the first row of a repeated district kept.
 */
import { slugKey } from "./import-cells";
import type { CategoricalSummary } from "./import-report";
import type { RowContext } from "./import-row-context";
import type { AggregateColumn, WideShape } from "./import-spec";
import { parseNumber } from "./number-parse";

interface WideColumn {
  name: string;
  index: number;
  numbers: Float64Array;
  hasNumber: Uint8Array;
  texts: (string | null)[];
  numericCount: number;
  textCount: number;
  /** Non-numeric cells held back until we know the column is numeric. */
  pending: { row: number; value: string; raw: string }[];
}

export interface WideAccumulator {
  /** Where each listed column is in the current file's header (-1 if absent); sums carry over. */
  setColumnIndexes(indexes: readonly number[]): void;
  addRow(row: readonly string[], rowNumber: number): void;
  finish(): { columns: AggregateColumn[]; categorical: CategoricalSummary[] };
}

/**
 * The wide-shape accumulator. Per row: join (a failure is reported and the row skipped); a district
 * already seen is a "duplicate" (the first row is kept). Per listed column: a number is kept
 * (an ambiguous thousands separator is reported), a non-number text is kept as a category.
 *
 * finish(): a column whose non-numeric cells outnumber its numbers is categorical (text per district,
 * at most 200 characters; the 50 most frequent values summarised, ties by value); otherwise numeric,
 * with each non-numeric cell reported as "non-numeric" (the first maxProblemsPerKind listed, all
 * counted). Districts without a value are null.
 */
export function createWideAccumulator(shape: WideShape, ctx: RowContext): WideAccumulator {
  const n = ctx.districtCount;
  const seen = new Uint8Array(n);
  // Allocated at the first header (after the aggregator's column limit check), not here.
  let wide: WideColumn[] = [];

  const addRow = (row: readonly string[], rowNumber: number): void => {
    const joined = ctx.join(row, rowNumber);
    if (!joined) return;
    const id = joined.id;
    if (seen[id]) {
      return ctx.problem("duplicate", rowNumber, {
        code: "duplicateDistrict",
        ubigeo: ctx.ubigeoOf(id),
      });
    }
    seen[id] = 1;
    for (const col of wide) {
      const raw = row[col.index] ?? "";
      const num = parseNumber(raw, ctx.decimal);
      if (num.value !== null) {
        col.numbers[id] = num.value;
        col.hasNumber[id] = 1;
        col.numericCount++;
        if (num.ambiguous) {
          ctx.problem(
            "ambiguous-number",
            rowNumber,
            {
              code: "thousandsGuess",
              value: raw.trim().slice(0, 60),
              read: num.value,
              column: col.name,
            },
            raw,
          );
        }
      } else if (num.kind === "invalid") {
        col.texts[id] = raw.trim().slice(0, 200);
        col.textCount++;
        if (col.pending.length < ctx.maxProblemsPerKind)
          col.pending.push({ row: rowNumber, value: raw.trim().slice(0, 40), raw });
      }
    }
    ctx.used(id, joined.repaired);
  };

  const finish = (): { columns: AggregateColumn[]; categorical: CategoricalSummary[] } => {
    const columns: AggregateColumn[] = [];
    const categorical: CategoricalSummary[] = [];
    for (const col of wide) {
      if (col.textCount > col.numericCount) {
        const counts = new Map<string, number>();
        const categories: (string | null)[] = [];
        let withData = 0;
        for (let i = 0; i < n; i++) {
          const t = col.texts[i] ?? null;
          categories.push(t);
          if (t !== null) {
            withData++;
            counts.set(t, (counts.get(t) ?? 0) + 1);
          }
        }
        categorical.push({
          column: col.name,
          categories: [...counts]
            .map(([value, districts]) => ({ value, districts }))
            .sort((a, b) => b.districts - a.districts || a.value.localeCompare(b.value))
            .slice(0, 50),
        });
        columns.push({
          key: slugKey(col.name),
          label: col.name,
          sourceColumn: col.name,
          group: null,
          year: null,
          kind: "categorical",
          values: new Array<number | null>(n).fill(null),
          categories,
          months: null,
          districtsWithData: withData,
        });
      } else {
        for (const p of col.pending)
          ctx.problem(
            "non-numeric",
            p.row,
            { code: "notANumber", value: p.value, column: col.name },
            p.raw,
          );
        // Counted beyond the kept ones so the total is exact.
        for (let k = col.pending.length; k < col.textCount; k++) ctx.countProblem("non-numeric");
        const values: (number | null)[] = [];
        let withData = 0;
        for (let i = 0; i < n; i++) {
          if (col.hasNumber[i]) {
            values.push(col.numbers[i] ?? 0);
            withData++;
          } else values.push(null);
        }
        columns.push({
          key: slugKey(col.name),
          label: col.name,
          sourceColumn: col.name,
          group: null,
          year: null,
          kind: "numeric",
          values,
          categories: null,
          months: null,
          districtsWithData: withData,
        });
      }
    }
    return { columns, categorical };
  };

  return {
    setColumnIndexes(indexes) {
      if (wide.length === 0)
        wide = shape.columns.map((name) => ({
          name,
          index: -1,
          numbers: new Float64Array(n),
          hasNumber: new Uint8Array(n),
          texts: [],
          numericCount: 0,
          textCount: 0,
          pending: [],
        }));
      wide = wide.map((col, i) => ({ ...col, index: indexes[i] ?? -1 }));
    },
    addRow,
    finish,
  };
}
