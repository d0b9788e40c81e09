import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, browserPerFile, openApp, waitReady } from "./browser";

/**
 * Issue 13, "nothing saved is ever dropped, nothing freezes": saved views survive long states,
 * imports and unreadable storage; links say what they could not use.
 */
const chrome = browserPerFile();
const KEY = "mapa-riesgo.vistas.v1";

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const setStored = (page: Page, value: string) =>
  page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value] as const);
const viewsFile = (views: unknown[], version: unknown = 1) =>
  JSON.stringify({ format: "mapa-riesgo-vistas", version, exportedAt: "", views });
const items = (page: Page) => page.getByTestId("views-list").locator("li");

async function saveView(page: Page, title: string): Promise<void> {
  await page.getByTestId("view-title").fill(title);
  await page.getByTestId("save-view").click();
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId("import-views-file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

describe("saved views: nothing is dropped", () => {
  it("keeps a view holding a 1 200-district FESC scenario after reload, and re-imports its export", async () => {
    const { page, consoleErrors } = await openApp(chrome.current, "/#v=1&fn=1200");
    await waitReady(page);
    await page.getByTestId("tab-fesc").click();
    await page.getByTestId("fesc-scenarios").locator("summary").click();
    await page.getByTestId("fesc-scenario-name").fill("Top 1200");
    await page.getByTestId("fesc-save").click();
    await page.waitForFunction(() => window.location.hash.includes("fs="));
    await page.getByTestId("tab-views").click();
    await saveView(page, "Top 1200 con escenario");
    await expect.poll(() => items(page).count()).toBe(1);
    await expect(page.getByTestId("views-message").textContent()).resolves.toBe(
      "Vista «Top 1200 con escenario» guardada.",
    );
    const value = JSON.parse((await stored(page)) ?? "{}") as { views: { hash: string }[] };
    // The link that the old 8 000-character limit dropped on load.
    expect(value.views[0]?.hash.length).toBeGreaterThan(20_000);

    await page.reload();
    await waitReady(page);
    await page.getByTestId("tab-views").click();
    await expect.poll(() => items(page).count()).toBe(1);
    await expect(items(page).first().textContent()).resolves.toContain("Top 1200 con escenario");
    await expect(page.getByTestId("views-kept-aside").count()).resolves.toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-views").click(),
    ]);
    const exported = readFileSync(await download.path(), "utf8");
    // Delete the view, then import the app's own export: it must come back whole.
    await page.getByRole("button", { name: "Eliminar «Top 1200 con escenario»" }).click();
    await page.getByTestId("delete-yes").click();
    await expect.poll(() => items(page).count()).toBe(0);
    await importFile(page, "export-propio.json", exported);
    await expect
      .poll(() => page.getByTestId("views-message").textContent())
      .toBe("1 vista(s) importada(s).");
    await expect(page.getByTestId("import-problems").count()).resolves.toBe(0);
    await expect.poll(() => items(page).count()).toBe(1);
    const back = JSON.parse((await stored(page)) ?? "{}") as { views: { hash: string }[] };
    expect(back.views[0]?.hash).toBe(value.views[0]?.hash);
    const errors = consoleErrors.filter((m) => !m.includes("status of 404"));
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  it("imports 600 views as 200 with a clear message about the limit; none lost silently", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await page.getByTestId("tab-views").click();
    const views = Array.from({ length: 600 }, (_, i) => ({
      id: `v${i + 1}`,
      title: `Vista ${i + 1}`,
      hash: "v=1&layer=population",
    }));
    await importFile(page, "seiscientas.json", viewsFile(views));
    await expect
      .poll(() => page.getByTestId("views-message").textContent())
      .toBe("200 vista(s) importada(s).");
    const problems = (await page.getByTestId("import-problems").textContent()) ?? "";
    expect(problems).toContain(
      "seiscientas.json: 400 vista(s) no se importaron (vistas 201–600: «Vista 201»",
    );
    expect(problems).toContain("el máximo es 200 vistas guardadas");
    await expect(items(page).count()).resolves.toBe(200);
    // Full: saving one more is refused with the same rule, saying why.
    await saveView(page, "La 201");
    await expect(page.getByTestId("view-not-saved").textContent()).resolves.toBe(
      "La vista «La 201» no se guardó: el máximo es 200 vistas guardadas; elimine o exporte alguna.",
    );
    await page.reload();
    await waitReady(page);
    await page.getByTestId("tab-views").click();
    await expect.poll(() => items(page).count()).toBe(200);
    await expect(page.getByTestId("views-kept-aside").count()).resolves.toBe(0);
    await page.close();
  });

  it("keeps unusable stored entries aside, shows them with an export, and never drops them", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    const long = { id: "v2", title: "Enlace enorme", hash: `v=1&fs=${"A".repeat(300_000)}` };
    const untitled = { id: "v3", title: "", hash: "v=1" };
    await setStored(
      page,
      viewsFile([{ id: "v1", title: "Buena", hash: "v=1&layer=population" }, long, untitled]),
    );
    await page.reload();
    await waitReady(page);
    await page.getByTestId("tab-views").click();
    const kept = page.getByTestId("views-kept-aside");
    await kept.waitFor();
    const text = (await kept.textContent()) ?? "";
    expect(text).toContain(
      "2 vistas guardadas no se pudieron abrir; se conservan sin cambios en este navegador:",
    );
    expect(text).toContain(
      "vista 2 «Enlace enorme»: su enlace tiene 300,007 caracteres y el máximo es 250,000",
    );
    expect(text).toContain("vista 3: falta el título («title»)");
    await expect(items(page).count()).resolves.toBe(1);
    // Saving writes the new view and keeps the two entries as they were.
    await saveView(page, "Nueva");
    await expect.poll(() => items(page).count()).toBe(2);
    const after = JSON.parse((await stored(page)) ?? "{}") as { views: unknown[] };
    expect(after.views).toHaveLength(4);
    expect(after.views.slice(2)).toEqual([long, untitled]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("views-export-kept").click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8")) as {
      views: unknown[];
    };
    expect(exported.views).toEqual([long, untitled]);
    // A broken import on top, for a picture of the messages together.
    await importFile(page, "roto.json", "{ no es json");
    await page.getByTestId("import-problems").waitFor();
    await page
      .getByTestId("views-panel")
      .screenshot({ path: "screenshots/hardening-views-es.png" });
    await page.getByTestId("lang-en").click();
    await expect(kept.textContent()).resolves.toContain(
      "2 saved views could not be opened; they are kept unchanged in this browser:",
    );
    await page
      .getByTestId("views-panel")
      .screenshot({ path: "screenshots/hardening-views-en.png" });
    await page.close();
  });

  it("keeps a corrupted stored value untouched (read-only) until the user discards it", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    await setStored(page, "{ esto no es json");
    await page.reload();
    await waitReady(page);
    await page.getByTestId("tab-views").click();
    const notice = page.getByTestId("views-readonly");
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(
      /no se pueden modificar con esta versión: JSON inválido .*Se conservan sin cambios/,
    );
    await expect(page.getByTestId("save-view").isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId("import-views").isDisabled()).resolves.toBe(true);
    await expect(stored(page)).resolves.toBe("{ esto no es json");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("views-export-stored").click(),
    ]);
    expect(readFileSync(await download.path(), "utf8")).toBe("{ esto no es json");
    await page.getByTestId("views-discard").click();
    await page.getByTestId("views-discard-yes").click();
    await expect(notice.count()).resolves.toBe(0);
    await saveView(page, "Desde cero");
    await expect.poll(() => items(page).count()).toBe(1);
    await expect(stored(page)).resolves.toContain("Desde cero");
    await page.close();
  });

  it("never overwrites a newer version's value: read-only, views shown, no discard offered", async () => {
    const { page } = await openApp(chrome.current);
    await waitReady(page);
    const newer = viewsFile(
      [{ id: "a", title: "Guardada por la v2", hash: "v=1&layer=poverty_pct", extra: 1 }],
      2,
    );
    await setStored(page, newer);
    await page.reload();
    await waitReady(page);
    await page.getByTestId("tab-views").click();
    const notice = page.getByTestId("views-readonly");
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(
      "lo escribió una versión más nueva de la aplicación (versión 2; esta lee la 1)",
    );
    await expect(items(page).first().textContent()).resolves.toContain("Guardada por la v2");
    await expect(page.getByTestId("views-discard").count()).resolves.toBe(0);
    await expect(page.getByTestId("save-view").isDisabled()).resolves.toBe(true);
    await expect(
      page.getByRole("button", { name: "Eliminar «Guardada por la v2»" }).isDisabled(),
    ).resolves.toBe(true);
    await page
      .getByTestId("views-panel")
      .screenshot({ path: "screenshots/hardening-readonly.png" });
    await page.reload();
    await waitReady(page);
    await expect(stored(page)).resolves.toBe(newer);
    await page.close();
  });
});

