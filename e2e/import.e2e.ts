import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp, browserPerFile, waitReady } from "./browser";

// Invented test fixture (real district codes, made-up values), written in the test, never shipped.
// Row numbers (header = 1): 3 = non-numeric value, 4 = unknown ubigeo, 5 = duplicate of row 2,
// 6 = ubigeo without its leading zero (010101).
const FIXTURE_CSV = [
  "ubigeo;robos_x_mil;semaforo",
  "150101;12,5;rojo",
  "150132;abc;ámbar",
  "999999;3;verde",
  "150101;7;rojo",
  "10101;2;verde",
  "130101;9,25;ámbar",
].join("\n");

const chrome = browserPerFile();

async function open(): Promise<{ page: Page; consoleErrors: () => string[] }> {
  const opened = await openApp(chrome.current);
  const page = opened.page;
  // index.html has no icon: Chromium's own favicon.ico request may log a 404 (not the app's).
  // Such 404s are tolerated only if no other response failed.
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) failed.push(r.url());
  });
  await page.route("**/favicon.ico", (r) => r.fulfill({ status: 204, body: "" }));
  await waitReady(page);
  await page.getByTestId("tab-data").click();
  const consoleErrors = () => [
    ...failed,
    ...opened.consoleErrors.filter((e) => !/^Failed to load resource: .* 404/.test(e)),
  ];
  return { page, consoleErrors };
}

const pick = (page: Page, name: string, text: string) =>
  page.getByTestId("import-file").setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(text, "utf8"),
  });

const layerOptions = async (page: Page): Promise<string[]> => {
  await page.getByTestId("tab-map").click();
  const options = await page.getByTestId("layer-select").locator("option").allTextContents();
  await page.getByTestId("tab-data").click();
  return options;
};

