import { describe, expect, it } from "vitest";
import type { DataManifest } from "../data/contract";
import {
  buildExportCsv,
  crimePeriodText,
  csvFileName,
  csvIndexContext,
  describeWeights,
  irsMethodologyLine,
  placeColumns,
  type CsvIndexContext,
} from "./csv-export";

const ctx: CsvIndexContext = {
  date: "2026-05-01",
  weights: { poverty_pct: 1, population: 3, unknown_x: 0 },
  used: ["poverty_pct", "population"],
  withoutData: [],
  sources: ["INEI (INEI)"],
  crimePeriod: "2023–2025 (media anual), población INEI 2022",
};

interface Row {
  ubigeo: string;
  name: string;
  province: string;
  department: string;
  irs: number | null;
}
const rows: Row[] = [
  {
    ubigeo: "010101",
    name: "Chachapoyas",
    province: "Chachapoyas",
    department: "Amazonas",
    irs: 1.5,
  },
  { ubigeo: "150132", name: "=cmd()", province: "Lima", department: "Lima", irs: null },
];

describe("describeWeights", () => {
  it("gives each indicator in force its weight and share of the sum", () => {
    expect(describeWeights({ a: 1, b: 3 }, ["a", "b"])).toBe("a 1 (25 %); b 3 (75 %)");
    expect(describeWeights({ a: 0.5 }, ["a"])).toBe("a 0,5 (100 %)");
  });
});

describe("crimePeriodText", () => {
  it("words a pooled period with its population years", () => {
    expect(
      crimePeriodText({
        years: [2023, 2024, 2025],
        populationYears: [2022],
        months: null,
        annualised: true,
      }),
    ).toBe("2023–2025 (media anual), población INEI 2022");
  });
  it("words a partial year without a population year", () => {
    expect(
      crimePeriodText({ years: [2026], populationYears: [], months: [1, 2], annualised: true }),
    ).toBe("2026, ene–feb (parcial, anualizado)");
  });
});

describe("irsMethodologyLine", () => {
  it("names the weights, the indicators without data and the crime period", () => {
    const line = irsMethodologyLine({ ...ctx, withoutData: ["unknown_x"] });
    expect(line).toMatch(/^IRS \(0–100\), pesos: .* 1 \(25 %\); .* 3 \(75 %\)/);
    expect(line).toContain(". Sin datos (fuera del índice): unknown_x");
    expect(line).toContain(". Denuncias SIDPOL: 2023–2025 (media anual), población INEI 2022");
  });
});

describe("csvIndexContext", () => {
  const manifest = {
    sources: [
      { id: "a", name: "Fuente A", publisher: "Pub A" },
      { id: "b", name: "Fuente B", publisher: "Pub B" },
    ],
  } as unknown as DataManifest;
  it("takes the sources of the given ids and the date of the export", () => {
    const c = csvIndexContext({
      weights: { x: 1 },
      inForce: { used: [{ id: "x" }], withoutData: [{ id: "y" }] },
      period: undefined,
      manifest,
      sourceIds: ["b"],
      now: new Date("2026-05-01T12:00:00Z"),
    });
    expect(c).toEqual({
      date: "2026-05-01",
      weights: { x: 1 },
      used: ["x"],
      withoutData: ["y"],
      sources: ["Fuente B (Pub B)"],
    });
  });
});

describe("buildExportCsv", () => {
  const text = buildExportCsv(
    rows,
    [...placeColumns<Row>(), { header: "IRS", value: (r) => r.irs, decimals: 2 }],
    { title: "Lista", extra: [["Filtros", "ninguno"]] },
    ctx,
  );
  const lines = text.slice(1).split("\r\n");

  it("is the es-PE Excel format: BOM, header block, blank line, ';' table with decimal comma", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe("# Título: Lista");
    expect(lines[1]).toBe("# Fecha: 2026-05-01");
    expect(lines[2]).toMatch(/^"# Metodología: IRS \(0–100\), pesos: /);
    expect(lines[3]).toBe("# Fuente: INEI (INEI)");
    expect(lines[4]).toBe("# Filtros: ninguno");
    const header = lines.indexOf("Ubigeo;Distrito;Provincia;Departamento;IRS");
    expect(lines[header - 1]).toBe("");
    expect(lines[header + 1]).toBe("010101;Chachapoyas;Chachapoyas;Amazonas;1,50");
  });
  it("carries the period line and says the ubigeo is text", () => {
    expect(lines).toContain(
      "# Periodo del IRS (denuncias SIDPOL): 2023–2025 (media anual), población INEI 2022",
    );
    expect(lines.some((l) => l.startsWith("# Ubigeo: código INEI de 6 dígitos"))).toBe(true);
  });
  it("says when the IRS uses no crime reports", () => {
    const noCrime: CsvIndexContext = { ...ctx };
    delete noCrime.crimePeriod;
    const t = buildExportCsv(rows, placeColumns<Row>(), { title: "x" }, noCrime);
    expect(t).toContain("# Periodo del IRS (denuncias SIDPOL): el IRS vigente no usa denuncias");
  });
  it("keeps the leading zero of the ubigeo and guards formulas in text", () => {
    expect(lines).toContain("150132;'=cmd();Lima;Lima;");
  });
});

describe("csvFileName", () => {
  it("dates the file", () => {
    expect(csvFileName("ranking-irs", "2026-05-01")).toBe("ranking-irs-2026-05-01.csv");
  });
});
