import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp, browserPerFile, waitReady } from "./browser";

// Raw files read here with their own parsing (not the app's): MEF budget and INEI population.
const RAW = resolve(import.meta.dirname, "../../shared/data/raw");
const rawCsv = (path: string) =>
  readFileSync(resolve(process.env.DATA_DIR ?? RAW, path), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(","));
const MEF = rawCsv("mef-presupuesto-municipal-2015-2025/mef_municipal_budget_2015_2025.csv");
const POP = rawCsv("inei-poblacion-proyectada-2018-2022/poblacion_distrital_2018_2022.csv");
const mef = (ubigeo: string, year: string) => {
  const h = MEF[0] ?? [];
  const row = MEF.find((r) => r[h.indexOf("anio")] === year && r[h.indexOf("ubigeo")] === ubigeo);
  return {
    devengado: Number(row?.[h.indexOf("devengado")]),
    pim: Number(row?.[h.indexOf("pim")]),
    tipo: row?.[h.indexOf("tipo")],
  };
};
const pop2022 = (ubigeo: string) => {
  const h = POP[0] ?? [];
  return Number(POP.find((r) => r[0] === ubigeo)?.[h.indexOf("pob_2022")]);
};

// Invented amounts (test/fixtures/pp0030/README.md).
const PP0030 = fileURLToPath(
  new URL("../test/fixtures/pp0030/pp0030_fixture.csv", import.meta.url),
);

const chrome = browserPerFile();

const selectDistrict = async (page: Page, ubigeo: string): Promise<void> => {
  await page.getByTestId("search-input").fill(ubigeo);
  await page.getByTestId("search-results").getByRole("option").first().click();
  await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe(ubigeo);
};

describe("Art. 89's third criterion: municipal fiscal capacity", () => {
  it("the card gives the municipal budget per inhabitant with its year and caveat", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    // A district municipality: per inhabitant = raw devengado / raw INEI 2022 population.
    await selectDistrict(page, "150132");
    const card = page.getByTestId("fiscal-card");
    await expect(card.getAttribute("data-kind")).resolves.toBe("district");
    const sjl = mef("150132", "2023");
    expect(sjl.tipo).toBe("DISTRITAL");
    const spent = Number(await page.getByTestId("fiscal-spent").getAttribute("data-per-head"));
    expect(spent).toBeCloseTo(sjl.devengado / pop2022("150132"), 6);
    const budget = Number(await page.getByTestId("fiscal-budget").getAttribute("data-per-head"));
    expect(budget).toBeCloseTo(sjl.pim / pop2022("150132"), 6);
    await expect(page.getByTestId("fiscal-spent").textContent()).resolves.toContain(
      "Gasto devengado 2023",
    );
    await expect(page.getByTestId("fiscal-caveat").textContent()).resolves.toMatch(
      /no gasto en seguridad ciudadana.*población INEI 2022/,
    );
    await card.screenshot({ path: "screenshots/fiscal-01-card-district.png" });
    // A provincial municipality (Cercado de Lima = Municipalidad Metropolitana): totals, flagged.
    await selectDistrict(page, "150101");
    await expect(card.getAttribute("data-kind")).resolves.toBe("provincial");
    expect(mef("150101", "2023").tipo).toBe("PROVINCIAL");
    await expect(page.getByTestId("fiscal-spent").getAttribute("data-per-head")).resolves.toBe("");
    await expect(page.getByTestId("fiscal-caveat").textContent()).resolves.toMatch(
      /Municipalidad PROVINCIAL/,
    );
    await page.close();
  });

  it("the art. 89 preset names and uses its three criteria", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-index").click();
    await page.getByTestId("preset-select").selectOption("fesc-art89");
    const desc = (await page.getByTestId("preset-desc").textContent()) ?? "";
    for (const words of [
      "incidencia delictiva",
      "tamaño poblacional",
      "déficit presupuestal",
      "sustituto parcial",
    ]) {
      expect(desc).toContain(words);
    }
    // Equal shares of the three: 33.3 % each.
    for (const id of ["crime_total_rate", "population", "muni_spending_pc"]) {
      await expect(page.getByTestId(`share-${id}`).textContent()).resolves.toBe("33.3 %");
    }
    await page.screenshot({ path: "screenshots/fiscal-02-art89-preset.png" });
    await page.close();
  });

  it("imports a security-spending table (PP 0030) as an indicator per inhabitant, with undo", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-data").click();
    await page.getByTestId("import-file").setInputFiles(PP0030);
    await page.getByTestId("import-security-preset").waitFor();
    await expect(page.getByTestId("import-mode").inputValue()).resolves.toBe("security");
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-report").waitFor();
    // README: 40 rows, 12 Chachapoyas codes repaired, 999999 not a district.
    await expect(page.getByTestId("rep-rows-read").textContent()).resolves.toBe("40");
    await expect(page.getByTestId("rep-repaired").textContent()).resolves.toBe("12");
    await expect(page.getByTestId("rep-count-unjoined").textContent()).resolves.toBe("1");
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("tab-map").click();
    const label = "Gasto en seguridad ciudadana por habitante (importado)";
    const options = await page.getByTestId("layer-select").locator("option").allTextContents();
    expect(options).toContain(label);
    await page.getByTestId("layer-select").selectOption({ label });
    // 2024 is partial (Jan–Feb): the layer uses 2023.
    await expect(page.getByTestId("legend").textContent()).resolves.toContain(`${label} · 2023`);
    await selectDistrict(page, "150132");
    // 1,250,000 / 1,225,092 (INEI 2022) per inhabitant.
    const perHead = Number(
      await page.getByTestId("security-spending").getAttribute("data-per-head"),
    );
    expect(perHead).toBeCloseTo(1_250_000 / pop2022("150132"), 6);
    await page.screenshot({ path: "screenshots/fiscal-03-security-import.png" });
    await page.getByTestId("tab-data").click();
    await page.getByTestId("import-undo").first().click();
    await expect(page.getByTestId("security-spending").count()).resolves.toBe(0);
    await page.close();
  });
});
