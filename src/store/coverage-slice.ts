import type { StateCreator } from "zustand";
import { parseBarrioSeguro, type BarrioSeguroData } from "../core/barrio-seguro";
import {
  compareWithRegionTable,
  computeDistrictCoverage,
  type DistrictCoverage,
} from "../core/coverage";
import { classifyGaps, type GapInput, type GapQuadrant, type GapResult } from "../core/gaps";
import type { RiskThreshold } from "../core/gaps";
import { resolveIndicatorColumns } from "../core/indicator-values";
import { pickSeries } from "../core/indicator-values";
import { computePoliceCoverage, type PoliceSummary } from "../core/police";
import type { DataIssue } from "../core/data-issues";
import type { DistrictScore, IndicatorDef, Text } from "../core/types";
import {
  BARRIO_COUNT_CLASS_TEXT,
  COVERAGE_LAYER_TEXT,
  COVERAGE_UNIT_TEXT,
  GAP_QUADRANT_TEXT,
  POLICE_CLASS_TEXT,
} from "../config/layer-text";
import { DATA_FILES } from "../config/map";
import type { DistrictTable, PoliceStations } from "../data/contract";
import { dataIssuesOf, fetchJson } from "../data/load";
import { parsePoliceStations } from "../data/schema";
import type { AppState } from "./index";
import { registerLayerProvider } from "./layer-providers";
import { indexPeriod } from "./index-slice";
import { buildMapLayer, partialYearCaption, type LayerCaption, type MapLayer } from "./map-layer";

export type CoverageStatus = "idle" | "loading" | "ready" | "error";

/** Where the Barrio Seguro register in force comes from. */
export type BarrioOrigin = "bundled" | "imported";

export interface CoverageSlice {
  coverageStatus: CoverageStatus;
  /** Validation problems of barrio-seguro.json / police-stations.json (Spanish). */
  /** Problems of the coverage files (codes; the panel words them). */
  coverageIssues: DataIssue[];
  barrio: BarrioSeguroData | null;
  barrioOrigin: BarrioOrigin;
  policeStations: PoliceStations | null;
  /** Draw the comisarías as points on the map. */
  showStations: boolean;
  /** When a district counts as high risk in the gap view. */
  gapThreshold: RiskThreshold;
  /** Fetch and validate barrio-seguro.json and police-stations.json once (idempotent). */
  loadCoverage: () => Promise<void>;
  /** Put an imported register in force (the bundled region table is kept). */
  setBarrioRows: (rows: BarrioSeguroData["rows"], origin: BarrioOrigin) => void;
  setShowStations: (show: boolean) => void;
  setGapThreshold: (t: RiskThreshold) => void;
}

/** Layer ids this feature adds to the picker. */
export const COVERAGE_LAYER = {
  count: "bs-count",
  year: "bs-year",
  gaps: "bs-gaps",
  police: "police-per-100k",
} as const;

/** The picker's entries, in this order (words: config/layer-text.ts). */
const COVERAGE_LAYER_OPTIONS: { id: string; label: Text }[] = (
  ["gaps", "count", "year", "police"] as const
).map((k) => ({ id: COVERAGE_LAYER[k], label: COVERAGE_LAYER_TEXT[k] }));

/** Quadrant → class index of the categorical gap layer (order of the "quadrant" palette). */
export const GAP_CLASS: Record<GapQuadrant, number> = {
  "low-uncovered": 0,
  graduation: 1,
  "covered-high": 2,
  gap: 3,
};

/** The quadrants' names (layer classes, gap list, CSV column). */
export const GAP_LABELS: Record<GapQuadrant, Text> = GAP_QUADRANT_TEXT;

export const DEFAULT_GAP_THRESHOLD: RiskThreshold = { kind: "class", minClass: 4 };

