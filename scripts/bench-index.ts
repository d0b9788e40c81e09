/**
 * Node benchmark of the IRS engine on the real built data (public/data/districts.json, or the path
 * given as first argument). Prints:
 *  1. full recompute (buildIndicatorColumns + computeComposite, default methodology): median of 50;
 *  2. two baselines: a straightforward object-per-district implementation of the same methodology
 *     (checked to give the same IRS), and recomputing from scratch (JSON.parse + guard + index);
 *  3. 1,891 districts × 12 indicators (the real columns used twice under new ids; timing only);
 *  4. Monte-Carlo sensitivity, 1,000 runs (prepare + runs).
 * Usage: npx tsx scripts/bench-index.ts [districts.json]
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { INDICATORS } from "../src/config/indicators";
import { DEFAULT_METHODOLOGY } from "../src/config/methodology";
import { computeComposite } from "../src/core/composite";
import { buildIndicatorColumns } from "../src/core/indicator-values";
import { DEFAULT_SENSITIVITY, prepareSensitivity, runSensitivity } from "../src/core/sensitivity";
import type { IndicatorColumn, IndicatorDef, Methodology } from "../src/core/types";
import type { DistrictTable } from "../src/data/contract";
import { toDistrictTable } from "../test/fixtures/index/table-guard";

const file = process.argv[2] ?? "public/data/districts.json";
const text = readFileSync(file, "utf8");
const table = toDistrictTable(JSON.parse(text), file);

function medianMs(runs: number, fn: () => unknown, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(runs / 2)] ?? NaN;
}

const fullRecompute = (t: DistrictTable, defs: IndicatorDef[], m: Methodology) =>
  computeComposite(buildIndicatorColumns(t, defs), defs, m, t.districts);

/**
 * Naive baseline: one object per district holding a map of indicator values; every step with
 * array helpers and Math.min(...spread). Same maths as the default methodology (global EB,
 * winsorising, min-max, arithmetic mean with re-weighting, 0–100 rescale).
 */
