import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp, browserPerFile, waitReady } from "./browser";

// REFERENCE: 2025 rates per family for 19 districts across the country, computed straight from
// the raw SIDPOL CSV by test/reference/sidpol-2025-rates.sh (awk, its own parsing and mapping of
// the 7 groups; population INEI 2022) — not by the app's code.
const REF = readFileSync(
  resolve(import.meta.dirname, "../test/reference/sidpol-2025-rates.csv"),
  "utf8",
)
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => {
    const [ubigeo, family, count, population, rate] = l.split(",");
    return {
      ubigeo: ubigeo ?? "",
      family: family ?? "",
      count: Number(count),
      population: Number(population),
      rate: Number(rate),
    };
  });

const chrome = browserPerFile();

const selectDistrict = async (page: Page, query: string): Promise<void> => {
  await page.getByTestId("search-input").fill(query);
  await page.getByTestId("search-results").getByRole("option").first().click();
  await page.getByTestId("district-card").waitFor();
  await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe(query);
};

describe("Crime (SIDPOL) in the shipped app", () => {
  it("shows each district's 2025 rates exactly as an outside recomputation from the raw CSV", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    // One complete year (2025) instead of the default 3-year window, to compare with the reference.
    await page.getByTestId("tab-index").click();
    await page.getByTestId("irs-window").selectOption("1");
    const ubigeos = [...new Set(REF.map((r) => r.ubigeo))];
    expect(ubigeos.length).toBeGreaterThanOrEqual(10);
    for (const ubigeo of ubigeos) {
      await selectDistrict(page, ubigeo);
      await expect(page.getByTestId("crime-card-period").textContent()).resolves.toBe(
        "2025 · población INEI 2022",
      );
      for (const r of REF.filter((x) => x.ubigeo === ubigeo && x.family !== "total")) {
        const row = page.locator(
          `[data-testid=crime-card] tr[data-crime="crime_${r.family}_rate"]`,
        );
        const shown = Number(await row.getAttribute("data-rate"));
        expect(shown, `${ubigeo} ${r.family}`).toBeCloseTo(r.rate, 3);
      }
    }
    await page.close();
  });

  it("the card gives the period, population year, ranks and monthly trend per family", async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const { page } = await openApp(chrome.current, "", viewport);
      await waitReady(page);
      await selectDistrict(page, "150132");
      await expect(page.getByTestId("crime-card-period").textContent()).resolves.toBe(
        "2023–2025 (media anual) · población INEI 2022",
      );
      const rows = page.locator("[data-testid=crime-card] tr[data-crime]");
      await expect(rows.count()).resolves.toBe(7);
      await expect(rows.first().textContent()).resolves.toMatch(/puesto \d+ de 1,839/);
      const trend = page.getByTestId("crime-trend");
      await trend.locator("svg").first().waitFor();
      // 7 families + total, each with its sparkline and the year-on-year change.
      await expect(trend.locator("svg.monthly-chart").count()).resolves.toBe(8);
      await expect(page.getByTestId("yoy-total").textContent()).resolves.toMatch(
        /^2025 vs 2024 \(año completo\): [+-]?\d+ % · 2026 vs 2025 \(ene–feb\): [+-]?\d+ %$/,
      );
      // The partial year is drawn dashed.
      await expect(trend.locator("polyline.partial").count()).resolves.toBe(8);
      await page.getByTestId("district-card").screenshot({
        path: `screenshots/crime-01-card-${viewport.width}.png`,
      });
      await page.evaluate(() =>
        document.querySelector("[data-testid=crime-trend]")?.scrollIntoView(),
      );
      await page.screenshot({ path: `screenshots/crime-02-card-trend-${viewport.width}.png` });
      await page.close();
    }
  });

  it("a district SIDPOL never records is 'no data', not the lowest risk", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    // 050410 Uchuraccay (Ayacucho): no row in the whole release (one of the 52 in SOURCES.md).
    await selectDistrict(page, "050410");
    await expect(page.getByTestId("crime-unrecorded").textContent()).resolves.toMatch(
      /no registra ninguna denuncia/,
    );
    await expect(page.getByTestId("card-irs").count()).resolves.toBe(0);
    await page.getByTestId("tab-ranking").click();
    await expect(page.getByTestId("rk-unrecorded").textContent()).resolves.toMatch(
      /^52 distritos sin IRS/,
    );
    const row = page.locator('[data-testid=rk-row][data-ubigeo="050410"]');
    await expect(row.textContent()).resolves.toContain("sin registro");
    await page.screenshot({ path: "screenshots/crime-03-unrecorded.png" });
    await page.close();
  });

  it("uses a partial year only when chosen, labelled partial in legend, card and ranking", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-index").click();
    await page.getByTestId("irs-year").selectOption("2026");
    await expect(page.getByTestId("irs-partial-note").textContent()).resolves.toMatch(
      /^2026 solo tiene ene–feb/,
    );
    const legend = page.getByTestId("legend");
    await expect(legend.textContent()).resolves.toContain("2026, ene–feb (parcial, anualizado)");
    await page.getByTestId("irs-annualise").uncheck();
    await expect(legend.textContent()).resolves.toContain("2026, ene–feb (parcial, sin anualizar)");
    await page.getByTestId("irs-annualise").check();
    await selectDistrict(page, "150132");
    await expect(page.getByTestId("crime-card-period").textContent()).resolves.toBe(
      "2026, ene–feb (parcial, anualizado) · población INEI 2022",
    );
    await page.getByTestId("tab-ranking").click();
    await expect(page.getByTestId("rk-period").textContent()).resolves.toContain("parcial");
    await page.screenshot({ path: "screenshots/crime-04-partial-year.png" });
    await page.close();
  });

  it("shows the national, department and Lima Metropolitana trend in the Índice tab", async () => {
    const { page } = await openApp(chrome.current, "", { width: 1920, height: 1080 });
    await waitReady(page);
    await page.getByTestId("tab-index").click();
    const trends = page.getByTestId("crime-trends");
    await trends.locator("summary").click();
    await trends.locator("svg.monthly-chart").first().waitFor();
    await expect(trends.locator("svg.monthly-chart").count()).resolves.toBe(8);
    await page.getByTestId("crime-trends-area").selectOption("1501");
    await expect(trends.getByTestId("yoy-total").textContent()).resolves.toMatch(/^2025 vs 2024/);
    await trends.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "screenshots/crime-05-trends-1920.png" });
    await page.close();
  });
});
