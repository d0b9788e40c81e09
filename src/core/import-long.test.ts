import { describe, expect, it } from "vitest";
import { createLongAccumulator } from "./import-long";
import { fakeRowContext } from "./import-row-context.fixture";

// Columns: ubigeo, year, month, group, value.
const ROLES = { join: 0, year: 1, month: 2, group: 3, value: 4 };

describe("long shape accumulator", () => {
  it("sums per group and year; zero-fills districts seen elsewhere, null for never-seen", () => {
    const { ctx } = fakeRowContext(ROLES);
    const acc = createLongAccumulator(
      { kind: "long", valueColumn: "n", groupColumn: "g", yearColumn: "y", zeroFill: true },
      ctx,
    );
    // Hand-worked: robo 2024: Lima 2 + 3 = 5; hurto 2024: Chachapoyas 4; hurto 2025: Lima 1.
    acc.addRow(["150101", "2024", "", "Robo", "2"], 2);
    acc.addRow(["150101", "2024", "", "robo", "3"], 3);
    acc.addRow(["010101", "2024", "", "Hurto", "4"], 4);
    acc.addRow(["150101", "2025", "", "Hurto", "1"], 5);
    const cols = acc.finish().map((c) => [c.key, c.year, c.values]);
    expect(cols).toEqual([
      ["hurto", 2024, [0, 4, null, null]],
      ["hurto", 2025, [1, 0, null, null]],
      ["robo", 2024, [5, 0, null, null]],
      ["robo", 2025, [0, 0, null, null]],
    ]);
  });
  it("reports bad years, months, values and negatives with codes, and skips them", () => {
    const { ctx, problems } = fakeRowContext(ROLES);
    const acc = createLongAccumulator(
      { kind: "long", valueColumn: "n", yearColumn: "y", monthColumn: "m" },
      ctx,
    );
    acc.addRow(["150101", "20x4", "1", "", "1"], 2);
    acc.addRow(["150101", "2024", "13", "", "1"], 3);
    acc.addRow(["150101", "2024", "1", "", ""], 4);
    acc.addRow(["150101", "2024", "1", "", "abc"], 5);
    acc.addRow(["150101", "2024", "1", "", "-2"], 6);
    acc.addRow(["150101", "2024", "1", "", "1,234"], 7);
    expect(problems.map((p) => [p.row, p.kind, p.detail])).toEqual([
      [2, "invalid-year", { code: "invalidYear", value: "20x4" }],
      [3, "invalid-month", { code: "invalidMonth", value: "13" }],
      [4, "non-numeric", { code: "emptyValue", column: "n" }],
      [5, "non-numeric", { code: "notANumber", value: "abc", column: null }],
      [6, "negative", { code: "negativeCount", value: -2 }],
      [7, "ambiguous-number", { code: "thousandsGuess", value: "1,234", read: 1234, column: null }],
    ]);
    expect(acc.finish()[0]?.values[0]).toBe(1234);
  });
  it("skips a repeated unique key and counts filtered rows", () => {
    const { ctx, problems } = fakeRowContext(ROLES);
    const acc = createLongAccumulator(
      {
        kind: "long",
        valueColumn: "n",
        uniqueKey: ["m"],
        filter: { column: "g", values: ["robo"] },
      },
      { ...ctx, cell: (row, role) => ctx.cell(row, role === "filter" ? "group" : role) },
    );
    acc.setKeyColumns([2]);
    acc.addRow(["150101", "", "1", "ROBO", "2"], 2);
    acc.addRow(["150101", "", "1", "Robó", "2"], 3);
    acc.addRow(["150101", "", "2", "hurto", "9"], 4);
    expect(acc.rowsFiltered).toBe(1);
    expect(problems).toEqual([{ kind: "duplicate", row: 3, detail: { code: "duplicateKey" } }]);
    expect(acc.finish()[0]?.values[0]).toBe(2);
  });
});
