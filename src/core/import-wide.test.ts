import { describe, expect, it } from "vitest";
import { fakeRowContext } from "./import-row-context.fixture";
import { createWideAccumulator } from "./import-wide";

describe("wide shape accumulator", () => {
  it("keeps numbers and categories per district; the first row of a district wins", () => {
    const { ctx, problems } = fakeRowContext({ join: 0 });
    const acc = createWideAccumulator({ kind: "wide", columns: ["tasa", "semaforo"] }, ctx);
    acc.setColumnIndexes([1, 2]);
    acc.addRow(["150101", "1,5", "verde"], 2);
    acc.addRow(["010101", "x", "rojo"], 3);
    acc.addRow(["020101", "2", "rojo"], 4);
    acc.addRow(["150101", "9", "ámbar"], 5);
    const { columns, categorical } = acc.finish();
    expect(columns.map((c) => [c.key, c.kind, c.values, c.categories])).toEqual([
      ["tasa", "numeric", [1.5, null, 2, null], null],
      ["semaforo", "categorical", [null, null, null, null], ["verde", "rojo", "rojo", null]],
    ]);
    expect(categorical).toEqual([
      {
        column: "semaforo",
        categories: [
          { value: "rojo", districts: 2 },
          { value: "verde", districts: 1 },
        ],
      },
    ]);
    expect(problems.map((p) => [p.row, p.kind, p.detail])).toEqual([
      [5, "duplicate", { code: "duplicateDistrict", ubigeo: "150101" }],
      [3, "non-numeric", { code: "notANumber", value: "x", column: "tasa" }],
    ]);
  });
  it("lists the first non-numeric cells and counts the rest", () => {
    const { ctx, problems, counted } = fakeRowContext({ join: 0 });
    const acc = createWideAccumulator(
      { kind: "wide", columns: ["v"] },
      { ...ctx, maxProblemsPerKind: 1 },
    );
    acc.setColumnIndexes([1]);
    // 2 numbers, 2 texts: numeric (texts do not outnumber numbers); 1 listed + 1 counted.
    ["1", "a", "2", "b"].forEach((v, i) =>
      acc.addRow([["150101", "010101", "020101", "130101"][i] ?? "", v], i + 2),
    );
    expect(acc.finish().columns[0]?.values).toEqual([1, null, 2, null]);
    expect(problems.filter((p) => p.kind === "non-numeric").map((p) => p.row)).toEqual([3]);
    expect(counted).toEqual(["non-numeric"]);
  });
});
