import { describe, expect, it } from "vitest";
import { SCHEMA_COPY } from "../i18n/schema-copy";
import * as schema from "./schema";

// The guards return codes (core/data-issues.ts); these tests read them worded as the Spanish UI
// shows them (src/i18n/schema-copy.ts).
const worded = <T>(r: schema.Parsed<T>) => ({
  value: r.value,
  issues: r.issues.map((i) => SCHEMA_COPY.es.dataIssue(i)),
});
const parseDistrictTable = (...a: Parameters<typeof schema.parseDistrictTable>) =>
  worded(schema.parseDistrictTable(...a));
const parseFiscalContext = (...a: Parameters<typeof schema.parseFiscalContext>) =>
  worded(schema.parseFiscalContext(...a));
const parseManifest = (...a: Parameters<typeof schema.parseManifest>) =>
  worded(schema.parseManifest(...a));
const parsePoliceStations = (...a: Parameters<typeof schema.parsePoliceStations>) =>
  worded(schema.parsePoliceStations(...a));
const parseTopology = (...a: Parameters<typeof schema.parseTopology>) =>
  worded(schema.parseTopology(...a));

// FIXTURE objects: tiny hand-made files in the shape of public/data (not real data).
const row = (id: number, ubigeo: string, neighbors: number[] = []) => ({
  id,
  ubigeo,
  name: `D${id}`,
  province: "P",
  department: "Dep",
  provinceCode: ubigeo.slice(0, 4),
  departmentCode: ubigeo.slice(0, 2),
  naturalRegion: "Sierra",
  areaKm2: 10.5,
  label: [-77, -12],
  bbox: [-77.1, -12.1, -76.9, -11.9],
  neighbors,
});
const series = (values: unknown[]) => ({
  key: "population",
  year: 2022,
  sourceId: "inei-poblacion",
  unit: "hab.",
  label: { es: "Población", en: "Population" },
  values,
});
const table = () => ({
  version: 1,
  districts: [row(0, "010101", [1]), row(1, "010102", [0])],
  series: [series([100, null])],
});
const source = () => ({
  id: "inei-poblacion",
  name: "Población",
  publisher: "INEI",
  url: "",
  licence: "x",
  years: [2022],
  files: ["a.csv"],
  rowsRead: 2,
  matched: 2,
  unmatched: [],
  repaired: 0,
  missing: 0,
  level: "district",
  note: "",
});
const manifest = () => ({
  version: 1,
  builtAt: "2024-01-01T00:00:00.000Z",
  districtCount: 2,
  sources: [source()],
  crime: { present: false, sourceId: null, years: [], note: "sin SIDPOL" },
  issues: [],
});
const topology = () => ({
  type: "Topology",
  transform: { scale: [0.001, 0.001], translate: [-77, -12] },
  arcs: [
    [
      [0, 0],
      [10, 0],
      [0, 10],
      [-10, -10],
    ],
    [
      [10, 0],
      [0, 10],
      [-10, 0],
      [0, -10],
    ],
  ],
  objects: {
    districts: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", id: 0, properties: { ubigeo: "010101" }, arcs: [[0]] },
        { type: "MultiPolygon", id: 1, properties: { ubigeo: "010102" }, arcs: [[[1]]] },
      ],
    },
  },
});

describe("parseDistrictTable", () => {
  it("accepts a good table", () => {
    const r = parseDistrictTable(table());
    expect(r.issues).toEqual([]);
    expect(r.value?.districts[1]?.ubigeo).toBe("010102");
    expect(r.value?.series[0]?.values).toEqual([100, null]);
  });

  it("rejects ids that are not the row index", () => {
    const t = table();
    t.districts[1] = row(5, "010102");
    const r = parseDistrictTable(t);
    expect(r.value).toBeNull();
    expect(r.issues[0]).toBe(
      "districts.json: districts[1].id: es 5; debe ser igual a su posición 1",
    );
  });

  it("rejects a ubigeo that is not 6 digits", () => {
    const t = table();
    t.districts[0] = row(0, "10101");
    const r = parseDistrictTable(t);
    expect(r.value).toBeNull();
    expect(r.issues[0]).toContain('districts[0].ubigeo: "10101" no es un ubigeo de 6 dígitos');
  });

  it("rejects a repeated ubigeo", () => {
    const t = table();
    t.districts[1] = row(1, "010101");
    expect(parseDistrictTable(t).value).toBeNull();
  });

  it("rejects neighbours out of range", () => {
    const t = table();
    t.districts[0] = row(0, "010101", [7]);
    expect(parseDistrictTable(t).issues[0]).toContain("districts[0].neighbors");
  });

  it("drops a series whose length differs from the districts, keeping the table", () => {
    const t = table();
    t.series.push({ ...series([1, 2, 3]), key: "idh" });
    const r = parseDistrictTable(t);
    expect(r.value?.series.map((s) => s.key)).toEqual(["population"]);
    expect(r.issues).toEqual([
      "districts.json: series[1] (idh).values: tiene 3 valores para 2 distritos; serie omitida",
    ]);
  });

  it("drops a series with a non-numeric value", () => {
    const t = table();
    t.series[0] = series([100, "5"]);
    const r = parseDistrictTable(t);
    expect(r.value?.series).toEqual([]);
    expect(r.issues[0]).toContain("values[1]: no es un número ni null");
  });

  it("rejects a wrong version or a non-object", () => {
    expect(parseDistrictTable({ ...table(), version: 2 }).value).toBeNull();
    expect(parseDistrictTable("x").issues).toEqual(["districts.json: no es un objeto JSON"]);
  });
});