describe("CSV import: report first, nothing lost, undo", () => {
  it("validates a wide CSV, adds an indicator and a category layer, and undoes it", async () => {
    const { page, consoleErrors } = await open();
    const before = await layerOptions(page);
    await pick(page, "robos_fixture.csv", FIXTURE_CSV);
    await page.getByTestId("import-options").waitFor();
    await expect(page.getByTestId("import-mode").inputValue()).resolves.toBe("generic");
    await expect(page.getByTestId("import-ubigeo-col").inputValue()).resolves.toBe("ubigeo");
    // The text column is offered, not preselected: tick it to get a category layer.
    await page.getByTestId("import-wide-columns").getByLabel("semaforo").check();
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-report").waitFor();
    await expect(page.getByTestId("rep-rows-read").textContent()).resolves.toBe("6");
    await expect(page.getByTestId("rep-repaired").textContent()).resolves.toBe("1");
    const problems = await page.getByTestId("rep-problems").locator("li").allTextContents();
    expect(problems.some((p) => /^robos_fixture\.csv, fila 3: .*"robos_x_mil"/.test(p))).toBe(true);
    expect(problems.some((p) => /^robos_fixture\.csv, fila 4: .*999999/.test(p))).toBe(true);
    expect(
      problems.some((p) => /^robos_fixture\.csv, fila 5: el distrito 150101 ya apareció/.test(p)),
    ).toBe(true);
    await expect(page.getByTestId("rep-categorical").textContent()).resolves.toMatch(/semaforo/);
    // The unjoined rows download as an es-PE CSV.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("rep-download-unjoined").click(),
    ]);
    const text = readFileSync(await download.path()).toString("utf8");
    expect(text.split("\n")[0]).toBe("\ufeffarchivo;fila;tipo;valor;mensaje");
    expect(text).toMatch(/robos_fixture\.csv;4;.*;999999;/);
    // Nothing changed yet.
    expect(await layerOptions(page)).toEqual(before);
    await page.getByLabel("Peso: robos_x_mil").fill("2");
    await page.getByLabel("Unidad: robos_x_mil").fill("robos por mil hab.");
    await page
      .getByTestId("import-report")
      .screenshot({ path: "screenshots/import-01-report.png" });
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-history").waitFor();

    const after = await layerOptions(page);
    expect(after).toContain("robos_x_mil");
    expect(after).toContain("semaforo (categorías)");
    // The methodology panel lists the imported indicator with its weight.
    await page.getByTestId("tab-index").click();
    await expect(page.getByTestId("methodology-panel").textContent()).resolves.toMatch(
      /robos_x_mil/,
    );
    // The category layer is drawn with its own legend.
    await page.getByTestId("tab-map").click();
    await page.getByTestId("layer-select").selectOption({ label: "semaforo (categorías)" });
    const legend = await page.getByTestId("legend").textContent();
    expect(legend).toMatch(/verde/);
    expect(legend).toMatch(/ámbar/);
    expect(legend).toMatch(/rojo/);
    await page.screenshot({ path: "screenshots/import-02-category-layer.png" });

    // Undo: the layers are gone, the map is back on the IRS.
    await page.getByTestId("tab-data").click();
    await page.getByTestId("import-undo").click();
    await expect(page.getByTestId("import-undone").textContent()).resolves.toMatch(
      /robos_fixture\.csv/,
    );
    expect(await layerOptions(page)).toEqual(before);
    expect(consoleErrors()).toEqual([]);
    await page.close();
  });

  it("labels the report's problem kinds in English in the English UI", async () => {
    const { page } = await open();
    await page.getByTestId("lang-en").click();
    await pick(page, "robos_fixture.csv", FIXTURE_CSV);
    await page.getByTestId("import-options").waitFor();
    await page.getByTestId("import-run").click();
    const counts = page.getByTestId("rep-counts");
    await counts.waitFor();
    const text = (await counts.textContent()) ?? "";
    expect(text).toContain("Non-numeric value");
    expect(text).toContain("Duplicate row");
    expect(text).not.toContain("Valor no numérico");
    // The problems themselves (core codes worded by i18n/import-copy) are English too.
    const problems = (await page.getByTestId("rep-problems").textContent()) ?? "";
    expect(problems).toContain(
      'robos_fixture.csv, row 3: "abc" is not a number (column "robos_x_mil")',
    );
    expect(problems).toContain(
      "robos_fixture.csv, row 4: ubigeo 999999 is not in the district layer",
    );
    expect(problems).not.toMatch(/fila|no existe/);
    await page.screenshot({ path: "screenshots/import-report-en.png" });
    await page.close();
  });

  it("a malformed file is explained by row and the data in force stays", async () => {
    const { page, consoleErrors } = await open();
    await pick(page, "robos_fixture.csv", FIXTURE_CSV);
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-history").waitFor();
    const withImport = await layerOptions(page);
    expect(withImport).toContain("robos_x_mil");

    // Forcing the SIDPOL preset on a file without its columns: a fatal, named error.
    await pick(page, "malo.csv", "ubigeo;valor\n150101;3\n");
    await page.getByTestId("import-mode").selectOption("sidpol");
    await page.getByTestId("import-run").click();
    // "ubigeo" is accepted for UBIGEO_HECHO (copies in circulation rename it); the rest is missing.
    const fatal = (await page.getByTestId("import-fatal").textContent()) ?? "";
    expect(fatal).toMatch(/malo\.csv, fila 1: faltan las columnas /);
    for (const c of ["cantidad", "P_MODALIDADES", "ANIO", "MES"]) expect(fatal).toContain(`"${c}"`);
    expect(fatal).not.toContain('"UBIGEO_HECHO"');
    await expect(page.getByTestId("import-confirm").isDisabled()).resolves.toBe(true);
    await page.getByTestId("import-report").screenshot({ path: "screenshots/import-03-fatal.png" });
    await page.getByTestId("import-discard").click();

    // An unclosed quote: reported with its row, nothing applied until confirmed.
    await pick(page, "comillas.csv", 'ubigeo;valor\n150101;4\n150132;"5\n130101;6\n');
    // Only 1 of the 2 preview cells is a number, so the column is not preselected: tick it.
    await page.getByTestId("import-wide-columns").getByLabel("valor").check();
    await page.getByTestId("import-run").click();
    await expect(page.getByTestId("rep-problems").textContent()).resolves.toMatch(
      /comillas\.csv, fila 3: comillas sin cerrar/,
    );
    await page.getByTestId("import-discard").click();
    expect(await layerOptions(page)).toEqual(withImport);
    expect(consoleErrors()).toEqual([]);
    await page.close();
  });
});
