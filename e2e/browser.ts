import { chromium, type Browser, type Page, type Request } from "playwright-core";
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";

/** Debian's Chromium, headless, software WebGL (SwiftShader) so MapLibre renders without a GPU. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--use-angle=swiftshader",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export const baseUrl = (): string => inject("baseUrl");

export interface OpenedPage {
  page: Page;
  /** Every request the page made that left its own origin. */
  foreignRequests: string[];
  consoleErrors: string[];
}

/** Open the app and record requests that leave the page's origin (there must be none). */
export async function openApp(
  browser: Browser,
  path = "",
  viewport: { width: number; height: number } = { width: 1400, height: 900 },
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const origin = new URL(baseUrl()).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (r: Request) => {
    const u = r.url();
    if (u.startsWith("data:") || u.startsWith("blob:")) return;
    if (new URL(u).origin !== origin) foreignRequests.push(u);
  });
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  await page.goto(new URL(path, baseUrl()).toString());
  return { page, foreignRequests, consoleErrors };
}

/** Wait for <html data-state="ready"> (data validated and the map's first idle). */
export async function waitReady(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => ["ready", "error"].includes(document.documentElement.dataset.state ?? ""),
    undefined,
    { timeout },
  );
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  if (state !== "ready") {
    const text = await page
      .locator("[data-testid=error]")
      .textContent()
      .catch(() => "");
    throw new Error(`app state is ${state}: ${text}`);
  }
}

/**
 * Wait until the map has drawn everything it has (tiles loaded, no transition). Forces one
 * repaint first so the wait ends even when the map was already idle.
 */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        map.once("idle", () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Wait until the detailed boundaries (loaded after ready, drawn from zoom 6) are tiled and have
 * taken over from the vector tiles from zoom 6.
 */
export async function detailReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = window.__map!;
      return (
        !!map.getSource("districts-detail") &&
        map.isSourceLoaded("districts-detail") &&
        map.getLayer("district-fill")?.maxzoom === 6
      );
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** District features drawn now, over both fill layers (tiles below zoom 6, detail from 6). */
export async function renderedDistricts(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = window.__map!;
    const layers = ["district-fill", "district-fill-detail"].filter((id) => map.getLayer(id));
    return map.queryRenderedFeatures({ layers }).length;
  });
}

/**
 * One Chromium per test file: launched before the file's tests, closed after them. Screenshots go
 * to screenshots/ (git-ignored).
 */
export function browserPerFile(): { current: Browser } {
  const ref: { current: Browser | null } = { current: null };
  beforeAll(async () => {
    ref.current = await launchBrowser();
    mkdirSync("screenshots", { recursive: true });
  });
  afterAll(async () => {
    await ref.current?.close();
  });
  return {
    get current(): Browser {
      if (!ref.current) throw new Error("the browser is not launched yet");
      return ref.current;
    },
  };
}
