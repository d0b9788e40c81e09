import type { StateCreator } from "zustand";
import { barrioStatusOfDistrict } from "../core/barrio-district";
import {
  buildSimilarityColumns,
  DEFAULT_SIMILAR_K,
  findSimilar,
  SIMILAR_VARIABLES,
  type SimilarVariable,
} from "../core/similar";
import type { DistrictTable } from "../data/contract";
import { selectPolice } from "./coverage-slice";
import { selectFescResult } from "./fesc-slice";
import type { AppState } from "./index";
import { selectIndicatorColumns } from "./index-slice";

export const MAX_SIMILAR_K = 20;

export interface SimilarSlice {
  /** Context variables of the similarity (crime and coverage never: they are what is compared). */
  similarVariables: readonly SimilarVariable[];
  similarK: number;
  toggleSimilarVariable: (v: SimilarVariable) => void;
  setSimilarK: (k: number) => void;
}

export const createSimilarSlice: StateCreator<AppState, [], [], SimilarSlice> = (set, get) => ({
  similarVariables: SIMILAR_VARIABLES,
  similarK: DEFAULT_SIMILAR_K,
  toggleSimilarVariable: (v) => {
    const cur = get().similarVariables;
    set({
      similarVariables: cur.includes(v)
        ? cur.filter((x) => x !== v)
        : SIMILAR_VARIABLES.filter((x) => x === v || cur.includes(x)),
    });
  },
  setSimilarK: (k) =>
    set({
      similarK: Number.isFinite(k) ? Math.min(MAX_SIMILAR_K, Math.max(1, Math.round(k))) : 1,
    }),
});

/** One row of the comparison table (the selected district first, then its similar ones). */
export interface SimilarRow {
  id: number;
  /** null for the selected district itself. */
  distance: number | null;
  irs: number | null;
  rank: number | null;
  /** Crime family rates of the index period, in the order of `crimeIds`. */
  crimeRates: (number | null)[];
  /** Change of all crime reports, latest complete year vs the one before, %. */
  trendPct: number | null;
  /** Barrios the partial register locates in the district; 0 = "no figura"; null = not loaded. */
  barrios: number | null;
  officersPer10k: number | null;
  /** In the current FESC selection; null when there is no selection. */
  fesc: boolean | null;
}

export interface SimilarResult {
  crimeIds: string[];
  trendYears: [number, number] | null;
  rows: SimilarRow[];
}

/** Latest complete year of the total crime series and its change against the year before. */
function crimeTrend(table: DistrictTable): {
  years: [number, number] | null;
  pct: (number | null)[];
} {
  const totals = table.series.filter(
    (s) => s.key === "crime_total" && s.year !== null && (!s.months || s.months.length === 12),
  );
  const last = totals.reduce<(typeof totals)[number] | null>(
    (a, s) => (a === null || (s.year ?? 0) > (a.year ?? 0) ? s : a),
    null,
  );
  const prev = last ? totals.find((s) => s.year === (last.year ?? 0) - 1) : undefined;
  if (!last || !prev || last.year === null || prev.year === null) return { years: null, pct: [] };
  const pct = last.values.map((v, i) => {
    const p = prev.values[i];
    return v === null || p === null || p === undefined || p <= 0 ? null : ((v - p) / p) * 100;
  });
  return { years: [prev.year, last.year], pct };
}

let memo: { key: unknown[]; value: SimilarResult | null } | null = null;

/** The selected district's similar districts with the comparison columns (memoised). */
export function selectSimilar(state: AppState): SimilarResult | null {
  const fesc = selectFescResult(state);
  const key = [
    state.table,
    state.selectedId,
    state.similarVariables,
    state.similarK,
    state.scores,
    state.indicatorDefs,
    state.methodology,
    state.barrio,
    fesc,
  ];
  if (memo && memo.key.every((k, i) => k === key[i])) return memo.value;
  const value = computeSimilar(state, fesc);
  memo = { key, value };
  return value;
}

function computeSimilar(
  state: AppState,
  fesc: ReturnType<typeof selectFescResult>,
): SimilarResult | null {
  const { table, selectedId } = state;
  if (!table || selectedId === null || !table.districts[selectedId]) return null;
  const similar = findSimilar(
    buildSimilarityColumns(table, state.similarVariables),
    selectedId,
    state.similarK,
  );
  const resolved = selectIndicatorColumns(state);
  const crimeDefs = state.indicatorDefs.filter((d) => d.crime && !d.summary);
  const crimeCols = crimeDefs.flatMap((d) => {
    const c = resolved?.columns.find((x) => x.id === d.id);
    return c && !resolved?.missingIndicators.includes(d.id) ? [c] : [];
  });
  const trend = crimeTrend(table);
  const police = selectPolice(state);
  const fescIds = fesc ? new Set(fesc.rows.map((r) => r.id)) : null;
  const rowOf = (id: number, distance: number | null): SimilarRow => {
    const d = table.districts[id];
    const score = state.scores?.[id];
    const found = state.barrio && d ? barrioStatusOfDistrict(state.barrio.rows, d) : null;
    return {
      id,
      distance,
      irs: score?.irs ?? null,
      rank: score?.rank ?? null,
      crimeRates: crimeCols.map((c) => c.values[id] ?? null),
      trendPct: trend.pct[id] ?? null,
      barrios: found ? (found.kind === "located" ? found.barrios.length : 0) : null,
      officersPer10k: police?.rows[id]?.officersPer10k ?? null,
      fesc: fescIds ? fescIds.has(id) : null,
    };
  };
  return {
    crimeIds: crimeCols.map((c) => c.id),
    trendYears: trend.years,
    rows: [rowOf(selectedId, null), ...similar.map((s) => rowOf(s.id, s.distance))],
  };
}
