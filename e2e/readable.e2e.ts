import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { COPY } from "../src/i18n/copy";
import { pngLayout } from "../src/lib/png-export";
import { baseUrl, browserPerFile, mapIdle, openApp, waitReady } from "./browser";

/**
 * Issue 12, "a map a council room can read": partial data said on the map, the PNG and the slide;
 * selection and marks visible on the darkest class; categorical slides; splash, error screen and
 * zoom buttons, at the two screens council rooms use (1366×768 laptops, 1920×1080 projectors).
 */
const chrome = browserPerFile();

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

interface DistrictRowLite {
  id: number;
  ubigeo: string;
  name: string;
  departmentCode: string;
  bbox: [number, number, number, number];
}
const districtsFile: unknown = JSON.parse(readFileSync("public/data/districts.json", "utf8"));
const DISTRICTS: DistrictRowLite[] =
  typeof districtsFile === "object" && districtsFile !== null && "districts" in districtsFile
    ? (districtsFile.districts as DistrictRowLite[])
    : [];
const LIMA_METRO = DISTRICTS.filter((d) => d.ubigeo.startsWith("1501")).map((d) => d.id);
const barrioFile: unknown = JSON.parse(readFileSync("public/data/barrio-seguro.json", "utf8"));
/** Barrios of the register with a district ubigeo, and the document's total (99). */
const REGISTER = (() => {
  const b = barrioFile as { rows: { ubigeo: string | null }[]; documentTotal: { barrios: number } };
  return {
    located: b.rows.filter((r) => r.ubigeo !== null).length,
    total: b.documentTotal.barrios,
  };
})();
const CAPTION_ES = COPY.es.captionPartialRegister(String(REGISTER.located), String(REGISTER.total));
const CAPTION_EN = COPY.en.captionPartialRegister(String(REGISTER.located), String(REGISTER.total));

/** The detailed boundaries are in the map (their source holds feature-state and the highlight). */
const detailAdded = (page: Page) =>
  page.waitForFunction(() => !!window.__map!.getSource("districts-detail"), undefined, {
    timeout: 30_000,
    polling: 100,
  });

const blur = (page: Page) =>
  page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });

/** A point of the map canvas (CSS px) over a district whose class (feature-state cls) is `cls`. */
async function pointOfClass(page: Page, cls: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate((want) => {
    const map = window.__map!;
    const canvas = map.getCanvas();
    const layers = ["district-fill", "district-fill-detail"].filter((id) => map.getLayer(id));
    for (let y = 120; y < canvas.clientHeight - 120; y += 17)
      for (let x = 380; x < canvas.clientWidth - 120; x += 17) {
        if (document.elementFromPoint(x, y) !== canvas) continue;
        const f = map.queryRenderedFeatures([x, y], { layers })[0];
        if (f && f.state.cls === want) return { x, y };
      }
    return null;
  }, cls);
}

/** Every <p>/<li> text of a locator's elements. */
const texts = (page: Page, testId: string) => page.getByTestId(testId).allTextContents();

