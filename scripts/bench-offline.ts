/**
 * `npm run bench` (after a build): offline use, from one headless Chromium run.
 * - cache size: bytes the service worker holds after a first visit (every stored body, counted in
 *   the page), against the files of dist/ it was told to precache (scripts/lib/offline-plan.ts);
 * - time to ready: a first visit (no worker yet, browser caches cold), a reload online once the
 *   worker serves the page, and a reload with the network cut; same context, median of N, ratios.
 * The first visit is timed on localhost and over 10 Mbit/s / 40 ms (CDP), like scripts/bench.ts.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? "dist");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".pbf": "application/x-protobuf",
};

/** A connection like a council room's shared Wi-Fi: 10 Mbit/s down, 40 ms round trip. */
const THROTTLED = {
  offline: false,
  latency: 40,
  downloadThroughput: 1_250_000,
  uploadThroughput: 375_000,
};

function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    let file = join(DIST, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    // As deploy/_headers: the worker's script is always revalidated.
    const headers: Record<string, string> = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    };
    if (path.endsWith("/sw.js")) headers["cache-control"] = "no-cache";
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      ok({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

interface Run {
  first: number;
  onlineWithWorker: number;
  offline: number;
  cacheBytes: number;
  cacheEntries: number;
  usage: number;
}

async function oneRun(browser: Browser, url: string, throttled: boolean): Promise<Run> {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await ctx.newPage();
  if (throttled) {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", THROTTLED);
  }
  const readyAt = async (): Promise<number> => {
    await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, {
      timeout: 120_000,
    });
    return page.evaluate(() => performance.getEntriesByName("app-ready")[0]?.startTime ?? NaN);
  };
  await page.goto(url);
  const first = await readyAt();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 120_000,
  });
  const cache = await page.evaluate(async () => {
    let bytes = 0;
    let entries = 0;
    for (const name of await caches.keys()) {
      const c = await caches.open(name);
      for (const req of await c.keys()) {
        const res = await c.match(req);
        bytes += res ? (await res.arrayBuffer()).byteLength : 0;
        entries++;
      }
    }
    const usage = (await navigator.storage.estimate()).usage ?? 0;
    return { bytes, entries, usage };
  });
  await page.reload();
  const onlineWithWorker = await readyAt();
  await ctx.setOffline(true);
  await page.reload();
  const offline = await readyAt();
  await ctx.close();
  return {
    first,
    onlineWithWorker,
    offline,
    cacheBytes: cache.bytes,
    cacheEntries: cache.entries,
    usage: cache.usage,
  };
}

async function main(): Promise<void> {
  const swPath = join(DIST, "sw.js");
  if (!existsSync(swPath)) throw new Error(`${swPath} missing: run npm run build`);
  const { server, url } = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await oneRun(browser, url, false); // warm the OS file cache once
    for (const throttled of [false, true]) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, url, throttled));
      const first = median(runs.map((r) => r.first));
      const warm = median(runs.map((r) => r.onlineWithWorker));
      const off = median(runs.map((r) => r.offline));
      const list = (k: keyof Run) => runs.map((r) => r[k].toFixed(0)).join(", ");
      const label = throttled ? "first visit over 10 Mbit/s, 40 ms RTT" : "localhost";
      console.log(`\nOffline use, ${label}; median of ${RUNS} (new context each):`);
      if (!throttled) {
        const r = runs[0]!;
        console.log(
          `  cache after the first visit: ${kb(r.cacheBytes)} in ${r.cacheEntries} entries` +
            ` (storage estimate ${kb(r.usage)}, with its overhead)`,
        );
      }
      console.log(
        `  first visit (network, no worker)  ${first.toFixed(0)} ms   [${list("first")}]`,
      );
      console.log(
        `  reload online (worker's cache)    ${warm.toFixed(0)} ms   [${list("onlineWithWorker")}]`,
      );
      console.log(
        `  reload offline (worker's cache)   ${off.toFixed(0)} ms   [${list("offline")}]`,
      );
      console.log(
        `  ratio offline/first visit: ${(off / first).toFixed(2)}; offline/online reload: ${(off / warm).toFixed(2)}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
