import { describe, expect, it } from "vitest";
import { SCHEMA_COPY } from "../i18n/schema-copy";
import {
  checkRegisterDate,
  isBarrioStatus,
  parseBarrioSeguro as parseCodes,
  REGISTER_YEARS,
  yearOfDate,
} from "./barrio-seguro";

/** Issues worded as the Spanish UI shows them (the guard returns codes: core/data-issues.ts). */
const parseBarrioSeguro = (json: unknown) => {
  const r = parseCodes(json);
  return { data: r.data, issues: r.issues.map((i) => SCHEMA_COPY.es.dataIssue(i)) };
};

// Fixture JSON (not real data).
const good = {
  version: 1,
  rows: [
    {
      barrio: "Fixture",
      department: "LIMA",
      province: "LIMA",
      district: "RIMAC",
      ubigeo: "150128",
      provinceCode: "1501",
      departmentCode: "15",
      districtId: 3,
      nationalNumber: null,
      date: "2017",
      year: 2017,
      status: "operativo",
      sources: ["x"],
      notes: [],
      origins: ["prensa"],
    },
  ],
  regionTotals: [
    { region: "CALLAO", barrios: 6, prefixes: ["07"], excludePrefixes: [], scope: "", source: "s" },
  ],
  documentTotal: { barrios: 99, districts: 93, regions: 19 },
};

describe("yearOfDate", () => {
  it("reads YYYY, YYYY-MM and YYYY-MM-DD", () => {
    expect(yearOfDate("2022-06-09")).toBe(2022);
    expect(yearOfDate("2016-11")).toBe(2016);
    expect(yearOfDate("2017")).toBe(2017);
    expect(yearOfDate("2016-13")).toBeNull();
    expect(yearOfDate("09/06/2022")).toBeNull();
    expect(yearOfDate(null)).toBeNull();
  });

  it("refuses dates that do not exist and years out of range", () => {
    expect(yearOfDate("2022-02-31")).toBeNull();
    expect(yearOfDate("2022-04-31")).toBeNull();
    expect(yearOfDate("2023-02-29")).toBeNull();
    expect(yearOfDate("2024-02-29")).toBe(2024); // leap year
    expect(yearOfDate("2000-02-29")).toBe(2000); // divisible by 400
    expect(yearOfDate("0000")).toBeNull();
    expect(yearOfDate("0000-01-01")).toBeNull();
  });
});

describe("checkRegisterDate", () => {
  it("names the problem: form, a day the month lacks, a year out of range", () => {
    expect(checkRegisterDate("2022-06-09")).toEqual({ year: 2022 });
    expect(checkRegisterDate("2022-13")).toEqual({ problem: { code: "format" } });
    expect(checkRegisterDate("2022-02-31")).toEqual({
      problem: { code: "impossible", daysInMonth: 28 },
    });
    expect(checkRegisterDate("0000")).toEqual({ problem: { code: "year", ...REGISTER_YEARS } });
    expect(checkRegisterDate("2222-01")).toMatchObject({ problem: { code: "year" } });
  });
});

describe("isBarrioStatus", () => {
  it("knows the three register statuses only", () => {
    expect(["operativo", "programado", "anunciado"].every(isBarrioStatus)).toBe(true);
    expect(isBarrioStatus("Operativo")).toBe(false);
    expect(isBarrioStatus("cualquier cosa")).toBe(false);
  });
});

describe("parseBarrioSeguro", () => {
  it("accepts a valid file", () => {
    const r = parseBarrioSeguro(good);
    expect(r.issues).toEqual([]);
    expect(r.data?.rows[0]?.ubigeo).toBe("150128");
    expect(r.data?.documentTotal).toEqual({ barrios: 99, districts: 93, regions: 19 });
  });
  it("drops a bad row and names it", () => {
    const bad = { ...good, rows: [...good.rows, { ...good.rows[0], ubigeo: "15128" }] };
    const r = parseBarrioSeguro(bad);
    expect(r.data?.rows.length).toBe(1);
    expect(r.issues).toEqual(['barrio-seguro.json, fila 2: campo "ubigeo" inválido.']);
  });
  it("drops rows with an impossible date or an unknown status, naming them", () => {
    const row = good.rows[0];
    const bad = {
      ...good,
      rows: [row, { ...row, date: "2022-02-31" }, { ...row, status: "suspendido" }],
    };
    const r = parseBarrioSeguro(bad);
    expect(r.data?.rows.length).toBe(1);
    expect(r.issues).toEqual([
      'barrio-seguro.json, fila 2: campo "date" inválido.',
      'barrio-seguro.json, fila 3: campo "status" inválido.',
    ]);
  });
  it("rejects a bad region prefix, a non-object and a wrong version", () => {
    const r = parseBarrioSeguro({
      ...good,
      regionTotals: [{ ...good.regionTotals[0], prefixes: ["7"] }],
    });
    expect(r.issues[0]).toContain("prefixes");
    expect(parseBarrioSeguro([]).data).toBeNull();
    expect(parseBarrioSeguro({ ...good, version: 2 }).data).toBeNull();
  });
});
