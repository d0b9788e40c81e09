import { beforeEach, describe, expect, it } from "vitest";
import { VIEW_LIMITS } from "../core/saved-views";
import type { DistrictScore } from "../core/types";
import type { DistrictRow, DistrictTable } from "../data/contract";
import { VIEWS_COPY } from "../i18n/views-copy";
import { DEFAULT_FESC } from "./fesc-slice";
import { resetStore, useAppStore } from "./index";

// Issue 13: a FESC scenario travels in the link, so saving one checks the saved views' storage
// rule (link length) and says what did not fit. Fixture (not shipped data): two districts.
const row = (i: number): DistrictRow => ({
  id: i,
  ubigeo: `15010${i + 1}`,
  name: `D${i}`,
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
  districts: [row(0), row(1)],
  series: [
    {
      key: "population",
      year: 2022,
      sourceId: "fx",
      unit: "hab.",
      label: { es: "P", en: "P" },
      values: [600, 300],
    },
  ],
};
const SCORES: DistrictScore[] = [90, 80].map((irs, id) => ({
  id,
  irs,
  rank: id + 1,
  classIndex: 4 - id,
  contributions: { population: irs },
  missing: [],
}));
const s = () => useAppStore.getState();
beforeEach(() => {
  resetStore();
  useAppStore.setState({ table: TABLE, scores: SCORES });
  s().setFesc({ ...DEFAULT_FESC, n: 2 });
});

describe("saving a FESC scenario follows the storage rule of views", () => {
  it("saves a scenario that fits", () => {
    expect(s().saveFescScenario("dos")).toBeNull();
    expect(s().fescScenarios.map((x) => x.name)).toEqual(["dos"]);
  });

  it("refuses one that would make the link too long, names the size and the part, keeps the list", () => {
    expect(s().saveFescScenario("uno")).toBeNull();
    // A name longer than the whole link allows (escaped as-is: letters take one character each).
    const huge = "x".repeat(VIEW_LIMITS.maxLink);
    const problem = s().saveFescScenario(huge);
    expect(problem).toMatchObject({ code: "linkTooLong", max: VIEW_LIMITS.maxLink });
    expect(problem?.code === "linkTooLong" && problem.length).toBeGreaterThan(VIEW_LIMITS.maxLink);
    expect(problem?.code === "linkTooLong" && problem.largest?.key).toBe("fs");
    expect(s().fescScenarios.map((x) => x.name)).toEqual(["uno"]);
    const text = VIEWS_COPY.en.scenarioNotSaved("big", problem ?? { code: "readOnly" });
    expect(text).toContain('Scenario "big" was not saved');
    expect(text).toContain('"fs"');
    expect(VIEWS_COPY.es.scenarioNotSaved("big", problem ?? { code: "readOnly" })).toContain(
      "El escenario «big» no se guardó",
    );
  });
});
