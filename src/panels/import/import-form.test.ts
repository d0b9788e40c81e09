import { describe, expect, it } from "vitest";
import { formToSpec, guessForm } from "./import-form";

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

  it("says in Spanish what is missing", () => {
    expect(formToSpec({ ...guessForm(byCode), wideColumns: [] })).toEqual({
      error: "Marque al menos una columna de valores.",
    });
    expect(formToSpec({ ...guessForm(byCode), ubigeoColumn: "" })).toEqual({
      error: "Elija la columna con el ubigeo.",
    });
  });
});
