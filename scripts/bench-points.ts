/**
 * Benchmark of the point → district assignment (issue #17): the app's path (grid prefilter over the
 * districts' bounding boxes, then ray casting: core/district-index.ts assignPoints, the very code
 * the points worker runs) versus a naive loop (ray casting against all 1,891 districts for every
 * point: assignPointsNaive), in the same run, on the app's detailed boundaries
 * (public/data/boundaries.topo.json).
 *
 * Input: 100,000 RANDOM points (benchmark input only): 70 % in a box around Lima and Callao (the
 * dense case: small districts, many candidates per cell), 30 % uniform over Peru's bounding box
 * (many outside Peru). The naive loop is too slow for all of them, so it runs on the first
 * `--naive=N` points (default 2,000) and its time is scaled to 100,000; the two methods must agree
 * on every point of that sample.
 *
 * Then, when a build is there (dist/, or BENCH_DIST=/path), the same points as a CSV in the BUILT APP
 * (headless Chromium): file chosen → report shown (worker: read + index + assignment, with
 * progress), and the page's long tasks (PerformanceObserver "longtask") during that phase and
 * during "Aplicar" (indicators + map layer, points fed in chunks), for 10 s after it.
 *
 *   npx tsx scripts/bench-points.ts [--points=100000] [--naive=2000]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser";
import {
  assignPoints,
  assignPointsNaive,
  buildDistrictIndex,
  POINT_STATUS,
} from "../src/core/district-index";
import { districtShapes } from "../src/workers/points-job";

const arg = (name: string, dflt: number): number => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split("=")[1]) : dflt;
};
const N = arg("points", 100_000);
const NAIVE = Math.min(N, arg("naive", 2_000));

const root = resolve(import.meta.dirname, "..");
const topology: unknown = JSON.parse(
  readFileSync(resolve(root, "public/data/boundaries.topo.json"), "utf8"),
);
const districts = (
  JSON.parse(readFileSync(resolve(root, "public/data/districts.json"), "utf8")) as {
    districts: unknown[];
  }
).districts.length;

// Deterministic pseudo-random numbers (mulberry32), so every run uses the same points.
let seed = 17;
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const lon = new Float64Array(N);
const lat = new Float64Array(N);
for (let i = 0; i < N; i++) {
  if (rand() < 0.7) {
    lon[i] = -77.2 + rand() * 0.45; // Lima Metropolitana and Callao
    lat[i] = -12.4 + rand() * 0.6;
  } else {
    lon[i] = -81.4 + rand() * 12.8;
    lat[i] = -18.4 + rand() * 18.4;
  }
}

const t0 = performance.now();
const shapes = districtShapes(topology, districts);
const index = buildDistrictIndex(shapes);
const t1 = performance.now();
let progressCalls = 0;
const fast = assignPoints(index, lon, lat, { onProgress: () => progressCalls++ });
const t2 = performance.now();
const naive = assignPointsNaive(shapes, lon.subarray(0, NAIVE), lat.subarray(0, NAIVE));
const t3 = performance.now();

for (let i = 0; i < NAIVE; i++) {
  if (naive.district[i] !== fast.district[i] || naive.status[i] !== fast.status[i])
    throw new Error(`point ${i}: grid and naive disagree`);
}
const counts = [0, 0, 0, 0];
for (const s of fast.status) counts[s]!++;
const gridMs = t2 - t1;
const naivePerPoint = (t3 - t2) / NAIVE;
const naiveScaled = naivePerPoint * N;
const f = (x: number): string => x.toFixed(0);
console.log(`bench-points: ${N.toLocaleString("en")} points, ${shapes.length} districts`);
console.log(`  shapes + grid index          ${f(t1 - t0)} ms (once per import)`);
console.log(
  `  grid + ray casting (app)     ${f(gridMs)} ms  (${progressCalls} progress calls; inside ${counts[POINT_STATUS.inside]}, outside ${counts[POINT_STATUS.outside]}, border ${counts[POINT_STATUS.border]})`,
);
console.log(
  `  naive, all districts         ${f(t3 - t2)} ms for ${NAIVE.toLocaleString("en")} points → ${f(naiveScaled)} ms scaled to ${N.toLocaleString("en")}`,
);
console.log(`  ratio naive / grid           ${(naiveScaled / gridMs).toFixed(0)}×`);
console.log(
  `  total (index + assign)       ${f(t2 - t0)} ms — target ≤ 2,000 ms: ${t2 - t0 <= 2000 ? "met" : "NOT met"}`,
);
console.log(`  grid and naive agree on all ${NAIVE.toLocaleString("en")} sampled points`);

async function inBrowser(): Promise<void> {
  const dist = resolve(root, process.env.BENCH_DIST ?? "dist");
  if (!existsSync(join(dist, "index.html"))) {
    console.log(`  (no build in ${dist}: browser part skipped)`);
    return;
  }
  const csv = join(tmpdir(), `bench-points-${N}.csv`);
  const lines = ["id,lat,lon"];
  for (let i = 0; i < N; i++) lines.push(`${i},${lat[i]!.toFixed(6)},${lon[i]!.toFixed(6)}`);
  writeFileSync(csv, lines.join("\n"));
  const server = await preview({
    root,
    logLevel: "error",
    build: { outDir: dist },
    preview: { host: "127.0.0.1", port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("preview server has no URL");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript("window.__name = (f) => f");
    await page.goto(url);
    await page.waitForFunction(
      () => document.documentElement.dataset.state === "ready",
      undefined,
      {
        timeout: 120_000,
      },
    );
    await page.waitForFunction(() => window.__map!.isSourceLoaded("districts-detail"), undefined, {
      timeout: 60_000,
    });
    await page.getByTestId("tab-data").click();
    await page.waitForTimeout(2000);
    await page.evaluate(() => {
      const w = window as unknown as { __lt: [number, number][] };
      w.__lt = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__lt.push([e.startTime, e.duration]);
      }).observe({ type: "longtask" });
    });
    const now = () => page.evaluate(() => performance.now());
    const longest = (from: number, to: number) =>
      page.evaluate(
        ([a, b]) =>
          Math.max(
            0,
            ...(window as unknown as { __lt: [number, number][] }).__lt
              .filter(([s]) => s >= a! && s < b!)
              .map(([, d]) => d),
          ),
        [from, to],
      );
    const t0 = await now();
    await page.getByTestId("points-file").setInputFiles(csv);
    await page.getByTestId("points-report").waitFor({ timeout: 60_000 });
    const t1 = await now();
    const timing = await page.getByTestId("points-timing").textContent();
    await page.getByTestId("points-confirm").click();
    await page.getByTestId("points-applied").waitFor();
    const t2 = await now();
    await page.waitForTimeout(10_000);
    const t3 = await now();
    console.log(`  built app (Chromium, ${N.toLocaleString("en")} points):`);
    console.log(
      `    file chosen → report     ${f(t1 - t0)} ms (${timing}) — longest main-thread task ${f(await longest(t0, t1))} ms`,
    );
    console.log(
      `    "Aplicar" → applied      ${f(t2 - t1)} ms — longest task over the next 10 s (map fed in chunks) ${f(await longest(t1, t3))} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
await inBrowser();
