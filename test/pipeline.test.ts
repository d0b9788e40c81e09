import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { INDICATORS } from "../src/config/indicators";
import { DEFAULT_METHODOLOGY, computeComposite, rankingForPreset } from "../src/core/composite";
import { resolveIndicatorColumns } from "../src/core/indicator-values";
import { toDistrictTable } from "./fixtures/index/table-guard";

// FIXTURE: test/fixtures/index/table.json holds 8 invented districts (departments 98/99 do not
// exist) with invented values. It exercises the whole index: rates with EB smoothing, density,
// a missing value (Theta's poverty), a missing source (no crime_extortion series).
const file = fileURLToPath(new URL("./fixtures/index/table.json", import.meta.url));
const table = toDistrictTable(JSON.parse(readFileSync(file, "utf8")), "table.json");

const round = (v: number | null, d = 2): number | null =>
  v === null ? null : Math.round(v * 10 ** d) / 10 ** d;

describe("index pipeline on the fixture", () => {
  const { columns, missingIndicators } = resolveIndicatorColumns(table, INDICATORS);
  const result = computeComposite(columns, INDICATORS, DEFAULT_METHODOLOGY, table.districts);

  it("reports the indicators with no source series", () => {
    expect(missingIndicators).toEqual(["crime_extortion_rate", "food_vulnerability"]);
  });

  it("matches the golden snapshot (default methodology)", async () => {
    const snapshot = {
      meta: {
        ...result.meta,
        weightsUsed: Object.fromEntries(
          Object.entries(result.meta.weightsUsed).map(([k, v]) => [k, round(v, 4)]),
        ),
        aggregateRange: result.meta.aggregateRange?.map((v) => round(v, 6)) ?? null,
      },
      breaks: result.classification.breaks.map((v) => round(v)),
      scores: result.scores.map((s) => ({
        ubigeo: table.districts[s.id]?.ubigeo,
        irs: round(s.irs),
        rank: s.rank,
        classIndex: s.classIndex,
        missing: s.missing,
        contributions: Object.fromEntries(
          Object.entries(s.contributions).map(([k, v]) => [k, round(v)]),
        ),
      })),
    };
    // Formatted like the repository's prettier config so `format:check` accepts the golden file.
    const text = await format(JSON.stringify(snapshot), { parser: "json", printWidth: 100 });
    await expect(text).toMatchFileSnapshot("./__golden__/pipeline.json");
  });

  it("gives contributions that sum to each district's IRS", () => {
    for (const s of result.scores) {
      const sum = Object.values(s.contributions).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(s.irs ?? 0, 9);
    }
  });
});

describe("rankingForPreset on the fixture", () => {
  it("puts the high-crime districts first for Barrio Seguro", () => {
    // Alfa has the highest property, homicide and family-violence rates (240, 4 and 90 per 10 000);
    // Delta is second on all three (187.5, 2.8, 87.5); Zeta third (177, 2.4, 83.9). Poverty (¼ of
    // the weight) does not overturn these gaps: Epsilon (60 %) has tiny, heavily shrunk rates.
    const top = rankingForPreset(table, "barrio-seguro").slice(0, 3);
    expect(top.map((r) => r.name)).toEqual(["Ficticio Alfa", "Ficticio Delta", "Ficticio Zeta"]);
    expect(top.map((r) => r.rank)).toEqual([1, 2, 3]);
  });
  it("weights population half for FESC art. 89", () => {
    // Delta is the most populous (160 000) and second on crime rates → first; Alfa (100 000, top
    // rates) second; Zeta (62 000, third on rates) third.
    const top = rankingForPreset(table, "fesc-art89").slice(0, 3);
    expect(top.map((r) => r.ubigeo)).toEqual(["990201", "990101", "980101"]);
  });
});