describe("a map a council room can read (issue 12)", () => {
  for (const screen of SCREENS) {
    it(`says on the map that the Barrio Seguro register is partial (${screen.width}×${screen.height})`, async () => {
      const { page, foreignRequests } = await openApp(chrome.current, "", screen);
      await waitReady(page);
      await page.getByTestId("layer-select").selectOption("bs-count");
      await mapIdle(page);
      const caption = page.getByTestId("legend-caption");
      await expect(caption.textContent()).resolves.toBe(CAPTION_ES);
      expect(CAPTION_ES).toContain("Registro parcial: 35 de 99 barrios con distrito identificado");
      // Fully on screen, inside the legend, at a readable size.
      const box = await caption.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(screen.height);
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      const sizes = await page.evaluate(() =>
        [".legend-caption", ".legend-unit", ".legend-source", ".legend-count"].map((sel) =>
          parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize),
        ),
      );
      for (const px of sizes) expect(px).toBeGreaterThanOrEqual(12);
      // The class of districts without a barrio in the register says "in the register".
      await expect(page.getByTestId("legend").textContent()).resolves.toContain(
        "Sin Barrio Seguro en el registro",
      );
      // Hover on such a district: "no figura en el registro parcial", not "0 barrios".
      const p = await pointOfClass(page, 0);
      expect(p).not.toBeNull();
      await page.mouse.move(p!.x, p!.y);
      const tip = page.locator(".map-tooltip");
      await expect
        .poll(() => tip.textContent())
        .toContain("Barrio Seguro: barrios por distrito: no figura en el registro parcial");
      expect(await tip.textContent()).not.toMatch(/\b0 barrios/);
      await page.screenshot({ path: `screenshots/readable-bs-legend-${screen.width}.png` });
      await page.mouse.move(5, screen.height - 5);
      // The gap layer and the launch-year layer carry the same caption.
      for (const id of ["bs-gaps", "bs-year"]) {
        await page.getByTestId("layer-select").selectOption(id);
        await expect(caption.textContent()).resolves.toBe(CAPTION_ES);
      }
      // English.
      await page.getByTestId("lang-en").click();
      await expect(caption.textContent()).resolves.toBe(CAPTION_EN);
      // Layers of complete sources have no caption.
      await page.getByTestId("layer-select").selectOption("population");
      await expect(caption.count()).resolves.toBe(0);
      expect(foreignRequests).toEqual([]);
      await page.close();
    });
  }

  it("writes the caption into the PNG of the Barrio Seguro layer (drawn and in its text)", async () => {
    const { page, foreignRequests } = await openApp(chrome.current, "", SCREENS[0]);
    await waitReady(page);
    await page.getByTestId("layer-select").selectOption("bs-count");
    await mapIdle(page);
    await page.getByTestId("tab-views").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-png").click(),
    ]);
    const png = readFileSync(await download.path());
    writeFileSync("screenshots/readable-export-bs-count.png", png);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // The text the PNG draws, stored in the file as its Description (iTXt, UTF-8).
    const description = readPngText(png).Description ?? "";
    expect(description).toContain(CAPTION_ES);
    expect(description).toContain("Sin Barrio Seguro en el registro");
    // … and drawn: the amber caption box sits right above the legend box (same x).
    const layout = pngLayout(6, 1366, 768);
    const lb = layout.legendBox;
    const read = await page.evaluate(
      async ({ b64, x, yBottom }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        let amber = 0;
        let ink = 0;
        const [r0, g0, b0] = ctx.getImageData(x + 8, yBottom - 8, 1, 1).data;
        for (let y = yBottom - 140; y < yBottom; y += 2)
          for (let xx = x + 10; xx < x + 500; xx += 2) {
            const [r, g, b] = ctx.getImageData(xx, y, 1, 1).data;
            if (Math.abs(r! - 255) + Math.abs(g! - 243) + Math.abs(b! - 205) < 12) amber++;
            if (r! + g! + b! < 200) ink++;
          }
        return { corner: [r0, g0, b0], amber, ink };
      },
      { b64: png.toString("base64"), x: lb.x, yBottom: lb.y - 12 },
    );
    expect(read.corner).toEqual([255, 243, 205]);
    expect(read.amber).toBeGreaterThan(2000);
    expect(read.ink).toBeGreaterThan(200); // the caption's words
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it("keeps the FESC marks and the selection visible over the darkest IRS class", async () => {
    const { page, foreignRequests } = await openApp(chrome.current, "", SCREENS[0]);
    await waitReady(page);
    await detailAdded(page);
    await expect(page.getByTestId("layer-select").inputValue()).resolves.toBe("irs");
    await page.getByTestId("tab-fesc").click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            window
              .__map!.querySourceFeatures("highlight", {
                filter: ["==", ["get", "kind"], "marked"],
              })
              .map((f) => f.id).length,
        ),
      )
      .toBeGreaterThanOrEqual(36);
    // A marked district in "Muy alto" (class 4, #bd0026): its neighbours are often dark red too.
    const id = await page.evaluate((lima) => {
      const map = window.__map!;
      const ids = [
        ...new Set(
          map
            .querySourceFeatures("highlight", { filter: ["==", ["get", "kind"], "marked"] })
            .map((f) => Number(f.id)),
        ),
      ].sort((a, b) => a - b);
      const muyAlto = ids.filter(
        (i) => map.getFeatureState({ source: "districts-detail", id: i }).cls === 4,
      );
      // Lima Metropolitana first (ubigeo 1501xx): where dark red neighbours dark red.
      return muyAlto.find((i) => lima.includes(i)) ?? muyAlto[0];
    }, LIMA_METRO);
    expect(id).toBeDefined();
    const row = DISTRICTS[id!]!;
    // Lima Metropolitana as a council room sees it: the marks over the dark red of the top class.
    await page.evaluate(() => {
      window.__map!.jumpTo({ center: [-76.98, -12.05], zoom: 9.6 });
    });
    await mapIdle(page);
    await page.screenshot({ path: "screenshots/readable-fesc-lima.png" });
    await page.evaluate((b) => {
      window.__map!.fitBounds(
        [
          [b[0], b[1]],
          [b[2], b[3]],
        ],
        { padding: { top: 80, bottom: 80, left: 420, right: 460 }, duration: 0, maxZoom: 12 },
      );
    }, row.bbox);
    await mapIdle(page);

    const marked = await edgeSample(page, id!, "marked");
    await page.screenshot({ path: "screenshots/readable-fesc-marked-muy-alto.png" });
    // Nearly every sampled border point shows the white halo and the dark line, over dark red.
    expect(marked.points).toBeGreaterThanOrEqual(12);
    expect(marked.white / marked.points).toBeGreaterThan(0.8);
    expect(marked.dark / marked.points).toBeGreaterThan(0.8);
    expect(marked.muyAlto / marked.points).toBeGreaterThan(0.8);
    // Without the highlight layers the same points have no white: the halo is ours.
    await page.evaluate(() => {
      for (const l of ["district-highlight-halo", "district-highlight"])
        window.__map!.setLayoutProperty(l, "visibility", "none");
    });
    await mapIdle(page);
    const bare = await edgeSample(page, id!, "marked");
    expect(bare.white / Math.max(1, bare.points)).toBeLessThan(0.1);
    await page.evaluate(() => {
      for (const l of ["district-highlight-halo", "district-highlight"])
        window.__map!.setLayoutProperty(l, "visibility", "visible");
    });

    // Selected (search by ubigeo): a black line on the white halo.
    await page.getByTestId("search-input").fill(row.ubigeo);
    await page.getByTestId("search-input").press("Enter");
    await page.getByTestId("district-card").waitFor();
    await page.waitForTimeout(900); // the camera's fit (700 ms)
    await mapIdle(page);
    const selected = await edgeSample(page, id!, "selected");
    await page.screenshot({ path: "screenshots/readable-selected-muy-alto.png" });
    expect(selected.points).toBeGreaterThanOrEqual(12);
    expect(selected.white / selected.points).toBeGreaterThan(0.8);
    expect(selected.dark / selected.points).toBeGreaterThan(0.8);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  for (const screen of SCREENS) {
    it(`shows a gap-layer slide with category names and the department's own counts (${screen.width})`, async () => {
      const { page, foreignRequests } = await openApp(chrome.current, "", screen);
      await waitReady(page);
      await detailAdded(page);
      await page.getByTestId("department-select").selectOption("15");
      await page.getByTestId("layer-select").selectOption("bs-gaps");
      await page.waitForTimeout(900);
      await mapIdle(page);
      await blur(page);
      await page.keyboard.press("p");
      await page.getByTestId("presentation").waitFor();
      const items = page.getByTestId("pres-legend").locator("li");
      const rows = await items.evaluateAll((lis) =>
        lis.map((li) => {
          const spans = li.querySelectorAll("span");
          return { label: spans[1]?.textContent ?? "", count: spans[2]?.textContent ?? "" };
        }),
      );
      expect(rows.map((r) => r.label)).toEqual([
        "Riesgo menor, sin Barrio Seguro",
        "Con Barrio Seguro y riesgo menor (graduación)",
        "Con Barrio Seguro y riesgo alto",
        "Riesgo alto sin Barrio Seguro (brecha)",
        expect.stringMatching(/^sin/),
      ]);
      for (const r of rows) expect(r.label).not.toMatch(/\d\s–\s|–\s—/);
      // Lima's own districts per quadrant, read from the map's feature-state.
      const lima = DISTRICTS.filter((d) => d.departmentCode === "15").map((d) => d.id);
      const expected = await page.evaluate((ids) => {
        const counts = [0, 0, 0, 0, 0];
        for (const id of ids) {
          const cls = window.__map!.getFeatureState({ source: "districts-detail", id }).cls;
          counts[typeof cls === "number" && cls >= 0 ? cls : 4]! += 1;
        }
        return counts;
      }, lima);
      expect(rows.map((r) => Number(r.count.replace(/,/g, "")))).toEqual(expected);
      expect(expected.reduce((a, b) => a + b, 0)).toBe(lima.length);
      // Key figures: counts per category of Lima, no maximum or median of category codes.
      const figures = (await page.getByTestId("pres-figures").textContent()) ?? "";
      expect(figures).toContain("Cifras clave · Lima");
      expect(figures).toContain("Distritos por categoría");
      expect(figures).toContain(`Riesgo alto sin Barrio Seguro (brecha): ${expected[3]}`);
      expect(figures).not.toMatch(/Máximo|Mediana/);
      await expect(page.getByTestId("pres-legend-area").textContent()).resolves.toBe(
        "Distritos de Lima",
      );
      await expect(page.locator(".pres-title p").textContent()).resolves.toContain("4 categorías");
      await expect(texts(page, "pres-caption")).resolves.toEqual([CAPTION_ES]);
      await page.screenshot({ path: `screenshots/readable-gap-slide-${screen.width}.png` });
      expect(foreignRequests).toEqual([]);
      await page.close();
    });
  }

  for (const screen of SCREENS) {
    it(`explains a failed load to an official, with a retry button (${screen.width})`, async () => {
      const page = await chrome.current.newPage({ viewport: screen });
      let corrupt = true;
      await page.route("**/data/districts.json", (route) =>
        corrupt
          ? route.fulfill({ status: 200, contentType: "application/json", body: '{"version":1,' })
          : route.continue(),
      );
      await page.goto(baseUrl());
      await page.waitForFunction(() => document.documentElement.dataset.state === "error");
      const error = page.getByTestId("error");
      const text = (await error.textContent()) ?? "";
      expect(text).toContain(COPY.es.errorLead);
      const retry = page.getByTestId("error-retry");
      await expect(retry.textContent()).resolves.toBe("Reintentar");
      await expect(retry.isVisible()).resolves.toBe(true);
      // The technical detail is folded: present, not shown until asked for.
      const details = page.getByTestId("error-details");
      await expect(details.locator("pre").isVisible()).resolves.toBe(false);
      await expect(details.textContent()).resolves.toContain("districts.json");
      await page.screenshot({ path: `screenshots/readable-error-${screen.width}.png` });
      await details.locator("summary").click();
      await expect(details.locator("pre").isVisible()).resolves.toBe(true);
      await page.screenshot({ path: `screenshots/readable-error-details-${screen.width}.png` });
      // Retry reloads the page: with the file intact, the map opens.
      corrupt = false;
      await retry.click();
      await waitReady(page);
      await page.close();
    });
  }

  it("shows a splash before the script runs (JavaScript blocked)", async () => {
    for (const screen of SCREENS) {
      const page = await chrome.current.newPage({ viewport: screen });
      await page.route("**/*.js", (route) => route.abort());
      await page.goto(baseUrl(), { waitUntil: "load" });
      const splash = page.getByTestId("splash");
      await expect(splash.isVisible()).resolves.toBe(true);
      const text = (await splash.textContent()) ?? "";
      // The same words as the app's own (src/i18n/copy.ts, es).
      expect(text).toContain(COPY.es.appTitle);
      expect(text).toContain(COPY.es.appSubtitle);
      expect(text).toContain(COPY.es.loading);
      await expect(page.evaluate(() => document.documentElement.dataset.state)).resolves.toBe(
        "loading",
      );
      await page.screenshot({ path: `screenshots/readable-splash-${screen.width}.png` });
      await page.close();
    }
  });

  it("says a partial year in the caption of the legend and the slide", async () => {
    const { page } = await openApp(chrome.current, "", SCREENS[1]);
    await waitReady(page);
    const caption = page.getByTestId("legend-caption");
    await expect(caption.count()).resolves.toBe(0); // 2023–2025, complete years
    await page.getByTestId("tab-index").click();
    await page.getByTestId("irs-year").selectOption("2026");
    await expect(caption.textContent()).resolves.toBe(
      "Año parcial: 2026 solo tiene ene–feb (2 meses); valores anualizados (× 12 / meses), se supone un reparto parejo en el año",
    );
    await page.getByTestId("irs-annualise").uncheck();
    await expect(caption.textContent()).resolves.toBe(
      "Año parcial: 2026 solo tiene ene–feb (2 meses); sin anualizar: no se compara con años completos",
    );
    await blur(page);
    await page.keyboard.press("p");
    await expect(texts(page, "pres-caption")).resolves.toEqual([
      "Año parcial: 2026 solo tiene ene–feb (2 meses); sin anualizar: no se compara con años completos",
    ]);
    await mapIdle(page);
    await page.screenshot({ path: "screenshots/readable-partial-year-slide.png" });
    await page.close();
  });

  it("labels the zoom buttons in the UI's language", async () => {
    const { page } = await openApp(chrome.current, "", SCREENS[0]);
    await waitReady(page);
    const zoomIn = page.locator(".maplibregl-ctrl-zoom-in");
    const zoomOut = page.locator(".maplibregl-ctrl-zoom-out");
    await expect(zoomIn.getAttribute("aria-label")).resolves.toBe("Acercar");
    await expect(zoomOut.getAttribute("title")).resolves.toBe("Alejar");
    await page.getByTestId("lang-en").click();
    await expect.poll(() => zoomIn.getAttribute("title")).toBe("Zoom in");
    await expect(zoomOut.getAttribute("aria-label")).resolves.toBe("Zoom out");
    await page.getByTestId("lang-es").click();
    await expect.poll(() => zoomIn.getAttribute("title")).toBe("Acercar");
    await page.close();
  });
});

