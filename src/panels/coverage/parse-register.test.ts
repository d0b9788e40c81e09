import { describe, expect, it } from "vitest";
import { decodeText } from "../../core/text-decode";
import { describeRegisterIssue } from "../../i18n/import-copy";
import {
  normalizeRegisterDate,
  parseRegisterCsv,
  readRegisterDate,
  type RegisterDistrict,
} from "./parse-register";

// Fixture: four fake-but-real-shaped districts (not shipped data). Two "SANTA ROSA" in one department.
const DISTRICTS: RegisterDistrict[] = [
  { id: 0, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
  { id: 1, ubigeo: "150140", name: "Santiago de Surco", province: "Lima", department: "Lima" },
  { id: 2, ubigeo: "150139", name: "Santa Rosa", province: "Lima", department: "Lima" },
  { id: 3, ubigeo: "150503", name: "Santa Rosa", province: "Cañete", department: "Lima" },
  { id: 4, ubigeo: "010101", name: "Chachapoyas", province: "Chachapoyas", department: "Amazonas" },
];

describe("parseRegisterCsv", () => {
  it("reads a UTF-16LE register (Excel 'Texto Unicode') through the shared decoder", () => {
    const text = "\ufeffbarrio\tubigeo\tfecha\testado\nBarrio Ñaña\t150101\t2022\toperativo\n";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const r = parseRegisterCsv(decodeText(bytes).text, "reg.txt", DISTRICTS);
    expect(r.fatal).toBeNull();
    expect(r.rows.map((x) => [x.ubigeo, x.barrio])).toEqual([["150101", "Barrio Ñaña"]]);
  });

  it("locates rows by ubigeo (repairing a lost zero) and by names without accents", () => {
    const csv = [
      "barrio;ubigeo;departamento;provincia;distrito;fecha;estado",
      "Barrio A;10101;;;;09/06/2022;Operativo",
      "Barrio B;;LIMA;LIMA;SANTIAGO DE SURCO;2023-01;programado",
    ].join("\n");
    const r = parseRegisterCsv(csv, "reg.csv", DISTRICTS);
    expect(r.fatal).toBeNull();
    expect(r.errors).toEqual([]);
    expect(r.read).toBe(2);
    expect(r.rows.map((x) => [x.ubigeo, x.districtId, x.date, x.year, x.status])).toEqual([
      ["010101", 4, "2022-06-09", 2022, "operativo"],
      ["150140", 1, "2023-01", 2023, "programado"],
    ]);
  });

  it("rejects bad rows with the file and row number, keeps the rest", () => {
    const csv = [
      "ubigeo,distrito,departamento,fecha,estado",
      "1501,,,2022,operativo", // row 2: province code
      "999999,,,2022,operativo", // row 3: not in layer
      ",Santa Rosa,Lima,2022,operativo", // row 4: ambiguous without province
      "150101,,,31/02/2022,operativo", // row 5: 31 February does not exist
      "150101,,,junio,operativo", // row 6: bad date
      "150101,,,2022,", // row 7: empty status
      "150101,,,2022,operativo", // row 8: ok
      "150101,,,0000,operativo", // row 9: year 0000
      "150101,,,2022,cualquier cosa", // row 10: unknown status
    ].join("\n");
    const parsed = parseRegisterCsv(csv, "reg.csv", DISTRICTS);
    // Core-side codes, worded as the Spanish UI shows them (i18n/import-copy).
    const r = { ...parsed, errors: parsed.errors.map((e) => describeRegisterIssue("es", e)) };
    expect(parsed.errors[0]).toEqual({
      file: "reg.csv",
      row: 2,
      detail: { code: "registerNotDistrict", ubigeo: "150100", level: "province" },
    });
    expect(r.errors[0]).toBe("reg.csv, fila 2: el ubigeo 150100 es de provincia, no de distrito.");
    expect(r.errors[1]).toBe(
      "reg.csv, fila 3: el ubigeo 999999 no existe en la capa de distritos.",
    );
    expect(r.errors[2]).toMatch(/^reg\.csv, fila 4: "Santa Rosa" \(Lima\) es ambiguo/);
    expect(r.errors.some((e) => e.startsWith("reg.csv, fila 6: fecha"))).toBe(true);
    expect(r.errors.some((e) => e === "reg.csv, fila 7: el estado está vacío.")).toBe(true);
    expect(r.errors).toContain(
      'reg.csv, fila 5: la fecha "31/02/2022" no existe (ese mes tiene 28 días).',
    );
    expect(r.errors).toContain('reg.csv, fila 9: la fecha "0000" tiene un año fuera de 2000–2099.');
    expect(r.errors).toContain(
      'reg.csv, fila 10: estado "cualquier cosa" desconocido (se aceptan: operativo, programado, anunciado).',
    );
    // Only row 8 is accepted.
    expect(r.rows.map((x) => x.ubigeo)).toEqual(["150101"]);
    expect(r.read).toBe(9);
  });

  it("skips a barrio already in the register (same district, same name ignoring accents)", () => {
    const first = parseRegisterCsv(
      "ubigeo,barrio,estado\n150101,Barrio Ñaña,operativo",
      "a.csv",
      DISTRICTS,
    );
    const again = parseRegisterCsv(
      "ubigeo,barrio,estado\n150101,barrio nana,operativo",
      "b.csv",
      DISTRICTS,
      first.rows,
    );
    expect(again.rows).toEqual([]);
    expect(describeRegisterIssue("es", again.warnings[0]!)).toMatch(
      /^b\.csv, fila 2: el barrio "barrio nana" de Lima ya está/,
    );
  });

  it("fails the file when neither ubigeo nor department+district columns exist", () => {
    const r = parseRegisterCsv("nombre,estado\nx,operativo", "x.csv", DISTRICTS);
    expect(r.fatal?.detail.code).toBe("registerNoLocation");
    expect(describeRegisterIssue("es", r.fatal!)).toMatch(/^x\.csv: falta la columna "ubigeo"/);
    expect(r.rows).toEqual([]);
  });

  it("fails the file without a status column", () => {
    const r = parseRegisterCsv("ubigeo\n150101", "y.csv", DISTRICTS);
    expect(describeRegisterIssue("es", r.fatal!)).toMatch(/"estado"/);
    expect(describeRegisterIssue("en", r.fatal!)).toBe(
      'y.csv: the column "estado" is missing (operativo, programado, anunciado…).',
    );
  });
});

describe("normalizeRegisterDate", () => {
  it("turns day/month/year into ISO and keeps ISO partial dates", () => {
    expect(normalizeRegisterDate("9/6/2022")).toBe("2022-06-09");
    expect(normalizeRegisterDate("2016-11")).toBe("2016-11");
    expect(normalizeRegisterDate("13/13/2022")).toBeNull();
    expect(normalizeRegisterDate("29/02/2024")).toBe("2024-02-29");
  });

  it("refuses a day the month does not have and a year out of range", () => {
    expect(normalizeRegisterDate("31/02/2022")).toBeNull();
    expect(normalizeRegisterDate("29/02/2023")).toBeNull();
    expect(normalizeRegisterDate("31/04/2022")).toBeNull();
    expect(normalizeRegisterDate("2022-02-31")).toBeNull();
    expect(normalizeRegisterDate("01/01/0000")).toBeNull();
    expect(readRegisterDate("31/02/2022")).toEqual({
      problem: { code: "impossible", daysInMonth: 28 },
    });
  });
});
