import { describe, expect, it } from "vitest";
import type { FiscalContext } from "../../data/contract";
import { fiscalBars, fiscalGroups } from "./fiscal-bars";

// Fixture (invented counts): two fiscal districts, two groups, two years.
const CTX: FiscalContext = {
  sourceId: "fx",
  years: [2022, 2023],
  rows: [
    { fiscalDistrict: "LIMA", seatUbigeo: "150101", year: 2023, group: "PATRIMONIO", count: 30 },
    { fiscalDistrict: "LIMA", seatUbigeo: "150101", year: 2023, group: "VIDA", count: 5 },
    { fiscalDistrict: "AMAZONAS", seatUbigeo: "010101", year: 2023, group: "VIDA", count: 12 },
    {
      fiscalDistrict: "AMAZONAS",
      seatUbigeo: "010101",
      year: 2022,
      group: "PATRIMONIO",
      count: 99,
    },
  ],
};

describe("fiscalBars", () => {
  it("sums all groups of the year per fiscal district, largest first", () => {
    // Lima 2023 = 30 + 5 = 35; Amazonas 2023 = 12 (its 2022 row is another year).
    expect(fiscalBars(CTX, 2023, null).map((b) => [b.fiscalDistrict, b.count])).toEqual([
      ["LIMA", 35],
      ["AMAZONAS", 12],
    ]);
  });

  it("keeps one group and lists districts without rows that year as 0", () => {
    expect(fiscalBars(CTX, 2023, "PATRIMONIO").map((b) => [b.fiscalDistrict, b.count])).toEqual([
      ["LIMA", 30],
      ["AMAZONAS", 0],
    ]);
  });

  it("orders groups by national total", () => {
    // 2023: VIDA 5 + 12 = 17 < PATRIMONIO 30.
    expect(fiscalGroups(CTX, 2023)).toEqual(["PATRIMONIO", "VIDA"]);
  });
});