export const createCoverageSlice: StateCreator<AppState, [], [], CoverageSlice> = (
  set,
  get,
  api,
) => {
  // The picker lists these layers as soon as the district table is in, and the files load right
  // after the first draw (not before: their parse and the recompute that follows would delay it).
  // The layers work without opening the Barrio Seguro tab; a layer chosen earlier (a link) is
  // drawn once they arrive.
  api.subscribe((s, prev) => {
    if (s.dataLoaded && !prev.dataLoaded) {
      const others = s.extraLayerOptions.filter(
        (o) => !COVERAGE_LAYER_OPTIONS.some((c) => c.id === o.id),
      );
      set({ extraLayerOptions: [...others, ...COVERAGE_LAYER_OPTIONS] });
    }
    if (s.status === "ready" && prev.status !== "ready") void get().loadCoverage();
  });
  return {
    coverageStatus: "idle",
    coverageIssues: [],
    barrio: null,
    barrioOrigin: "bundled",
    policeStations: null,
    showStations: false,
    gapThreshold: DEFAULT_GAP_THRESHOLD,
    loadCoverage: async () => {
      if (get().coverageStatus === "loading" || get().coverageStatus === "ready") return;
      set({ coverageStatus: "loading" });
      try {
        const [b, p] = await Promise.all([
          fetchJson(DATA_FILES.barrioSeguro),
          fetchJson(DATA_FILES.police),
        ]);
        const barrio = parseBarrioSeguro(b);
        const police = parsePoliceStations(p, get().table?.districts.length);
        set({
          barrio: barrio.data,
          policeStations: police.value,
          coverageIssues: [...barrio.issues, ...police.issues],
          coverageStatus: barrio.data ? "ready" : "error",
        });
      } catch (e) {
        set({
          coverageStatus: "error",
          coverageIssues: dataIssuesOf(e),
        });
      }
      get().recompute();
    },
    setBarrioRows: (rows, origin) => {
      const cur = get().barrio;
      set({
        barrio: {
          version: 1,
          rows,
          regionTotals: cur?.regionTotals ?? [],
          documentTotal: cur?.documentTotal ?? null,
        },
        barrioOrigin: origin,
      });
      get().recompute();
    },
    setShowStations: (showStations) => set({ showStations }),
    setGapThreshold: (gapThreshold) => {
      set({ gapThreshold });
      get().recompute();
    },
  };
};

/** Memo on object identity: recomputed only when one of the inputs is a new object. */
function memo<A extends readonly unknown[], R>(fn: (...a: A) => R): (...a: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((x, i) => x === args[i])) {
      return last.value;
    }
    const value = fn(...args);
    last = { args, value };
    return value;
  };
}

/** The IRS per district under the methodology in force (the index slice's derived cache). */
export function selectScores(state: AppState): DistrictScore[] | null {
  return state.scores;
}

/** Weights of the methodology in force (names the indicators in force, heads the export). */
export function selectWeights(state: AppState): Record<string, number> {
  return state.methodology.weights;
}

/** Indicators with weight > 0 and data (in force) and weighted ones without data (e.g. crime). */
export const selectIndicatorsInForce = memo(
  (table: DistrictTable | null, weights: Record<string, number>, defs: readonly IndicatorDef[]) => {
    if (!table) return { used: [], withoutData: [] };
    const { missingIndicators } = resolveIndicatorColumns(table, defs);
    const weighted = defs.filter((d) => (weights[d.id] ?? 0) > 0);
    return {
      used: weighted.filter((d) => !missingIndicators.includes(d.id)),
      withoutData: weighted.filter((d) => missingIndicators.includes(d.id)),
    };
  },
);

const coverageByUbigeo = memo((barrio: BarrioSeguroData | null) =>
  barrio ? computeDistrictCoverage(barrio.rows) : new Map<string, DistrictCoverage>(),
);

/** Barrio Seguro coverage per district ubigeo (districts without a barrio are absent). */
export function selectDistrictCoverage(state: AppState): Map<string, DistrictCoverage> {
  return coverageByUbigeo(state.barrio);
}

/** Latest population per district id. */
export const selectPopulation = memo(
  (table: DistrictTable | null): { values: readonly (number | null)[]; year: number | null } => {
    const s = table ? pickSeries(table.series, "population") : undefined;
    return { values: s?.values ?? [], year: s?.year ?? null };
  },
);

const gapsOf = memo(
  (
    table: DistrictTable | null,
    scores: DistrictScore[] | null,
    coverage: Map<string, DistrictCoverage>,
    threshold: RiskThreshold,
  ): GapResult | null => {
    if (!table || !scores) return null;
    const pop = selectPopulation(table).values;
    const inputs: GapInput[] = table.districts.map((d) => ({
      ubigeo: d.ubigeo,
      departmentCode: d.departmentCode,
      population: pop[d.id] ?? null,
      risk: scores[d.id]?.irs ?? null,
      classIndex: scores[d.id]?.classIndex ?? null,
      covered: coverage.has(d.ubigeo),
    }));
    return classifyGaps(inputs, threshold);
  },
);

/** Risk × coverage quadrants of every district (rows aligned with table.districts). */
export function selectGaps(state: AppState): GapResult | null {
  if (!state.barrio) return null;
  return gapsOf(
    state.table,
    selectScores(state),
    selectDistrictCoverage(state),
    state.gapThreshold,
  );
}

