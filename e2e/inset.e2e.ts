import { readFileSync, writeFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pngLayout } from "../src/lib/png-export";
import { browserPerFile, mapIdle, openApp, waitReady } from "./browser";

/**
 * Issue 12: the Lima Metropolitana y Callao inset in the national view (coloured like the map,
 * a click zooms there), and the PNG export that fills its frame, never cuts the map at its right
 * edge, carries the inset and keeps its source line readable. At a laptop's 1366×768 and a
 * projector's 1920×1080.
 */
const chrome = browserPerFile();

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** The map background (config/palettes BACKGROUND_COLOR #dfe9f0), written out independently. */
const BG = [0xdf, 0xe9, 0xf0] as const;

// Lima Metropolitana (province 1501) + Callao (0701) from the data file itself, not the app code.
interface Row {
  provinceCode: string;
  bbox: [number, number, number, number];
}
const ROWS = (
  JSON.parse(readFileSync("public/data/districts.json", "utf8")) as { districts: Row[] }
).districts;
const LIMA = ROWS.filter((r) => r.provinceCode === "1501" || r.provinceCode === "0701");
const LIMA_BBOX = [
  Math.min(...LIMA.map((r) => r.bbox[0])),
  Math.min(...LIMA.map((r) => r.bbox[1])),
  Math.max(...LIMA.map((r) => r.bbox[2])),
  Math.max(...LIMA.map((r) => r.bbox[3])),
] as const;

async function insetDrawn(page: Page): Promise<void> {
  await page.waitForSelector("[data-testid=inset] .inset-map[data-detail=ready]", {
    timeout: 60_000,
  });
}

/** Legend swatch colours [r, g, b] of the on-screen legend (the classes the map uses). */
function swatches(page: Page): Promise<number[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-testid=legend] .swatch")].map((s) =>
      (getComputedStyle(s).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number),
    ),
  );
}

async function exportPng(page: Page, file: string): Promise<Buffer> {
  await page.getByTestId("tab-views").click();
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-png").click(),
  ]);
  const png = readFileSync(await download.path());
  writeFileSync(file, png);
  await page.getByTestId("tab-map").click();
  return png;
}

interface PngRead {
  /** Share of non-background pixels in the centre of the inset's map box. */
  insetInk: number;
  /** Share of class-coloured pixels (near a legend swatch) there. */
  insetClassed: number;
  /** Share of non-background pixels in the last column (x = 1919) of the map area. */
  rightEdgeInk: number;
  /** Height in px of each run of rows with dark text in the footer's left half. */
  footerRuns: number[];
}

/** Measure the PNG in the page (a 2D canvas decodes it). */
function readPng(page: Page, png: Buffer, classes: number[][], insetAspect: number) {
  const L = pngLayout(6, 1, 1);
  // Inset box at the top right (see insetBox): sampled in its middle 60 %, whatever its title.
  const mapW = Math.min(336, 480 * insetAspect);
  const mapH = mapW / insetAspect;
  const inset = {
    x: 1920 - 32 - 12 - mapW + mapW * 0.2,
    y: 120 + 32 + 84 + mapH * 0.2,
    w: mapW * 0.6,
    h: mapH * 0.6,
  };
  return page.evaluate(
    async ({ b64, bg, classes, inset, mapTop, mapBottom, footTop }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const near = (p: ArrayLike<number>, q: ArrayLike<number>, tol: number) =>
        Math.abs(p[0]! - q[0]!) <= tol &&
        Math.abs(p[1]! - q[1]!) <= tol &&
        Math.abs(p[2]! - q[2]!) <= tol;
      let n = 0;
      let ink = 0;
      let classed = 0;
      const box = ctx.getImageData(inset.x, inset.y, inset.w, inset.h).data;
      for (let i = 0; i < box.length; i += 4 * 7) {
        const p = box.subarray(i, i + 3);
        n++;
        if (!near(p, bg, 6)) ink++;
        if (classes.some((k) => near(p, k, 14))) classed++;
      }
      const col = ctx.getImageData(1919, mapTop, 1, mapBottom - mapTop).data;
      let edge = 0;
      for (let i = 0; i < col.length; i += 4) if (!near(col.subarray(i, i + 3), bg, 6)) edge++;
      // Footer text (#222) in the left half: runs of rows holding dark pixels.
      const foot = ctx.getImageData(0, footTop, 960, 1080 - footTop).data;
      const runs: number[] = [];
      let run = 0;
      for (let y = 0; y < 1080 - footTop; y++) {
        let dark = false;
        for (let x = 0; x < 960 && !dark; x++) {
          const k = (y * 960 + x) * 4;
          if (foot[k]! < 90 && foot[k + 1]! < 90 && foot[k + 2]! < 90) dark = true;
        }
        if (dark) run++;
        else if (run > 0) {
          runs.push(run);
          run = 0;
        }
      }
      if (run > 0) runs.push(run);
      return {
        insetInk: ink / n,
        insetClassed: classed / n,
        rightEdgeInk: edge / (col.length / 4),
        footerRuns: runs,
      } satisfies PngRead;
    },
    {
      b64: png.toString("base64"),
      bg: [...BG],
      classes,
      inset,
      mapTop: L.titleBand.h + 4,
      mapBottom: L.footerBand.y - 4,
      footTop: L.footerBand.y,
    },
  );
}

