import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserPerFile, detailReady, mapIdle, openApp, waitReady } from "./browser";

// Issue #17: points and areas imported, assigned to districts in the browser. The files are TEST
// FIXTURES (made-up points and areas, test/fixtures/points/README.md); the expected values come
// from the independent Python reference (test/reference/points/points_reference.py → .json).
const root = resolve(import.meta.dirname, "..");
const fixture = (name: string) => readFileSync(resolve(root, "test/fixtures/points", name));
const reference = JSON.parse(
  readFileSync(resolve(root, "test/reference/points/points_reference.json"), "utf8"),
) as {
  points: { row: number; status: string; ubigeo: string | null }[];
  counts: Record<string, number>;
  area_share_pct: Record<string, number>;
};
const STATUS_NAME = ["inside", "outside", "border", "invalid"];

const chrome = browserPerFile();

/** Layers of imported points/areas now on the map, and how many of their features are drawn. */
const pointLayersOnMap = (page: Page) =>
  page.evaluate(() => {
    const map = window.__map!;
    const layers = (map.getStyle().layers ?? [])
      .map((l) => l.id)
      .filter((id) => id.startsWith("imp-pts-"));
    return { layers, drawn: layers.length ? map.queryRenderedFeatures({ layers }).length : 0 };
  });

const layerLabels = async (page: Page): Promise<string[]> => {
  await page.getByTestId("tab-map").click();
  const options = await page.getByTestId("layer-select").locator("option").allTextContents();
  await page.getByTestId("tab-data").click();
  return options;
};

describe("points and areas → districts", () => {
  it("lists every CSV row, counts per district as the reference, draws the points, undoes", async () => {
    const { page, consoleErrors: errors } = await openApp(chrome.current);
    await page.route("**/favicon.ico", (r) => r.fulfill({ status: 204, body: "" }));
    await waitReady(page);
    await detailReady(page);
    await page.getByTestId("tab-data").click();
    const before = await layerLabels(page);
    await page
      .getByTestId("points-file")
      .setInputFiles({ name: "points.csv", mimeType: "text/csv", buffer: fixture("points.csv") });
    await page.getByTestId("points-report").waitFor();

    // Every row, by row number, with its outcome and (when counted) its district.
    const rows = await page
      .getByTestId("points-rows")
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          row: Number(tr.getAttribute("data-row")),
          status: Number(tr.getAttribute("data-status")),
          ubigeo: tr.getAttribute("data-ubigeo") || null,
        })),
      );
    expect(rows.map((r) => ({ ...r, status: STATUS_NAME[r.status] }))).toEqual(reference.points);
    // The rows not assigned to exactly one district are named in their own table.
    const problems = await page
      .getByTestId("points-problems")
      .locator("tbody tr")
      .allTextContents();
    const expectedProblems = reference.points.filter((p) => p.status !== "inside");
    expect(problems.map((t) => Number(/^\d+/.exec(t)?.[0]))).toEqual(
      expectedProblems.map((p) => p.row),
    );
    expect(problems.find((t) => t.startsWith("20"))).toMatch(/sobre un límite.*Miraflores/);
    expect(problems.find((t) => t.startsWith("21"))).toMatch(/fuera de todo distrito/);
    expect(problems.find((t) => t.startsWith("24"))).toMatch(/sin coordenada válida/);
    expect(await layerLabels(page)).toEqual(before); // nothing applied yet
    await page
      .getByTestId("points-report")
      .screenshot({ path: "screenshots/points-01-report.png" });

    await page.getByTestId("points-category").selectOption("tipo");
    await page.getByTestId("points-confirm").click();
    const applied = await page
      .getByTestId("points-applied-values")
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute("data-ubigeo"), Number(tr.getAttribute("data-value"))]),
      );
    expect(Object.fromEntries(applied)).toEqual(reference.counts);
    const after = await layerLabels(page);
    expect(after).toContain("Puntos (points.csv)");
    expect(after).toContain("Puntos por 10 000 hab. (points.csv)");
    expect(after).toContain("Puntos: robo (points.csv)");

    // The layer and its points are on the map (clusters at national zoom) and in the PNG export.
    await page.getByTestId("tab-map").click();
    await mapIdle(page);
    const onMap = await pointLayersOnMap(page);
    expect(onMap.layers.length).toBe(4);
    expect(onMap.drawn).toBeGreaterThan(0);
    await page.screenshot({ path: "screenshots/points-02-map.png" });
    await page.getByTestId("tab-views").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-png").click(),
    ]);
    writeFileSync("screenshots/points-03-export.png", readFileSync(await download.path()));

    // Undo: indicators and layers gone.
    await page.getByTestId("tab-data").click();
    await page.getByTestId("import-undo").click();
    expect(await layerLabels(page)).toEqual(before);
    expect((await pointLayersOnMap(page)).layers).toEqual([]);
    expect(await page.getByTestId("points-applied-values").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("two overlapping polygons: covered share per district as the reference, undo", async () => {
    const { page, consoleErrors: errors } = await openApp(chrome.current);
    await page.route("**/favicon.ico", (r) => r.fulfill({ status: 204, body: "" }));
    await waitReady(page);
    await detailReady(page);
    await page.getByTestId("tab-data").click();
    await page.getByTestId("points-file").setInputFiles({
      name: "areas.geojson",
      mimeType: "application/geo+json",
      buffer: fixture("areas.geojson"),
    });
    await page.getByTestId("points-report").waitFor();
    const polygons = await page.getByTestId("points-polygons").locator("li").allTextContents();
    expect(polygons).toHaveLength(2);
    expect(polygons[0]).toMatch(/Zona A \(ficticia\)/);
    const shares = await page
      .getByTestId("points-coverage")
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            [tr.getAttribute("data-ubigeo") ?? "", Number(tr.getAttribute("data-share"))] as const,
        ),
      );
    // Different methods (app: scanlines; reference: a 300 × 300 sample grid): within 1 point.
    expect(shares.map(([u]) => u).sort()).toEqual(Object.keys(reference.area_share_pct).sort());
    for (const [u, share01] of shares) {
      expect(Math.abs(share01 * 100 - (reference.area_share_pct[u] ?? NaN)), u).toBeLessThan(1);
    }
    await page.getByTestId("points-confirm").click();
    await page.getByTestId("points-applied-values").waitFor({ state: "attached" });
    await page.getByTestId("tab-map").click();
    await mapIdle(page);
    const onMap = await pointLayersOnMap(page);
    expect(onMap.layers.length).toBe(4);
    await page.getByTestId("tab-data").click();
    await page.getByTestId("import-undo").click();
    expect((await pointLayersOnMap(page)).layers).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
