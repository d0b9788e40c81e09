import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserPerFile, detailReady, mapIdle, openApp, waitReady } from "./browser";

const chrome = browserPerFile();

const ref = (name: string) =>
  readFileSync(new URL(`../test/reference/lisa/${name}`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((r) => r.split(","));

/** District id → ubigeo (the reference input was exported from the same built data). */
const ubigeoOf = new Map(ref("irs-input.csv").map(([id = "", u = ""]) => [Number(id), u]));
/** R spdep's class and pseudo-p per ubigeo (test/reference/lisa/irs-lisa.csv). */
const expected = new Map(
  ref("irs-lisa.csv").map(([u = "", , cls = "", p = ""]) => [u, { cls, p: Number(p) }]),
);
/** Class index of the hot-spot layer (store/hotspot-slice.ts HOTSPOT_CLASS). */
const CLASS_INDEX: Record<string, number> = { HL: 0, LH: 1, LL: 2, HH: 3, ns: 4 };

async function showHotspots(page: Page): Promise<void> {
  await waitReady(page);
  await page.getByTestId("tab-index").click();
  await page.getByTestId("hs-show").click();
  await page.waitForSelector('[data-testid=hs-status][data-status="ready"]', { timeout: 60_000 });
  await detailReady(page).catch(() => undefined);
  await mapIdle(page);
}

describe("hot spots (local Moran) on the IRS", () => {
  it("matches R spdep's classes wherever its pseudo-p is clearly away from 0.05", async () => {
    const { page } = await openApp(chrome.current, "", { width: 1366, height: 768 });
    await showHotspots(page);
    const status = await page.getByTestId("hs-status").textContent();
    expect(status).toMatch(/Alto-Alto/);
    expect(status).toContain("p < 0.05");
    await expect(page.getByTestId("hs-excluded").textContent()).resolves.toMatch(/sin valor/);
    const legend = await page.getByTestId("legend").textContent();
    expect(legend).toContain("Alto-Alto (hot spot)");
    expect(legend).toContain("No significativo");
    expect(legend).toContain("p < 0.05, 999 permutaciones condicionales");
    const n = ubigeoOf.size;
    const cls = await page.evaluate((count) => {
      const map = window.__map!;
      const src = map.getSource("districts-detail") ? "districts-detail" : null;
      if (!src) return null;
      return Array.from({ length: count }, (_, id) => {
        const c: unknown = map.getFeatureState({ source: src, id }).cls;
        return typeof c === "number" ? c : -1;
      });
    }, n);
    expect(cls).not.toBeNull();
    let compared = 0;
    const mismatches: string[] = [];
    for (const [id, u] of ubigeoOf) {
      const e = expected.get(u);
      if (!e) {
        // excluded (no IRS or no neighbour with one): no class on the map
        if ((cls?.[id] ?? -1) !== -1) mismatches.push(`${u}: excluded but class ${cls?.[id]}`);
        continue;
      }
      if (e.p < 0.01 || e.p > 0.1) {
        compared++;
        if (cls?.[id] !== CLASS_INDEX[e.cls]) mismatches.push(`${u}: ${cls?.[id]} vs ${e.cls}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(1400);
    await page.screenshot({ path: "screenshots/hotspots-1366x768.png" });
    // The methodology sheet states the method and the run in force, with its class counts.
    await page.getByTestId("open-sheet").click();
    const run = (await page.getByTestId("sheet-hotspots-run").textContent()) ?? "";
    expect(run).toMatch(/^Cálculo vigente: Índice de Riesgo Sociodelictivo \(IRS\); p < 0\.05/);
    const hh = Number(/(\d+) alto-alto/.exec(run)?.[1]);
    // Bounds from R's run: at least its high-high districts with p < 0.01 (no permutation run can
    // miss those), at most its high-high ones plus the not-significant districts of the high-high
    // quadrant (I > 0, value above the mean) whose pseudo-p is near the cut (0.05–0.1).
    const lisa = ref("irs-lisa.csv").map(([u = "", ii = "", cls = "", p = ""]) => ({
      u,
      ii: Number(ii),
      cls,
      p: Number(p),
    }));
    const irs = new Map(ref("irs-input.csv").map(([, u = "", v = ""]) => [u, Number(v)]));
    const present = [...irs.values()].filter((v) => Number.isFinite(v));
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    const sure = lisa.filter((e) => e.cls === "HH" && e.p < 0.01).length;
    const near = lisa.filter(
      (e) => e.cls === "ns" && e.p >= 0.05 && e.p <= 0.1 && e.ii > 0 && (irs.get(e.u) ?? 0) > mean,
    ).length;
    const rHH = lisa.filter((e) => e.cls === "HH").length;
    expect(hh).toBeGreaterThanOrEqual(sure);
    expect(hh).toBeLessThanOrEqual(rHH + near);
    await page.close();
  });

  it("fits 1920×1080 and applies the FDR rule", async () => {
    const { page } = await openApp(chrome.current, "", { width: 1920, height: 1080 });
    await showHotspots(page);
    await page.screenshot({ path: "screenshots/hotspots-1920x1080.png" });
    // the FDR rule keeps a subset of the p < 0.05 hot spots, and the legend says which rule
    const count = async () =>
      Number(
        /(\d+) Alto-Alto/.exec((await page.getByTestId("hs-status").textContent()) ?? "")?.[1],
      );
    const plain = await count();
    await page.getByTestId("hs-rule").selectOption("fdr");
    await page.waitForSelector('[data-testid=hs-status][data-status="ready"]', { timeout: 60_000 });
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=legend]")?.textContent?.includes("Benjamini"),
    );
    const fdr = await count();
    expect(fdr).toBeGreaterThan(0);
    expect(fdr).toBeLessThan(plain);
    await page.close();
  });
});