describe("Lima Metropolitana y Callao inset and the PNG export", () => {
  it("shows the inset coloured like the map in the national view, and in the PNG", async () => {
    for (const screen of SCREENS) {
      const { page, foreignRequests } = await openApp(chrome.current, "", screen);
      await waitReady(page);
      // index.html's splash is gone once the app has drawn (React replaced it).
      await expect(page.getByTestId("splash").count()).resolves.toBe(0);
      await insetDrawn(page);
      await mapIdle(page);
      await page.screenshot({ path: `screenshots/inset-national-${screen.width}.png` });
      // Lima's largest districts are named in the inset (the app's own glyphs, drawn in its canvas).
      const names = await page.evaluate(() =>
        window
          .__insetMap!.queryRenderedFeatures({ layers: ["label-district"] })
          .map((f) => String(f.properties.name)),
      );
      expect(names).toContain("San Juan de Lurigancho");
      expect(names.length).toBeGreaterThanOrEqual(5);
      const classes = (await swatches(page)).slice(0, 5);
      expect(classes).toHaveLength(5);
      // The inset's own canvas: mostly not background, and in the map's class colours.
      const onScreen = await page.evaluate(
        ({ bg, classes }) => {
          const gl = document.querySelector<HTMLCanvasElement>(
            "[data-testid=inset] canvas.maplibregl-canvas",
          )!;
          const c = document.createElement("canvas");
          c.width = gl.width;
          c.height = gl.height;
          const ctx = c.getContext("2d")!;
          ctx.drawImage(gl, 0, 0);
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          let ink = 0;
          let classed = 0;
          const near = (i: number, q: number[], tol: number) =>
            Math.abs(d[i]! - q[0]!) <= tol &&
            Math.abs(d[i + 1]! - q[1]!) <= tol &&
            Math.abs(d[i + 2]! - q[2]!) <= tol;
          for (let i = 0; i < d.length; i += 4 * 5) {
            n++;
            if (!near(i, bg, 6)) ink++;
            if (classes.some((k) => near(i, k, 14))) classed++;
          }
          const r = gl.getBoundingClientRect();
          return { ink: ink / n, classed: classed / n, aspect: r.width / r.height };
        },
        { bg: [...BG], classes },
      );
      // Lima + Callao cover ~45 % of their bounding box (hand-read from the screenshot: the
      // coast and the Andes foothills leave the rest); blank would be 0.
      expect(onScreen.ink).toBeGreaterThan(0.25);
      expect(onScreen.classed).toBeGreaterThan(0.2);

      const png = await exportPng(page, `screenshots/inset-export-national-${screen.width}.png`);
      const read = await readPng(page, png, classes, onScreen.aspect);
      expect(read.insetInk).toBeGreaterThan(0.25);
      expect(read.insetClassed).toBeGreaterThan(0.2);
      // Source line: every footer text line at least 14 px tall (22/20-px type, not squeezed).
      expect(read.footerRuns.length).toBeGreaterThanOrEqual(1);
      expect(Math.min(...read.footerRuns)).toBeGreaterThanOrEqual(14);
      expect(foreignRequests).toEqual([]);
      await page.close();
    }
  });

  it("keeps the side panel one width on every tab at 1366 px (it jumped 330/470/520 before)", async () => {
    const { page } = await openApp(chrome.current, "", SCREENS[0]);
    await waitReady(page);
    const widths: Record<string, number> = {};
    for (const tab of ["map", "index", "ranking", "views", "fesc", "coverage", "data"]) {
      await page.getByTestId(`tab-${tab}`).click();
      widths[tab] = await page
        .getByTestId("side-panel")
        .evaluate((el) => Math.round(el.getBoundingClientRect().width));
    }
    expect(new Set(Object.values(widths)).size, JSON.stringify(widths)).toBe(1);
    await page.close();
  });

  it("zooms the main map to Lima on a click; the PNG there fills its frame to the right edge", async () => {
    for (const screen of SCREENS) {
      const { page } = await openApp(chrome.current, "", screen);
      await waitReady(page);
      await insetDrawn(page);
      const moved = page.evaluate(
        () => new Promise<void>((resolve) => window.__map!.once("moveend", () => resolve())),
      );
      await page.getByTestId("inset").click();
      await moved;
      await mapIdle(page);
      const [lng, lat, zoom] = await page.evaluate(() => [
        window.__map!.getCenter().lng,
        window.__map!.getCenter().lat,
        window.__map!.getZoom(),
      ]);
      // Lima + Callao are 0.58° × 0.95°: fitted with the app's padding that is zoom ≈ 9.0 at
      // 768 px tall and ≈ 9.5 at 1080 (the national view is < 5).
      expect(zoom).toBeGreaterThan(8.7);
      expect(lng).toBeGreaterThan(LIMA_BBOX[0]);
      expect(lng).toBeLessThan(LIMA_BBOX[2]);
      expect(lat).toBeGreaterThan(LIMA_BBOX[1]);
      expect(lat).toBeLessThan(LIMA_BBOX[3]);
      // Not the national view any more: the inset steps aside.
      await expect(page.getByTestId("inset").isHidden()).resolves.toBe(true);

      // Districts run past every edge of the map canvas here; before, the PNG centred the whole
      // canvas with background margins, so its right edge column was background and the map
      // ended in a straight vertical line inside the image.
      const png = await exportPng(page, `screenshots/inset-export-lima-${screen.width}.png`);
      const read = await readPng(page, png, [], 1);
      expect(read.rightEdgeInk).toBeGreaterThan(0.6);
      await page.close();
    }
  });
});
