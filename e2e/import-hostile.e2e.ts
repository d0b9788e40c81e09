import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { UNICODE_TABLE, makeHostileCorpus, wideCsv } from "../scripts/make-hostile-corpus";
import { browserPerFile, detailReady, mapIdle, openApp, waitReady } from "./browser";

// Issue #13: hostile files in the real app. The 30,000-column file used to freeze the page ~30 s
// (150,000 preview cells, every column ticked, one progress step, a report of 30,000 rows).

const chrome = browserPerFile();

async function open(): Promise<Page> {
  const { page } = await openApp(chrome.current);
  await page.route("**/favicon.ico", (r) => r.fulfill({ status: 204, body: "" }));
  await waitReady(page);
  await page.getByTestId("tab-data").click();
  return page;
}

/** Start recording main-thread long tasks (> 50 ms) into window.__longTasks. */
const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: "longtask" });
  });

const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

describe("hostile CSV files in the import panel", () => {
  it("previews and imports a 30,000-column file with no main-thread task over 200 ms", async () => {
    const page = await open();
    // The map's own work after ready (detailed boundaries, place names, the inset) is not the
    // import's: the watch starts once the map has settled.
    await detailReady(page).catch(() => undefined);
    await mapIdle(page);
    await page.waitForTimeout(1500);
    await watchLongTasks(page);
    await page.getByTestId("import-file").setInputFiles({
      name: "wide-30000.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(wideCsv(30_000), "utf8"),
    });
    await page.getByTestId("import-options").waitFor();
    // The preview draws 50 columns and says how many more there are.
    await expect(page.getByTestId("import-preview-more").textContent()).resolves.toMatch(
      /29[.,\s\u00a0]?951 columnas más/,
    );
    await expect(page.getByTestId("import-columns-more").count()).resolves.toBe(1);
    const ticked = await page.getByTestId("import-wide-columns").locator("input:checked").count();
    expect(ticked).toBe(50);
    // Any column is reachable: search the 29,999th value column by name and tick it (51 columns).
    await page.getByTestId("import-column-filter").fill("v29999");
    await expect
      .poll(() => page.getByTestId("import-column-matches").textContent())
      .toMatch(/^1 de 30[.,\s\u00a0]?001 columnas coinciden/);
    await page.getByTestId("import-wide-columns").getByLabel("v29999", { exact: true }).check();
    await expect(page.getByTestId("import-ticked-count").textContent()).resolves.toMatch(
      /^51 marcadas/,
    );
    await page.getByTestId("import-column-filter").fill("");
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-report").waitFor({ timeout: 60_000 });
    // Let a last render land before reading the observer.
    await page.waitForTimeout(300);
    // 51 numeric columns: 50 drawn, "1 more" below; the searched column is among them.
    await expect(page.getByTestId("rep-indicators-more").count()).resolves.toBe(1);
    const tasks = await longTasks(page);
    const longest = Math.max(0, ...tasks);
    console.log(`wide-30000.csv: ${tasks.length} long tasks, longest ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(200);
  });

  it("reads a UTF-16LE file (Excel 'Texto Unicode') with its accents", async () => {
    const page = await open();
    const file = makeHostileCorpus().find((f) => f.name === "utf16le-bom.csv");
    if (!file) throw new Error("corpus has no utf16le-bom.csv");
    await page.getByTestId("import-file").setInputFiles({
      name: file.name,
      mimeType: "text/plain",
      buffer: Buffer.from(file.bytes),
    });
    await page.getByTestId("import-options").waitFor();
    await expect(page.getByTestId("import-detected").textContent()).resolves.toMatch(/utf-16le/i);
    const labels = await page.getByTestId("import-wide-columns").locator("label").allTextContents();
    expect(labels).toContain(UNICODE_TABLE.split("\n")[0]?.split(";")[1]);
  });

  it("says a 0-byte file is empty (not 'Elija al menos la columna…')", async () => {
    const page = await open();
    await page.getByTestId("import-file").setInputFiles({
      name: "vacio.csv",
      mimeType: "text/csv",
      buffer: Buffer.alloc(0),
    });
    await expect(page.getByTestId("import-error").textContent()).resolves.toMatch(
      /el archivo está vacío/i,
    );
    await expect(page.getByTestId("import-run").count()).resolves.toBe(0);
  });
});
