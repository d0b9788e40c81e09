import { beforeEach, describe, expect, it } from "vitest";
import type { DistrictRow, DistrictTable } from "../data/contract";
import { resetStore, useAppStore } from "./index";
import { decodeStoreLink, encodeStore } from "./url-sync";

// Store side of the link (the codec's own tests are in core/link-codec.test.ts). Fixture table
// (not real data): two fake districts with a population series.
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
  ],
};
beforeEach(() => {
  resetStore();
  useAppStore.setState({ table: TABLE });
});
const s = () => useAppStore.getState();

describe("store link: the codec's keys plus the features' parts", () => {
  it("knows the FESC part's keys (not reported as unknown) and decodes them into its patch", () => {
    const r = decodeStoreLink(s(), "#v=1&layer=population&fn=12&fd=01");
    expect(r.issues).toEqual([]);
    expect(r.patch).toEqual({ layerId: "population" });
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0]).toMatchObject({ fesc: { n: 12, departments: ["01"] } });
  });

  it("writes the selection as its ubigeo and the FESC keys after the codec's own", () => {
    useAppStore.setState({ selectedId: 1, fesc: { ...s().fesc, n: 12 } });
    const link = encodeStore(s());
    expect(link).toMatch(/&sel=010102&.*fn=12$/);
    expect(link.indexOf("sel=")).toBeLessThan(link.indexOf("fn="));
  });

  it("still reports a key that neither the codec nor a part reads", () => {
    const r = decodeStoreLink(s(), "#v=1&zz=1");
    expect(r.issues).toEqual([{ code: "unknownKey", key: "zz" }]);
  });
});
