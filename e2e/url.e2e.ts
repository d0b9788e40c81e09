import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, browserPerFile, mapIdle, openApp, renderedDistricts, waitReady } from "./browser";

const chrome = browserPerFile();

/** Wait until the debounced hash writer has caught up (hash stable for 600 ms and contains `part`). */
async function settledHash(page: Page, part: string): Promise<string> {
  let last = "";
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(300);
    const h = await page.evaluate(() => window.location.hash);
    if (h === last && h.includes(part)) return h;
    last = h;
  }
  throw new Error(`hash never settled with ${part}: ${last}`);
}

describe("shareable links: the whole state in location.hash", () => {
  it("round-trips: state → link → same state after opening the link", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("department-select").selectOption({ label: "Cusco" });
    await page.getByTestId("layer-select").selectOption("poverty_pct");
    await page.getByTestId("search-input").fill("150101");
    await page.getByTestId("search-results").getByRole("option").first().click();
    await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe("150101");
    await page.waitForTimeout(900); // fly-to of the selection
    await mapIdle(page);
    await page.getByTestId("lang-en").click();
    const hash = await settledHash(page, "sel=150101");
    expect(hash).toMatch(/^#v=1&lang=en&layer=poverty_pct&cls=quantile&dep=08&sel=150101&cam=/);
    const cam = /cam=([^&]+)/.exec(hash)?.[1]?.split(",").map(Number) ?? [];
    expect(cam).toHaveLength(3);
    await page.close();

    const second = await openApp(chrome.current, `/${hash}`);
    const p2 = second.page;
    await waitReady(p2);
    await expect(p2.getByTestId("card-ubigeo").textContent()).resolves.toBe("150101");
    await expect(p2.getByTestId("layer-select").inputValue()).resolves.toBe("poverty_pct");
    await expect(p2.getByTestId("department-select").inputValue()).resolves.toBe("08");
    await expect(p2.locator("html").getAttribute("lang")).resolves.toBe("en");
    await mapIdle(p2);
    const view = await p2.evaluate(() => {
      const m = window.__map!;
      return [m.getCenter().lng, m.getCenter().lat, m.getZoom()];
    });
    expect(view[0]).toBeCloseTo(cam[0] ?? NaN, 3);
    expect(view[1]).toBeCloseTo(cam[1] ?? NaN, 3);
    expect(view[2]).toBeCloseTo(cam[2] ?? NaN, 2);
    // The rewritten link is the same link.
    await expect(settledHash(p2, "sel=150101")).resolves.toBe(hash);
    await expect(p2.getByTestId("link-issues").count()).resolves.toBe(0);
    await p2.screenshot({ path: "screenshots/url-roundtrip-en.png" });
    expect(second.foreignRequests).toEqual([]);
    await p2.close();
  });

  it("carries the index methodology: weights and options survive the link", async () => {
    const { page } = await openApp(
      chrome.current,
      "/#v=1&layer=irs&norm=zscore&w=poverty_pct:3&agg=geometric",
    );
    await waitReady(page);
    const hash = await settledHash(page, "norm=zscore");
    expect(hash).toContain("layer=irs");
    expect(hash).toContain("w=poverty_pct:3");
    expect(hash).toContain("agg=geometric");
    await expect(page.getByTestId("link-issues").count()).resolves.toBe(0);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("IRS");
    await page.close();
  });

  it("opens a bad or old link with a clear message and the valid parts applied", async () => {
    const { page } = await openApp(
      chrome.current,
      "/#v=7&layer=nope&sel=999999&dep=08&cam=10,50,5&mk=150101,000000&foo=1",
    );
    await waitReady(page);
    const notice = page.getByTestId("link-issues");
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("v=7");
    expect(text).toContain("«layer»");
    expect(text).toContain("«sel»");
    expect(text).toContain("fuera del Perú");
    expect(text).toContain("«foo»");
    // Valid part applied: the department.
    await expect(page.getByTestId("department-select").inputValue()).resolves.toBe("08");
    expect(await renderedDistricts(page)).toBeGreaterThan(50);
    await page.screenshot({ path: "screenshots/url-bad-link.png" });
    await notice.getByRole("button").click();
    await expect(notice.count()).resolves.toBe(0);
    await page.close();
  });

  it("opens the printable district report from #report=district:…", async () => {
    const { page } = await openApp(chrome.current, "/#report=district:150101");
    await waitReady(page);
    await page.getByTestId("report").waitFor();
    await expect(page.getByTestId("report-heading").textContent()).resolves.toContain("Lima");
    const rows = await page.getByTestId("report-indicators").locator("tbody tr").count();
    expect(rows).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId("report-trend-population").count()).resolves.toBe(1);
    await page.getByTestId("report-barrio").waitFor();
    await page.screenshot({ path: "screenshots/report-district-es.png", fullPage: true });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("side-panel").isVisible()).resolves.toBe(false);
    await expect(page.getByTestId("report-print").isVisible()).resolves.toBe(false);
    await page.screenshot({ path: "screenshots/report-district-print.png", fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.getByTestId("report-close").click();
    await expect(page.getByTestId("report").count()).resolves.toBe(0);
    await page.close();
  });

  it("opens the department report in English", async () => {
    const page = await chrome.current.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(
      new URL("/#lang=en&report=department:08&layer=poverty_pct", baseUrl()).toString(),
    );
    await waitReady(page);
    await page.getByTestId("report").waitFor();
    await expect(page.getByTestId("report-heading").textContent()).resolves.toBe(
      "Department of Cusco",
    );
    await page.screenshot({ path: "screenshots/report-department-en.png", fullPage: true });
    await page.close();
  });
});