/**
 * Sample the rendered map around the border of district `id` (vertices of its highlight feature,
 * projected to the screen, 7 px around each, only where the map is what is on screen): how many
 * points show the white halo, the dark line (black for "selected", the marks' purple) and the
 * "Muy alto" fill #bd0026.
 */
async function edgeSample(
  page: Page,
  id: number,
  kind: "selected" | "marked",
): Promise<{ points: number; white: number; dark: number; muyAlto: number }> {
  return page.evaluate(
    ({ id, kind }) => {
      const map = window.__map!;
      const src = map.getCanvas();
      const cv = document.createElement("canvas");
      cv.width = src.width;
      cv.height = src.height;
      const ctx = cv.getContext("2d")!;
      ctx.drawImage(src, 0, 0);
      const dpr = src.width / src.clientWidth;
      const feats = map.querySourceFeatures("highlight", { filter: ["==", ["id"], id] });
      const coords: [number, number][] = [];
      for (const f of feats) {
        const g = f.geometry;
        const rings =
          g.type === "Polygon"
            ? g.coordinates
            : g.type === "MultiPolygon"
              ? g.coordinates.flat()
              : [];
        for (const ring of rings) for (const c of ring) coords.push([c[0]!, c[1]!]);
      }
      const step = Math.max(1, Math.floor(coords.length / 80));
      let points = 0;
      let white = 0;
      let dark = 0;
      let muyAlto = 0;
      const R = 7;
      for (let i = 0; i < coords.length; i += step) {
        const p = map.project(coords[i]!);
        if (
          p.x < R + 2 ||
          p.y < R + 2 ||
          p.x > src.clientWidth - R - 2 ||
          p.y > src.clientHeight - R - 2
        )
          continue;
        if (document.elementFromPoint(p.x, p.y) !== src) continue;
        const x0 = Math.round((p.x - R) * dpr);
        const y0 = Math.round((p.y - R) * dpr);
        const w = Math.round(2 * R * dpr);
        const data = ctx.getImageData(x0, y0, w, w).data;
        let hasWhite = false;
        let hasDark = false;
        let hasRed = false;
        for (let k = 0; k < data.length; k += 4) {
          const r = data[k]!;
          const g = data[k + 1]!;
          const b = data[k + 2]!;
          if (r >= 240 && g >= 240 && b >= 240) hasWhite = true;
          if (kind === "selected" ? r + g + b < 90 : Math.abs(r - 75) + g + Math.abs(b - 130) < 60)
            hasDark = true;
          if (Math.abs(r - 189) + g + Math.abs(b - 38) < 40) hasRed = true;
        }
        points++;
        if (hasWhite) white++;
        if (hasDark) dark++;
        if (hasRed) muyAlto++;
      }
      return { points, white, dark, muyAlto };
    },
    { id, kind },
  );
}

/** The text chunks (tEXt, iTXt uncompressed) of a PNG file, by keyword. */
function readPngText(png: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 8;
  while (at + 12 <= png.length) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === "tEXt" || type === "iTXt") {
      const nul = data.indexOf(0);
      const key = data.subarray(0, nul).toString("latin1");
      if (type === "tEXt") out[key] = data.subarray(nul + 1).toString("latin1");
      else if (data[nul + 1] === 0) {
        // compression flag, method, language\0, translated keyword\0, text
        const langEnd = data.indexOf(0, nul + 3);
        const transEnd = data.indexOf(0, langEnd + 1);
        out[key] = data.subarray(transEnd + 1).toString("utf8");
      }
    }
    if (type === "IEND") break;
    at += 12 + len;
  }
  return out;
}
