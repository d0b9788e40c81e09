import { describe, expect, it } from "vitest";
import { INDICATORS } from "../config/indicators";
import { WEIGHT_PRESETS, presetById } from "../config/presets";
import type { IndicatorDef } from "./types";
import {
  applyPreset,
  findPreset,
  normalizeWeights,
  parsePresets,
  PresetError,
  weightSharesPct,
} from "./weights";

describe("normalizeWeights", () => {
  it("re-normalises over the present indicators with weight > 0", () => {
    // present a, b, c with weights 2, 1, 0 (d is absent): 2/3, 1/3; c dropped
    const w = normalizeWeights({ a: 2, b: 1, c: 0, d: 5 }, ["a", "b", "c"]);
    expect(w).toEqual({ a: 2 / 3, b: 1 / 3 });
  });
  it("returns {} when every weight is zero or negative", () => {
    expect(normalizeWeights({ a: 0, b: -1 }, ["a", "b"])).toEqual({});
  });
  it("gives shares in percent", () => {
    // 1, 3 → 25 %, 75 %
    expect(weightSharesPct({ a: 1, b: 3 }, ["a", "b"])).toEqual({ a: 25, b: 75 });
  });
});

describe("presets", () => {
  const defs: IndicatorDef[] = INDICATORS;
  it("ships the five presets with a source", () => {
    expect(WEIGHT_PRESETS.map((p) => p.id).sort()).toEqual([
      "barrio-seguro",
      "default",
      "equal",
      "fesc-art89",
      "volume",
    ]);
    for (const p of WEIGHT_PRESETS) expect(p.source.length).toBeGreaterThan(0);
  });
  it("applies the equal and default rules", () => {
    const equal = applyPreset(presetById("equal"), defs);
    // 1 for every indicator except the summaries (the crime total would count its families twice).
    for (const d of defs) expect(equal[d.id]).toBe(d.summary ? 0 : 1);
    expect(equal.crime_total_rate).toBe(0);
    expect(equal.crime_total_count).toBe(0);
    expect(equal.crime_robbery_rate).toBe(1);
    const def0 = defs[0];
    expect(def0).toBeDefined();
    if (def0) expect(applyPreset(presetById("default"), defs)[def0.id]).toBe(def0.defaultWeight);
  });
  it("gives 0 to indicators a preset does not list", () => {
    const w = applyPreset(presetById("barrio-seguro"), defs);
    expect(w.crime_homicide_rate).toBe(1);
    expect(w.population).toBe(0);
  });
  it("lists each weighted preset's indicators (data/presets.json)", () => {
    const listed = (id: string) =>
      Object.entries(applyPreset(presetById(id), defs))
        .filter(([, w]) => w > 0)
        .map(([k, w]) => `${k} ${w}`)
        .sort();
    expect(listed("fesc-art89")).toEqual([
      "crime_total_rate 1",
      "muni_spending_pc 1",
      "population 1",
    ]);
    expect(listed("barrio-seguro")).toEqual([
      "crime_family_rate 1",
      "crime_homicide_rate 1",
      "crime_robbery_rate 1",
      "density 1",
      "poverty_pct 1",
    ]);
    expect(listed("volume")).toEqual(["crime_total_count 1"]);
    // Volume is one indicator: no winsorising (clipping would tie the largest districts).
    expect(WEIGHT_PRESETS.find((p) => p.id === "volume")?.winsorP).toBe(0);
  });
  it("only names indicators that exist in the configuration", () => {
    const ids = new Set(defs.map((d) => d.id));
    for (const p of WEIGHT_PRESETS) {
      for (const id of Object.keys(p.weights ?? {})) expect(ids.has(id)).toBe(true);
    }
  });
  it("rejects malformed preset files with a problem code", () => {
    expect(() => parsePresets({})).toThrow(/"noPresetList"/);
    expect(() =>
      parsePresets({
        presets: [
          {
            id: "x",
            name: { es: "x", en: "x" },
            description: { es: "", en: "" },
            source: "s",
            weights: { a: -1 },
          },
        ],
      }),
    ).toThrow(new PresetError({ code: "badWeight", preset: 1, id: "x", indicator: "a" }));
    expect(() => presetById("nope")).toThrow(/"unknownPreset","id":"nope"/);
    // findPreset reads only the list it is given: "equal" is shipped but absent from this one.
    const only = parsePresets({
      presets: [
        {
          id: "x",
          name: { es: "x", en: "x" },
          description: { es: "", en: "" },
          source: "s",
          rule: "equal",
        },
      ],
    });
    expect(findPreset(only, "x").rule).toBe("equal");
    expect(() => findPreset(only, "equal")).toThrow(/"unknownPreset","id":"equal"/);
  });
});
