import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { POINT_STATUS } from "../core/district-index";
import { runPointsJob } from "./points-job";

// The app's boundaries and the test fixtures (made-up points and areas, test/fixtures/points); the
// expected values come from the independent Python reference (test/reference/points).
const root = resolve(import.meta.dirname, "../..");
const read = (p: string) => readFileSync(resolve(root, p));
const topology: unknown = JSON.parse(read("public/data/boundaries.topo.json").toString("utf8"));
const districts = (
  JSON.parse(read("public/data/districts.json").toString("utf8")) as {
    districts: { ubigeo: string }[];
  }
).districts;
const reference = JSON.parse(
  read("test/reference/points/points_reference.json").toString("utf8"),
) as {
  points: { row: number; status: string; ubigeo: string | null }[];
  counts: Record<string, number>;
  area_share_pct: Record<string, number>;
};
const STATUS_NAME = ["inside", "outside", "border", "invalid"];

describe("runPointsJob on the fixtures", () => {
  it("assigns every CSV row as the Python reference does (decimal comma, ';')", () => {
    const r = runPointsJob(
      read("test/fixtures/points/points.csv"),
      "points.csv",
      topology,
      districts.length,
    );
    expect(r.fatal).toBeNull();
    expect([r.latColumn, r.lonColumn, r.nameColumn]).toEqual(["latitud", "longitud", "nombre"]);
    const got = Array.from(r.row, (row, i) => ({
      row,
      status: STATUS_NAME[r.status[i] as number],
      ubigeo: (r.district[i] as number) >= 0 ? districts[r.district[i] as number]?.ubigeo : null,
    }));
    expect(got).toEqual(reference.points);
    expect(r.categories.map((c) => c.column)).toEqual(["tipo"]);
    expect(r.status.filter((s) => s === POINT_STATUS.border).length).toBe(1);
  });
  it("measures the area covered by the overlapping polygons within 1 point of the reference", () => {
    const r = runPointsJob(
      read("test/fixtures/points/areas.geojson"),
      "areas.geojson",
      topology,
      districts.length,
    );
    expect(r.polygons.map((p) => p.name)).toEqual(["Zona A (ficticia)", "Zona B (ficticia)"]);
    const got = Object.fromEntries(
      r.shares.map((s) => [districts[s.id]?.ubigeo, Math.round(s.share01 * 10000) / 100]),
    );
    for (const [u, pct] of Object.entries(reference.area_share_pct)) {
      expect(Math.abs((got[u] ?? 0) - pct), u).toBeLessThan(1);
    }
    expect(Object.keys(got).sort()).toEqual(Object.keys(reference.area_share_pct).sort());
  });
});
