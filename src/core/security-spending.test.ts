import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAggregator } from "./import-aggregate";
import { applyImport } from "./import-apply";
import { createJoinTarget, type DistrictRef } from "./import-join";
import {
  SECURITY_APPLY_OPTIONS,
  SECURITY_SPENDING_KEY,
  isSecuritySpendingHeader,
  resolveSecurityColumns,
  securitySpendingSpec,
} from "./security-spending";

// FIXTURE (invented amounts): test/fixtures/pp0030/pp0030_fixture.csv, figures in its README.
const FIXTURE = readFileSync(
  new URL("../../test/fixtures/pp0030/pp0030_fixture.csv", import.meta.url),
  "utf8",
);
const DISTRICTS: DistrictRef[] = [
  { id: 0, ubigeo: "150132", name: "San Juan de Lurigancho", province: "Lima", department: "Lima" },
  { id: 1, ubigeo: "150110", name: "Comas", province: "Lima", department: "Lima" },
  { id: 2, ubigeo: "010101", name: "Chachapoyas", province: "Chachapoyas", department: "Amazonas" },
  { id: 3, ubigeo: "130101", name: "Trujillo", province: "Trujillo", department: "La Libertad" },
];

describe("security spending import (PP 0030 and the like)", () => {
  const [head = "", ...lines] = FIXTURE.trim().split("\n");
  const header = head.split(";");

  it("recognises a ubigeo + year + accrued-amount header, not a header without amounts", () => {
    expect(isSecuritySpendingHeader(header)).toBe(true);
    expect(resolveSecurityColumns(header)).toEqual({
      ubigeo: "UBIGEO",
      year: "ANO_EJE",
      month: "MES_EJE",
      amount: "MONTO_DEVENGADO",
    });
    expect(isSecuritySpendingHeader(["UBIGEO", "ANIO", "PRODUCTO"])).toBe(false);
  });

  it("sums devengado by district and year as the fixture README works out", () => {
    const agg = createAggregator(
      securitySpendingSpec({ encoding: "auto", delimiter: ";" }, header),
      createJoinTarget(DISTRICTS),
    );
    agg.setHeader(header, "pp0030_fixture.csv");
    lines.forEach((l, i) => agg.addRow(l.split(";"), i + 2));
    const { report, result } = agg.finish();
    expect(result).not.toBeNull();
    expect(report.rowsRead).toBe(40);
    expect(report.repairedCodes).toBe(12); // the 12 Chachapoyas rows written "10101"
    expect(report.unjoinedCodes.map((u) => u.code)).toEqual(["999999"]);
    const y2023 = result?.columns.find((c) => c.year === 2023);
    // 150132: 12 × 100,000 + 50,000; 150110: 12 × 30,000; 010101: 12 × 5,000; 130101: no row → null.
    expect(y2023?.values).toEqual([1_250_000, 360_000, 60_000, null]);
    const y2024 = result?.columns.find((c) => c.year === 2024);
    expect(y2024?.months).toEqual([1, 2]);
    expect(y2024?.values).toEqual([170_000, null, null, null]);

    // Applied: every year becomes security_spending, replacing an earlier import of it.
    const table = {
      version: 1 as const,
      districts: DISTRICTS,
      series: [
        {
          key: SECURITY_SPENDING_KEY,
          year: 2022,
          sourceId: "import-0",
          unit: "S/",
          label: { es: "x", en: "x" },
          values: [1, 1, 1, 1],
        },
      ],
    };
    const applied = applyImport(table, result!, {
      ...SECURITY_APPLY_OPTIONS,
      sourceId: "import-1",
    });
    expect(applied.table.series.map((s) => `${s.key}@${s.year}`)).toEqual([
      "security_spending@2023",
      "security_spending@2024",
    ]);
    expect(applied.replaced).toEqual(["security_spending@2022"]);
  });
});
