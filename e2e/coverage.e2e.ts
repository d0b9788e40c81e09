import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { mapIdle, openApp, browserPerFile, waitReady } from "./browser";

const chrome = browserPerFile();

/** Share of sampled canvas pixels close to an RGB colour. */
async function colourShare(page: Page, rgb: [number, number, number]): Promise<number> {
  return page.evaluate((c) => {
    const src = window.__map!.getCanvas();
    const cv = document.createElement("canvas");
    cv.width = src.width;
    cv.height = src.height;
    const ctx = cv.getContext("2d")!;
    ctx.drawImage(src, 0, 0);
    let hit = 0;
    let all = 0;
    for (let y = 0; y < cv.height; y += 5)
      for (let x = 0; x < cv.width; x += 5) {
        const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
        all++;
        if (Math.abs(r! - c[0]) + Math.abs(g! - c[1]) + Math.abs(b! - c[2]) < 24) hit++;
      }
    return hit / all;
  }, rgb);
}

describe("Barrio Seguro coverage, gaps and police presence", () => {
  it("compares the register with the document's region table and maps the gaps", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-coverage").click();
    const regions = page.getByTestId("region-table");
    await expect(regions.locator("summary").textContent()).resolves.toMatch(
      /^\d+ de 99 barrios con distrito identificado$/,
    );
    // the document's TOTAL row (99) and one region row of the document's table
    await expect(regions.locator("tfoot").textContent()).resolves.toContain("99");
    await expect(regions.locator("tbody tr").count()).resolves.toBeGreaterThanOrEqual(15);
    await page.getByTestId("show-bs-gaps").click();
    await mapIdle(page);
    const legend = await page.getByTestId("legend").textContent();
    expect(legend).toContain("Riesgo alto sin Barrio Seguro (brecha)");
    expect(legend).toContain("graduación");
    // the gap quadrant (vermillion #d55e00) covers real area on the map
    expect(await colourShare(page, [213, 94, 0])).toBeGreaterThan(0.005);
    const counts = page.getByTestId("gap-counts");
    const gapRow = await counts.locator('tr[data-quadrant="gap"] td').allTextContents();
    expect(Number((gapRow[1] ?? "").replace(/,/g, ""))).toBeGreaterThan(100);
    await page.screenshot({ path: "screenshots/coverage-01-gaps.png" });
    // top two quintiles → more gap districts
    await page.getByTestId("gap-threshold").selectOption("class:3");
    const wider = await counts.locator('tr[data-quadrant="gap"] td').allTextContents();
    expect(Number((wider[1] ?? "").replace(/,/g, ""))).toBeGreaterThan(
      Number((gapRow[1] ?? "").replace(/,/g, "")),
    );
    await page.getByTestId("show-bs-count").click();
    await mapIdle(page);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("Sin Barrio Seguro");
    await page.close();
  });

  it("shows comisarías as points and per 100,000 inhabitants", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-coverage").click();
    await expect(page.getByTestId("police-without").textContent()).resolves.toMatch(
      /^[\d,]+ distritos sin comisaría/,
    );
    await page.getByTestId("toggle-stations").check();
    await mapIdle(page);
    const points = await page.evaluate(
      () => window.__map!.queryRenderedFeatures({ layers: ["police-stations"] }).length,
    );
    expect(points).toBeGreaterThan(500);
    await page.getByTestId("show-police-layer").click();
    await mapIdle(page);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain(
      "Comisarías por 100 000 hab.",
    );
    await page.screenshot({ path: "screenshots/coverage-02-police.png" });
    await page.getByTestId("toggle-stations").uncheck();
    await mapIdle(page);
    const vis = await page.evaluate(() =>
      window.__map!.getLayoutProperty("police-stations", "visibility"),
    );
    expect(vis).toBe("none");
    await page.close();
  });

  it("imports a register CSV: report first, nothing changes until confirmed", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-coverage").click();
    const before = await page.getByTestId("coverage-summary").textContent();
    await page.getByTestId("barrio-import").locator("summary").click();
    // fixture register: one good row, one unknown ubigeo, one with <b> markup (must stay text)
    const csv = [
      "barrio;ubigeo;fecha;estado",
      "Barrio de prueba <b>uno</b>;040101;15/03/2024;operativo",
      "Otro;999999;2024;operativo",
    ].join("\n");
    const file = { name: "registro.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };
    await page.getByTestId("barrio-file").setInputFiles(file);
    const report = page.getByTestId("barrio-report");
    await expect(report.textContent()).resolves.toContain(
      "2 filas leídas: 1 válidas, 1 rechazadas.",
    );
    await expect(report.textContent()).resolves.toContain(
      "registro.csv, fila 3: el ubigeo 999999 no existe en la capa de distritos.",
    );
    await page.screenshot({ path: "screenshots/coverage-03-import-report.png" });
    // The register's messages are codes worded in the UI language (i18n/import-copy).
    await page.getByTestId("lang-en").click();
    await expect(report.textContent()).resolves.toContain(
      "registro.csv, row 3: ubigeo 999999 is not in the district layer.",
    );
    await page.getByTestId("lang-es").click();
    await page.getByTestId("barrio-cancel").click();
    await expect(page.getByTestId("coverage-summary").textContent()).resolves.toBe(before);
    await page.getByTestId("barrio-file").setInputFiles(file);
    await page.getByTestId("barrio-confirm").click();
    const after = await page.getByTestId("coverage-summary").textContent();
    expect(after).not.toBe(before);
    expect(after).toContain("(registro importado)");
    await expect(page.locator("b").count()).resolves.toBe(0);
    await page.close();
  });
});
