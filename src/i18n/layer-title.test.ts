import { describe, expect, it } from "vitest";
import { buildMapLayer, type MapLayer } from "../store/map-layer";
import {
  areaShown,
  districtValueText,
  isCategorical,
  layerCaption,
  legendRowLabel,
  legendRowsIn,
  viewCaption,
} from "./layer-title";

const REGISTER = {
  code: "partial-register",
  located: 35,
  documentBarrios: 99,
  zeroIsAbsent: true,
} as const;

/** Barrios per district, 4 districts: 0, 1, 0, 2 barrios; the caption of a partial register. */
const countLayer = (): MapLayer => ({
  ...buildMapLayer(
    {
      layerId: "bs-count",
      label: { es: "Barrio Seguro: barrios por distrito", en: "Barrio Seguro: barrios" },
      unit: { es: "barrios", en: "barrios" },
      year: null,
      sourceIds: [],
      values: [0, 1, 0, 2],
      method: "fixed",
      palette: "neutral",
      caption: [REGISTER],
    },
    [0, 1, 2, 3],
  ),
  classLabels: [
    { es: "Sin Barrio Seguro en el registro", en: "No Barrio Seguro in the register" },
    { es: "1 barrio", en: "1 barrio" },
    { es: "2 barrios", en: "2 barrios" },
    { es: "3 barrios", en: "3 barrios" },
    { es: "4 o más", en: "4 or more" },
  ],
});

/** Quadrant codes 0–3 of 5 districts (one without data), as the gap layer builds them. */
const gapLayer = (): MapLayer => {
  const classIndex = Int8Array.from([0, 3, 3, -1, 2]);
  return {
    layerId: "bs-gaps",
    label: { es: "Brechas", en: "Gaps" },
    unit: { es: "cuadrante", en: "quadrant" },
    year: null,
    sourceIds: [],
    values: Array.from(classIndex, (c) => (c < 0 ? null : c)),
    classIndex,
    breaks: [],
    min: 0,
    max: 3,
    classCount: 4,
    method: "fixed",
    palette: "quadrant",
    classLabels: [
      { es: "Riesgo menor, sin Barrio Seguro", en: "Lower risk" },
      { es: "Graduación", en: "Graduation" },
      { es: "Con Barrio Seguro y riesgo alto", en: "Covered, high risk" },
      { es: "Riesgo alto sin Barrio Seguro (brecha)", en: "Gap" },
    ],
  };
};

describe("layerCaption", () => {
  it("words the partial register with its counts, es and en", () => {
    expect(layerCaption({ caption: [REGISTER] }, "es")).toEqual([
      "Registro parcial: 35 de 99 barrios con distrito identificado — un distrito sin barrio en el registro puede tenerlo",
    ]);
    expect(layerCaption({ caption: [REGISTER] }, "en")).toEqual([
      "Partial register: 35 of 99 barrios with an identified district — a district with no barrio in the register may have one",
    ]);
  });

  it("leaves the total out when the document's is unknown", () => {
    const c = { ...REGISTER, documentBarrios: null };
    expect(layerCaption({ caption: [c] }, "es")[0]).toMatch(/^Registro parcial: 35 barrios con/);
  });

  it("says a partial year with its months and whether it was annualised", () => {
    const year = { code: "partial-year", year: 2026, months: [1, 2], annualised: false } as const;
    expect(layerCaption({ caption: [year] }, "es")).toEqual([
      "Año parcial: 2026 solo tiene ene–feb (2 meses); sin anualizar: no se compara con años completos",
    ]);
    const one = { ...year, months: [1], annualised: true };
    expect(layerCaption({ caption: [one] }, "en")[0]).toMatch(
      /^Partial year: 2026 only has Jan \(1 month\); values annualised/,
    );
  });

  it("is empty for a layer with nothing partial", () => {
    expect(layerCaption({}, "es")).toEqual([]);
    expect(layerCaption({ caption: [] }, "en")).toEqual([]);
  });
});

