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
  it("a newer release imported at run time replaces the built-in series (never adds), with undo", async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(chrome.current);
    // index.html has no icon: Chromium's own favicon.ico request may log a 404 (not the app's);
    // such 404s are tolerated only when no other response failed.
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) failed.push(r.url());
    });
    await page.route("**/favicon.ico", (r) => r.fulfill({ status: 204, body: "" }));
    await waitReady(page);
    const legend = page.getByTestId("legend");
    // Built in: the official release (SOURCES.md: 2018 – Feb 2026), default period 2023–2025.
    await expect(legend.textContent()).resolves.toContain("2023–2025 (media anual)");
    const before = await topOfRanking(page);
    await selectDistrict(page, "150101");
    const robbery = page.locator('[data-testid=crime-card] tr[data-crime="crime_robbery_rate"]');
    const builtInRate = Number(await robbery.getAttribute("data-rate"));
    expect(builtInRate).toBeGreaterThan(100); // Cercado de Lima: ~176 robbery reports per 10,000

    await page.getByTestId("tab-data").click();
    await expect(page.getByTestId("data-crime-present").textContent()).resolves.toMatch(/2025/);
    await page.getByTestId("import-file").setInputFiles(FIXTURE);
    await page.getByTestId("import-sidpol-preset").waitFor();
    await expect(page.getByTestId("import-mode").inputValue()).resolves.toBe("sidpol");
    await expect(page.getByTestId("import-detected").textContent()).resolves.toMatch(
      /windows-1252, separador «;»/,
    );
    await page.getByTestId("import-run").click();
    const report = page.getByTestId("import-report");
    await report.waitFor();
    // 34 data rows; 4 ubigeos lost their leading zero; 999901 is not a district.
    await expect(page.getByTestId("rep-rows-read").textContent()).resolves.toBe("34");
    await expect(page.getByTestId("rep-repaired").textContent()).resolves.toBe("4");
    await expect(page.getByTestId("rep-count-unjoined").textContent()).resolves.toBe("1");
    await expect(page.getByTestId("rep-problems").textContent()).resolves.toMatch(
      /denuncias_fixture_latin1\.csv, fila 3: .*999901/,
    );
    // Modalities the release's groups do not name are listed for mapping (README: 5 values).
    const unmapped = (await page.getByTestId("rep-unmapped").textContent()) ?? "";
    for (const m of ["OFENSAS AL PUDOR PÚBLICO (1)", "LESIONES", "VIOLACIÓN SEXUAL"]) {
      expect(unmapped).toContain(m);
    }
    await expect(page.getByTestId("rep-partial").textContent()).resolves.toMatch(
      /2024 es un año parcial \(ene–jun\)/,
    );
    // test/fixtures/sidpol/README.md: theft 2023 = 12 × 10 (Lima) = 120; partial 2024 excluded.
    const theft = page.locator('[data-testid=rep-family-totals] tr[data-family="theft"] td');
    await expect(theft.allTextContents()).resolves.toEqual(["120"]);
    // Annualising keeps 2024: theft 2024 = 6 × 10 × 12 / 6 = 120.
    await page.getByTestId("rep-partial-choice").selectOption("annualise");
    await expect(theft.allTextContents()).resolves.toEqual(["120", "120"]);
    await page.getByTestId("rep-partial-choice").selectOption("exclude");
    const families = page.getByTestId("rep-families");
    // 15 distinct modalities in the joined rows (README).
    await expect(families.locator("tbody tr").count()).resolves.toBe(15);
    await page
      .getByTestId("import-report")
      .screenshot({ path: "screenshots/sidpol-01-report.png" });
    // Moving the unmapped modality to a family changes that family's total: 7 + 1 = 8 (README).
    await families.getByLabel("Familia: OFENSAS AL PUDOR PÚBLICO").selectOption("family");
    const family = page.locator('[data-testid=rep-family-totals] tr[data-family="family"] td');
    await expect(family.allTextContents()).resolves.toEqual(["8"]);
    await families.getByLabel("Familia: OFENSAS AL PUDOR PÚBLICO").selectOption("other");

    await page.getByTestId("import-confirm").click();
    // Replaced, not added: only 2023 is in use now; no bundled year survives.
    const present = page.getByTestId("data-crime-present");
    await expect(present.textContent()).resolves.toMatch(/2023/);
    await expect(present.textContent()).resolves.not.toMatch(/2025/);
    await page.screenshot({ path: "screenshots/sidpol-02-applied.png" });
    await page.getByTestId("tab-map").click();
    await expect(legend.textContent()).resolves.toContain(
      "Índice de Riesgo Sociodelictivo (IRS) · 2023",
    );
    await expect(legend.textContent()).resolves.not.toContain("2023–2025");
    // Lima's robbery rate now comes from the file: 5 reports / 266,887 inhabitants (INEI 2022,
    // the population year nearest 2023) × 10,000 = 0.187.
    await expect
      .poll(async () => Number(await robbery.getAttribute("data-rate")))
      .toBeCloseTo((5 / 266_887) * 10_000, 6);
    await expect(page.getByTestId("crime-card-period").textContent()).resolves.toContain(
      "2023 · población INEI 2022",
    );
    const after = await topOfRanking(page);
    expect(after).not.toEqual(before);
    await page.screenshot({ path: "screenshots/sidpol-03-ranking.png" });

    // Undo: the built-in release is back, whole.
    await page.getByTestId("tab-data").click();
    await page.getByTestId("import-undo").first().click();
    await expect(present.textContent()).resolves.toMatch(/2025/);
    await expect(legend.textContent()).resolves.toContain("2023–2025 (media anual)");
    await expect
      .poll(async () => Number(await robbery.getAttribute("data-rate")))
      .toBe(builtInRate);
    expect(await topOfRanking(page)).toEqual(before);

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
