import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchDistricts } from "./search";

const rows = [
  { id: 0, ubigeo: "010101", name: "Chachapoyas", province: "Chachapoyas", department: "Amazonas" },
  { id: 1, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
  { id: 2, ubigeo: "150132", name: "San Juan de Lurigancho", province: "Lima", department: "Lima" },
  { id: 3, ubigeo: "150135", name: "San Martín de Porres", province: "Lima", department: "Lima" },
  {
    id: 4,
    ubigeo: "130105",
    name: "La Esperanza",
    province: "Trujillo",
    department: "La Libertad",
  },
];
const index = buildSearchIndex(rows);

describe("searchDistricts", () => {
  it("ignores accents and case", () => {
    expect(searchDistricts(index, "san martin")).toEqual([3]);
    expect(searchDistricts(index, "SAN MARTÍN DE PORRES")).toEqual([3]);
  });
  it("ranks exact, then prefix, then word prefix", () => {
    // "lima": exact name (1); no prefix; "lurigancho"... not; words found in full key: 2 and 3 (province Lima)
    expect(searchDistricts(index, "lima")).toEqual([1, 2, 3]);
    expect(searchDistricts(index, "lurigancho")).toEqual([2]);
  });
  it("finds by ubigeo prefix and repairs a lost leading zero", () => {
    expect(searchDistricts(index, "1501")).toEqual([1, 2, 3]);
    expect(searchDistricts(index, "10101")).toEqual([0]);
  });
  it("returns nothing for an empty query", () => {
    expect(searchDistricts(index, "  ")).toEqual([]);
  });
});
