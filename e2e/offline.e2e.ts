import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { baseUrl, browserPerFile, waitReady } from "./browser";

const chrome = browserPerFile();
/** The build the preview server serves (e2e/global-setup.ts): the reference for every hash. */
const DIST = resolve(import.meta.dirname, "..", process.env.E2E_DIST ?? "dist");
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const distHash = (path: string) => sha256(readFileSync(resolve(DIST, path)));
/** One vector tile of the build (their names depend on the data). */
const aTile = () =>
  "data/tiles/" +
  readdirSync(resolve(DIST, "data/tiles"), { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith(".pbf"))
    .sort()[0]!
    .split("\\")
    .join("/");

/** SHA-256 (hex) of a file fetched by the page, and the HTTP status. */
const fetchHash = (page: Page, path: string) =>
  page.evaluate(async (p) => {
    const res = await fetch(p);
    const digest = await crypto.subtle.digest("SHA-256", await res.arrayBuffer());
    const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
    return { status: res.status, hex };
  }, path);

/** What a reader sees of the map: the legend and the ranking's first rows. */
async function mapSummary(page: Page) {
  const legend = await page.getByTestId("legend").textContent();
  await page.getByTestId("tab-ranking").click();
  await page.getByTestId("rk-row").first().waitFor();
  const top = await page.$$eval("[data-testid=rk-row]", (rows) =>
    rows.slice(0, 5).map((r) => r.textContent ?? ""),
  );
  await page.getByTestId("tab-map").click();
  return { legend, top };
}

describe("offline: the app after a first visit", () => {
  let context: BrowserContext;
  let page: Page;
  const foreign: string[] = [];
  afterAll(() => context?.close());

  it("reaches ready with the network cut, with the same map, and says it is offline", async () => {
    context = await chrome.current.newContext({ viewport: { width: 1366, height: 768 } });
    const origin = new URL(baseUrl()).origin;
    context.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin)
        foreign.push(u);
    });
    page = await context.newPage();
    await page.goto(baseUrl());
    await waitReady(page);
    const online = await mapSummary(page);
    // The worker is registered after ready, precaches, then takes the page over (clients.claim).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    await expect(page.getByTestId("offline-notice").count()).resolves.toBe(0);

    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    const offline = await mapSummary(page);
    expect(offline.legend).toBeTruthy();
    expect(offline.top).toHaveLength(5);
    expect(offline).toEqual(online);
    // "datos guardados del 28 de noviembre de 2026": the day the worker stored the files.
    const notice = (await page.getByTestId("offline-notice").textContent()) ?? "";
    expect(notice).toMatch(/^Sin conexión: datos guardados del \d{1,2} de [a-z]+ de \d{4}$/);
    await page.screenshot({ path: "screenshots/offline-notice-1366.png" });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: "screenshots/offline-notice-1920.png" });
    await page.getByTestId("lang-en").click();
    await expect(page.getByTestId("offline-notice").textContent()).resolves.toMatch(
      /^Offline: data saved on \d{1,2} [A-Z][a-z]+ \d{4}$/,
    );
    expect(foreign).toEqual([]);
  });

  it("serves from its cache only files of the build the server published", async () => {
    // Offline, every answer comes from the cache: byte for byte the files of dist/.
    for (const path of ["data/manifest.json", "data/districts.json", aTile()]) {
      const got = await fetchHash(page, path);
      expect(got, path).toEqual({ status: 200, hex: distHash(path) });
    }
    const manifest = await page.evaluate(() => fetch("data/manifest.json").then((r) => r.json()));
    const built = JSON.parse(readFileSync(resolve(DIST, "data/manifest.json"), "utf8")).builtAt;
    expect(manifest.builtAt).toBe(built);

    // Online again, a department's monthly file (cached when first used) that the server now
    // answers with another build's content is refused, and not stored.
    await context.setOffline(false);
    const lazy = "data/crime-monthly/15.json";
    const original = readFileSync(resolve(DIST, lazy), "utf8");
    await context.route(`**/${lazy}`, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: original + " " }),
    );
    await expect(fetchHash(page, lazy).then((r) => r.status)).resolves.toBe(409);
    const stored = await page.evaluate((p) => caches.match(p).then((r) => r !== undefined), lazy);
    expect(stored).toBe(false);
    // With the right file it is stored, and then served offline.
    await context.unroute(`**/${lazy}`);
    await expect(fetchHash(page, lazy)).resolves.toEqual({ status: 200, hex: distHash(lazy) });
    await context.setOffline(true);
    await expect(fetchHash(page, lazy)).resolves.toEqual({ status: 200, hex: distHash(lazy) });
    expect(foreign).toEqual([]);
  });
});
