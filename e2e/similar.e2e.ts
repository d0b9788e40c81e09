import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { mapIdle, openApp, browserPerFile, waitReady } from "./browser";

const chrome = browserPerFile();

const selectDistrict = async (page: Page, query: string): Promise<void> => {
  await page.getByTestId("search-input").fill(query);
  await page.getByTestId("search-results").getByRole("option").first().click();
  await page.getByTestId("district-card").waitFor();
  await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe(query);
};

/**
 * Ids the highlight source holds as "marked" (its data, not querySourceFeatures: that sees only the
 * tiles in view, and the map is zoomed on the selected district).
 */
const markedOnMap = (page: Page): Promise<number[]> =>
  page.evaluate(async () => {
    const src = window.__map!.getSource("highlight");
    if (!src || !("getData" in src)) return [];
    const data = (await (src as { getData: () => Promise<unknown> }).getData()) as {
      features?: { id?: unknown; properties?: { kind?: unknown } }[];
    };
    const ids = (data.features ?? [])
      .filter((f) => f.properties?.kind === "marked")
      .map((f) => Number(f.id));
    return [...new Set(ids)].sort((a, b) => a - b);
  });

describe("Similar districts in the card", () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`lists Comas's 5 similar districts with their table and marks them (${viewport.width}×${viewport.height})`, async () => {
      const { page, consoleErrors } = await openApp(chrome.current, "", viewport);
      await waitReady(page);
      await selectDistrict(page, "150110");
      const section = page.getByTestId("card-similar");
      await section.waitFor();
      await expect(section.locator("h3").textContent()).resolves.toBe("Distritos similares");
      await expect(page.getByTestId("similar-k").inputValue()).resolves.toBe("5");
      const rows = page.getByTestId("similar-row");
      await expect(rows.count()).resolves.toBe(5);
      // Comas itself heads the table for comparison.
      await expect(page.getByTestId("similar-self").getAttribute("data-ubigeo")).resolves.toBe(
        "150110",
      );
      const ubigeos = await rows.evaluateAll((els) =>
        els.map((e) => e.getAttribute("data-ubigeo")),
      );
      // Large urban districts of Lima Metropolitana / Callao, not rural ones.
      for (const u of ubigeos) expect(u).toMatch(/^(1501|0701)/);
      const names = await rows.getByTestId("similar-name").allTextContents();
      // header: district, distance, IRS, rank, 7 families, trend, Barrio Seguro, police, FESC
      const headers = await page.getByTestId("similar-table").locator("thead th").allTextContents();
      expect(headers).toHaveLength(15);
      expect(headers.join(" | ")).toMatch(/Denuncias 2025 vs 2024/);
      const cells = await rows.first().locator("td").allTextContents();
      expect(cells).toHaveLength(14);
      expect(cells.every((c) => c.length > 0)).toBe(true);
      // Barrio Seguro shows "no figura" or barrios, never an empty cell; FESC shows a status.
      expect(cells[11]).toMatch(/no figura|barrio/);
      expect(cells[13]).toMatch(/^(Seleccionado|No)$/);

      await page.getByTestId("similar-mark").click();
      await expect(page.getByTestId("similar-mark").textContent()).resolves.toBe("Quitar marcas");
      const ids = await rows.evaluateAll((els) =>
        els.map((e) => Number(e.getAttribute("data-id"))),
      );
      await mapIdle(page);
      expect(await markedOnMap(page)).toEqual([...ids].sort((a, b) => a - b));

      await page.evaluate(() =>
        document.querySelector("[data-testid=card-similar]")?.scrollIntoView(),
      );
      await page.screenshot({
        path: `screenshots/similar-01-comas-${viewport.width}x${viewport.height}.png`,
      });
      console.log(`Comas similar (${viewport.width}): ${names.join(" / ")}`);

      // k and variables are editable; clearing the marks empties the highlight.
      await page.getByTestId("similar-k").fill("3");
      await expect(rows.count()).resolves.toBe(3);
      await page.getByTestId("similar-var-region").uncheck();
      await expect(rows.count()).resolves.toBe(3);
      // The marks no longer match the list: the button offers to mark the 3 again.
      await expect(page.getByTestId("similar-mark").textContent()).resolves.toBe(
        "Marcar en el mapa",
      );
      await page.getByTestId("similar-mark").click();
      await mapIdle(page);
      expect(await markedOnMap(page)).toHaveLength(3);
      await page.getByTestId("similar-mark").click();
      await mapIdle(page);
      expect(await markedOnMap(page)).toEqual([]);
      expect(consoleErrors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
      await page.close();
    });
  }
});
