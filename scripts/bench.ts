/**
 * `npm run bench` (after a build): load figures from one headless Chromium run.
 * - app data bytes (raw and gzip) of every file in public/data and of the start-up set;
 * - cold load-to-ready of the app vs a naive baseline page that loads the same 1,891 districts as
 *   plain GeoJSON with addSource and joins population in the browser; median of N runs, as a ratio.
 * Targets: app ≤ 0.5× baseline (issue 2); data downloaded before ready ≤ 350 KB gzip (issue 11:
 * the monthly crime files, boundaries and registers load on demand, after the first view).
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
const RAW = resolve(process.env.DATA_DIR ?? join(ROOT, "../shared/data/raw"));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LOCAL_ONLY = Boolean(process.env.BENCH_LOCAL_ONLY);

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript", // MapLibre 6 ships ES modules only; module workers need a JS type
  ".css": "text/css",
  ".json": "application/json",
  ".geojson": "application/json",
  ".csv": "text/csv",
  ".png": "image/png",
};

const BASELINE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body,#m{margin:0;height:100%}</style></head><body><div id="m"></div>
<script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
(async () => {
  const [geo, csv] = await Promise.all([
    fetch('/raw/mapsperu-boundaries-2025/peru_distritos_1891.geojson').then(r => r.json()),
    fetch('/raw/inei-poblacion-proyectada-2018-2022/poblacion_distrital_2018_2022.csv').then(r => r.text()),
  ]);
  const pop = new Map(csv.trim().split('\\n').slice(1).map(l => { const c = l.split(','); return [c[0], Number(c[6])]; }));
  for (const f of geo.features) f.properties.pop = pop.get(f.properties.COD_DISTRITO) ?? null;
  const map = new maplibregl.Map({ container: 'm', style: { version: 8, sources: {}, layers: [] },
    bounds: [-81.5, -18.5, -68.5, 0.2] });
  map.on('load', () => {
    map.addSource('d', { type: 'geojson', data: geo });
    map.addLayer({ id: 'f', type: 'fill', source: 'd', paint: { 'fill-color': ['step', ['coalesce', ['get', 'pop'], -1],
      '#ccc', 0, '#f1eef6', 2000, '#bdc9e1', 5000, '#74a9cf', 12000, '#2b8cbe', 40000, '#045a8d'] } });
    map.addLayer({ id: 'l', type: 'line', source: 'd', paint: { 'line-color': '#666', 'line-width': 0.3 } });
    map.once('idle', () => { window.__readyAt = performance.now(); document.documentElement.dataset.state = 'ready'; });
  });
})();
</script></body></html>`;

/** Reference floor: the same MapLibre build with no data at all, ready at its first idle. */
const EMPTY_HTML = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body,#m{margin:0;height:100%}</style></head><body><div id="m"></div>
<script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
const map = new maplibregl.Map({ container: 'm', style: { version: 8, sources: {}, layers: [
  { id: 'bg', type: 'background', paint: { 'background-color': '#dfe9f0' } }] },
  bounds: [-81.5, -18.5, -68.5, 0.2] });
