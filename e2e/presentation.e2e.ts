import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pngLayout } from "../src/lib/png-export";
import { browserPerFile, mapIdle, openApp, waitReady } from "./browser";

const chrome = browserPerFile();

const center = (page: Page) =>
  page.evaluate(() => [
    window.__map!.getCenter().lng,
    window.__map!.getCenter().lat,
    window.__map!.getZoom(),
  ]);
const blur = (page: Page) =>
  page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });

async function saveView(page: Page, title: string): Promise<void> {
  await page.getByTestId("view-title").fill(title);
  await page.getByTestId("save-view").click();
}

describe("presentation mode and saved views", () => {
  it("saves views, plays them with ←/→, leaves with Esc, keeps them after reload", async () => {
    const { page, consoleErrors } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("layer-select").selectOption("population");
    await mapIdle(page);
    await page.getByTestId("tab-views").click();
    await saveView(page, "Perú: población");
    await page.getByTestId("tab-map").click();
    await page.getByTestId("department-select").selectOption({ label: "Cusco" });
    await page.getByTestId("layer-select").selectOption("poverty_pct");
    await page.waitForTimeout(900);
    await mapIdle(page);
    await page.getByTestId("tab-views").click();
    await saveView(page, "Cusco: pobreza monetaria");
    await expect(page.getByTestId("views-list").locator("li").count()).resolves.toBe(2);

    await blur(page);
    await page.keyboard.press("p");
    await page.getByTestId("presentation").waitFor();
    await expect(page.getByTestId("side-panel").isVisible()).resolves.toBe(false);
    await expect(page.getByTestId("pres-position").textContent()).resolves.toBe("Vista actual");

    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("pres-position").textContent()).resolves.toBe("Vista 1 de 2");
    await expect(page.getByTestId("pres-title").textContent()).resolves.toBe("Perú: población");
    await mapIdle(page);
    const national = await center(page);
    expect(national[2]).toBeLessThan(6);
    await expect(page.getByTestId("pres-legend").getAttribute("aria-label")).resolves.toBe(
      "Población",
    );

    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("pres-title").textContent()).resolves.toBe(
      "Cusco: pobreza monetaria",
    );
    await expect(page.getByTestId("pres-position").textContent()).resolves.toBe("Vista 2 de 2");
    await mapIdle(page);
    const cusco = await center(page);
    // Cusco department spans roughly 73.9–70.3 °W and 15.9–11.2 °S.
    expect(cusco[0]).toBeGreaterThan(-74);
    expect(cusco[0]).toBeLessThan(-70.3);
    expect(cusco[1]).toBeGreaterThan(-15.9);
    expect(cusco[1]).toBeLessThan(-11.2);
    await expect(page.getByTestId("pres-legend").getAttribute("aria-label")).resolves.toBe(
      "Pobreza monetaria",
    );
    // Key figures follow the view's department: Cusco has 116 districts in the layer.
    await expect(page.getByTestId("pres-figures").textContent()).resolves.toMatch(
      /Cifras clave · Cusco.*de 116 distritos con datos/,
    );
    await page.screenshot({ path: "screenshots/presentation-es.png" });

    // → at the last view stays there; ← goes back to view 1 and its camera.
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("pres-position").textContent()).resolves.toBe("Vista 2 de 2");
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByTestId("pres-position").textContent()).resolves.toBe("Vista 1 de 2");
    await mapIdle(page);
    const back = await center(page);
    expect(back[0]).toBeCloseTo(national[0] ?? NaN, 2);
    expect(back[2]).toBeCloseTo(national[2] ?? NaN, 1);

    await page.keyboard.press("Escape");
    await expect(page.getByTestId("presentation").count()).resolves.toBe(0);
    await expect(page.getByTestId("side-panel").isVisible()).resolves.toBe(true);

    // English: the same presentation, every text translated.
    await page.getByTestId("lang-en").click();
    await page.getByTestId("present").click();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("pres-position").textContent()).resolves.toBe("View 2 of 2");
    await expect(page.getByTestId("pres-legend").getAttribute("aria-label")).resolves.toBe(
      "Monetary poverty",
    );
    await expect(page.getByTestId("pres-figures").textContent()).resolves.toMatch(
      /districts with data/,
    );
    await mapIdle(page);
    await page.screenshot({ path: "screenshots/presentation-en.png" });
    await page.getByTestId("pres-exit").click();
    await expect(page.getByTestId("presentation").count()).resolves.toBe(0);

    // The link follows the state (debounced): presentation closed before reloading.
    await page.waitForFunction(() => !window.location.hash.includes("pres=1"));
    await page.reload();
    await waitReady(page);
    await page.getByTestId("tab-views").click();
    await page.getByTestId("views-list").locator("li").nth(1).waitFor();
    await expect(page.getByTestId("views-list").locator("li").allTextContents()).resolves.toEqual([
      expect.stringContaining("Perú: población"),
      expect.stringContaining("Cusco: pobreza monetaria"),
    ]);
    await page.screenshot({ path: "screenshots/views-panel-en.png" });
    // Chromium's automatic /favicon.ico request 404s (the app ships no icon): not ours to fail on.
    const errors = consoleErrors.filter((m) => !m.includes("status of 404"));
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  it("exports views as JSON and reports a bad import in Spanish, keeping the good views", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-views").click();
    await saveView(page, "Lima");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-views").click(),
    ]);
    const path = await download.path();
    const file: unknown = JSON.parse(readFileSync(path, "utf8"));
    expect(file).toMatchObject({ format: "mapa-riesgo-vistas", version: 1 });
    const bad = {
      format: "mapa-riesgo-vistas",
      version: 1,
      views: [
        { title: "Buena", hash: "v=1&layer=poverty_pct&dep=08" },
        { title: "", hash: "v=1" },
        { title: "Ubigeo malo", hash: "v=1&sel=999999" },
      ],
    };
    await page.getByTestId("import-views-file").setInputFiles({
      name: "vistas-malas.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const problems = page.getByTestId("import-problems");
    await problems.waitFor();
    const text = (await problems.textContent()) ?? "";
    expect(text).toContain("vistas-malas.json, vista 2: falta el título");
    expect(text).toContain("vistas-malas.json, vista 3 («Ubigeo malo»)");
    expect(text).toContain("«sel»");
    // Read once the list has re-rendered (textContent and count do not wait).
    await expect.poll(() => page.getByTestId("views-list").locator("li").count()).toBe(3);
    await page.getByTestId("import-views-file").setInputFiles({
      name: "roto.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ no es json"),
    });
    await expect.poll(() => problems.textContent()).toContain("roto.json: JSON inválido");
    await page.screenshot({ path: "screenshots/views-import-es.png" });
    await page.close();
  });

  it("renames and deletes saved views in place, with no browser dialog", async () => {
    const { page, consoleErrors } = await openApp(chrome.current);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitReady(page);
    await page.getByTestId("tab-views").click();
    await saveView(page, "Uno");
    await saveView(page, "Dos");
    const items = page.getByTestId("views-list").locator("li");
    // Rename "Uno": Escape leaves it as it was, Enter keeps the new title.
    await page.getByRole("button", { name: "Renombrar «Uno»" }).click();
    await page.getByTestId("rename-input").fill("No vale");
    await page.getByTestId("rename-input").press("Escape");
    await expect(items.first().textContent()).resolves.toContain("Uno");
    await page.getByRole("button", { name: "Renombrar «Uno»" }).click();
    await page.getByTestId("rename-input").fill("Perú 2022");
    await page.getByTestId("rename-input").press("Enter");
    await expect(items.first().locator(".views-title").textContent()).resolves.toBe("Perú 2022");
    // Delete "Dos" only after the inline confirmation.
    await page.getByRole("button", { name: "Eliminar «Dos»" }).click();
    await expect(items.nth(1).textContent()).resolves.toContain("¿Eliminar la vista «Dos»?");
    await page
      .getByTestId("views-panel")
      .screenshot({ path: "screenshots/views-confirm-delete.png" });
    await page.getByTestId("delete-yes").click();
    await expect(items.count()).resolves.toBe(1);
    expect(dialogs).toEqual([]);
    expect(consoleErrors.filter((e) => !e.startsWith("Failed to load r"))).toEqual([]);
    await page.close();
  });

  it("exports a 1920×1080 PNG whose legend swatches carry the palette colours", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("layer-select").selectOption("poverty_pct");
    await mapIdle(page);
    await page.getByTestId("tab-views").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-png").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mapa-poverty_pct-\d{4}-\d{2}-\d{2}\.png$/);
    const png = readFileSync(await download.path());
    writeFileSync("screenshots/export-poverty.png", png);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("[data-testid=legend] .swatch")].map(
        (s) => getComputedStyle(s).backgroundColor,
      ),
    );
    expect(expected).toHaveLength(6);
    const layout = pngLayout(expected.length, 1400, 900);
    const read = await page.evaluate(
      async ({ b64, points }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const px = points.map(({ x, y }) => {
          const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
          return `rgb(${r}, ${g}, ${b})`;
        });
        // Distinct colours in the map area right of the legend (sampled grid).
        const seen = new Set<string>();
        for (let y = 200; y < 900; y += 10)
          for (let x = 700; x < 1800; x += 10) {
            const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
            seen.add(`rgb(${r}, ${g}, ${b})`);
          }
        return { w: img.naturalWidth, h: img.naturalHeight, px, map: [...seen] };
      },
      {
        b64: png.toString("base64"),
        points: layout.swatches.map((s) => ({
          x: Math.round(s.x + s.w / 2),
          y: Math.round(s.y + s.h / 2),
        })),
      },
    );
    expect(read.w).toBe(1920);
    expect(read.h).toBe(1080);
    expect(read.px).toEqual(expected);
    // The map itself is in the image: at least 3 of the 5 class colours (alpha-blended fill, so near).
    const near = (a: string, b: string) => {
      const x = a.match(/\d+/g)!.map(Number);
      const y = b.match(/\d+/g)!.map(Number);
      return x.every((v, i) => Math.abs(v - (y[i] ?? 0)) <= 16);
    };
    const classes = expected.slice(0, 5).filter((c) => read.map.some((m) => near(m, c)));
    expect(classes.length).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
