import { describe, expect, it } from "vitest";
import type { BarrioRow } from "./barrio-seguro";
import { barrioStatusOfDistrict, splitSourceCitations } from "./barrio-district";

// Fixture rows (not real data).
const row = (p: Partial<BarrioRow>): BarrioRow => ({
  barrio: null,
  department: "",
  province: "",
  district: "",
  ubigeo: null,
  provinceCode: p.ubigeo?.slice(0, 4) ?? null,
  departmentCode: p.ubigeo?.slice(0, 2) ?? null,
  districtId: null,
  nationalNumber: null,
  date: null,
  year: null,
  status: "operativo",
  sources: ["fixture"],
  notes: [],
  origins: ["registro"],
  ...p,
});
const LIMA = { ubigeo: "150101", provinceCode: "1501", departmentCode: "15" };
const CHINCHA = { ubigeo: "110201", provinceCode: "1102", departmentCode: "11" };

describe("barrioStatusOfDistrict", () => {
  it("lists the district's barrios in launch order, unknown years last", () => {
    const s = barrioStatusOfDistrict(
      [
        row({ ubigeo: "150101", barrio: "A", year: 2017, date: "2017" }),
        row({ ubigeo: "150101", barrio: null, year: null }),
        row({ ubigeo: "150101", barrio: "B", year: 2016, date: "2016-11", status: "anunciado" }),
        row({ ubigeo: "150132", barrio: "C", year: 2015 }),
      ],
      LIMA,
    );
    expect(s.kind).toBe("located");
    if (s.kind !== "located") return;
    expect(s.barrios.map((b) => [b.name, b.year, b.status])).toEqual([
      ["B", 2016, "anunciado"],
      ["A", 2017, "operativo"],
      [null, null, "operativo"],
    ]);
    expect(s.barrios[0]?.date).toBe("2016-11");
  });

  it("is not located when no row has the ubigeo (never a claim of no barrio)", () => {
    const s = barrioStatusOfDistrict([row({ ubigeo: "150132", barrio: "C" })], LIMA);
    expect(s).toEqual({ kind: "not-located", provinceOnly: 0, departmentOnly: 0 });
  });

  it("counts rows of its province or department that have no district", () => {
    const s = barrioStatusOfDistrict(
      [
        row({ provinceCode: "1102", departmentCode: "11" }),
        row({ provinceCode: "1102", departmentCode: "11" }),
        row({ provinceCode: "1101", departmentCode: "11" }),
        row({ provinceCode: null, departmentCode: "11" }),
        row({ provinceCode: null, departmentCode: "15" }),
      ],
      CHINCHA,
    );
    expect(s).toEqual({ kind: "not-located", provinceOnly: 2, departmentOnly: 1 });
  });
});

describe("splitSourceCitations", () => {
  it("splits ' ; ' lists, labels URLs by host and keeps citation text", () => {
    expect(
      splitSourceCitations([
        "https://www.gob.pe/institucion/minjus/noticias/1 ; http://diariouno.pe/columna/x/",
        'MININTER, "Estado situacional del CONASEC" (2022)',
      ]),
    ).toEqual([
      { text: "gob.pe", url: "https://www.gob.pe/institucion/minjus/noticias/1" },
      { text: "diariouno.pe", url: "http://diariouno.pe/columna/x/" },
      { text: 'MININTER, "Estado situacional del CONASEC" (2022)', url: null },
    ]);
  });

  it("drops duplicates and empty pieces", () => {
    expect(splitSourceCitations(["a ; a", "", "a"])).toEqual([{ text: "a", url: null }]);
  });

  it("never links a non-http address", () => {
    expect(splitSourceCitations(["javascript:alert(1)"])).toEqual([
      { text: "javascript:alert(1)", url: null },
    ]);
  });
});