map.once('idle', () => { window.__readyAt = performance.now(); document.documentElement.dataset.state = 'ready'; });
</script></body></html>`;

const GZ_CACHE = new Map<string, Buffer>();
/** Every response the server finished (path, bytes on the wire, when): start-up bytes. */
const SENT: { path: string; bytes: number; at: number }[] = [];

/** A connection like a council room's shared Wi-Fi: 10 Mbit/s down, 40 ms round trip. */
const THROTTLED = {
  offline: false,
  latency: 40,
  downloadThroughput: 1_250_000,
  uploadThroughput: 375_000,
};

function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const arrived = performance.now();
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    let file: string | null = null;
    if (path === "/baseline/" || path === "/empty/") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(path === "/empty/" ? EMPTY_HTML : BASELINE_HTML);
      return;
    }
    if (path.startsWith("/app/")) file = join(DIST, path.slice(5) || "index.html");
    else if (path.startsWith("/maplibre/"))
      file = join(ROOT, "node_modules/maplibre-gl/dist", path.slice(10));
    else if (path.startsWith("/raw/")) file = join(RAW, path.slice(5));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    // Compressed like any static host would serve it, for both pages alike.
    if (/gzip/.test(String(req.headers["accept-encoding"] ?? "")) && type !== "image/png") {
      let gz = GZ_CACHE.get(file);
      if (!gz) {
        gz = gzipSync(readFileSync(file), { level: 6 });
        GZ_CACHE.set(file, gz);
      }
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip" });
      const bytes = gz.length;
      res.end(gz, () => SENT.push({ path, bytes, at: arrived }));
      return;
    }
    res.writeHead(200, { "content-type": type });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      ok({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function main(): Promise<void> {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ missing: run npm run build");
  const dataDir = join(DIST, "data");
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );
  let rawAll = 0;
  let gzAll = 0;
  const groups = new Map<string, { n: number; raw: number; gz: number }>();
  for (const f of files(dataDir).sort()) {
    const buf = readFileSync(f);
    const gz = gzipSync(buf, { level: 9 }).length;
    rawAll += buf.length;
    gzAll += gz;
    const rel = f.slice(dataDir.length + 1);
    const key = rel.includes("/") ? `${rel.split("/")[0]}/` : rel;
    const g = groups.get(key) ?? { n: 0, raw: 0, gz: 0 };
    groups.set(key, { n: g.n + 1, raw: g.raw + buf.length, gz: g.gz + gz });
  }
  console.log("App data files (dist/data):");
  for (const [key, g] of groups)
    console.log(
      `  ${(g.n > 1 ? `${key} (${g.n} files)` : key).padEnd(28)} ${kb(g.raw).padStart(10)} raw ${kb(g.gz).padStart(10)} gzip`,
    );
  console.log(`  all: ${kb(rawAll)} raw, ${kb(gzAll)} gzip`);
  const baselineBytes =
    statSync(join(RAW, "mapsperu-boundaries-2025/peru_distritos_1891.geojson")).size +
    statSync(join(RAW, "inei-poblacion-proyectada-2018-2022/poblacion_distrital_2018_2022.csv"))
      .size;
  const baselineGz = gzipSync(
    readFileSync(join(RAW, "mapsperu-boundaries-2025/peru_distritos_1891.geojson")),
  ).length;
  console.log(`  baseline GeoJSON + CSV: ${kb(baselineBytes)} raw, GeoJSON ${kb(baselineGz)} gzip`);
  console.log(
    "  (all files; most load on demand: the start-up target is checked below on what is downloaded before ready)",
  );

  const { server, url } = await serve();
  if (process.env.BENCH_SERVE_ONLY) {
    console.log(`Serving ${url}/app/, ${url}/baseline/, ${url}/empty/ (Ctrl-C to stop)`);
    return;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const marks = new Map<string, number[]>();
  const startup: { name: string; bytes: number }[] = [];
  const timeTo = async (path: string, throttled = false): Promise<number> => {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await ctx.newPage();
    if (throttled) {
      const cdp = await ctx.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", THROTTLED);
    }
    const sentFrom = SENT.length;
    await page.goto(`${url}${path}`);
    await page.waitForFunction(
      () => document.documentElement.dataset.state === "ready",
      undefined,
      {
        timeout: 120_000,
      },
    );
    // When the page declared itself ready (not when the poll noticed: the poll waits for a frame).
    const nodeNow = performance.now();
    const { t, idle, pageNow } = await page.evaluate(() => ({
      t:
        performance.getEntriesByName("app-ready")[0]?.startTime ??
        (window as unknown as { __readyAt: number }).__readyAt,
      // The map's first idle: the moment the app turns ready (what it loads after is not start-up).
      idle: performance.getEntriesByName("map-first-idle")[0]?.startTime ?? 0,
      pageNow: performance.now(),
    }));
    if (path === "/app/" && !throttled && startup.length === 0) {
      // What the app asked for before it was ready (gzip bytes the server sent, workers too).
      const readyOnServer = nodeNow - (pageNow - idle);
      for (const r of SENT.slice(sentFrom))
        if (r.at <= readyOnServer) startup.push({ name: r.path, bytes: r.bytes });
    }
    if (path === "/app/" && !throttled) {
      // The app's own marks (App.tsx, MapView.tsx) say where the time goes.
      const entries = await page.evaluate(() =>
        performance.getEntriesByType("mark").map((m) => ({ name: m.name, at: m.startTime })),
      );
      for (const { name, at } of entries) marks.set(name, [...(marks.get(name) ?? []), at]);
    }
    await ctx.close();
    return t;
  };
  await timeTo("/app/"); // warm the OS file cache and gzip cache once; browser caches stay cold
  await timeTo("/baseline/");
  await timeTo("/empty/");
  const data = startup.filter((r) => r.name.includes("/data/"));
  const code = startup.filter((r) => !r.name.includes("/data/"));
  const sum = (rs: { bytes: number }[]) => rs.reduce((a, r) => a + r.bytes, 0);
  console.log(
    `\nDownloaded before ready (gzip on the wire): data ${kb(sum(data))} in ${data.length} files` +
      ` (${data.map((r) => r.name.split("/data/")[1]).join(", ")}); code ${kb(sum(code))}`,
  );
  console.log(
    `  target start-up data ≤ 350 KB gzip: ${sum(data) <= 350 * 1024 ? "met" : "NOT met"}`,
  );
  for (const throttled of LOCAL_ONLY ? [false] : [false, true]) {
    const app: number[] = [];
    const base: number[] = [];
    const empty: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so drift in the machine's load hits all three alike.
      app.push(await timeTo("/app/", throttled));
      base.push(await timeTo("/baseline/", throttled));
      empty.push(await timeTo("/empty/", throttled));
    }
    const a = median(app);
    const b = median(base);
    const e = median(empty);
    const label = throttled ? "10 Mbit/s, 40 ms RTT (CDP throttling)" : "localhost";
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
    console.log(`\nCold load-to-ready over ${label}, median of ${RUNS} (new context each, gzip):`);
    console.log(`  app       ${a.toFixed(0)} ms   [${list(app)}]`);
    console.log(`  baseline  ${b.toFixed(0)} ms   [${list(base)}]`);
    console.log(
      `  empty map ${e.toFixed(0)} ms   [${list(empty)}]  (MapLibre, no data: the floor)`,
    );
    console.log(`  ratio app/baseline: ${(a / b).toFixed(2)} (target ≤ 0.5)`);
    console.log(`  ratio empty map/baseline: ${(e / b).toFixed(2)}`);
  }
  await browser.close();
  server.close();
  console.log("  app timeline, median ms since navigation:");
  for (const [name, at] of [...marks.entries()].sort((x, y) => median(x[1]) - median(y[1])))
    console.log(`    ${name.padEnd(20)} ${median(at).toFixed(0)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
