import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp, browserPerFile, waitReady } from "./browser";

// Invented test fixture (real district codes, made-up counts): see test/fixtures/sidpol/README.md.
const FIXTURE = fileURLToPath(
  new URL("../test/fixtures/sidpol/denuncias_fixture_latin1.csv", import.meta.url),
);

const chrome = browserPerFile();

const topOfRanking = async (page: Page, n = 10): Promise<string[]> => {
  await page.getByTestId("tab-ranking").click();
  await page.getByTestId("rk-row").first().waitFor();
  const rows = await page
    .getByTestId("rk-row")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-ubigeo") ?? ""));
  return rows.slice(0, n);
};

const selectDistrict = async (page: Page, query: string): Promise<void> => {
  await page.getByTestId("search-input").fill(query);
  await page.getByTestId("search-results").getByRole("option").first().click();
  await page.getByTestId("district-card").waitFor();
};

describe("SIDPOL: the official police-report file as the crime source", () => {
  it("imports the Latin-1 ; fixture, reports it, and the crime indicators drive the index", async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(chrome.current);
    // index.html has no icon: Chromium's own favicon.ico request may log a 404 (not the app's);
    // such 404s are tolerated only when no other response failed.
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) failed.push(r.url());
    });
    await page.route("**/favicon.ico", (r) => r.fulfill({ status: 204, body: "" }));
    await waitReady(page);
    const before = await topOfRanking(page);
    await selectDistrict(page, "150101");
    const irsBefore = await page.getByTestId("card-irs").textContent();
    const crimeCell = page.locator(
      '[data-testid=district-card] tr[data-indicator="crime_property_rate"] td',
    );
    // Without SIDPOL the card has no crime row at all.
    await expect(crimeCell.count()).resolves.toBe(0);

    await page.getByTestId("tab-data").click();
    await expect(page.getByTestId("data-crime-notice").textContent()).resolves.toMatch(
      /Faltan los datos de delitos/,
    );
    await page.getByTestId("import-file").setInputFiles(FIXTURE);
    await page.getByTestId("import-sidpol-preset").waitFor();
    await expect(page.getByTestId("import-mode").inputValue()).resolves.toBe("sidpol");
    await expect(page.getByTestId("import-detected").textContent()).resolves.toMatch(
      /windows-1252, separador «;»/,
    );
    await page.getByTestId("import-run").click();
    const report = page.getByTestId("import-report");
    await report.waitFor();
    // 34 data rows; 4 ubigeos lost their leading zero; 999901 is not a district; one modality unmapped.
    await expect(page.getByTestId("rep-rows-read").textContent()).resolves.toBe("34");
    await expect(page.getByTestId("rep-repaired").textContent()).resolves.toBe("4");
    await expect(page.getByTestId("rep-count-unjoined").textContent()).resolves.toBe("1");
    await expect(page.getByTestId("rep-problems").textContent()).resolves.toMatch(
      /denuncias_fixture_latin1\.csv, fila 3: .*999901/,
    );
    await expect(page.getByTestId("rep-unmapped").textContent()).resolves.toMatch(
      /OFENSAS AL PUDOR PÚBLICO \(1\)/,
    );
    await expect(page.getByTestId("rep-partial").textContent()).resolves.toMatch(
      /2024 es un año parcial \(ene–jun\)/,
    );
    // Default: the partial year is excluded; property 2023 = 125 (Lima) + 4 (Huaraz) = 129.
    const property = page.locator('[data-testid=rep-family-totals] tr[data-family="property"] td');
    await expect(property.allTextContents()).resolves.toEqual(["129"]);
    // Annualising keeps 2024: property 2024 = (60 + 3) × 12 / 6 = 126.
    await page.getByTestId("rep-partial-choice").selectOption("annualise");
    await expect(property.allTextContents()).resolves.toEqual(["129", "126"]);
    await page.getByTestId("rep-partial-choice").selectOption("exclude");
    // The modality → family table lists every modality; moving the unmapped one changes the totals.
    const families = page.getByTestId("rep-families");
    // 15 distinct modalities in the joined rows: HURTO, ROBO AGRAVADO, ROBO, ESTAFA, LESIONES,
    // HOMICIDIO, FEMINICIDIO, SICARIATO, VIOLACIÓN SEXUAL, ACTOS CONTRA EL PUDOR, VIOLENCIA FAMILIAR,
    // VIOLENCIA CONTRA LA MUJER…, EXTORSIÓN, MICROCOMERCIALIZACIÓN DE DROGAS, OFENSAS AL PUDOR PÚBLICO.
    await expect(families.locator("tbody tr").count()).resolves.toBe(15);
    await page
      .getByTestId("import-report")
      .screenshot({ path: "screenshots/sidpol-01-report.png" });
    await families.getByLabel("Familia: OFENSAS AL PUDOR PÚBLICO").selectOption("sexual");
    await expect(page.getByTestId("rep-unmapped").count()).resolves.toBe(0);
    const sexual = page.locator('[data-testid=rep-family-totals] tr[data-family="sexual"] td');
    // 2023 sexual = 2 (San Juan de Lurigancho) + 1 moved = 3.
    await expect(sexual.allTextContents()).resolves.toEqual(["3"]);
    await families.getByLabel("Familia: OFENSAS AL PUDOR PÚBLICO").selectOption("other");

    await page.getByTestId("import-confirm").click();
    await expect(page.getByTestId("data-crime-present").textContent()).resolves.toMatch(/2023/);
    await page.screenshot({ path: "screenshots/sidpol-02-applied.png" });

    // The layer picker lists the crime indicators; the card shows Lima's rate.
    await page.getByTestId("tab-map").click();
    const options = await page.getByTestId("layer-select").locator("option").allTextContents();
    expect(options).toContain("Delitos contra el patrimonio");
    await page.getByTestId("layer-select").selectOption({ label: "Delitos contra el patrimonio" });
    await expect(page.getByTestId("legend").textContent()).resolves.toMatch(
      /Delitos contra el patrimonio · 2023/,
    );
    await expect(crimeCell.textContent()).resolves.toMatch(/^[\d.,]+denuncias por 10/);
    await page.screenshot({ path: "screenshots/sidpol-03-layer-card.png" });

    // The index now uses crime: Lima's IRS and the top of the ranking change.
    const irsAfter = await page.getByTestId("card-irs").textContent();
    expect(irsAfter).not.toBe(irsBefore);
    const after = await topOfRanking(page);
    expect(after).not.toEqual(before);
    await page.screenshot({ path: "screenshots/sidpol-04-ranking.png" });

    expect(foreignRequests).toEqual([]);
    expect(failed).toEqual([]);
    expect(consoleErrors.filter((e) => !/^Failed to load resource: .* 404/.test(e))).toEqual([]);
    await page.close();
  });

  it("shows the Ministerio Público figures at fiscal-district level only", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    const ctx: unknown = JSON.parse(readFileSync("public/data/context-mpfn.json", "utf8"));
    const rows = (ctx as { rows: { fiscalDistrict: string }[] }).rows;
    const fiscalDistricts = new Set(rows.map((r) => r.fiscalDistrict)).size;
    await page.getByTestId("tab-data").click();
    await page.getByTestId("fiscal-context").locator("summary").click();
    const chart = page.getByTestId("fiscal-chart");
    await chart.waitFor();
    await expect(chart.locator("g[data-fiscal]").count()).resolves.toBe(fiscalDistricts);
    await page.getByTestId("fiscal-group").selectOption("CONTRA EL PATRIMONIO");
    await expect(chart.getAttribute("aria-label")).resolves.toMatch(/CONTRA EL PATRIMONIO, 2023/);
    // es-PE grouping in the bar values (e.g. "12,345").
    await expect(chart.locator(".datos-bar-value").first().textContent()).resolves.toMatch(
      /^\d{1,3}(,\d{3})+$/,
    );
    await page
      .getByTestId("fiscal-context")
      .screenshot({ path: "screenshots/context-01-mpfn.png" });
    await page.close();
  });
});
