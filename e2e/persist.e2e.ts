import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, browserPerFile, openApp, waitReady } from "./browser";

// Invented fixture (see test/fixtures/persist/README.md): one numeric column over four districts.
const FIXTURE = readFileSync("test/fixtures/persist/robos_persist.csv");
const FILE = "robos_persist.csv";
const INDICATOR = "robos_persist"; // label of the imported indicator (and layer option)

const chrome = browserPerFile();

/**
 * Record, at the FIRST <html data-state="ready">, the layer options the page shows: imports kept in
 * the browser must already be re-applied then, not after.
 */
const FIRST_READY_PROBE = () => {
  const w = window as unknown as { __firstReady?: string[] };
  new MutationObserver((_, obs) => {
    if (document.documentElement.dataset.state !== "ready" || w.__firstReady) return;
    w.__firstReady = [...document.querySelectorAll("[data-testid=layer-select] option")].map(
      (o) => o.textContent ?? "",
    );
    obs.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
};
const firstReadyOptions = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstReady?: string[] }).__firstReady ?? null);

async function importFixture(page: Page): Promise<void> {
  await page.getByTestId("tab-data").click();
  await page.getByTestId("import-file").setInputFiles({
    name: FILE,
    mimeType: "text/csv",
    buffer: FIXTURE,
  });
  await page.getByTestId("import-options").waitFor();
  await page.getByTestId("import-run").click();
  await page.getByTestId("import-report").waitFor();
  await page.getByTestId("import-confirm").click();
  await page.locator("[data-testid=dataset-state][data-state=saved]").waitFor();
}

describe("imported data stays in the browser", () => {
  it("an import is re-applied before the first ready after a reload; removed, it is gone", async () => {
    const { page, consoleErrors } = await openApp(chrome.current);
    await page.addInitScript(FIRST_READY_PROBE);
    await waitReady(page);
    await importFixture(page);

    await page.reload();
    await waitReady(page);
    expect(await firstReadyOptions(page)).toContain(INDICATOR);
    await page.getByTestId("tab-data").click();
    const item = page.getByTestId("dataset-item");
    await expect(item.count()).resolves.toBe(1);
    await expect(item.getByTestId("dataset-file").textContent()).resolves.toBe(FILE);
    await expect(item.getByTestId("dataset-rows").textContent()).resolves.toBe("4");
    for (const [w, h] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.getByTestId("dataset-list").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `screenshots/persist-datos-${w}x${h}.png` });
    }

    await item.getByTestId("dataset-remove").click();
    await expect(page.getByTestId("import-undone").textContent()).resolves.toMatch(FILE);
    await page.reload();
    await waitReady(page);
    const options = await firstReadyOptions(page);
    expect(options).not.toBeNull();
    expect(options).not.toContain(INDICATOR);
    await page.getByTestId("tab-data").click();
    await expect(page.getByTestId("dataset-item").count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("a damaged record and an unavailable store are named; the built-in data loads", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    // Write records as a damaged or older/newer build would have left them.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.open("mapa-riesgo-datasets", 1);
          r.onupgradeneeded = () => r.result.createObjectStore("datasets");
          r.onerror = () => reject(new Error("open"));
          r.onsuccess = () => {
            const tx = r.result.transaction("datasets", "readwrite");
            tx.objectStore("datasets").put({ version: 1, key: "ds-bad", commit: "x" }, "ds-bad");
            tx.objectStore("datasets").put({ version: 7, key: "ds-v7" }, "ds-v7");
            tx.oncomplete = () => {
              r.result.close();
              resolve();
            };
          };
        }),
    );
    await page.reload();
    await waitReady(page);
    const notice = await page.getByTestId("dataset-notice").textContent();
    expect(notice).toMatch(/2 registros guardados no se pudieron usar/);
    await expect(page.getByTestId("layer-select").inputValue()).resolves.toBe("irs");
    await page.getByTestId("tab-data").click();
    const codes = await page
      .getByTestId("set-aside-item")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
    expect(codes).toEqual(["field", "version"]);
    await page.getByTestId("dataset-set-aside").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "screenshots/persist-damaged-1400x900.png" });
    // Export gives the record as it was read.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("set-aside-export").first().click(),
    ]);
    expect(JSON.parse(readFileSync(await download.path(), "utf8"))).toEqual({
      version: 1,
      key: "ds-bad",
      commit: "x",
    });
    await page.close();

    // A browser that refuses IndexedDB (as some private modes do).
    const p2 = await chrome.current.newPage();
    await p2.addInitScript(() => {
      Object.defineProperty(window, "indexedDB", {
        get() {
          throw new DOMException("denied", "SecurityError");
        },
      });
    });
    await p2.goto(baseUrl());
    await waitReady(p2);
    await expect(p2.getByTestId("dataset-notice").textContent()).resolves.toMatch(
      /no permite guardar datos/,
    );
    await p2.close();
  });

  it("a link made after an import, opened in a fresh browser, names the missing dataset", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await importFixture(page);
    const fingerprint = await page.getByTestId("dataset-item").getAttribute("data-fingerprint");
    expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
    // The imported indicator is weighted in the index (weight 1): the link carries it.
    await page.waitForFunction(() => location.hash.includes("ds="));
    const link = page.url();
    expect(link).toContain(`ds=${fingerprint}:generic:${FILE}`);
    await page.close();

    for (const [w, h] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const fresh = await openApp(chrome.current, new URL(link).hash, { width: w, height: h });
      await waitReady(fresh.page);
      const item = fresh.page.locator("[data-testid=link-issues] li[data-code=missingDataset]");
      const text = await item.textContent();
      expect(text).toContain(FILE);
      expect(text).toContain(`huella ${fingerprint}`);
      expect(text).toMatch(
        /el índice y el ranking usan el indicador «imp_robos_persist_robos_persist», que no está cargado/,
      );
      await fresh.page.screenshot({ path: `screenshots/persist-link-missing-${w}x${h}.png` });
      await fresh.page.close();
    }
  });
});
