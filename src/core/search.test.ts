import { describe, expect, it } from "vitest";
import type { PlaceAlias } from "./place-aliases";
import { buildSearchIndex, searchDistricts, type SearchEntry } from "./search";

// FIXTURE (names and codes real, populations rounded by hand; not read from public/data).
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
  { id: 5, ubigeo: "120206", name: "Comas", province: "Concepción", department: "Junín" },
  { id: 6, ubigeo: "150110", name: "Comas", province: "Lima", department: "Lima" },
  { id: 7, ubigeo: "020105", name: "Independencia", province: "Huaraz", department: "Áncash" },
  {
    id: 8,
    ubigeo: "051106",
    name: "Independencia",
    province: "Vilcas Huamán",
    department: "Ayacucho",
  },
  { id: 9, ubigeo: "110504", name: "Independencia", province: "Pisco", department: "Ica" },
  { id: 10, ubigeo: "150112", name: "Independencia", province: "Lima", department: "Lima" },
  { id: 11, ubigeo: "110301", name: "Nasca", province: "Nasca", department: "Ica" },
  { id: 12, ubigeo: "150140", name: "Santiago de Surco", province: "Lima", department: "Lima" },
  { id: 13, ubigeo: "150732", name: "Surco", province: "Huarochirí", department: "Lima" },
  {
    id: 14,
    ubigeo: "010605",
    name: "Limabamba",
    province: "Rodríguez de Mendoza",
    department: "Amazonas",
  },
  { id: 15, ubigeo: "150103", name: "Ate", province: "Lima", department: "Lima" },
];
// population[id]: 150132 > 150135 > 150103 > 150110 > 150140 > 150101 > 150112 …
const population = [
  30_000, 267_000, 1_225_000, 771_000, 200_000, 5_000, 587_000, 91_000, 1_000, 15_000, 228_000,
  31_000, 420_000, 1_300, 2_300, 703_000,
];
const alias = (a: string, ubigeo: string, district: string): PlaceAlias => ({
  alias: a,
  ubigeo,
  district,
  note: "n",
  source: "s",
});
const aliases = [
  alias("SJL", "150132", "San Juan de Lurigancho"),
  alias("Nazca", "110301", "Nasca"),
  alias("Surco", "150140", "Santiago de Surco"),
  alias("Cercado de Lima", "150101", "Lima"),
  alias("VES", "150142", "Villa El Salvador"), // not in the fixture: ignored
];
const index = buildSearchIndex(rows, population, aliases);
const ids = (q: string, limit?: number) => searchDistricts(index, q, limit).hits.map((h) => h.id);

describe("searchDistricts: text", () => {
  it("ignores accents and case", () => {
    expect(ids("san martin")).toEqual([3]);
    expect(ids("SAN MARTÍN DE PORRES")).toEqual([3]);
  });
  it("puts the most populous of two exact name matches first (Comas, Lima before Junín)", () => {
    expect(ids("comas")).toEqual([6, 5]);
  });
  it("orders the four Independencia districts by population", () => {
    expect(ids("independencia")).toEqual([10, 7, 9, 8]);
  });
  it("ranks exact > prefix > word prefix > substring > province/department, whatever the size", () => {
    // "lima": exact 150101; prefix Limabamba; then the other districts of Lima by population.
    expect(ids("lima", 20)).toEqual([1, 14, 2, 3, 15, 6, 12, 10, 13]);
    // "lurigancho" starts a word of "San Juan de Lurigancho"; "urigan" is only inside one.
    expect(searchDistricts(index, "lurigancho").hits[0]).toMatchObject({
      id: 2,
      tier: "wordPrefix",
    });
    expect(searchDistricts(index, "urigan").hits[0]).toMatchObject({ id: 2, tier: "substring" });
    expect(ids("esper")).toEqual([4]);
  });
  it("matches 'district province' queries against the province and department", () => {
    expect(ids("comas lima")).toEqual([6]);
    expect(ids("comas junin")).toEqual([5]);
  });
  it("finds a district by an alias, and says which alias matched", () => {
    expect(searchDistricts(index, "SJL").hits).toEqual([{ id: 2, tier: "exact", alias: "SJL" }]);
    expect(searchDistricts(index, "nazca").hits).toEqual([
      { id: 11, tier: "exact", alias: "Nazca" },
    ]);
    expect(ids("cercado")).toEqual([1]);
  });
  it("keeps a district's own name: 'Surco' lists Santiago de Surco (alias, bigger) then Surco", () => {
    const hits = searchDistricts(index, "surco").hits;
    expect(hits.map((h) => [h.id, h.tier, h.alias])).toEqual([
      [12, "exact", "Surco"],
      [13, "exact", null],
    ]);
  });
  it("does not match aliases inside words ('es' must not find VES or SJL by substring)", () => {
    const onlyAliases = buildSearchIndex(
      [
        {
          id: 0,
          ubigeo: "150142",
          name: "Villa El Salvador",
          province: "Lima",
          department: "Lima",
        },
      ],
      [1],
      [alias("VES", "150142", "Villa El Salvador")],
    );
    expect(searchDistricts(onlyAliases, "es").hits).toEqual([]);
    expect(searchDistricts(onlyAliases, "ve").hits).toEqual([
      { id: 0, tier: "prefix", alias: "VES" },
    ]);
  });
  it("returns nothing for an empty or punctuation-only query", () => {
    expect(ids("  ")).toEqual([]);
    expect(ids("¿?")).toEqual([]);
  });
  it("cuts at the limit and reports the total", () => {
    const r = searchDistricts(index, "lima", 3);
    expect(r.hits.map((h) => h.id)).toEqual([1, 14, 2]);
    expect(r.total).toBe(9);
  });
});

describe("searchDistricts: ubigeo", () => {
  it("lists a province's districts by population for a 4-digit prefix", () => {
    expect(ids("1501", 20)).toEqual([2, 3, 15, 6, 12, 1, 10]);
  });
  it("lists a department's districts by population for a shorter prefix", () => {
    expect(ids("150", 20)).toEqual([2, 3, 15, 6, 12, 1, 10, 13]);
    expect(ids("11")).toEqual([11, 9]);
  });
  it("puts the exact district first, and repairs a lost leading zero", () => {
    expect(searchDistricts(index, "150110").hits).toEqual([{ id: 6, tier: "ubigeo", alias: null }]);
    expect(ids("10101")).toEqual([0]);
  });
  it("reads a 6-digit province or department code as its prefix", () => {
    expect(ids("150100", 20)).toEqual(ids("1501", 20));
    expect(ids("110000")).toEqual([11, 9]);
  });
  it("breaks population ties by ubigeo and puts unknown population last", () => {
    const small: SearchEntry[] = buildSearchIndex(
      [
        { id: 0, ubigeo: "150103", name: "B", province: "P", department: "D" },
        { id: 1, ubigeo: "150102", name: "A", province: "P", department: "D" },
        { id: 2, ubigeo: "150101", name: "C", province: "P", department: "D" },
      ],
      [10, 10, null],
    );
    expect(searchDistricts(small, "1501").hits.map((h) => h.id)).toEqual([1, 0, 2]);
  });
});
