import { describe, expect, it } from "vitest";
import { compareCandidates, selectDistricts, type Candidate } from "./selection";

const c = (
  ubigeo: string,
  irs: number | null,
  population: number | null,
  extra: Partial<Candidate> = {},
): Candidate => ({
  ubigeo,
  departmentCode: ubigeo.slice(0, 2),
  irs,
  population,
  covered: false,
  values: {},
  ...extra,
});

// Fixture: three districts tie on IRS 80; the largest has the highest ubigeo; two tie on population.
const pool = [
  c("010103", 80, 300),
  c("010102", 80, 200),
  c("010101", 80, 200),
  c("020101", 70, 5000),
  c("020102", 65, 10),
  c("020103", null, 99999),
];

describe("compareCandidates", () => {
  it("orders by IRS desc, population desc, ubigeo asc, null last", () => {
    const sorted = [...pool].sort(compareCandidates).map((x) => x.ubigeo);
    expect(sorted).toEqual(["010103", "010101", "010102", "020101", "020102", "020103"]);
  });
});

describe("selectDistricts top-n", () => {
  it("breaks ties deterministically", () => {
    const r = selectDistricts(pool, { kind: "top-n", n: 2 });
    expect(r.selected).toEqual(["010103", "010101"]);
  });

  it("lists the just-missed with IRS points below the cut", () => {
    // cut = 80 (last selected); 010102: 80 − 80 = 0; 020101: 80 − 70 = 10; 020102: 80 − 65 = 15
    const r = selectDistricts(pool, { kind: "top-n", n: 2 }, {}, 3);
    expect(r.justMissed.map((j) => [j.ubigeo, j.irsBelowCut])).toEqual([
      ["010102", 0],
      ["020101", 10],
      ["020102", 15],
    ]);
    expect(r.withoutIrs).toBe(1);
  });

  it("applies department, population and coverage filters", () => {
    const covered = pool.map((x) => (x.ubigeo === "020101" ? { ...x, covered: true } : x));
    const r = selectDistricts(
      covered,
      { kind: "top-n", n: 5 },
      {
        departments: ["02"],
        minPopulation: 50,
        excludeCovered: true,
      },
    );
    // dept 02: 020101 covered (out), 020102 pop 10 < 50 (out), 020103 has no IRS
    expect(r.selected).toEqual([]);
    expect(r.filteredOut).toBe(5);
  });
});

describe("selectDistricts thresholds", () => {
  const withValues = [
    c("010101", 50, 100, { values: { poverty_pct: 40, police_per_10k: 3 } }),
    c("010102", 60, 100, { values: { poverty_pct: 25, police_per_10k: 3 } }),
    c("010103", 70, 100, { values: { poverty_pct: 20, police_per_10k: 9 } }),
    c("010104", 90, 100, { values: { poverty_pct: null, police_per_10k: 1 } }),
  ];
  const conditions = [
    { indicatorId: "poverty_pct", op: ">=" as const, value: 30 },
    { indicatorId: "police_per_10k", op: "<=" as const, value: 5 },
  ];

  it("keeps districts meeting all conditions (AND)", () => {
    expect(selectDistricts(withValues, { kind: "thresholds", conditions }).selected).toEqual([
      "010101",
    ]);
  });

  it("says which condition failed and by how much, fewest failures first", () => {
    const r = selectDistricts(withValues, { kind: "thresholds", conditions });
    // 010104 (IRS 90) and 010102 (IRS 60) fail one condition; 010103 fails two.
    expect(r.justMissed.map((j) => j.ubigeo)).toEqual(["010104", "010102", "010103"]);
    // 010102: poverty 25 < 30 → missing by 5
    expect(r.justMissed[1]?.failed).toEqual([
      { indicatorId: "poverty_pct", op: ">=", threshold: 30, actual: 25, missingBy: 5 },
    ]);
    // 010104: no poverty value → missingBy null
    expect(r.justMissed[0]?.failed?.[0]?.missingBy).toBeNull();
    // 010103: poverty 30 − 20 = 10; police 9 − 5 = 4
    expect(r.justMissed[2]?.failed?.map((f) => f.missingBy)).toEqual([10, 4]);
  });
});
