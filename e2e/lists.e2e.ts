import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserPerFile, openApp, waitReady } from "./browser";

const chrome = browserPerFile();

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** "1,891" (es-PE grouping) → 1891. */
const int = (text: string | null | undefined): number => Number((text ?? "").replace(/,/g, ""));

/** One CSV line split on ";" outside quotes, quotes undone (RFC 4180 with ";"). */
const cells = (line: string): string[] => {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
};

interface Csv {
  name: string;
  bytes: Buffer;
  meta: string[];
  header: string[];
  rows: string[][];
  col: (name: string) => number;
}

/** Click a download button and read the es-PE CSV it gives (the FESC export's format). */
async function download(page: Page, testId: string): Promise<Csv> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const bytes = readFileSync(await d.path());
  // UTF-8 BOM, CRLF lines, a "# key: value" block, a blank line, then the table.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  const headerAt = lines.findIndex((l) => l.startsWith("N°;"));
  expect(headerAt).toBeGreaterThan(0);
  expect(lines[headerAt - 1]).toBe("");
  const meta = lines.slice(0, headerAt - 1).map((l) => cells(l)[0] ?? "");
  for (const m of meta) expect(m).toMatch(/^# [^:]+: /);
  const header = cells(lines[headerAt] ?? "");
  const rows = lines
    .slice(headerAt + 1)
    .filter((l) => l !== "")
    .map(cells);
  for (const r of rows) expect(r).toHaveLength(header.length);
  return {
    name: d.suggestedFilename(),
    bytes,
    meta,
    header,
    rows,
    col: (name) => {
      const i = header.indexOf(name);
      expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
      return i;
    },
  };
}

