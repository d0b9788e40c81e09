import { describe, expect, it } from "vitest";
import {
  buildRankingRows,
  filterSortRows,
  scrollTopFor,
  visibleRange,
  type RankingTableRow,
} from "./ranking-rows";

// FIXTURE: four invented districts in two invented departments.
const D = [
  {
    id: 0,
    ubigeo: "990101",
    name: "Ñuñoa",
    province: "P1",
    provinceCode: "9901",
    department: "Zeta",
    departmentCode: "99",
  },
  {
    id: 1,
    ubigeo: "990102",
    name: "Ancón",
    province: "P1",
    provinceCode: "9901",
    department: "Zeta",
    departmentCode: "99",
  },
  {
    id: 2,
    ubigeo: "980101",
    name: "Breña",
    province: "P2",
    provinceCode: "9801",
    department: "Alfa",
    departmentCode: "98",
  },
  {
    id: 3,
    ubigeo: "980102",
    name: "Ocoña",
    province: "P2",
    provinceCode: "9801",
    department: "Alfa",
    departmentCode: "98",
  },
];
const score = (id: number, irs: number | null, rank: number | null) => ({
  id,
  irs,
  rank,
  classIndex: null,
  contributions: {},
  missing: [],
});
const rows: RankingTableRow[] = buildRankingRows(
  D,
  [score(0, 40, 2), score(1, 90, 1), score(2, null, null), score(3, 40, 2)],
  [5000, 800, 12000, null],
);
const ids = (r: RankingTableRow[]) => r.map((x) => x.id);
const all = { departmentCode: null, provinceCode: null, minPopulation: null };

describe("filterSortRows", () => {
  it("sorts by rank with ties by ubigeo and no-IRS last", () => {
    // ranks 1 (id 1), 2 (ids 0 and 3: ubigeo 980102 < 990101 → 3 first), null (id 2)
    expect(ids(filterSortRows(rows, all, "rank", false))).toEqual([1, 3, 0, 2]);
  });
  it("keeps rows without a value last when descending too", () => {
    // rank 2 first (ids 3, 0: ties keep ubigeo order), then rank 1, then no IRS
    expect(ids(filterSortRows(rows, all, "rank", true))).toEqual([3, 0, 1, 2]);
    expect(ids(filterSortRows(rows, all, "population", true))).toEqual([2, 0, 1, 3]);
  });
  it("sorts names with Spanish collation (Ñ after N, accents ignored)", () => {
    expect(filterSortRows(rows, all, "name", false).map((r) => r.name)).toEqual([
      "Ancón",
      "Breña",
      "Ñuñoa",
      "Ocoña",
    ]);
  });
  it("filters by department, province and minimum population", () => {
    expect(ids(filterSortRows(rows, { ...all, departmentCode: "99" }, "rank", false))).toEqual([
      1, 0,
    ]);
    expect(ids(filterSortRows(rows, { ...all, provinceCode: "9801" }, "rank", false))).toEqual([
      3, 2,
    ]);
    // population ≥ 1000: ids 0 (5000) and 2 (12000); id 3 has no population → out
    expect(ids(filterSortRows(rows, { ...all, minPopulation: 1000 }, "rank", false))).toEqual([
      0, 2,
    ]);
  });
});

describe("visibleRange", () => {
  it("renders only the rows in view plus the overscan", () => {
    // rows of 28 px, viewport 280 px at scrollTop 560: rows 20..30, overscan 5 → [15, 35)
    expect(visibleRange(560, 280, 28, 1891, 5)).toEqual([15, 35]);
    expect(visibleRange(0, 280, 28, 1891, 5)).toEqual([0, 15]);
    // bottom: max scrollTop = 1891·28 − 280 = 52 668 → rows 1881..1891, start 1876, end capped
    expect(visibleRange(52_668, 280, 28, 1891, 5)).toEqual([1876, 1891]);
  });
});

describe("scrollTopFor", () => {
  it("scrolls only when the row is out of view", () => {
    expect(scrollTopFor(12, 280, 280, 28)).toBeNull(); // 336..364 is within 280..560
    expect(scrollTopFor(2, 280, 280, 28)).toBe(56); // above: align to top
    // below: centre → 100·28 − 140 + 14 = 2674
    expect(scrollTopFor(100, 0, 280, 28)).toBe(2674);
  });
});
