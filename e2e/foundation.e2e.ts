import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, browserPerFile, detailReady, mapIdle, openApp, waitReady } from "./browser";

const chrome = browserPerFile();

/** Distinct opaque colours drawn on the map canvas, sampled on a grid. */
async function canvasColours(page: Page): Promise<Map<string, number>> {
  const entries = await page.evaluate(() => {
    const src = window.__map!.getCanvas();
    const c = document.createElement("canvas");
    c.width = src.width;
    c.height = src.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(src, 0, 0);
    const counts: Record<string, number> = {};
    for (let y = 0; y < c.height; y += 6)
      for (let x = 0; x < c.width; x += 6) {
        const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
        const key = `${r},${g},${b}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    return Object.entries(counts);
  });
  return new Map(entries);
}

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).join(",");

describe("foundation: the district map", () => {
  it("reaches ready with the districts drawn and no request off the origin", async () => {
    const { page, foreignRequests } = await openApp(chrome.current);
    await waitReady(page);
    // The national view is drawn from the vector tiles.
    const rendered = await page.evaluate(
      () => window.__map!.queryRenderedFeatures({ layers: ["district-fill"] }).length,
    );
    expect(rendered).toBeGreaterThan(1500);
    // The default layer is the IRS in the risk palette: at least 4 of its 5 classes cover real area.
    const risk = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"].map(hex);
    const first = [...(await canvasColours(page)).keys()];
    const seenRisk = risk.filter((c) => first.some((k) => near(k, c)));
    expect(seenRisk.length).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: "screenshots/01-national.png" });
    // Choosing population recolours with the neutral palette, and the legend follows.
    await page.getByTestId("layer-select").selectOption("population");
    await mapIdle(page);
    const palette = ["#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"].map(hex);
    const colours = await canvasColours(page);
    const seen = palette.filter((c) => [...colours.keys()].some((k) => near(k, c)));
    expect(seen.length).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("Población");
    await page.screenshot({ path: "screenshots/01b-population.png" });
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it("finds a district by name without accents and opens its card", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("search-input").fill("san martin de porres");
    await page.getByTestId("search-results").getByRole("option").first().waitFor();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe("150135");
    await page.waitForFunction(() => window.__map!.getZoom() > 9, undefined, { timeout: 10_000 });
    await page.screenshot({ path: "screenshots/02-search-card.png" });
    await page.close();
  });

  it("finds a district by a ubigeo that lost its leading zero", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("search-input").fill("10101");
    await page.getByTestId("search-results").getByRole("option").first().click();
    await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe("010101");
    await page.close();
  });

  it("opens the card of the district clicked on the map", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await detailReady(page);
    // Click at the label point (inside the polygon) of Arequipa's capital district. At zoom 11 the
    // detailed boundaries are drawn, not the over-zoomed tiles.
    const point = await page.evaluate(async () => {
      const map = window.__map!;
      map.jumpTo({ center: [-71.537, -16.399], zoom: 11 });
      await new Promise((r) => map.once("idle", r));
      if (map.queryRenderedFeatures({ layers: ["district-fill"] }).length > 0) return null;
      const rect = map.getCanvas().getBoundingClientRect();
      const hit = map.queryRenderedFeatures(undefined, { layers: ["district-fill-detail"] });
      const f = hit.find((h) => h.properties?.ubigeo === "040101");
      if (!f) return null;
      const p = map.project([-71.537, -16.399]);
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    expect(point).not.toBeNull();
    const ubigeoAt = await page.evaluate(({ x, y }) => {
      const map = window.__map!;
      const rect = map.getCanvas().getBoundingClientRect();
      const f = map.queryRenderedFeatures([x - rect.left, y - rect.top], {
        layers: ["district-fill-detail"],
      })[0];
      return f?.properties?.ubigeo as string | undefined;
    }, point!);
    await page.mouse.click(point!.x, point!.y);
    await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe(ubigeoAt);
    await expect(page.getByTestId("district-card").textContent()).resolves.toContain("Población");
    await page.close();
  });

  it("keeps the legend off the coast on a 1024 × 768 screen", async () => {
    const page = await chrome.current.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(baseUrl());
    await waitReady(page);
    const clash = await page.evaluate(() => {
      const map = window.__map!;
      const box = document.querySelector(".legend-box")!.getBoundingClientRect();
      const canvas = map.getCanvas().getBoundingClientRect();
      // Coastal district capitals from Lima to Ica (lon, lat).
      const coast: [string, [number, number]][] = [
        ["Lima", [-77.03, -12.05]],
        ["Chorrillos", [-77.02, -12.17]],
        ["Pisco", [-76.2, -13.71]],
        ["Ica", [-75.73, -14.07]],
        ["Nasca", [-74.94, -14.83]],
      ];
      return coast
        .map(([name, ll]) => {
          const p = map.project(ll);
          const x = canvas.left + p.x;
          const y = canvas.top + p.y;
          return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom ? name : null;
        })
        .filter((n) => n !== null);
    });
    expect(clash).toEqual([]);
    await page.screenshot({ path: "screenshots/01b-national-1024.png" });
    await page.close();
  });

  it("fits the map to a chosen department", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("department-select").selectOption({ label: "Cusco" });
    await page.waitForFunction(() => window.__map!.getZoom() > 6, undefined, { timeout: 10_000 });
    await mapIdle(page);
    const c = await page.evaluate(() => window.__map!.getCenter().toArray());
    // Cusco department spans roughly 73.9–70.3 °W and 15.9–11.2 °S.
    expect(c[0]).toBeGreaterThan(-74);
    expect(c[0]).toBeLessThan(-70.3);
    expect(c[1]).toBeGreaterThan(-15.9);
    expect(c[1]).toBeLessThan(-11.2);
    await page.screenshot({ path: "screenshots/03-department.png" });
    await page.close();
  });

  it("shows the error state with a readable message when a data file is corrupted", async () => {
    const page = await chrome.current.newPage();
    await page.route("**/data/districts.json", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: '{"version":1,"districts":[{',
      }),
    );
    await page.goto(baseUrl());
    await page.waitForFunction(() => document.documentElement.dataset.state === "error");
    const text = await page.getByTestId("error").textContent();
    expect(text).toContain("districts.json");
    expect(text).toMatch(/JSON inválido/);
    await page.screenshot({ path: "screenshots/04-error.png" });
    await page.close();
  });

  it("keeps the map usable from its tiles and says so when the detailed boundaries are corrupted", async () => {
    const page = await chrome.current.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route("**/data/boundaries.topo.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"type":"Topo' }),
    );
    await page.goto(baseUrl());
    await waitReady(page);
    const notice = page.getByTestId("boundaries-notice");
    await expect(notice.textContent()).resolves.toMatch(
      /límites detallados.*boundaries\.topo\.json/,
    );
    // Zoomed in on Arequipa, the over-zoomed tiles still draw (and answer for) the districts.
    const drawn = await page.evaluate(async () => {
      const map = window.__map!;
      map.jumpTo({ center: [-71.537, -16.399], zoom: 10 });
      await new Promise((r) => map.once("idle", r));
      return {
        tiles: map.queryRenderedFeatures({ layers: ["district-fill"] }).length,
        detail: !!map.getSource("districts-detail"),
      };
    });
    expect(drawn.detail).toBe(false);
    expect(drawn.tiles).toBeGreaterThan(3);
    await page.screenshot({ path: "screenshots/04b-boundaries-missing.png" });
    await page.close();
  });
});

function near(a: string, b: string): boolean {
  const x = a.split(",").map(Number);
  const y = b.split(",").map(Number);
  return x.every((v, i) => Math.abs(v - (y[i] ?? 0)) <= 12);
}
