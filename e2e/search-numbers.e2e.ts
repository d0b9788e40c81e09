import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserPerFile, openApp, waitReady } from "./browser";

const chrome = browserPerFile();

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Type a query and return the options shown: ubigeo and population as the list prints them. */
async function search(page: Page, query: string): Promise<{ ubigeo: string; pop: number }[]> {
  await page.getByTestId("search-input").fill(query);
  const options = page.getByTestId("search-results").getByRole("option");
  await options.first().waitFor();
  return (await options.allTextContents()).map((text) => {
    const ubigeo = /\b(\d{6})\b/.exec(text)?.[1] ?? "";
    // "… · 1,225,092 hab." (es-PE grouping)
    const pop = Number(/([\d,]+) hab\./.exec(text)?.[1]?.replace(/,/g, "") ?? NaN);
    return { ubigeo, pop };
  });
}

describe("search: relevance, then population; aliases; ubigeo prefixes", () => {
  it('opens Comas (Lima, 150110) on "comas" + Enter, not Comas (Junín)', async () => {
    const { page, consoleErrors } = await openApp(chrome.current);
    await waitReady(page);
    const found = await search(page, "comas");
    expect(found.map((f) => f.ubigeo)).toEqual(["150110", "120206"]);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe("150110");
    expect(consoleErrors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
    await page.close();
  });

  it('lists Independencia (Lima) first of the four, and finds "SJL" and "Nazca" by alias', async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    expect((await search(page, "independencia")).map((f) => f.ubigeo)).toEqual([
      "150112",
      "020105",
      "110504",
      "051106",
    ]);
    expect((await search(page, "SJL"))[0]?.ubigeo).toBe("150132");
    await expect(
      page.getByTestId("search-results").getByRole("option").first().textContent(),
    ).resolves.toContain("«SJL»");
    expect((await search(page, "Nazca"))[0]?.ubigeo).toBe("110301");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe("110301");
    await page.close();
  });

  it('lists the province of Lima for "1501", largest population first', async () => {
    for (const viewport of VIEWPORTS) {
      const { page } = await openApp(chrome.current, "", viewport);
      await waitReady(page);
      const found = await search(page, "1501");
      expect(found[0]?.ubigeo).toBe("150132");
      expect(found.every((f) => f.ubigeo.startsWith("1501"))).toBe(true);
      const pops = found.map((f) => f.pop);
      expect(pops.every((p) => Number.isFinite(p))).toBe(true);
      expect(pops).toEqual([...pops].sort((a, b) => b - a));
      // 43 districts in the province: the list says how many it leaves out.
      await expect(page.getByTestId("search-more").textContent()).resolves.toMatch(/ 43 /);
      await page.screenshot({
        path: `screenshots/search-1501-${viewport.width}x${viewport.height}.png`,
      });
      await search(page, "SJL");
      await page.screenshot({
        path: `screenshots/search-sjl-${viewport.width}x${viewport.height}.png`,
      });
      await page.close();
    }
  });
});

describe("numbers typed as in Peru", () => {
  it('reads "252.000.000" in the FESC budget as S/ 252,000,000 and refuses garbage by name', async () => {
    for (const viewport of VIEWPORTS) {
      const { page, consoleErrors } = await openApp(chrome.current, "", viewport);
      await waitReady(page);
      await page.getByTestId("tab-fesc").click();
      const budget = page.getByTestId("fesc-budget");
      const hint = page.getByTestId("fesc-budget-hint");
      // The default budget (not typed) shows in the app's one number format, without a hint.
      await expect(budget.inputValue()).resolves.toBe("252,000,000");
      await expect(hint.count()).resolves.toBe(0);
      await budget.fill("1000");
      await expect(page.getByTestId("fesc-total").textContent()).resolves.toBe("S/ 1,000");
      await budget.fill("252.000.000");
      await expect(page.getByTestId("fesc-total").textContent()).resolves.toBe("S/ 252,000,000");
      await expect(hint.textContent()).resolves.toBe("Leído como S/ 252,000,000");
      for (const typed of ["252,000,000", "252 000 000", "S/ 252 000 000", "252000000"]) {
        await budget.fill("1000");
        await budget.fill(typed);
        await expect(page.getByTestId("fesc-total").textContent(), typed).resolves.toBe(
          "S/ 252,000,000",
        );
      }
      // Decimals: the last different separator is the decimal mark.
      await page.getByTestId("fesc-cap").fill("1.500,50");
      await expect(page.getByTestId("fesc-cap-hint").textContent()).resolves.toBe(
        "Leído como S/ 1,500.5",
      );
      await page.getByTestId("fesc-cap").fill("");
      // Garbage: refused with a message naming it; the total keeps the last good budget.
      await budget.fill("252.000.00");
      await expect(hint.textContent()).resolves.toMatch(/^«252\.000\.00» no es un número/);
      await expect(page.getByTestId("fesc-total").textContent()).resolves.toBe("S/ 252,000,000");
      await page.screenshot({
        path: `screenshots/fesc-number-error-${viewport.width}x${viewport.height}.png`,
      });
      await budget.fill("252.000.000");
      await page.locator(".fesc-form").screenshot({
        path: `screenshots/fesc-form-${viewport.width}x${viewport.height}.png`,
      });
      await page.screenshot({
        path: `screenshots/fesc-budget-${viewport.width}x${viewport.height}.png`,
      });
      // Leaving the field keeps what was typed and how it was read (no layout shift under the
      // pointer that would swallow a click).
      await page.getByTestId("fesc-mode").focus();
      await expect(budget.inputValue()).resolves.toBe("252.000.000");
      await expect(hint.textContent()).resolves.toBe("Leído como S/ 252,000,000");
      expect(consoleErrors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
      await page.close();
    }
  });

  it("reads the ranking's minimum population typed with thousands dots", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-ranking").click();
    const input = page.getByTestId("rk-minpop");
    await input.fill("500.000");
    await expect(page.getByTestId("rk-minpop-hint").textContent()).resolves.toBe(
      "Leído como 500,000 (separador de miles)",
    );
    // 5 districts have 500,000 inhabitants or more in 2022: SJL, SMP, Ate, Comas and Callao.
    await expect(page.getByTestId("rk-count").textContent()).resolves.toMatch(/^5 de /);
    await input.fill("cinco mil");
    await expect(page.getByTestId("rk-minpop-hint").textContent()).resolves.toMatch(
      /^«cinco mil» no es un número/,
    );
    await page.close();
  });
});