const policeOf = memo((table: DistrictTable | null): PoliceSummary | null =>
  table ? computePoliceCoverage(table) : null,
);

/** Comisarías and officers per district (CENACOM 2017 series of the table). */
export function selectPolice(state: AppState): PoliceSummary | null {
  return policeOf(state.table);
}

const registerExtent = memo((barrio: BarrioSeguroData) => {
  const cmp = compareWithRegionTable(barrio);
  return { located: cmp.identified, documentBarrios: cmp.documentBarrios || null };
});

/**
 * The caption of the Barrio Seguro layers: how much of the document's barrios the register locates.
 * None when the register locates at least as many barrios as the document counts.
 */
function registerCaption(barrio: BarrioSeguroData, zeroIsAbsent: boolean): LayerCaption[] {
  const { located, documentBarrios } = registerExtent(barrio);
  if (documentBarrios !== null && located >= documentBarrios) return [];
  return [{ code: "partial-register", located, documentBarrios, zeroIsAbsent }];
}

function coverageLayer(s: AppState): MapLayer | null | undefined {
  const table = s.table;
  if (!table) return undefined;
  const id = s.layerId;
  if (id === COVERAGE_LAYER.police) {
    const police = selectPolice(s);
    if (!police) return null;
    // Fixed classes: 835 districts have no station, so quantile breaks would collapse at 0.
    return {
      ...buildMapLayer(
        {
          layerId: id,
          label: COVERAGE_LAYER_TEXT.police,
          unit: COVERAGE_UNIT_TEXT.police,
          year: police.years.stations,
          sourceIds: ["inei-cenacom-2017"],
          values: police.rows.map((r) => r.stationsPer100k),
          method: "fixed",
          palette: "neutral",
        },
        [0, 5, 10, 20],
      ),
      classLabels: [...POLICE_CLASS_TEXT],
    };
  }
  if (id !== COVERAGE_LAYER.count && id !== COVERAGE_LAYER.year && id !== COVERAGE_LAYER.gaps) {
    return undefined;
  }
  const label = COVERAGE_LAYER_OPTIONS.find((o) => o.id === id)?.label ?? { es: id, en: id };
  if (!s.barrio) return null;
  const coverage = selectDistrictCoverage(s);
  const sourceIds = ["barrio-seguro-registro", "barrio-seguro-prensa"];
  if (id === COVERAGE_LAYER.count) {
    const values = table.districts.map((d) => coverage.get(d.ubigeo)?.barrioCount ?? 0);
    return {
      ...buildMapLayer(
        {
          layerId: id,
          label,
          unit: COVERAGE_UNIT_TEXT.count,
          year: null,
          sourceIds,
          values,
          method: "fixed",
          palette: "neutral",
          caption: registerCaption(s.barrio, true),
        },
        [0, 1, 2, 3],
      ),
      classLabels: [...BARRIO_COUNT_CLASS_TEXT],
    };
  }
  if (id === COVERAGE_LAYER.year) {
    const values = table.districts.map((d) => coverage.get(d.ubigeo)?.firstYear ?? null);
    return buildMapLayer({
      layerId: id,
      label,
      unit: COVERAGE_UNIT_TEXT.year,
      year: null,
      sourceIds,
      values,
      method: "quantile",
      palette: "neutral",
      caption: registerCaption(s.barrio, false),
    });
  }
  const gaps = selectGaps(s);
  if (!gaps) return null;
  const classIndex = new Int8Array(table.districts.length).fill(-1);
  gaps.rows.forEach((r, i) => {
    if (r.quadrant !== null) classIndex[i] = GAP_CLASS[r.quadrant];
  });
  const order: GapQuadrant[] = ["low-uncovered", "graduation", "covered-high", "gap"];
  return {
    layerId: id,
    label,
    unit: COVERAGE_UNIT_TEXT.gaps,
    year: null,
    sourceIds: [
      ...sourceIds,
      "inei-poblacion",
      "inei-pobreza-2018",
      "ubigeo-peru-aumentado",
      "inei-cenacom-2017",
    ],
    values: Array.from(classIndex, (c) => (c < 0 ? null : c)),
    classIndex,
    breaks: [],
    min: 0,
    max: 3,
    classCount: 4,
    method: "fixed",
    palette: "quadrant",
    classLabels: order.map((q) => GAP_LABELS[q]),
    // The quadrants read the IRS: its partial year (when chosen) is part of what the map shows.
    caption: [
      ...registerCaption(s.barrio, false),
      ...[partialYearCaption(indexPeriod(s))].filter((c) => c !== null),
    ],
  };
}

registerLayerProvider(coverageLayer);
