import { beforeEach, describe, expect, it } from "vitest";
import type { BarrioRow } from "../core/barrio-seguro";
import type { DistrictScore } from "../core/types";
import type { DistrictRow, DistrictTable } from "../data/contract";
import { DEFAULT_FESC, selectFescResult, selectScores } from "./fesc-slice";
import { resetStore, useAppStore } from "./index";

// Fixture (not shipped data): five districts A–E with hand-set IRS and population.
const NAMES = ["A", "B", "C", "D", "E"];
const IRS = [90, 80, 70, 60, null];
const POP = [600, 300, 100, 50, 1000];
const row = (i: number): DistrictRow => ({
  id: i,
  ubigeo: `15010${i + 1}`,
  name: NAMES[i] ?? "",
  province: "Lima",
  department: "Lima",
  provinceCode: "1501",
  departmentCode: "15",
  naturalRegion: "Costa",
  areaKm2: 10,
  label: [0, 0],
  bbox: [0, 0, 1, 1],
  neighbors: [],
});
const TABLE: DistrictTable = {
  version: 1,
  districts: NAMES.map((_, i) => row(i)),
  series: [
    {
      key: "population",
      year: 2022,
      sourceId: "fx",
      unit: "hab.",
      label: { es: "P", en: "P" },
      values: POP,
    },
    {
      key: "poverty_pct",
      year: 2018,
      sourceId: "fx",
      unit: "%",
      label: { es: "p", en: "p" },
      values: [10, 40, 35, 50, 20],
    },
  ],
};
const SCORES: DistrictScore[] = IRS.map((irs, id): DistrictScore => ({
  id,
  irs,
  rank: irs === null ? null : id + 1,
  classIndex: irs === null ? null : 4 - id,
  contributions:
    irs === null
      ? ({} as Record<string, number>)
      : { population: irs * 0.75, poverty_pct: irs * 0.25 },
  missing: [],
}));
const barrioAt = (ubigeo: string): BarrioRow => ({
  barrio: "X",
  department: "LIMA",
  province: "LIMA",
  district: "A",
  ubigeo,
  provinceCode: "1501",
  departmentCode: "15",
  districtId: 0,
  nationalNumber: null,
  date: "2019",
  year: 2019,
  status: "operativo",
  sources: [],
  notes: [],
  origins: ["registro"],
});

beforeEach(() => {
  resetStore();
  const patch = { table: TABLE, scores: SCORES };
  useAppStore.setState(patch);
});

const setFesc = (p: Partial<typeof DEFAULT_FESC>) =>
  useAppStore.getState().setFesc({ ...DEFAULT_FESC, ...p });

// The rules themselves are tested on plain inputs in core/fesc-result.test.ts; here, the wiring
// from the state (population and indicator series of the table, coverage, memo).
describe("FESC selection and allocation", () => {
  it("uses the index slice's scores when the state has them", () => {
    expect(selectScores(useAppStore.getState())).toBe(SCORES);
  });

  it("fills a budget among the top N by population, exact to the céntimo", () => {
    setFesc({ n: 3, budgetSoles: 1000, mode: "population" });
    const r = selectFescResult(useAppStore.getState());
    // weights 600:300:100 of 1 000 → S/ 600, 300, 100 = 60 000, 30 000, 10 000 céntimos
    expect(r?.rows.map((x) => [x.name, x.amountCents])).toEqual([
      ["A", 60000],
      ["B", 30000],
      ["C", 10000],
    ]);
    expect(r?.totalCents).toBe(100000);
    // D just missed: 70 − 60 = 10 IRS points below the cut
    expect(r?.justMissed[0]).toMatchObject({ name: "D", irsBelowCut: 10 });
    expect(r?.rows[0]?.contributions[0]).toEqual({ id: "population", points: 67.5 });
  });

  it("excludes districts already covered by Barrio Seguro", () => {
    useAppStore.getState().setBarrioRows([barrioAt("150101")], "imported");
    // setBarrioRows recomputes the index from the table; put the hand-set fixture scores back
    useAppStore.setState({ scores: SCORES });
    setFesc({ n: 3, amounts: "none", excludeCovered: true });
    const r = selectFescResult(useAppStore.getState());
    expect(r?.rows.map((x) => x.name)).toEqual(["B", "C", "D"]);
    expect(r?.rows[0]?.amountCents).toBeNull();
    expect(r?.filteredOut).toBe(1);
  });

  it("selects by thresholds and says what the near misses lacked", () => {
    setFesc({
      rule: "thresholds",
      amounts: "none",
      conditions: [{ indicatorId: "poverty_pct", op: ">=", value: 36 }],
    });
    const r = selectFescResult(useAppStore.getState());
    expect(r?.rows.map((x) => x.name)).toEqual(["B", "D"]);
    // C: 36 − 35 = 1 point short
    const c = r?.justMissed.find((m) => m.name === "C");
    expect(c?.failed[0]).toMatchObject({ actual: 35, missingBy: 1 });
  });

  it("reads a threshold's indicator for the index's own year, not the latest one", () => {
    // A later poverty series (2023: 90 everywhere) exists, but the index reads 2018: the
    // threshold ≥ 36 must keep selecting B (40) and D (50) from 2018, as the ranking shows.
    const later = { ...TABLE.series[1]!, year: 2023, values: [90, 90, 90, 90, 90] };
    const s = useAppStore.getState();
    useAppStore.setState({
      table: { ...TABLE, series: [...TABLE.series, later] },
      methodology: { ...s.methodology, year: 2018 },
    });
    setFesc({
      rule: "thresholds",
      amounts: "none",
      conditions: [{ indicatorId: "poverty_pct", op: ">=", value: 36 }],
    });
    const r = selectFescResult(useAppStore.getState());
    expect(r?.rows.map((x) => x.name)).toEqual(["B", "D"]);
  });

  it("memoises on its inputs and recomputes when the parameters change", () => {
    setFesc({ n: 2, amounts: "none" });
    const first = selectFescResult(useAppStore.getState());
    expect(selectFescResult(useAppStore.getState())).toBe(first);
    setFesc({ n: 1, amounts: "none" });
    const second = selectFescResult(useAppStore.getState());
    expect(second).not.toBe(first);
    expect(second?.rows.map((x) => x.name)).toEqual(["A"]);
  });

  it("is null before the table is loaded", () => {
    useAppStore.setState({ table: null });
    expect(selectFescResult(useAppStore.getState())).toBeNull();
  });

  it("saves named scenarios with their amounts", () => {
    setFesc({ n: 2, budgetSoles: 900, mode: "population" });
    useAppStore.getState().saveFescScenario("dos");
    const s = useAppStore.getState().fescScenarios[0];
    // 600:300 of 900 → 600, 300 soles
    expect(s?.selection).toEqual([
      { ubigeo: "150101", amountCents: 60000 },
      { ubigeo: "150102", amountCents: 30000 },
    ]);
    expect(s?.method).toEqual({ kind: "budget", budgetCents: 90000, mode: "population" });
  });
});