/** The header lines every export shares with the FESC one: methodology with weights, period. */
function expectSharedHeader(csv: Csv, title: string): void {
  expect(csv.meta[0]).toBe(`# Título: ${title}`);
  expect(csv.meta[1]).toMatch(/^# Fecha: \d{4}-\d{2}-\d{2}$/);
  const method = csv.meta.find((l) => l.startsWith("# Metodología: IRS (0–100), pesos: "));
  expect(method).toMatch(/Robo 2 \(\d+ %\).*Población 1 \(\d+ %\)/);
  expect(method).toContain("Denuncias SIDPOL: 2023–2025 (media anual), población INEI 2022");
  expect(csv.meta.some((l) => l.includes("Denuncias Policiales (SIDPOL)"))).toBe(true);
  expect(csv.meta).toContain(
    "# Periodo del IRS (denuncias SIDPOL): 2023–2025 (media anual), población INEI 2022",
  );
  expect(csv.meta.some((l) => l.startsWith("# Ubigeo: código INEI de 6 dígitos"))).toBe(true);
  // the ubigeo column is the 6-character code, as text (leading zero kept), never a number
  const u = csv.col("Ubigeo");
  for (const r of csv.rows) expect(r[u]).toMatch(/^\d{6}$/);
}

const selectDistrict = async (page: Page, ubigeo: string): Promise<void> => {
  await page.getByTestId("search-input").fill(ubigeo);
  await page.getByTestId("search-results").getByRole("option").first().click();
  await page.getByTestId("district-card").waitFor();
  await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe(ubigeo);
};

describe.each(VIEWPORTS)("Complete lists and downloads at $width×$height", (viewport) => {
  const shot = (name: string) => `screenshots/lists-${viewport.width}x${viewport.height}-${name}`;

  it("the Barrio Seguro gap list says n of N, shows all down to its last row and downloads them", async () => {
    const { page, consoleErrors } = await openApp(chrome.current, "", viewport);
    await waitReady(page);
    await page.getByTestId("tab-coverage").click();
    await page.getByTestId("gap-view").waitFor();
    const gapTotal = int(
      (
        await page.getByTestId("gap-counts").locator('tr[data-quadrant="gap"] td').allTextContents()
      )[1],
    );
    expect(gapTotal).toBeGreaterThan(100);
    const list = page.getByTestId("gap-list-gap");
    const details = page.locator("details", { has: list });
    await details.locator("summary").click();
    await expect(details.locator("summary").textContent()).resolves.toContain(`(${gapTotal})`);
    const count = page.getByTestId("gap-count-gap");
    await expect(count.textContent()).resolves.toBe(
      `30 de ${gapTotal.toLocaleString("en-US")} distritos`,
    );
    await expect(list.locator("li").count()).resolves.toBe(30);
    await page.getByTestId("gap-show-all-gap").click();
    await expect(count.textContent()).resolves.toBe(
      `${gapTotal.toLocaleString("en-US")} de ${gapTotal.toLocaleString("en-US")} distritos`,
    );
    const items = list.locator("li");
    await expect(items.count()).resolves.toBe(gapTotal);
    // Scroll the list to its end: the last row is in the list's view.
    await list.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const last = items.last();
    const inView = await last.evaluate((li) => {
      const box = li.getBoundingClientRect();
      const ol = li.parentElement!.getBoundingClientRect();
      return box.top >= ol.top - 1 && box.bottom <= ol.bottom + 1 && box.height > 0;
    });
    expect(inView).toBe(true);
    await last.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot("gap.png") });
    const lastName = (await last.locator("button").textContent()) ?? "";

    const csv = await download(page, "gap-download-gap");
    expect(csv.name).toMatch(/^brechas-barrio-seguro-\d{4}-\d{2}-\d{2}\.csv$/);
    writeFileSync(shot("gap.csv"), csv.bytes);
    expectSharedHeader(
      csv,
      "Barrio Seguro: brechas (riesgo alto sin Barrio Seguro en el registro)",
    );
    expect(csv.rows).toHaveLength(gapTotal);
    expect(csv.meta).toContain(`# Distritos: ${gapTotal}`);
    expect(csv.meta).toContain("# Riesgo alto cuando: IRS en el quintil más alto");
    expect(
      csv.meta.find((l) => l.startsWith("# Registro Barrio Seguro: incluido, parcial: ")),
    ).toMatch(/\d+ de 99 barrios con distrito identificado/);
    // same rows, same order as the list: first and last
    const name = csv.col("Distrito");
    expect(csv.rows[csv.rows.length - 1]?.[name]).toBe(lastName);
    expect(csv.rows[0]?.[name]).toBe(await items.first().locator("button").textContent());
    // highest IRS first, decimal comma; none of them is in the (partial) register
    const irs = csv.rows.map((r) => Number((r[csv.col("IRS")] ?? "").replace(",", ".")));
    for (let i = 1; i < irs.length; i++) expect(irs[i]).toBeLessThanOrEqual(irs[i - 1] ?? 0);
    const barrio = csv.col("Barrio Seguro (registro)");
    for (const r of csv.rows) expect(r[barrio]).toBe("no figura en el registro parcial");

    // The graduation list too: its count is its CSV's row count.
    const grad = page.getByTestId("gap-list-graduation");
    await page.locator("details", { has: grad }).locator("summary").click();
    const gradCount = /^([\d,]+) de ([\d,]+) distritos$/.exec(
      (await page.getByTestId("gap-count-graduation").textContent()) ?? "",
    );
    const shown = int(gradCount?.[1]);
    const total = int(gradCount?.[2]);
    expect(total).toBeGreaterThan(0);
    expect(shown).toBe(Math.min(100, total));
    await expect(grad.locator("li").count()).resolves.toBe(shown);
    const gradCsv = await download(page, "gap-download-graduation");
    expect(gradCsv.rows).toHaveLength(total);
    const gb = gradCsv.col("Barrio Seguro (registro)");
    for (const r of gradCsv.rows) expect(r[gb]).toMatch(/^\d+ barrios? en el registro parcial/);
    expect(consoleErrors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
    await page.close();
  });

  it("the ranking downloads all 1,891 districts with ubigeo as text and the IRS period", async () => {
    const { page } = await openApp(chrome.current, "", viewport);
    await waitReady(page);
    await page.getByTestId("tab-ranking").click();
    await expect(page.getByTestId("rk-count").textContent()).resolves.toBe(
      "1,891 de 1,891 distritos",
    );
    await page.screenshot({ path: shot("ranking.png") });
    const csv = await download(page, "rk-download");
    expect(csv.name).toMatch(/^ranking-irs-\d{4}-\d{2}-\d{2}\.csv$/);
    writeFileSync(shot("ranking.csv"), csv.bytes);
    expectSharedHeader(csv, "Ranking de distritos por IRS");
    expect(csv.rows).toHaveLength(1891);
    expect(csv.meta).toContain("# Filtros: ninguno");
    expect(csv.meta).toContain("# Distritos: 1891 de 1891");
    expect(csv.header.slice(0, 6)).toEqual([
      "N°",
      "Puesto nacional",
      "Ubigeo",
      "Distrito",
      "Provincia",
      "Departamento",
    ]);
    const u = csv.col("Ubigeo");
    // a code with a leading zero stays a 6-character text: Chachapoyas is 010101, not 10101
    expect(csv.rows.find((r) => r[u] === "010101")?.[csv.col("Distrito")]).toBe("Chachapoyas");
    expect(new Set(csv.rows.map((r) => r[u])).size).toBe(1891);
    // the table's order: the first row is rank 1, the same district as the table's first row
    const first = await page.getByTestId("rk-row").first().getAttribute("data-ubigeo");
    expect(csv.rows[0]?.[u]).toBe(first);
    expect(csv.rows[0]?.[csv.col("Puesto nacional")]).toBe("1");
    const irs = csv.col("IRS");
    for (const r of csv.rows) expect(r[irs]).toMatch(/^(\d+,\d{2})?$/);
    // districts SIDPOL never records have no IRS and say why
    const noIrs = csv.rows.filter((r) => r[irs] === "");
    expect(noIrs.length).toBeGreaterThan(0);
    expect(noIrs.some((r) => r[csv.col("Nota")]?.startsWith("sin registro de denuncias"))).toBe(
      true,
    );
    // a filter travels with the file: only the rows shown
    await page.getByTestId("rk-minpop").fill("500000");
    const shown = int((await page.getByTestId("rk-count").textContent())?.split(" de ")[0]);
    const filtered = await download(page, "rk-download");
    expect(filtered.rows).toHaveLength(shown);
    expect(filtered.meta).toContain("# Filtros: población ≥ 500000");
    await page.close();
  });

  it("the scenario comparison shows every changed amount and downloads the whole comparison", async () => {
    const { page } = await openApp(chrome.current, "", viewport);
    await waitReady(page);
    await page.getByTestId("tab-fesc").click();
    await page.getByTestId("fesc-scenarios").locator("summary").click();
    await page.getByTestId("fesc-scenario-name").fill("Top 36");
    await page.getByTestId("fesc-save").click();
    await page.getByTestId("fesc-n").fill("40");
    await page.getByTestId("fesc-scenario-name").fill("Top 40");
    await page.getByTestId("fesc-save").click();
    await expect(page.getByTestId("fesc-diff").textContent()).resolves.toMatch(
      /Entran 4, salen 0, cambian de monto 36, iguales 0/,
    );
    const changed = page.getByTestId("fesc-changed").locator("li");
    await expect(page.getByTestId("fesc-changed-count").textContent()).resolves.toBe(
      "Cambios de monto: 10 de 36",
    );
    await expect(changed.count()).resolves.toBe(10);
    await page.getByTestId("fesc-changed-all").click();
    await expect(page.getByTestId("fesc-changed-count").textContent()).resolves.toBe(
      "Cambios de monto: 36 de 36",
    );
    await expect(changed.count()).resolves.toBe(36);
    await changed.last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot("scenarios.png") });
    const csv = await download(page, "fesc-diff-download");
    expect(csv.name).toMatch(/^fesc-comparacion-\d{4}-\d{2}-\d{2}\.csv$/);
    writeFileSync(shot("scenarios.csv"), csv.bytes);
    expectSharedHeader(csv, "Comparación de escenarios FESC");
    expect(csv.rows).toHaveLength(40);
    const change = csv.rows.map((r) => r[csv.col("Cambio")]);
    expect(change.filter((c) => c === "entra")).toHaveLength(4);
    expect(change.filter((c) => c === "cambia de monto")).toHaveLength(36);
    // the differences add up to the total difference line, exactly (céntimos)
    const cents = (s: string | undefined) =>
      s === undefined || s === "" ? 0 : Math.round(Number(s.replace(",", ".")) * 100);
    const sum = csv.rows.reduce((s, r) => s + cents(r[csv.col("Diferencia (S/)")]), 0);
    const totalLine = csv.meta.find((l) => l.startsWith("# Diferencia total (S/): "));
    expect(sum).toBe(cents(totalLine?.split(": ")[1]));
    // both budgets are S/ 252,000,000: the total does not move
    expect(sum).toBe(0);
    expect(csv.meta.some((l) => l.startsWith("# Antes: Top 36: 36 distritos; pesos: "))).toBe(true);
    await page.close();
  });

  it("the card of San Juan de Lurigancho shows its Barrio Seguro status and its FESC status and amount", async () => {
    const { page, consoleErrors } = await openApp(chrome.current, "", viewport);
    await waitReady(page);
    // The default scenario: the top 36 share S/ 252,000,000 (set in the FESC tab).
    await page.getByTestId("tab-fesc").click();
    await expect(page.getByTestId("fesc-n").inputValue()).resolves.toBe("36");
    await page.getByTestId("fesc-budget").fill("252000000");
    await expect(page.getByTestId("fesc-total").textContent()).resolves.toBe("S/ 252,000,000");
    const fescUbigeos = () =>
      page
        .getByTestId("fesc-table")
        .locator("tbody tr[data-ubigeo]")
        .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.ubigeo ?? ""));
    const amountOf = (ubigeo: string) =>
      page
        .locator(`[data-testid=fesc-table] tr[data-ubigeo="${ubigeo}"] [data-testid=fesc-amount]`)
        .textContent();

    await selectDistrict(page, "150132");
    const card = page.getByTestId("district-card");
    await expect(card.locator(".card-title").textContent()).resolves.toBe("San Juan de Lurigancho");
    const barrio = page.getByTestId("card-barrio");
    await expect(page.getByTestId("card-barrio-status").textContent()).resolves.toBe(
      "1 barrio en el registro parcial",
    );
    const item = (await barrio.getByTestId("card-barrio-item").textContent()) ?? "";
    expect(item).toContain("Huascar");
    expect(item).toContain("operativo");
    expect(item).toContain("lanzamiento: 2017");
    await expect(barrio.locator("a").first().getAttribute("href")).resolves.toMatch(
      /^https:\/\/www\.gob\.pe\//,
    );
    await expect(barrio.locator("a").first().textContent()).resolves.toBe("gob.pe");
    await expect(page.getByTestId("card-fesc-scenario").textContent()).resolves.toBe(
      "Los 36 distritos de mayor IRS; presupuesto S/ 252,000,000, por población × IRS",
    );
    // Its national IRS rank is below the top 36: not selected, and the card says where the cut is,
    // in agreement with the FESC table (which does not list it).
    const rank = int(
      /^Puesto ([\d,]+) de /.exec((await page.getByTestId("card-rank").textContent()) ?? "")?.[1],
    );
    expect(rank).toBeGreaterThan(36);
    expect(await fescUbigeos()).not.toContain("150132");
    await expect(page.getByTestId("card-fesc-status").textContent()).resolves.toBe(
      "No seleccionado en el escenario actual",
    );
    await expect(page.getByTestId("card-fesc-why").textContent()).resolves.toBe(
      `Puesto nacional ${rank} por IRS; el último seleccionado tiene el puesto 36.`,
    );
    await page.getByTestId("card-fesc").scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot("card.png") });

    // A district of the top 36: its position and amount are the FESC table's.
    const firstUbigeo = (await fescUbigeos())[0] ?? "";
    await page.locator(`[data-testid=fesc-table] tr[data-ubigeo="${firstUbigeo}"]`).click();
    await expect(page.getByTestId("card-ubigeo").textContent()).resolves.toBe(firstUbigeo);
    await expect(page.getByTestId("card-fesc-status").textContent()).resolves.toBe(
      "Seleccionado: puesto 1 de 36 en la selección",
    );
    await expect(page.getByTestId("card-fesc-amount").textContent()).resolves.toBe(
      await amountOf(firstUbigeo),
    );

    // The same budget over the top N with N reaching its rank: San Juan de Lurigancho enters, and
    // its card shows its position and amount as the FESC table does.
    await page.getByTestId("fesc-n").fill(String(rank));
    await expect(page.getByTestId("fesc-total").textContent()).resolves.toBe("S/ 252,000,000");
    const ubigeos = await fescUbigeos();
    expect(ubigeos).toHaveLength(rank);
    const position = ubigeos.indexOf("150132") + 1;
    expect(position).toBe(rank);
    await selectDistrict(page, "150132");
    await expect(page.getByTestId("card-fesc-status").textContent()).resolves.toBe(
      `Seleccionado: puesto ${position} de ${rank} en la selección`,
    );
    const tableAmount = await amountOf("150132");
    expect(tableAmount).toMatch(/^S\/ [\d,]+(\.\d{1,2})?$/);
    await expect(page.getByTestId("card-fesc-amount").textContent()).resolves.toBe(tableAmount);
    await page.getByTestId("card-fesc").scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot("card-selected.png") });

    // A district the partial register does not locate: never "sin Barrio Seguro".
    await selectDistrict(page, "150142");
    await expect(page.getByTestId("card-barrio-status").textContent()).resolves.toBe(
      "No figura en el registro parcial",
    );
    const text = (await page.getByTestId("card-barrio").textContent()) ?? "";
    expect(text).toMatch(/El registro ubica \d+ de 99 barrios/);
    expect(text.toLowerCase()).not.toContain("sin barrio seguro");
    // One of its province's barrios has no district: the card says so.
    await selectDistrict(page, "110201");
    await expect(page.getByTestId("card-barrio-nearby").textContent()).resolves.toMatch(
      /^\d+ barrios? de su provincia sin distrito identificado/,
    );
    await expect(page.getByTestId("card-fesc-status").getAttribute("data-selected")).resolves.toBe(
      "false",
    );
    expect(consoleErrors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
    await page.close();
  });
});
