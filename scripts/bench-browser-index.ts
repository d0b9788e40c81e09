/**
 * `npm run bench` (after a build): the IRS in the browser, headless Chromium on the built app.
 *  1. full recompute after a weight change (store recompute(): index + map layer), as the page
 *     measures it (performance.now around recompute), median of N; target ≤ 16 ms;
 *  2. slider input → the map's next "idle" (feature-state recolour) vs a naive baseline in the same
 *     page: the same input, then the colours read back and the GeoJSON re-uploaded with setData with
 *     the colour as a property (a fill layer reading ["get", "color"]); plus an empty frame
 *     (triggerRepaint → idle) for scale. Target: one frame;
 *  3. Monte-Carlo 1,000 runs in the worker (request → result, as the page reports it); ≤ 300 ms.
 * Usage: npx vite build && npx tsx scripts/bench-browser-index.ts   (BENCH_RUNS=n, default 20)
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Page } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms [min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}]`;

async function sliderTimings(page: Page, runs: number, naive: boolean): Promise<number[]> {
  return page.evaluate(
    async ({ runs, naive }) => {
      const set = (el: HTMLInputElement, v: number) => {
        // React tracks the value: use the native setter, then fire "input" as a drag does.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(
          el,
          String(v),
        );
        el.dispatchEvent(new Event("input", { bubbles: true }));
      };
      const map = window.__map!;
      const el = document.querySelector<HTMLInputElement>("[data-testid=weight-population]")!;
      const idle = () =>
        new Promise<void>((r) => {
          const t = setTimeout(r, 5000);
          map.once("idle", () => {
            clearTimeout(t);
            r();
          });
        });
      const src = map.getSource("districts-detail");
      let base: GeoJSON.FeatureCollection | null = null;
      const palette = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];
      if (naive) {
        const data: unknown =
          src && "getData" in src
            ? await (src as { getData: () => Promise<unknown> }).getData()
            : null;
        base = data as GeoJSON.FeatureCollection;
        if (!map.getSource("naive")) {
          map.addSource("naive", { type: "geojson", data: base });
          map.addLayer(
            {
              id: "naive-fill",
              type: "fill",
              source: "naive",
              paint: { "fill-color": ["coalesce", ["get", "color"], "#c8c8c8"] },
            },
            "province-outline",
          );
        }
        for (const id of ["district-fill", "district-fill-detail"])
          map.setLayoutProperty(id, "visibility", "none");
        map.setLayoutProperty("naive-fill", "visibility", "visible");
      } else if (map.getLayer("naive-fill")) {
        map.setLayoutProperty("naive-fill", "visibility", "none");
        for (const id of ["district-fill", "district-fill-detail"])
          map.setLayoutProperty(id, "visibility", "visible");
      }
      await idle();
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        set(el, i % 2 === 0 ? 6 : 1);
        if (naive && base) {
          const features = base.features.map((f, id) => {
            const c: unknown = map.getFeatureState({ source: "districts-detail", id }).cls;
            return {
              ...f,
              properties: {
                ...f.properties,
                color: typeof c === "number" && c >= 0 ? palette[c] : null,
              },
            };
          });
          (map.getSource("naive") as unknown as { setData: (d: unknown) => void }).setData({
            type: "FeatureCollection",
            features,
          });
        }
        await idle();
        out.push(performance.now() - t0);
      }
      if (naive) {
        map.setLayoutProperty("naive-fill", "visibility", "none");
        map.setLayoutProperty("district-fill", "visibility", "visible");
        await idle();
      }
      return out;
    },
    { runs, naive },
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, "dist/index.html")))
    throw new Error("dist/ missing: run npx vite build");
  const server = await preview({
    root: ROOT,
    logLevel: "error",
    preview: { host: "127.0.0.1", port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("preview server has no URL");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx (esbuild keepNames) wraps named functions in __name(); the page needs a no-op one.
  await page.addInitScript("window.__name = (f) => f");
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", undefined, {
    timeout: 120_000,
  });
  // The naive baseline re-uploads the detailed boundaries' GeoJSON: wait until they are in.
  await page.waitForFunction(() => window.__map!.isSourceLoaded("districts-detail"), undefined, {
    timeout: 60_000,
  });
  await page.getByTestId("tab-index").click();

  // 3. Monte-Carlo 1,000 runs in the worker (first, while the map is idle; run 1 starts the worker).
  await page.getByTestId("mc-runs").fill("1000");
  const mc: number[] = [];
  for (let i = 0; i < 7; i++) {
    await page.getByTestId("mc-run").click();
    await page
      .waitForSelector("[data-testid=mc-status][data-status=running]", { timeout: 5_000 })
      .catch(() => undefined);
    await page.waitForSelector("[data-testid=mc-status][data-status=done]", { timeout: 60_000 });
    mc.push(Number(await page.getByTestId("mc-elapsed").getAttribute("data-ms")));
  }
  // 1. recompute after a weight change, as recorded by the store (data-ms on the panel).
  const recompute: number[] = await page.evaluate(
    async ({ runs }) => {
      const set = (el: HTMLInputElement, v: number) => {
        // React tracks the value: use the native setter, then fire "input" as a drag does.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(
          el,
          String(v),
        );
        el.dispatchEvent(new Event("input", { bubbles: true }));
      };
      const el = document.querySelector<HTMLInputElement>("[data-testid=weight-poverty_pct]")!;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const out: number[] = [];
      for (let i = 0; i < runs + 5; i++) {
        set(el, 1 + (i % 8) * 0.5);
        await frame();
        const ms = Number(
          document.querySelector("[data-testid=irs-recompute-ms]")?.getAttribute("data-ms"),
        );
        if (i >= 5) out.push(ms); // 5 warm-up changes
      }
      return out;
    },
    { runs: RUNS },
  );
  const handler: number[] = await page.evaluate(
    ({ runs }) => {
      const set = (el: HTMLInputElement, v: number) => {
        // React tracks the value: use the native setter, then fire "input" as a drag does.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(
          el,
          String(v),
        );
        el.dispatchEvent(new Event("input", { bubbles: true }));
      };
      const el = document.querySelector<HTMLInputElement>("[data-testid=weight-density]")!;
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        set(el, 0.5 + (i % 6) * 0.5); // recompute + feature-state sync + React re-render
        out.push(performance.now() - t0);
      }
      return out;
    },
    { runs: RUNS },
  );

  // 2. slider → idle, app vs naive setData, and an empty frame for scale.
  const frame: number[] = await page.evaluate(async (runs) => {
    const map = window.__map!;
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      map.triggerRepaint();
      await new Promise<void>((r) => map.once("idle", () => r()));
      out.push(performance.now() - t0);
    }
    return out;
  }, RUNS);
  const app = await sliderTimings(page, RUNS, false);
  const naive = await sliderTimings(page, RUNS, true);
  const app2 = await sliderTimings(page, RUNS, false);

  await browser.close();
  await server.close();

  const appAll = [...app, ...app2];
  console.log(`IRS in the browser (headless Chromium, SwiftShader WebGL), ${RUNS} changes each:`);
  console.log(
    `  recompute() after a weight change (index + map layer): ${fmt(recompute)}  (target ≤ 16 ms)`,
  );
  console.log(`  input handler total (recompute + feature-state + React render): ${fmt(handler)}`);
  console.log(`  empty frame (triggerRepaint → idle): ${fmt(frame)}`);
  console.log(`  slider input → map idle, feature-state (app): ${fmt(appAll)}`);
  console.log(`  slider input → map idle, naive setData baseline: ${fmt(naive)}`);
  console.log(
    `  ratio naive / app: ${(median(naive) / median(appAll)).toFixed(2)}×; app / empty frame: ${(median(appAll) / median(frame)).toFixed(2)}×`,
  );
  console.log(
    `  Monte-Carlo 1,000 runs in the worker (request → result): ${fmt(mc)}  (target ≤ 300 ms)`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
