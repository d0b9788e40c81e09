import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { INDICATORS } from "../src/config/indicators";
import { DEFAULT_METHODOLOGY } from "../src/config/methodology";
import { computeComposite, rankingForPreset } from "../src/core/composite";
import { methodologyPeriod, resolveIndicatorColumns } from "../src/core/indicator-values";
import { WEIGHT_PRESETS, presetById } from "../src/config/presets";
import { presetMethodology } from "../src/core/weights";
import { toDistrictTable } from "./fixtures/index/table-guard";

// FIXTURE: test/fixtures/index/table.json holds 8 invented districts (departments 98/99 do not
// exist) with invented values. It exercises the whole index: rates with EB smoothing, density,
// a missing value (Theta's poverty), missing sources (no crime_extortion / crime_other series).
const file = fileURLToPath(new URL("./fixtures/index/table.json", import.meta.url));
const table = toDistrictTable(JSON.parse(readFileSync(file, "utf8")), "table.json");

// GOLDEN: test/reference/irs-fixture.json, written by test/reference/irs_reference.py — an
// independent Python (stdlib) implementation of the documented methodology, not the app's code.
// Regenerate it only when the methodology changes on purpose: `python3 test/reference/irs_reference.py`.
interface RefScore {
  ubigeo: string;
  irs: number | null;
  rank: number | null;
  classIndex: number | null;
  missing: string[];
  contributions: Record<string, number>;
}
interface RefRun {
  indicatorsUsed: string[];
  indicatorsWithoutData: string[];
  weightsUsed: Record<string, number>;
  breaks: number[];
  districtsScored: number;
  scores: RefScore[];
}
const reference = JSON.parse(
  readFileSync(fileURLToPath(new URL("./reference/irs-fixture.json", import.meta.url)), "utf8"),
) as { missingIndicators: string[]; default: RefRun; presets: Record<string, RefRun> };

function expectMatches(result: ReturnType<typeof computeComposite>, ref: RefRun): void {
  expect(result.meta.indicatorsUsed).toEqual(ref.indicatorsUsed);
  for (const [id, w] of Object.entries(ref.weightsUsed)) {
    expect(result.meta.weightsUsed[id] ?? NaN).toBeCloseTo(w, 6);
  }
  expect(result.meta.districtsScored).toBe(ref.districtsScored);
  result.classification.breaks.forEach((b, k) => expect(b).toBeCloseTo(ref.breaks[k] ?? NaN, 4));
  for (const r of ref.scores) {
    const id = table.districts.findIndex((d) => d.ubigeo === r.ubigeo);
    const s = result.scores[id];
    expect(s, r.ubigeo).toBeDefined();
    if (r.irs === null) expect(s?.irs ?? null, r.ubigeo).toBeNull();
    else expect(s?.irs ?? NaN, r.ubigeo).toBeCloseTo(r.irs, 4);
    expect(s?.rank ?? null, r.ubigeo).toBe(r.rank);
    expect(s?.classIndex ?? null, r.ubigeo).toBe(r.classIndex);
    expect([...(s?.missing ?? [])].sort(), r.ubigeo).toEqual([...r.missing].sort());
    for (const [k, c] of Object.entries(r.contributions)) {
      expect(s?.contributions[k] ?? NaN, `${r.ubigeo} ${k}`).toBeCloseTo(c, 4);
    }
  }
}

describe("index pipeline on the fixture vs the independent reference", () => {
  const { columns, missingIndicators } = resolveIndicatorColumns(
    table,
    INDICATORS,
    methodologyPeriod(DEFAULT_METHODOLOGY),
  );
  const result = computeComposite(columns, INDICATORS, DEFAULT_METHODOLOGY, table.districts);

  it("reports the indicators with no source series", () => {
    expect(missingIndicators).toEqual(reference.missingIndicators);
  });

  it("matches the reference IRS, ranks, classes and contributions (default methodology)", () => {
    expectMatches(result, reference.default);
  });

  it("gives contributions that sum to each district's IRS", () => {
    for (const s of result.scores) {
      const sum = Object.values(s.contributions).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(s.irs ?? 0, 9);
    }
  });

  for (const preset of WEIGHT_PRESETS) {
    it(`matches the reference under the "${preset.id}" preset`, () => {
      const ref = reference.presets[preset.id];
      expect(ref).toBeDefined();
      const m = presetMethodology(preset, INDICATORS, DEFAULT_METHODOLOGY);
      const cols = resolveIndicatorColumns(table, INDICATORS, methodologyPeriod(m)).columns;
      if (ref) expectMatches(computeComposite(cols, INDICATORS, m, table.districts), ref);
    });
  }
});

describe("rankingForPreset on the fixture", () => {
  it("puts the high-crime districts first for Barrio Seguro", () => {
    // Alfa has the highest robbery, homicide and family-violence rates (50, 4 and 90 per 10 000);
    // Delta is second on all three (43.75, 2.8, 87.5). Third is Theta, not Zeta: Zeta's robbery rate
    // (200 / 62 000 = 32.3) is below the EB prior mean (41.4), while Theta's one robbery in 820
    // inhabitants is pulled up to 38.6 by the smoothing; Theta's missing poverty is re-weighted
    // (reference: test/reference/irs-fixture.json, barrio-seguro).
    const top = rankingForPreset(
      table,
      presetById("barrio-seguro"),
      INDICATORS,
      DEFAULT_METHODOLOGY,
    ).slice(0, 3);
    expect(top.map((r) => r.name)).toEqual(["Ficticio Alfa", "Ficticio Delta", "Ficticio Theta"]);
    expect(top.map((r) => r.rank)).toEqual([1, 2, 3]);
  });
  it("weighs incidence and population equally for FESC art. 89 (fiscal capacity absent here)", () => {
    // Delta is the most populous (160 000) with the second total rate (5 235 / 160 000 = 327) →
    // first; Alfa (100 000, top rate 390) second; Zeta (62 000, rate 300) third.
    const top = rankingForPreset(
      table,
      presetById("fesc-art89"),
      INDICATORS,
      DEFAULT_METHODOLOGY,
    ).slice(0, 3);
    expect(top.map((r) => r.ubigeo)).toEqual(["990201", "990101", "980101"]);
  });
});
