import { beforeEach, describe, expect, it } from "vitest";
import type { DistrictRow, DistrictTable } from "../data/contract";
import { resetStore, useAppStore } from "./index";

// Fixture table (not real data): two fake districts with population and poverty series, so the
// links' layers validate. Node has no localStorage: persistence is skipped silently (covered end
// to end in e2e/presentation.e2e.ts).
const row = (id: number, ubigeo: string): DistrictRow => ({
  id,
  ubigeo,
  name: `D${id}`,
  province: "P",
  department: "Uno",
  provinceCode: ubigeo.slice(0, 4),
  departmentCode: ubigeo.slice(0, 2),
  naturalRegion: "Costa",
  areaKm2: 10,
  label: [-77, -12],
  bbox: [-77.1, -12.1, -76.9, -11.9],
  neighbors: [],
});
const TABLE: DistrictTable = {
  version: 1,
  districts: [row(0, "010101"), row(1, "010102")],
  series: [
    {
      key: "population",
      year: 2022,
      sourceId: "fx",
      unit: "hab.",
      label: { es: "P", en: "P" },
      values: [10, 20],
    },
    {
      key: "poverty_pct",
      year: 2018,
      sourceId: "fx",
      unit: "%",
      label: { es: "Q", en: "Q" },
      values: [5, 9],
    },
  ],
};
beforeEach(() => {
  resetStore();
  useAppStore.setState({ table: TABLE });
});
const s = () => useAppStore.getState();

describe("presentation slice: saved views", () => {
  it("saves, renames, reorders and deletes views", () => {
    s().saveView("Uno");
    s().setLayer("poverty_pct");
    s().saveView("  Dos  ");
    s().saveView("");
    expect(s().slides.map((v) => v.title)).toEqual(["Uno", "Dos", "Vista 3"]);
    expect(s().slides[1]?.hash).toContain("layer=poverty_pct");
    expect(s().slides[1]?.hash).not.toContain("pres=");
    s().renameView("v1", "Primera");
    s().renameView("v1", "   "); // blank titles are refused
    s().moveView("v3", -2);
    expect(s().slides.map((v) => v.title)).toEqual(["Vista 3", "Primera", "Dos"]);
    s().deleteView("v2");
    expect(s().slides.map((v) => v.id)).toEqual(["v3", "v1"]);
  });

  it("plays views in order, clamped at both ends, and leaves presentation", () => {
    s().setLayer("population");
    s().saveView("A");
    s().setLayer("poverty_pct");
    s().saveView("B");
    s().startPresentation(null);
    expect(s()).toMatchObject({ presenting: true, slideIndex: null });
    s().prevSlide(); // nothing before the current view
    expect(s().slideIndex).toBeNull();
    s().nextSlide();
    expect(s()).toMatchObject({ slideIndex: 0, layerId: "population" });
    s().nextSlide();
    s().nextSlide();
    expect(s()).toMatchObject({ slideIndex: 1, layerId: "poverty_pct" });
    s().prevSlide();
    expect(s()).toMatchObject({ slideIndex: 0, layerId: "population" });
    s().stopPresentation();
    expect(s()).toMatchObject({ presenting: false, slideIndex: null });
  });

  it("imports a file's valid views after the existing ones and returns its problems", () => {
    s().saveView("Propia");
    const issues = s().importViews(
      {
        format: "mapa-riesgo-vistas",
        version: 1,
        views: [{ id: "v1", title: "Importada", hash: "v=1&layer=population" }, { title: "Mala" }],
      },
      "x.json",
    );
    expect(s().slides.map((v) => `${v.id}:${v.title}`)).toEqual(["v1:Propia", "v2:Importada"]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^x\.json, vista 2/);
  });
});
