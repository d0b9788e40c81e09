import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapIdle, openApp, browserPerFile, waitReady } from "./browser";

const chrome = browserPerFile();

/** "S/ 7,123,456.78" (es-PE: "," groups, "." decimals) → céntimos, exactly. */
const centsOf = (text: string): number => {
  const m = /S\/\s*([\d,]+)(?:\.(\d{1,2}))?/.exec(text);
  if (!m) throw new Error(`no amount in "${text}"`);
  return Number((m[1] ?? "").replace(/,/g, "")) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
};

describe("FESC: budget among the top 36 and export", () => {
  it("shares S/ 252,000,000 among the top 36 exactly, shown in es-PE format", async () => {
    const { page, consoleErrors } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-fesc").click();
    // The selection ranks on the index with crime (the release's families), not on context alone.
    await expect(page.getByTestId("fesc-indicators").textContent()).resolves.toMatch(
      /Robo, Hurto, Estafa, Extorsión, Homicidio/,
    );
    await expect(page.getByTestId("fesc-n").inputValue()).resolves.toBe("36");
    await page.getByTestId("fesc-budget").fill("252000000");
    await page.getByTestId("fesc-mode").selectOption("both");
    const rows = page.getByTestId("fesc-table").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(36);
    await expect(page.getByTestId("fesc-total").textContent()).resolves.toBe("S/ 252,000,000");
    const amounts = await page.getByTestId("fesc-amount").allTextContents();
    expect(amounts).toHaveLength(36);
    expect(amounts.reduce((s, a) => s + centsOf(a), 0)).toBe(25_200_000_000);
    // the 36 selected districts are outlined on the map (the highlight source holds them)
    await mapIdle(page);
    const marked = await page.evaluate(() => {
      const map = window.__map!;
      const hits = map.querySourceFeatures("highlight", {
        filter: ["==", ["get", "kind"], "marked"],
      });
      return new Set(hits.map((f) => f.id)).size;
    });
    expect(marked).toBe(36);
    // a cap that binds: S/ 10 million each at most, still exactly the budget
    await page.getByTestId("fesc-cap").fill("10000000");
    await expect(page.getByTestId("fesc-total").textContent()).resolves.toBe("S/ 252,000,000");
    const capped = await page.getByTestId("fesc-amount").allTextContents();
    expect(Math.max(...capped.map(centsOf))).toBeLessThanOrEqual(1_000_000_000);
    // an impossible floor is explained in Spanish, not hidden
    await page.getByTestId("fesc-floor").fill("8000000");
    await expect(page.getByTestId("fesc-error").textContent()).resolves.toMatch(
      /^Imposible: 36 distritos × mínimo/,
    );
    await page.getByTestId("fesc-floor").fill("");
    await page.getByTestId("fesc-cap").fill("");
    await page.screenshot({ path: "screenshots/fesc-01-budget.png" });
    expect(consoleErrors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
    await page.close();
  });

  it("gives one amount per IRS class with class tiers, exactly, and keeps them in the link", async () => {
    const { page, consoleErrors } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-fesc").click();
    await page.getByTestId("fesc-n").fill("400");
    await page.getByTestId("fesc-amounts").selectOption("tiers");
    // Drop the three default rank tiers, then tier by class: "Muy alto" then "Alto".
    const remove = page.locator(".fesc-tiers tbody button");
    for (let i = 0; i < 3; i++) await remove.first().click();
    await page.getByTestId("fesc-add-class-tier").click();
    await page.getByTestId("fesc-add-class-tier").click();
    await expect(
      page.getByTestId("fesc-class-tier-0").locator("select").inputValue(),
    ).resolves.toBe("4");
    await expect(
      page.getByTestId("fesc-class-tier-1").locator("select").inputValue(),
    ).resolves.toBe("3");
    await page.getByTestId("fesc-tier-amount-1").fill("500000");
    // Top 400 = the k "Muy alto" districts (the legend's top quintile, its count read from the
    // legend: 368 of the 1,839 scored today) + (400 − k) "Alto":
    // k × S/ 1,000,000 + (400 − k) × S/ 500,000.
    const k = Number(
      (
        await page.locator('[data-testid=legend] [data-class="4"] .legend-count').textContent()
      )?.replace(/,/g, "") ?? NaN,
    );
    expect(k).toBeGreaterThan(300);
    expect(k).toBeLessThan(400);
    const total = k * 1_000_000 + (400 - k) * 500_000;
    await expect(page.getByTestId("fesc-total").textContent()).resolves.toBe(
      `S/ ${total.toLocaleString("en-US")}`,
    );
    const amounts = (await page.getByTestId("fesc-amount").allTextContents()).map(centsOf);
    expect(amounts.filter((c) => c === 100_000_000)).toHaveLength(k);
    expect(amounts.filter((c) => c === 50_000_000)).toHaveLength(400 - k);
    // The link carries them (name~c~class 1–5~soles), once the debounced sync has run.
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes("~c~4~500000"));
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain(
      "ft=Muy alto~c~5~1000000!Alto~c~4~500000",
    );
    expect(consoleErrors.filter((e) => !e.startsWith("Failed to load r"))).toEqual([]);
    await page.screenshot({ path: "screenshots/fesc-class-tiers.png" });
    await page.close();
  });

  it("exports the selection as an Excel es-PE CSV with the methodology on top", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-fesc").click();
    await page.getByTestId("fesc-budget").fill("252000000");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("fesc-export").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^fesc-distritos-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("# Título: Distritos priorizados FESC");
    // one escaped cell per metadata line: quoted when it holds ";" (the weights list does)
    const method = lines.find((l) => l.startsWith('"# Metodología: IRS (0–100), pesos: '));
    expect(method).toMatch(/Robo 2 \(\d+(\.\d)? %\).*Población 1 \(\d+(\.\d)? %\)/);
    // The period of the crime reports behind the IRS travels with the file.
    expect(method).toContain("Denuncias SIDPOL: 2023–2025 (media anual), población INEI 2022");
    expect(lines.some((l) => l.includes("Denuncias Policiales (SIDPOL)"))).toBe(true);
    writeFileSync("screenshots/fesc-export.csv", bytes);
    expect(lines).toContain("# Presupuesto (S/): 252000000,00");
    expect(lines).toContain("# Total asignado (S/): 252000000,00");
    const headerAt = lines.findIndex((l) => l.startsWith("N°;Ubigeo;"));
    expect(lines[headerAt - 1]).toBe("");
    const header = (lines[headerAt] ?? "").split(";");
    const data = lines.slice(headerAt + 1).filter((l) => l !== "");
    expect(data).toHaveLength(36);
    const amountCol = header.indexOf("Monto (S/)");
    const cents = data.map((l) => {
      const cell = l.split(";")[amountCol] ?? "";
      expect(cell).toMatch(/^\d+,\d{2}$/);
      return Number(cell.replace(",", ""));
    });
    expect(cents.reduce((s, c) => s + c, 0)).toBe(25_200_000_000);
    expect((data[0] ?? "").split(";")[1]).toMatch(/^\d{6}$/);
    await page.close();
  });

  it("saves two scenarios and compares who enters and leaves", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-fesc").click();
    await page.getByTestId("fesc-scenarios").locator("summary").click();
    await page.getByTestId("fesc-scenario-name").fill("Top 36");
    await page.getByTestId("fesc-save").click();
    await page.getByTestId("fesc-n").fill("40");
    await page.getByTestId("fesc-scenario-name").fill("Top 40");
    await page.getByTestId("fesc-save").click();
    const diff = page.getByTestId("fesc-diff");
    await expect(diff.textContent()).resolves.toMatch(/Entran 4, salen 0, cambian de monto 36/);
    await page.getByTestId("fesc-trend").locator("summary").click();
    await page.getByTestId("trend-chart").waitFor();
    // Crime before/after: the selected districts against unselected ones of similar population,
    // a year picked by the user, the difference in differences, labelled descriptive.
    const trend = page.getByTestId("fesc-trend");
    await expect(trend.getByTestId("trend-series").inputValue()).resolves.toBe("crime_total");
    await trend.locator("select").nth(1).selectOption("2024");
    await expect(trend.getByTestId("trend-did-value").textContent()).resolves.toMatch(
      /^-?[\d.,]+$/,
    );
    await expect(trend.textContent()).resolves.toMatch(/no causal/);
    await page.getByTestId("fesc-trend").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "screenshots/fesc-02-scenarios-trend.png" });
    await page.close();
  });
});