describe("links say what they could not use", () => {
  it("reports a repeated key, out-of-range values and unknown departments in a visible notice", async () => {
    const { page } = await openApp(
      chrome.current,
      "/#v=1&sel=150101&sel=999999&year=2100&fd=99,98&pres=1&slide=99999999999999999999",
    );
    await waitReady(page);
    const notice = page.getByTestId("link-issues");
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain(
      "Enlace: el parámetro «sel» aparece 2 veces («150101», «999999»); se usó solo el primer valor.",
    );
    expect(text).toMatch(/el parámetro «year» \(«2100»\) está fuera del rango \d{4}–\d{4}/);
    expect(text).toContain("«fd» incluye 2 código(s) de departamento que no existen");
    expect(text).toContain("«slide» («99999999999999999999») pide una vista que no existe");
    // The first "sel" was applied.
    await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe("150101");
    await page.screenshot({ path: "screenshots/hardening-link-issues.png" });
    await page.close();
  });

  it("reads back a budget of 1e30 it wrote itself, reporting it out of range", async () => {
    const { page } = await openApp(chrome.current, "/#v=1&fb=1000000000000000019884624838656");
    await waitReady(page);
    const notice = page.getByTestId("link-issues");
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(
      "«fb» («1000000000000000019884624838656») está fuera del rango 0–90071992547409.91",
    );
    await page.close();
  });
});

