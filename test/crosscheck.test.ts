import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ckmeans, jenks, mean, quantile, standardDeviation, zScore } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { classify } from "../src/core/classify";
import { pickSeries } from "../src/core/indicator-values";
import { goodnessOfVarianceFit, jenksBreaks } from "../src/core/jenks";
import { normalizeZScore } from "../src/core/normalize";
import { quantile as quantile7 } from "../src/core/stats";
import { toDistrictTable } from "./fixtures/index/table-guard";

// Cross-check of the core's statistics against simple-statistics on the REAL built data
// (public/data/districts.json, written by `npm run data`; CI builds it before the tests).
const file =
  process.env.IRS_DISTRICTS_JSON ??
  fileURLToPath(new URL("../public/data/districts.json", import.meta.url));
const present = existsSync(file);
// In CI the data is always built first (npm test runs the build): a missing file there is a failure,
// not a skip. Locally, `npm run check` without `npm run data` skips with a visible warning.
if (!present && process.env.CI) {
  throw new Error(`crosscheck: ${file} no existe; \`npm test\` debe construir los datos antes.`);
}
if (!present) {
  console.warn(
    `crosscheck: ${file} no existe; ejecute \`npm run data\` para contrastar con datos reales.`,
  );
}

describe.skipIf(!present)("core statistics vs simple-statistics on public/data", () => {
  const table = present ? toDistrictTable(JSON.parse(readFileSync(file, "utf8")), file) : null;
  const valuesOf = (key: string): number[] =>
    (table ? (pickSeries(table.series, key, null)?.values ?? []) : []).filter(
      (v): v is number => v !== null,
    );
  const cases = ["population", "poverty_pct"].map((key) => ({ key, values: valuesOf(key) }));

  for (const { key, values } of cases) {
    describe(key, () => {
      it("has values", () => {
        expect(values.length).toBeGreaterThan(1500);
      });

      it("gives quantile breaks that match the type-7 definition and simple-statistics", () => {
        const breaks = classify(values, "quantile", 5).breaks;
        const sorted = [...values].sort((a, b) => a - b);
        const n = sorted.length;
        [0.2, 0.4, 0.6, 0.8].forEach((p, c) => {
          const mine = breaks[c] ?? NaN;
          expect(mine).toBeCloseTo(quantile7(values, p), 9);
          // simple-statistics takes the ⌈n·p⌉-th order statistic (not type 7): the two may differ
          // by at most one order-statistic step around h = (n − 1)·p.
          const k = Math.floor((n - 1) * p);
          const lo = sorted[Math.max(0, k - 1)] ?? NaN;
          const hi = sorted[Math.min(n - 1, k + 2)] ?? NaN;
          const ss = quantile(values, p);
          expect(ss).toBeGreaterThanOrEqual(lo);
          expect(ss).toBeLessThanOrEqual(hi);
          expect(Math.abs(mine - ss)).toBeLessThanOrEqual(hi - lo);
        });
      });

      it("gives the same z-scores (population sd)", () => {
        const m = mean(values);
        const sd = standardDeviation(values);
        const z = normalizeZScore(values);
        values.forEach((v, i) => expect(z[i]).toBeCloseTo(zScore(v, m, sd), 9));
      });

      it("finds the optimal natural breaks (same as ckmeans, no worse than ss.jenks)", () => {
        const mine = jenksBreaks(values, 5);
        // ckmeans minimises the same within-class sum of squares: the class maxima are the breaks.
        const clusters = ckmeans(values, 5);
        const ck = clusters.slice(0, -1).map((c) => Math.max(...c));
        const gvfMine = goodnessOfVarianceFit(values, mine);
        const gvfCk = goodnessOfVarianceFit(values, ck);
        expect(gvfMine).toBeCloseTo(gvfCk, 9);
        expect(mine).toEqual(ck);
        const ssJenks = (jenks(values, 5) ?? []).slice(1, -1);
        expect(gvfMine).toBeGreaterThanOrEqual(goodnessOfVarianceFit(values, ssJenks) - 1e-9);
      });
    });
  }
});