describe("districtValueText", () => {
  it("says 'not in the partial register' instead of 0 barrios", () => {
    const layer = countLayer();
    expect(districtValueText(layer, 0, "es")).toBe("no figura en el registro parcial");
    expect(districtValueText(layer, 0, "en")).toBe("not in the partial register");
    expect(districtValueText(layer, 3, "es")).toBe("2 barrios");
  });

  it("keeps 0 as a number where 0 is a value, not an absence", () => {
    const layer = { ...countLayer(), caption: [{ ...REGISTER, zeroIsAbsent: false }] };
    expect(districtValueText(layer, 0, "es")).toBe("0 barrios");
  });

  it("names the category of categorical layers, never the code", () => {
    const layer = gapLayer();
    expect(districtValueText(layer, 1, "es")).toBe("Riesgo alto sin Barrio Seguro (brecha)");
    expect(districtValueText(layer, 0, "es")).toBe("Riesgo menor, sin Barrio Seguro");
    expect(districtValueText(layer, 3, "es")).toBe("sin datos");
  });

  it("uses the layer's own no-data wording", () => {
    const layer = { ...gapLayer(), noData: "no-irs" as const };
    expect(districtValueText(layer, 3, "es")).toMatch(/^sin IRS/);
  });
});

describe("isCategorical", () => {
  it("holds for quadrants, categories and the semáforo only", () => {
    expect(isCategorical({ palette: "quadrant" })).toBe(true);
    expect(isCategorical({ palette: "category" })).toBe(true);
    expect(isCategorical({ palette: "traffic" })).toBe(true);
    expect(isCategorical({ palette: "risk" })).toBe(false);
    expect(isCategorical({ palette: "neutral" })).toBe(false);
  });
});

describe("legendRowsIn", () => {
  it("counts only the districts of the area shown, no-data row included", () => {
    const layer = gapLayer();
    const rows = legendRowsIn(layer, [1, 2, 3]);
    expect(rows.map((r) => [r.classIndex, r.count])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 2],
      [-1, 1],
    ]);
  });

  it("counts every district without an area", () => {
    expect(legendRowsIn(gapLayer(), null).map((r) => r.count)).toEqual([1, 0, 1, 2, 1]);
  });

  it("labels every row of a categorical layer by name (no '0 – —')", () => {
    const layer = gapLayer();
    const labels = legendRowsIn(layer, null).map((r) => legendRowLabel(layer, r, "es"));
    expect(labels).toEqual([
      "Riesgo menor, sin Barrio Seguro",
      "Graduación",
      "Con Barrio Seguro y riesgo alto",
      "Riesgo alto sin Barrio Seguro (brecha)",
      "sin datos",
    ]);
  });
});

describe("areaShown", () => {
  const districts = [
    { id: 0, departmentCode: "15", department: "Lima" },
    { id: 1, departmentCode: "08", department: "Cusco" },
    { id: 2, departmentCode: "15", department: "Lima" },
  ];

  it("is the chosen department's districts and name", () => {
    expect(areaShown(districts, "15")).toEqual({ ids: [0, 2], name: "Lima" });
  });

  it("is null for all of Peru or without data", () => {
    expect(areaShown(districts, null)).toBeNull();
    expect(areaShown(null, "15")).toBeNull();
  });
});

describe("legendRowLabel on a one-value class", () => {
  it("reads the value once instead of a range from it to itself", () => {
    const layer = { classLabels: undefined, noData: undefined, namedClasses: undefined };
    expect(legendRowLabel(layer, { classIndex: 0, from: 0, to: 0 }, "es")).toBe("0");
    expect(legendRowLabel(layer, { classIndex: 1, from: 0, to: 2.5 }, "es")).toBe("0 – 2.5");
  });
});

describe("viewCaption", () => {
  it("states the population-alpha choice with its density limits, and nothing when plain", () => {
    expect(viewCaption({ populationAlpha: false }, "es")).toEqual([]);
    const [line] = viewCaption({ populationAlpha: true }, "es");
    expect(line).toContain("10 · 50 · 250 · 1,000");
    expect(line).toContain("poco poblados se ven más claros");
    expect(viewCaption({ populationAlpha: true }, "en")[0]).toContain("thinly populated");
  });
});