describe("links and views follow the UI language and other tabs", () => {
  it("words the link notice in English when the link asks for English", async () => {
    const { page } = await openApp(chrome.current, "/#v=1&lang=en&sel=999999&year=2100&zz=1");
    await waitReady(page);
    const notice = page.getByTestId("link-issues");
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("The link had invalid parts; the rest was applied:");
    expect(text).toContain(
      'Link: parameter "sel" ("999999") is not a ubigeo of the district layer',
    );
    expect(text).toMatch(/Link: parameter "year" \("2100"\) is outside the range \d{4}–\d{4}/);
    expect(text).toContain('Link: parameter "zz" is not recognised; ignored.');
    expect(text).not.toMatch(/Enlace|parámetro|se ignoró/);
    await page.close();
  });

  it("shows a view saved in one tab in the other tab of the same browser, without reload", async () => {
    const context = await chrome.current.newContext({ viewport: { width: 1400, height: 900 } });
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const p of [a, b]) {
      await p.goto(new URL("/", baseUrl()).toString());
      await waitReady(p);
      await p.getByTestId("tab-views").click();
    }
    await saveView(a, "Desde la pestaña A");
    await expect.poll(() => items(a).count()).toBe(1);
    // Tab B hears the storage event and re-reads the list.
    await expect.poll(() => items(b).count(), { timeout: 10_000 }).toBe(1);
    await expect(items(b).first().textContent()).resolves.toContain("Desde la pestaña A");
    // Saving in B now keeps A's view (B holds the newer revision) and A sees both.
    await saveView(b, "Desde la pestaña B");
    await expect.poll(() => items(a).count(), { timeout: 10_000 }).toBe(2);
    const value = JSON.parse((await stored(a)) ?? "{}") as {
      revision: number;
      views: { title: string }[];
    };
    expect(value.views.map((v) => v.title)).toEqual(["Desde la pestaña A", "Desde la pestaña B"]);
    expect(value.revision).toBe(2);
    await context.close();
  });
});
