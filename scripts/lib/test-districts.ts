import type { Polygon } from "geojson";
import type { DistrictFeature } from "./boundaries";

/** FIXTURE for tests: a district feature with id `id` (ubigeo 0101NN) and the given geometry. */
export const fixtureDistrict = (id: number, geometry: Polygon): DistrictFeature => ({
  geometry,
  row: {
    id,
    ubigeo: `0101${String(id + 1).padStart(2, "0")}`,
    name: "",
    province: "",
    department: "",
    provinceCode: "0101",
    departmentCode: "01",
    naturalRegion: "",
    areaKm2: 0,
    label: [0, 0],
    bbox: [0, 0, 0, 0],
    neighbors: [],
  },
});
