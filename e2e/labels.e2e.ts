import { readFileSync } from "node:fs";
import type { Page, Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserPerFile, mapIdle, openApp, waitReady } from "./browser";

/**
 * Issue 12, names and "where people are": place names drawn by MapLibre with the app's own glyphs
 * (no request off the origin), San Juan de Lurigancho named at district zoom, the police station
 * described on hover, and the population-alpha view.
 */
const chrome = browserPerFile();

interface Row {
  id: number;
  ubigeo: string;
  name: string;
  areaKm2: number;
  label: [number, number];
}
interface SeriesLite {
  key: string;
  year: number | null;
  values: (number | null)[];
}
const file = JSON.parse(readFileSync("public/data/districts.json", "utf8")) as {
  districts: Row[];
  series: SeriesLite[];
};
const popYears = file.series.filter((s) => s.key === "population");
/** Densities (hab./km²) of a district in every population year of the data. */
const densities = (r: Row) => popYears.map((s) => (s.values[r.id] ?? NaN) / r.areaKm2);
// Independent of which population year the app picks: below the first break (10) in every year,
// or above the last (1,000) in every year. The rule restated: < 10 → 0.25, ≥ 1,000 → 1.
const SPARSE = file.districts.find((r) => densities(r).every((d) => d < 10));
const DENSE = file.districts.find((r) => densities(r).every((d) => d >= 1000));
const SJL = file.districts.find((r) => r.ubigeo === "150132");
const stationsFile = JSON.parse(readFileSync("public/data/police-stations.json", "utf8")) as {
  stations: { id: string; lon: number | null; lat: number | null; officers: number | null }[];
};

/** Names drawn now by one symbol layer. */
const rendered = (page: Page, layer: string) =>
  page.evaluate(
    (id) =>
      window.__map!.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.name)),
    layer,
  );

const jump = async (page: Page, center: [number, number], zoom: number) => {
  await page.evaluate(([c, z]) => window.__map!.jumpTo({ center: c, zoom: z }), [
    center,
    zoom,
  ] as const);
  // The detailed boundaries are tiled in the same worker as the names: wait for both.
  await page.waitForFunction(() => window.__map!.loaded(), undefined, { timeout: 30_000 });
  await mapIdle(page);
};

describe("names on the map and where people are (issue 12)", () => {
  it("names departments and, at district zoom, San Juan de Lurigancho, with glyphs from the app only", async () => {
    expect(SJL?.name).toBe("San Juan de Lurigancho");
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const glyphs: Response[] = [];
      const { page, foreignRequests } = await openApp(chrome.current, "", viewport);
      page.on("response", (r) => {
        if (r.url().endsWith(".pbf") && r.url().includes("/fonts/")) glyphs.push(r);
      });
      await waitReady(page);
      await mapIdle(page);
      const departments = new Set(await rendered(page, "label-department"));
      // 25 departments (24 + Callao); collisions may hide a few at the smallest screen.
      expect(departments.size, [...departments].join(",")).toBeGreaterThanOrEqual(22);
      expect(departments).toContain("Lima");
      await page.screenshot({ path: `screenshots/labels-national-${viewport.width}.png` });

      await jump(page, SJL!.label, 10);
      const districts = await rendered(page, "label-district");
      expect(districts).toContain("San Juan de Lurigancho");
      expect(districts.length).toBeGreaterThan(15);
      await page.screenshot({ path: `screenshots/labels-lima-z10-${viewport.width}.png` });

      // Glyphs came from the page's own folder, both faces, and nothing left the origin.
      const paths = glyphs.map((r) => new URL(r.url()).pathname);
      expect(paths.some((p) => p.endsWith("/fonts/NotoSans-Regular/0-255.pbf"))).toBe(true);
      expect(paths.some((p) => p.endsWith("/fonts/NotoSans-Medium/0-255.pbf"))).toBe(true);
      expect(glyphs.map((r) => r.status())).not.toContain(404);
      expect(foreignRequests).toEqual([]);
      await page.close();
    }
  });

  it("describes the police station under the pointer, not the district beneath", async () => {
    // An isolated station: no other station within ~1 km (so the dot under the pointer is this one).
    const located = stationsFile.stations.filter((s) => s.lon !== null && s.lat !== null);
    const station = located.find(
      (s) =>
        s.officers !== null &&
        located.every((o) => o === s || Math.hypot(o.lon! - s.lon!, o.lat! - s.lat!) > 0.01),
    )!;
    const { page } = await openApp(chrome.current, "", { width: 1366, height: 768 });
    await waitReady(page);
    await page.getByTestId("tab-coverage").click();
    await page.getByTestId("toggle-stations").check();
    await jump(page, [station.lon!, station.lat!], 12);
    const at = await page.evaluate((c) => window.__map!.project(c), [
      station.lon!,
      station.lat!,
    ] as [number, number]);
    const box = (await page.getByTestId("map").boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    const tip = page.locator(".map-tooltip");
    await tip.waitFor({ state: "visible" });
    expect(await tip.getAttribute("data-kind")).toBe("station");
    const text = (await tip.textContent()) ?? "";
    expect(text).toContain("Comisaría (CENACOM 2017)");
    expect(text).toContain(`Registro n.º ${station.id}`);
    expect(text).toContain(`${station.officers} policías asignados`);
    expect(text).toContain("El censo no publica el nombre");
    await page.screenshot({ path: "screenshots/labels-station-hover.png" });
    // Off the dot (40 px away), the tooltip is the district's again.
    await page.mouse.move(box.x + at.x + 40, box.y + at.y + 40);
    await page.waitForFunction(
      () => document.querySelector(".map-tooltip")?.getAttribute("data-kind") === "district",
    );
    await page.close();
  });

  it("fades thinly populated districts in the population-alpha view and says so in the legend", async () => {
    expect(SPARSE && DENSE).toBeTruthy();
    const { page } = await openApp(chrome.current, "", { width: 1366, height: 768 });
    await waitReady(page);
    await mapIdle(page);
    const opacityState = () =>
      page.evaluate(
        ([sparse, dense]) => {
          const map = window.__map!;
          const src = { source: "districts", sourceLayer: "districts" };
          return {
            paint: JSON.stringify(map.getPaintProperty("district-fill", "fill-opacity")),
            sparse: map.getFeatureState({ ...src, id: sparse }).alpha as number | undefined,
            dense: map.getFeatureState({ ...src, id: dense }).alpha as number | undefined,
          };
        },
        [SPARSE!.id, DENSE!.id] as const,
      );
    const before = await opacityState();
    expect(before.paint).not.toContain("alpha");
    await expect(page.getByTestId("legend-alpha").count()).resolves.toBe(0);

    await page.getByTestId("population-alpha").check();
    await mapIdle(page);
    const after = await opacityState();
    expect(after.paint).toContain('["feature-state","alpha"]');
    expect(after.sparse).toBe(0.25);
    expect(after.dense).toBe(1);
    await expect(page.getByTestId("legend-alpha").textContent()).resolves.toContain(
      "los distritos poco poblados se ven más claros",
    );
    await page.screenshot({ path: "screenshots/labels-alpha-1366.png" });

    // The view travels in the link: written to the hash, and read back on a reload.
    await page.waitForFunction(() => /[#&]alpha=1(&|$)/.test(window.location.hash));
    await page.reload();
    await waitReady(page);
    await mapIdle(page);
    expect(await page.getByTestId("population-alpha").isChecked()).toBe(true);
    expect((await opacityState()).sparse).toBe(0.25);

    await page.getByTestId("population-alpha").uncheck();
    expect((await opacityState()).paint).not.toContain("alpha");
    await page.close();
  });
});
