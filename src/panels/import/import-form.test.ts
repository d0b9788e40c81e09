import { describe, expect, it } from "vitest";
import { nameKey } from "../../core/ubigeo";
import { describeFormError } from "../../i18n/import-copy";
import { columnsToTick, filterColumns, formToSpec, guessForm } from "./import-form";

// Test fixture previews (invented values).
const byCode = {
  header: ["UBIGEO", "Distrito", "tasa_robos", "semaforo"],
  rows: [
    ["150101", "Lima", "12,5", "rojo"],
    ["10101", "Chachapoyas", "3", "verde"],
    ["130101", "Trujillo", "n.d.", "ámbar"],
  ],
};
const byName = {
  header: ["Departamento", "Provincia", "Distrito", "Año", "casos"],
  rows: [["Lima", "Lima", "Lima", "2023", "4"]],
};

describe("guessForm", () => {
  it("finds the ubigeo column and the numeric value columns", () => {
    const f = guessForm(byCode);
    expect(f.join).toBe("ubigeo");
    expect(f.ubigeoColumn).toBe("UBIGEO");
    // "semaforo" is text: offered, not preselected; "Distrito" is a join column; "tasa_robos" is
    // numeric in 2 of 3 cells (the stray "n.d." is reported by the import, not guessed away).
    expect(f.wideColumns).toEqual(["tasa_robos"]);
  });

  it("falls back to names when there is no code column", () => {
    const f = guessForm(byName);
    expect(f.join).toBe("names");
    expect([f.departmentColumn, f.provinceColumn, f.districtColumn]).toEqual([
      "Departamento",
      "Provincia",
      "Distrito",
    ]);
    expect(f.yearColumn).toBe("Año");
    expect(f.valueColumn).toBe("casos");
  });

  it("recognises a code column by its digits when unnamed", () => {
    const f = guessForm({ header: ["cod", "v"], rows: [["150101", "1"]] });
    expect(f.ubigeoColumn).toBe("cod");
  });
});

describe("formToSpec", () => {
  it("builds a wide spec joined by ubigeo", () => {
    const r = formToSpec({ ...guessForm(byCode), wideColumns: ["tasa_robos", "semaforo"] });
    expect(r).toEqual({
      spec: {
        encoding: "auto",
        delimiter: "auto",
        decimal: "auto",
        joinBy: { kind: "ubigeo", column: "UBIGEO" },
        shape: { kind: "wide", columns: ["tasa_robos", "semaforo"] },
      },
    });
  });

  it("builds a long spec with names, year and filter", () => {
    const f = { ...guessForm(byName), shape: "long" as const };
    const r = formToSpec({ ...f, filterColumn: "Distrito", filterValues: "Lima, Rímac" });
    expect("spec" in r && r.spec.joinBy).toEqual({
      kind: "names",
      district: "Distrito",
      department: "Departamento",
      province: "Provincia",
    });
    expect("spec" in r && r.spec.shape).toEqual({
      kind: "long",
      valueColumn: "casos",
      filter: { column: "Distrito", values: ["Lima", "Rímac"] },
      yearColumn: "Año",
    });
  });

  it("says what is missing, as a code worded in the UI language", () => {
    const noColumns = formToSpec({ ...guessForm(byCode), wideColumns: [] });
    const noUbigeo = formToSpec({ ...guessForm(byCode), ubigeoColumn: "" });
    expect(noColumns).toEqual({ error: { code: "tickColumns" } });
    expect(noUbigeo).toEqual({ error: { code: "chooseUbigeo" } });
    const words = (r: typeof noColumns, lang: "es" | "en") =>
      "error" in r ? describeFormError(lang, r.error) : "";
    expect(words(noColumns, "es")).toBe("Marque al menos una columna de valores.");
    expect(words(noUbigeo, "es")).toBe("Elija la columna con el ubigeo.");
    expect(words(noColumns, "en")).toBe("Tick at least one value column.");
  });
});

describe("column search of a wide file", () => {
  const header = ["ubigeo", "Año", "Tasa 2024", "tasa_2023", "v29999"];
  const keys = header.map(nameKey);
  it("matches by name ignoring case, accents and punctuation; empty query = all", () => {
    expect(filterColumns(header, keys, "TASA")).toEqual(["Tasa 2024", "tasa_2023"]);
    expect(filterColumns(header, keys, "ano")).toEqual(["Año"]);
    expect(filterColumns(header, keys, "tasa 2023")).toEqual(["tasa_2023"]);
    expect(filterColumns(header, keys, "  ")).toBe(header);
    expect(filterColumns(header, keys, "zz")).toEqual([]);
  });
  it("ticks the matching columns left, skipping join and ticked ones, up to the limit", () => {
    const join = new Set(["ubigeo"]);
    expect(columnsToTick(header, new Set(["Año"]), join, 2000)).toEqual([
      "Tasa 2024",
      "tasa_2023",
      "v29999",
    ]);
    // Limit 3 with 1 ticked: room for 2.
    expect(columnsToTick(header, new Set(["Año"]), join, 3)).toEqual(["Tasa 2024", "tasa_2023"]);
    expect(columnsToTick(header, new Set(["a", "b", "c"]), join, 3)).toEqual([]);
  });
});