function naiveIndex(t: DistrictTable, defs: IndicatorDef[], m: Methodology): (number | null)[] {
  const latest = (key: string) =>
    t.series.filter((s) => s.key === key).sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  type Row = { ubigeo: string; raw: Record<string, number | null>; norm: Record<string, number> };
  const rows: Row[] = t.districts.map((d) => ({ ubigeo: d.ubigeo, raw: {}, norm: {} }));
  const used = defs.filter((d) => (m.weights[d.id] ?? 0) > 0);
  const kept: IndicatorDef[] = [];
  for (const def of used) {
    const f = def.formula;
    const main = latest(f.kind === "series" ? f.key : f.numerator);
    if (!main) continue;
    kept.push(def);
    if (f.kind === "rate") {
      const den = t.series
        .filter((s) => s.key === f.denominator)
        .sort(
          (a, b) =>
            Math.abs((a.year ?? 0) - (main.year ?? 0)) -
              Math.abs((b.year ?? 0) - (main.year ?? 0)) || (b.year ?? 0) - (a.year ?? 0),
        )[0];
      const pairs = rows.map((_, i) => ({ o: main.values[i] ?? null, p: den?.values[i] ?? null }));
      const ok = pairs.filter((x) => x.o !== null && x.p !== null && x.p > 0);
      const sumO = ok.reduce((s, x) => s + (x.o ?? 0), 0);
      const sumP = ok.reduce((s, x) => s + (x.p ?? 0), 0);
      const b = sumO / sumP;
      const s2 = ok.reduce((s, x) => s + (x.p ?? 0) * ((x.o ?? 0) / (x.p ?? 1) - b) ** 2, 0) / sumP;
      const a = Math.max(0, s2 - b / (sumP / ok.length));
      rows.forEach((r, i) => {
        const x = pairs[i];
        if (!x || x.o === null || x.p === null || !(x.p > 0)) r.raw[def.id] = null;
        else {
          const den2 = a + b / x.p;
          const w = den2 === 0 ? 0 : a / den2;
          r.raw[def.id] = (w * (x.o / x.p) + (1 - w) * b) * f.per;
        }
      });
    } else {
      rows.forEach((r, i) => {
        const v = main.values[i] ?? null;
        const area = t.districts[i]?.areaKm2 ?? 0;
        r.raw[def.id] = f.kind === "density" ? (v === null || !(area > 0) ? null : v / area) : v;
      });
    }
    const present = rows.map((r) => r.raw[def.id]).filter((v): v is number => v != null);
    const sorted = [...present].sort((x, y) => x - y);
    const q = (p: number) => {
      const h = (sorted.length - 1) * p;
      const lo = Math.floor(h);
      return (
        (sorted[lo] ?? 0) +
        (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - (sorted[lo] ?? 0))
      );
    };
    const lo = q(m.winsorP);
    const hi = q(1 - m.winsorP);
    const clipped = present.map((v) => Math.min(hi, Math.max(lo, v)));
    const min = Math.min(...clipped);
    const max = Math.max(...clipped);
    for (const r of rows) {
      const v = r.raw[def.id];
      if (v == null) continue;
      const x = max > min ? (Math.min(hi, Math.max(lo, v)) - min) / (max - min) : 0.5;
      r.norm[def.id] = def.direction === 1 ? x : 1 - x;
    }
  }
  const agg = rows.map((r) => {
    const ids = kept.map((d) => d.id).filter((id) => r.norm[id] !== undefined);
    const W = ids.reduce((s, id) => s + (m.weights[id] ?? 0), 0);
    return W > 0
      ? ids.reduce((s, id) => s + (m.weights[id] ?? 0) * (r.norm[id] ?? 0), 0) / W
      : null;
  });
  const present = agg.filter((v): v is number => v !== null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  return agg.map((v) => (v === null ? null : max > min ? (100 * (v - min)) / (max - min) : 50));
}

const defs = INDICATORS;
const m = DEFAULT_METHODOLOGY;
const result = fullRecompute(table, defs, m);
const naive = naiveIndex(table, defs, m);
let maxDiff = 0;
result.scores.forEach((s, i) => {
  const a = s.irs;
  const b = naive[i] ?? null;
  maxDiff = Math.max(
    maxDiff,
    a === null || b === null ? (a === b ? 0 : Infinity) : Math.abs(a - b),
  );
});

const n = table.districts.length;
const used = result.meta.indicatorsUsed.length;
const tFull = medianMs(50, () => fullRecompute(table, defs, m));
const tNaive = medianMs(50, () => naiveIndex(table, defs, m));
const tScratch = medianMs(20, () => {
  const t = toDistrictTable(JSON.parse(text), file);
  return fullRecompute(t, defs, m);
});

// 12 indicators: the real indicators with data, used twice under new ids (timing only).
const columns = buildIndicatorColumns(table, defs);
const withData = defs.filter((d) =>
  columns.find((c) => c.id === d.id)?.values.some((v) => v !== null),
);
const defs12: IndicatorDef[] = [];
const cols12: IndicatorColumn[] = [];
for (let k = 0; defs12.length < 12 && withData.length > 0; k++) {
  const d = withData[k % withData.length];
  const c = columns.find((x) => x.id === d?.id);
  if (!d || !c) break;
  const id = `${d.id}#${Math.floor(k / withData.length)}`;
  defs12.push({ ...d, id });
  cols12.push({ ...c, id });
}
const m12: Methodology = { ...m, weights: Object.fromEntries(defs12.map((d) => [d.id, 1])) };
const t12 = medianMs(50, () => computeComposite(cols12, defs12, m12, table.districts));
const t12pct = medianMs(50, () =>
  computeComposite(cols12, defs12, { ...m12, normalization: "percentile" }, table.districts),
);

const mcOpts = { ...DEFAULT_SENSITIVITY, runs: 1000 };
const timeMc = (c: IndicatorColumn[], d: IndicatorDef[], mm: Methodology) =>
  medianMs(5, () => runSensitivity(prepareSensitivity(c, d, mm, table.districts), mcOpts), 1);
const tMc = timeMc(columns, defs, m);
const tMc12 = timeMc(cols12, defs12, m12);
const tMcPrep = medianMs(20, () => prepareSensitivity(cols12, defs12, m12, table.districts));

const f = (x: number) => `${x.toFixed(2)} ms`;
console.log(`IRS engine benchmark — ${file}, node ${process.version}`);
console.log(`districts ${n}; indicators used by the default methodology: ${used}`);
console.log(`  (${result.meta.indicatorsUsed.join(", ")})`);
console.log(`without data: ${result.meta.indicatorsWithoutData.join(", ") || "—"}`);
console.log("");
console.log(`full recompute (build columns + composite), median of 50: ${f(tFull)}`);
console.log(`naive object-per-district baseline, median of 50:        ${f(tNaive)}`);
console.log(
  `  ratio naive / engine: ${(tNaive / tFull).toFixed(1)}×  (max |ΔIRS| = ${maxDiff.toExponential(2)})`,
);
console.log(`recompute from scratch (JSON.parse + guard + index), median of 20: ${f(tScratch)}`);
console.log(`  ratio from-scratch / engine: ${(tScratch / tFull).toFixed(1)}×`);
console.log("");
console.log(
  `computeComposite ${n} × ${defs12.length} indicators, min-max, median of 50: ${f(t12)} (target ≤ 16 ms)`,
);
console.log(
  `computeComposite ${n} × ${defs12.length} indicators, percentile, median of 50: ${f(t12pct)}`,
);
console.log("");
console.log(
  `Monte-Carlo 1,000 runs (${used} indicators, 3 normalisations), median of 5: ${f(tMc)}`,
);
console.log(
  `Monte-Carlo 1,000 runs (${defs12.length} indicators), median of 5: ${f(tMc12)} (target ≤ 300 ms)`,
);
console.log(`  of which prepare (treat + 3 normalisations), median of 20: ${f(tMcPrep)}`);
