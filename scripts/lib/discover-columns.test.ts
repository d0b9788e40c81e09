import { describe, expect, it } from "vitest";
import { classifyColumn, headerTokens, skipByName, skipByValues } from "./discover-columns";

describe("headerTokens", () => {
  it("splits camelCase, drops accents and separators", () => {
    expect(headerTokens("idDistrito")).toEqual(["id", "distrito"]);
    expect(headerTokens("Año ")).toEqual(["ano"]);
    expect(headerTokens("sec_ejec")).toEqual(["sec", "ejec"]);
    expect(headerTokens("avance %")).toEqual(["avance"]);
  });
});

describe("skipByName: codes are never indicators", () => {
  it.each([
    ["sec_ejec", "executingUnit"],
    ["SEC_FUNC", "executingUnit"],
    ["unidad_ejecutora", "executingUnit"],
    ["pliego", "executingUnit"],
    ["avance_pct", "progress"],
    ["avance", "progress"],
    ["porcentaje_avance", "progress"],
    ["anio", "time"],
    ["Año", "time"],
    ["year", "time"],
    ["anio_creacion", "time"],
    ["mes", "time"],
    ["fecha_corte", "time"],
    ["periodo", "time"],
    ["ubigeo", "ubigeo"],
    ["UBIGEO_HECHO", "ubigeo"],
    ["ubigeo2", "ubigeo"],
    ["inei", "ubigeo"],
    ["IDDIST", "ubigeo"],
    ["id", "code"],
    ["id_n", "code"],
    ["idComisaria", "code"],
    ["cod_distrito", "code"],
    ["codigo", "code"],
    ["coddist", "code"],
    ["codigo_ue", "code"],
    ["ruc", "code"],
    ["", "unnamed"],
    ["  ", "unnamed"],
  ])("%s → %s", (header, reason) => {
    expect(skipByName(header)).toBe(reason);
  });

  it.each([
    "pim",
    "devengado",
    "pob_2018",
    "tasa_2020",
    "idh_2019",
    "sector_salud",
    "numero_comisarias",
    "policias_asignados_total",
    "anos_estudio",
    "pct_pobreza_total",
  ])("%s is a possible value column", (header) => {
    expect(skipByName(header)).toBeNull();
  });
});

describe("skipByValues", () => {
  it("takes plain numbers, with null tokens allowed", () => {
    expect(skipByValues(["1", "2.5", "NA", "", "-3", "1e3", "0", "0.25"])).toBeNull();
  });
  it("skips a column with no value", () => {
    expect(skipByValues(["", "NA", "-"])).toBe("empty");
  });
  it("skips a column with a text cell", () => {
    expect(skipByValues(["1", "dos"])).toBe("text");
  });
  it("skips numbers written with a leading zero (codes kept as text)", () => {
    expect(skipByValues(["150101", "010101"])).toBe("leadingZero");
    expect(skipByValues(["1", "007"])).toBe("leadingZero");
  });
});

describe("classifyColumn", () => {
  it("skips the key and the year column by role, whatever their names", () => {
    expect(classifyColumn("DIST", ["010101"], "DIST", "ANIO")).toEqual({
      column: "DIST",
      take: false,
      reason: "key",
    });
    expect(classifyColumn("ANIO", ["2020"], "DIST", "ANIO")).toMatchObject({ reason: "time" });
  });
  it("skips a numeric executing-unit code by its name even though its cells are numbers", () => {
    expect(classifyColumn("sec_ejec", ["300001", "301250"], "ubigeo")).toEqual({
      column: "sec_ejec",
      take: false,
      reason: "executingUnit",
    });
  });
  it("takes a numeric amount column", () => {
    expect(classifyColumn("devengado", ["45820914", "395018"], "ubigeo")).toEqual({
      column: "devengado",
      take: true,
    });
  });
  it("skips text after the name rules pass", () => {
    expect(classifyColumn("municipalidad", ["MUNICIPALIDAD X"], "ubigeo")).toMatchObject({
      take: false,
      reason: "text",
    });
  });
});
