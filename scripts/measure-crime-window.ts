/**
 * Measures what pooling crime years does to the IRS (issue: stable rates for small districts):
 * year-to-year Spearman rank correlation, top-36 overlap and districts under 5,000 inhabitants in
 * the top 36, for windows of 1, 2 and 3 complete years; then the top 36 under each preset with the
 * default methodology. Reads the built public/data/districts.json (run `npm run data` first).
 *   npx tsx scripts/measure-crime-window.ts [--top]
 */
import { readFileSync } from "node:fs";
import { INDICATORS } from "../src/config/indicators";
import { DEFAULT_METHODOLOGY } from "../src/config/methodology";
import { computeComposite } from "../src/core/composite";
import { districtsWithoutCrimeRecord, windowStability } from "../src/core/crime-period";
import {
  methodologyPeriod,
  pickSeries,
  resolveIndicatorColumns,
} from "../src/core/indicator-values";
import { orderByRank } from "../src/core/rank";
import { DEFAULT_SENSITIVITY, prepareSensitivity, runSensitivity } from "../src/core/sensitivity";
import { WEIGHT_PRESETS } from "../src/config/presets";
import { presetMethodology } from "../src/core/weights";
import { parseDistrictTable } from "../src/data/schema";

const table = parseDistrictTable(
  JSON.parse(readFileSync(new URL("../public/data/districts.json", import.meta.url), "utf8")),
).value;
if (!table) throw new Error("districts.json did not validate");
const defs = INDICATORS;
const pop = pickSeries(table.series, "population", null);
const absent = districtsWithoutCrimeRecord(table);
console.log(`Districts never recorded by SIDPOL: ${absent.length}`);

for (const smoothing of ["eb-global", "none"] as const) {
  console.log(`\nRank stability (smoothing ${smoothing}):`);
  for (const w of [1, 2, 3]) {
    const m = { ...DEFAULT_METHODOLOGY, smoothing };
    const r = windowStability(table, defs, m, w);
    console.log(
      `  window ${w}: ends ${r.endYears.join(",")} ρ=${r.correlations.map((c) => c.toFixed(3)).join(" ")} mean ${r.meanCorrelation.toFixed(3)}; top36 <5,000 inh.: ${r.smallInTop}; top36 kept from previous year: ${r.topOverlap}`,
    );
  }
}

// Monte-Carlo rank intervals (the panel's default perturbation, 300 runs): median width of the
// 5–95 % rank interval of the districts in the top 36, per window.
console.log("\nMonte-Carlo (±20 % weights, normalisation varied, 300 runs), top 36:");
for (const w of [1, 3]) {
  const m = { ...DEFAULT_METHODOLOGY, crimeWindow: w };
  const cols = resolveIndicatorColumns(table, defs, methodologyPeriod(m)).columns;
  const { scores } = computeComposite(cols, defs, m, table.districts);
  const r = runSensitivity(prepareSensitivity(cols, defs, m, table.districts), {
    ...DEFAULT_SENSITIVITY,
    runs: 300,
  });
  if (!r) continue;
  const top = scores.filter((s) => s.rank !== null && s.rank <= 36).map((s) => s.id);
  const widths = top
    .map((i) => (r.p95Rank[i] ?? NaN) - (r.p05Rank[i] ?? NaN))
    .sort((a, b) => a - b);
  const share = top.map((i) => r.topShare[i] ?? 0).reduce((a, b) => a + b, 0) / top.length;
  console.log(
    `  window ${w}: median 5–95 % interval width ${widths[Math.floor(widths.length / 2)]} ranks; mean share of runs in the top 36 ${(share * 100).toFixed(0)} %`,
  );
}

if (process.argv.includes("--top")) {
  for (const preset of WEIGHT_PRESETS) {
    const m = presetMethodology(preset, defs, DEFAULT_METHODOLOGY);
    const cols = resolveIndicatorColumns(table, defs, methodologyPeriod(m)).columns;
    const { scores } = computeComposite(cols, defs, m, table.districts);
    const order = orderByRank(
      scores.map((s) => s.irs),
      table.districts.map((d) => d.ubigeo),
    ).slice(0, 36);
    const small = order.filter((i) => (pop?.values[i] ?? 0) < 5000).length;
    console.log(`\nTop 36 — ${preset.id} (${small} under 5,000 inh.):`);
    console.log(
      order
        .map((i, k) => {
          const d = table.districts[i];
          return `${k + 1}. ${d?.name} (${d?.department}, ${d?.ubigeo}, ${Math.round(pop?.values[i] ?? 0)})`;
        })
        .join("; "),
    );
  }
}
