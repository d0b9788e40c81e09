import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp, browserPerFile, waitReady } from "./browser";

// GOLDEN: the top 36 of every preset on the real built data, computed OUTSIDE the app's code by
// test/reference/irs_reference.py (independent Python reference of the documented methodology):
//   python3 test/reference/irs_reference.py --table public/data/districts.json --top 36 \
//     --out test/reference/irs-real-top36.json
// It changes only when the raw data or the methodology changes; then regenerate and review.
const GOLDEN = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../test/reference/irs-real-top36.json"), "utf8"),
) as {
  default: { ubigeo: string }[];
  presets: Record<string, { ubigeo: string }[]>;
};

const chrome = browserPerFile();

const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((r) => {
        const map = window.__map!;
        map.triggerRepaint();
        map.once("idle", () => r());
      }),
  );

/** Feature-state "cls" of every district (the colour class the map draws). */
const classes = (page: Page) =>
  page.evaluate(() => {
    const map = window.__map!;
    return Array.from({ length: 1891 }, (_, id) => {
      const c: unknown = map.getFeatureState({
        source: "districts",
        sourceLayer: "districts",
        id,
      }).cls;
      return typeof c === "number" ? c : -9;
    });
  });

/** Map canvas pixels sampled on a 6-px grid (RGB), to compare two renders. */
const pixels = (page: Page) =>
  page.evaluate(() => {
    const src = window.__map!.getCanvas();
    const c = document.createElement("canvas");
    c.width = src.width;
    c.height = src.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(src, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const out: number[] = [];
    for (let y = 0; y < c.height; y += 6)
      for (let x = 0; x < c.width; x += 6) {
        const i = (y * c.width + x) * 4;
        out.push(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      }
    return out;
  });

const topUbigeos = async (page: Page, n: number) => {
  await page.getByTestId("tab-ranking").click();
  await page.getByTestId("rk-row").first().waitFor();
  return page.$$eval(
    "[data-testid=rk-row]",
    (rows, k) => rows.slice(0, k).map((r) => r.getAttribute("data-ubigeo") ?? ""),
    n,
  );
};

describe("IRS end to end", () => {
  it("shows the IRS by default on the 2023–2025 police reports, every family of the release in use", async () => {
    const { page, consoleErrors } = await openApp(chrome.current);
    await waitReady(page);
    // SOURCES.md: SIDPOL Jan 2018 – Feb 2026, 2026 partial → latest complete year 2025; the
    // default window pools 3 complete years (methodology sheet) → 2023–2025.
    await expect(page.getByTestId("legend").textContent()).resolves.toContain(
      "Índice de Riesgo Sociodelictivo (IRS) · 2023–2025 (media anual)",
    );
    await page.getByTestId("tab-index").click();
    const notice = page.getByTestId("methodology-panel").getByTestId("irs-crime-notice");
    await expect(notice.textContent()).resolves.not.toContain("Faltan los datos de delitos");
    // The release's 7 groups are all present: no family is announced as absent.
    await expect(page.getByTestId("irs-families-absent").count()).resolves.toBe(0);
    for (const f of ["robbery", "theft", "fraud", "extortion", "homicide", "family", "other"]) {
      await expect(page.getByTestId(`weight-crime_${f}_rate`).isDisabled()).resolves.toBe(false);
    }
    // The guessed families of the first build are gone.
    await expect(page.getByTestId("weight-crime_sexual_rate").count()).resolves.toBe(0);
    await expect(page.getByTestId("weight-crime_property_rate").count()).resolves.toBe(0);
    await expect(page.getByTestId("irs-year").inputValue()).resolves.toBe("");
    await expect(
      page.getByTestId("irs-year").locator("option").first().textContent(),
    ).resolves.toBe("Último año completo (2025)");
    await page.screenshot({ path: "screenshots/irs-01-panel.png" });
    await page.getByTestId("mc").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "screenshots/irs-02-panel-bottom.png" });
    // (A stray 404 for a resource such as the favicon is not an app error.)
    expect(consoleErrors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
    await page.close();
  });

  it("recolours the map (feature-state and pixels) and reorders the table when a slider moves", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    const top0 = await topUbigeos(page, 20);
    await page.getByTestId("tab-index").click();
    await idle(page);
    const cls0 = await classes(page);
    const px0 = await pixels(page);
    expect(cls0.filter((c) => c >= 0).length).toBeGreaterThan(1800);
    // Default weights: crime 2 + 2 + 1.5 + 1 + 1 + 0.5 + 0.5 = 8.5; population 1, density 0.5,
    // poverty 1, HDI 0.5, police 0.5 → 12; population 1/12 = 8.3 % (es-PE decimal point);
    // weight 10 → 10/21 = 47.6 %.
    await expect(page.getByTestId("share-population").textContent()).resolves.toBe("8.3 %");
    await page.getByTestId("weight-population").fill("10");
    await expect(page.getByTestId("share-population").textContent()).resolves.toBe("47.6 %");
    await idle(page);
    const cls1 = await classes(page);
    const changed = cls1.filter((c, i) => c !== cls0[i]).length;
    expect(changed).toBeGreaterThan(50);
    const px1 = await pixels(page);
    const diff = px1.filter((p, i) => p !== px0[i]).length;
    expect(diff).toBeGreaterThan(500);
    const top1 = await topUbigeos(page, 20);
    expect(top1).not.toEqual(top0);
    await page.close();
  });

  it("ranks as the independent reference under every preset (top 20)", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    const presets = Object.keys(GOLDEN.presets);
    expect(presets.sort()).toEqual(["barrio-seguro", "default", "equal", "fesc-art89", "volume"]);
    for (const preset of ["barrio-seguro", "fesc-art89", "volume", "equal", "default"]) {
      await page.getByTestId("tab-index").click();
      await page.getByTestId("preset-select").selectOption(preset);
      const shown = await topUbigeos(page, 20);
      const golden = (GOLDEN.presets[preset] ?? []).slice(0, 20).map((r) => r.ubigeo);
      expect(shown, preset).toEqual(golden);
    }
    // Read as a person who knows Peru would: Cercado de Lima tops the default index, and by volume
    // San Juan de Lurigancho (1.2 million people) leads.
    expect(GOLDEN.default[0]?.ubigeo).toBe("150101");
    expect(GOLDEN.presets.volume?.[0]?.ubigeo).toBe("150132");
    await page.screenshot({ path: "screenshots/irs-03-ranking.png" });
    await page.close();
  });

  it("keeps table and map selection in step, and the card explains the IRS", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-ranking").click();
    const row = page.getByTestId("rk-row").nth(2);
    const ubigeo = await row.getAttribute("data-ubigeo");
    await row.click();
    await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe(ubigeo);
    await expect(page.getByTestId("card-rank").textContent()).resolves.toMatch(/^Puesto 3 de /);
    // Contributions add up to the IRS shown.
    const points = await page.$$eval("[data-testid=contrib-bars] li", (li) =>
      li.map((l) => Number(l.getAttribute("data-points"))),
    );
    const irs = Number(
      ((await page.getByTestId("card-irs").textContent()) ?? "").replace(",", "."),
    );
    expect(points.length).toBeGreaterThan(2);
    expect(Math.abs(points.reduce((a, b) => a + b, 0) - irs)).toBeLessThan(0.06);
    // Map → table: choose a district far down the ranking by search; its row scrolls into view.
    await page.getByTestId("search-input").fill("Yanahuara");
    await page.getByTestId("search-results").getByRole("option").first().click();
    const selUbigeo = await page.getByTestId("card-ubigeo").textContent();
    const selected = page.locator(`[data-testid=rk-row][aria-selected=true]`);
    await expect(selected.getAttribute("data-ubigeo")).resolves.toBe(selUbigeo);
    await expect(selected.isVisible()).resolves.toBe(true);
    await page.waitForTimeout(900);
    await page.screenshot({ path: "screenshots/irs-04-card-table.png" });
    await page.close();
  });

  it("runs the Monte-Carlo in the worker, shows rank intervals and the stability layer", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-index").click();
    await page.getByTestId("mc-runs").fill("1000");
    await page.getByTestId("mc-run").click();
    await page.waitForSelector("[data-testid=mc-status][data-status=done]", { timeout: 30_000 });
    const ms = Number(await page.getByTestId("mc-elapsed").getAttribute("data-ms"));
    expect(ms).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Ver la estabilidad del puesto en el mapa" }).click();
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("intervalo 5–95 %");
    await idle(page);
    const cls = await classes(page);
    expect(cls.filter((c) => c >= 0).length).toBeGreaterThan(1800);
    await page.getByTestId("tab-ranking").click();
    await page.getByTestId("rk-row").first().click();
    await expect(page.getByTestId("card-interval").textContent()).resolves.toMatch(
      /90 % de las corridas/,
    );
    await page.screenshot({ path: "screenshots/irs-05-stability-card.png" });
    await page.close();
  });

  it("cancels a long Monte-Carlo run", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-index").click();
    await page.getByTestId("mc-runs").fill("10000");
    await page.getByTestId("mc-run").click();
    await page.getByTestId("mc-cancel").click();
    await page.waitForSelector("[data-testid=mc-status][data-status=cancelled]", {
      timeout: 30_000,
    });
    await page.close();
  });

  it("opens the printable methodology sheet with weights, sources and formulas", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-index").click();
    await page.getByTestId("open-sheet").click();
    const sheet = page.getByTestId("methodology-sheet");
    const text = (await sheet.textContent()) ?? "";
    expect(text).toContain("Pobreza monetaria");
    expect(text).toContain("Mapa de pobreza monetaria provincial y distrital 2018");
    expect(text).toContain("IRS = 100 × (A − mín A)");
    expect(text).toContain("SIDPOL");
    // The crime section: the 7 families of the release with their meaning, the measured basis of
    // the 3-year default (more stable than a single year), the districts never recorded.
    const crime = page.getByTestId("sheet-crime");
    await expect(crime.locator("[data-testid=sheet-families] tbody tr").count()).resolves.toBe(7);
    await expect(crime.textContent()).resolves.toContain("38 % de las denuncias");
    const rho = async (w: number) =>
      Number(
        (
          (await crime
            .locator(`[data-testid=sheet-window] tr[data-window="${w}"] td`)
            .first()
            .textContent()) ?? ""
        ).replace(",", "."),
      );
    expect(await rho(3)).toBeGreaterThan(await rho(1));
    await expect(page.getByTestId("sheet-unrecorded").textContent()).resolves.toMatch(
      /^52 distritos de la capa no aparecen nunca/,
    );
    await expect(page.getByTestId("sheet-movers").locator("tbody tr").count()).resolves.toBe(10);
    await page.screenshot({ path: "screenshots/irs-06-sheet.png" });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("side-panel").isVisible()).resolves.toBe(false);
    await page.screenshot({ path: "screenshots/irs-07-sheet-print.png", fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.getByTestId("close-sheet").click();
    await expect(sheet.count()).resolves.toBe(0);
    await page.close();
  });
});
