import { describe, expect, it } from "vitest";
import { detectCoordinateColumns, parseCoordinate, readGeoJson } from "./point-rows";

describe("detectCoordinateColumns", () => {
  it("finds latitud/longitud and a name column, case and accents ignored", () => {
    expect(detectCoordinateColumns(["ID", "Nombre", "LATITUD", "Longitud"])).toEqual({
      lat: 2,
      lon: 3,
      name: 1,
    });
  });
  it("accepts lat/lng and x/y, preferring lat over y", () => {
    expect(detectCoordinateColumns(["y", "x", "lat", "lng"])).toEqual({
      lat: 2,
      lon: 3,
      name: null,
    });
    expect(detectCoordinateColumns(["X", "Y"])).toEqual({ lat: 1, lon: 0, name: null });
  });
  it("is null without both coordinates", () => {
    expect(detectCoordinateColumns(["ubigeo", "lat"])).toBeNull();
  });
});

describe("parseCoordinate", () => {
  it("reads decimal point, decimal comma and a Unicode minus", () => {
    expect(parseCoordinate("-12.0464")).toBe(-12.0464);
    expect(parseCoordinate(" -77,042 ")).toBe(-77.042); // a comma is never a thousands mark here
    expect(parseCoordinate("\u221212,5")).toBe(-12.5);
  });
  it("rejects empty, degree-minute text and grouped numbers", () => {
    expect(parseCoordinate("")).toBeNull();
    expect(parseCoordinate("12°03'")).toBeNull();
    expect(parseCoordinate("1.234,5")).toBeNull();
    expect(parseCoordinate(undefined)).toBeNull();
  });
});

describe("readGeoJson", () => {
  it("reads points, multipoints and polygons by feature row, and skips the rest", () => {
    const r = readGeoJson({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { nombre: "A", tipo: "x" },
          geometry: { type: "Point", coordinates: [-77, -12] },
        },
        {
          type: "Feature",
          properties: {},
          geometry: {
            type: "MultiPoint",
            coordinates: [
              [1, 2],
              [3, 4],
            ],
          },
        },
        {
          type: "Feature",
          properties: { name: "Z" },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
        {
          type: "Feature",
          properties: {},
          geometry: {
            type: "LineString",
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
        { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: ["a", 1] } },
      ],
    });
    expect(r.points).toEqual([
      { row: 1, lon: -77, lat: -12 },
      { row: 2, lon: 1, lat: 2 },
      { row: 2, lon: 3, lat: 4 },
    ]);
    expect(r.pointProps[0]).toEqual({ nombre: "A", tipo: "x" });
    expect(r.polygons.map((p) => [p.row, p.name, p.rings.length])).toEqual([[3, "Z", 1]]);
    expect(r.skipped).toEqual([
      { row: 4, code: "geometry" },
      { row: 5, code: "coordinates" },
    ]);
  });
  it("refuses what is not GeoJSON", () => {
    expect(readGeoJson([1, 2]).fatal).toBe("notGeoJson");
  });
});