describe("parseManifest", () => {
  it("accepts a good manifest", () => {
    const r = parseManifest(manifest());
    expect(r.issues).toEqual([]);
    expect(r.value?.sources[0]?.id).toBe("inei-poblacion");
    expect(r.value?.crime.present).toBe(false);
  });

  it("drops a source with a negative count and names it", () => {
    const m = manifest();
    m.sources.push({ ...source(), id: "b", matched: -1 });
    const r = parseManifest(m);
    expect(r.value?.sources).toHaveLength(1);
    expect(r.issues[0]).toBe(
      "manifest.json: sources[1].matched: falta o no es válido; fuente omitida",
    );
  });

  it("rejects a bad crime block, a bad date and a bad district count", () => {
    expect(parseManifest({ ...manifest(), crime: { present: "no" } }).value).toBeNull();
    expect(parseManifest({ ...manifest(), builtAt: "ayer" }).value).toBeNull();
    expect(parseManifest({ ...manifest(), districtCount: 0 }).value).toBeNull();
  });
});

describe("parseTopology", () => {
  it("accepts a good quantized topology", () => {
    const r = parseTopology(topology(), 2);
    expect(r.issues).toEqual([]);
    expect(r.value?.type).toBe("Topology");
  });

  it("rejects a topology without transform (not quantized)", () => {
    const t: Record<string, unknown> = topology();
    delete t.transform;
    expect(parseTopology(t).value).toBeNull();
  });

  it("rejects objects.districts that is not a GeometryCollection", () => {
    const t = topology();
    const bad = { ...t, objects: { districts: { type: "Polygon", arcs: [[0]] } } };
    expect(parseTopology(bad).issues[0]).toContain("GeometryCollection");
  });

  it("rejects a reference to a missing arc and a missing district id", () => {
    const t = topology();
    const g = t.objects.districts.geometries[1];
    if (g) g.arcs = [[[5]]];
    const r = parseTopology(t, 3);
    expect(r.value).toBeNull();
    expect(r.issues).toContain(
      "boundaries.topo.json: objects.districts.geometries[1]: geometría MultiPolygon vacía o con arcos inexistentes",
    );
    expect(r.issues).toContain(
      "boundaries.topo.json: objects.districts: 2 geometrías para 3 distritos",
    );
  });

  it("rejects a geometry without ubigeo", () => {
    const t = topology();
    const g = t.objects.districts.geometries[0];
    if (g) g.properties = { ubigeo: "1" };
    expect(parseTopology(t).issues[0]).toContain("properties.ubigeo");
  });
});

describe("parsePoliceStations", () => {
  const good = {
    sourceId: "inei-cenacom-2017",
    year: 2017,
    stations: [
      { id: "0001", ubigeo: "010101", lon: -77, lat: -12, officers: 10, districtId: 0 },
      { id: "0002", ubigeo: "010102", lon: null, lat: null, officers: null, districtId: null },
    ],
  };

  it("accepts stations with and without coordinates", () => {
    const r = parsePoliceStations(good, 2);
    expect(r.issues).toEqual([]);
    expect(r.value?.stations).toHaveLength(2);
  });

  it("drops a station with a bad ubigeo or an out-of-range district", () => {
    const bad = {
      ...good,
      stations: [
        { ...good.stations[0], ubigeo: "ABC" },
        { ...good.stations[0], districtId: 9 },
      ],
    };
    const r = parsePoliceStations(bad, 2);
    expect(r.value?.stations).toEqual([]);
    expect(r.issues).toHaveLength(2);
    expect(r.issues[1]).toBe(
      "police-stations.json: stations[1].districtId: fuera de rango; omitida",
    );
  });
});

describe("parseFiscalContext", () => {
  const good = {
    sourceId: "mpfn-denuncias",
    years: [2019],
    rows: [{ fiscalDistrict: "LIMA", seatUbigeo: "150101", year: 2019, group: "HURTO", count: 3 }],
  };

  it("accepts good rows", () => {
    expect(parseFiscalContext(good)).toEqual({ value: good, issues: [] });
  });

  it("drops a row with a negative count, naming it", () => {
    const r = parseFiscalContext({ ...good, rows: [{ ...good.rows[0], count: -1 }] });
    expect(r.value?.rows).toEqual([]);
    expect(r.issues).toEqual(["context-mpfn.json: rows[0].count: no es un conteo ≥ 0; omitida"]);
  });

  it("rejects a file without rows", () => {
    expect(parseFiscalContext({ sourceId: "x" }).value).toBeNull();
  });
});
