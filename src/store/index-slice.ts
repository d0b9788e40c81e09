import type { StateCreator } from "zustand";
import { DEFAULT_METHODOLOGY } from "../config/methodology";
import { INDEX_LAYER_TEXT } from "../config/layer-text";
import { computeComposite, type CompositeMeta } from "../core/composite";
import {
  methodologyPeriod,
  pickSeries,
  resolveIndicatorColumns,
  type Period,
} from "../core/indicator-values";
import {
  DEFAULT_SENSITIVITY,
  prepareSensitivity,
  type SensitivityOptions,
  type SensitivityResult,
} from "../core/sensitivity";
import type {
  Aggregation,
  ClassMethod,
  DistrictScore,
  IndicatorColumn,
  IndicatorDef,
  Methodology,
  MissingRule,
  Normalization,
  Smoothing,
  Text,
} from "../core/types";
import { presetMethodology } from "../core/weights";
import { presetById } from "../config/presets";
import type { DistrictTable } from "../data/contract";
import { createSensitivityClient, type SensitivityClient } from "../workers/sensitivity-client";
import type { AppState } from "./index";
import { registerLayerProvider } from "./layer-providers";
import { buildMapLayer, type MapLayer } from "./map-layer";
import { registerMethodologyAccess } from "./url-sync";

/** Layer ids of the index feature. */
export const IRS_LAYER = "irs";
export const STABILITY_LAYER = "irs-stability";

/** The picker's entries of the index feature (words: config/layer-text.ts). */
export const IRS_LAYER_OPTIONS: { id: string; label: Text }[] = [
  { id: IRS_LAYER, label: INDEX_LAYER_TEXT.irs },
  { id: STABILITY_LAYER, label: INDEX_LAYER_TEXT.stability },
];

/** What the index used, for the panel, the card and the methodology sheet. */
export interface IndexMeta extends CompositeMeta {
  /** Indicators whose source series is absent from the loaded data (e.g. crime without SIDPOL). */
  missingIndicators: string[];
  /** Year of each indicator's series (null = undated). */
  indicatorYears: Record<string, number | null>;
  /** Crime and rate indicators: years pooled, population years, months of a partial year. */
  indicatorPeriods: Record<string, NonNullable<IndicatorColumn["period"]>>;
  /** Source ids of the series the used indicators read. */
  sourceIds: string[];
}

export type SensitivityStatus = "idle" | "running" | "done" | "cancelled" | "error";

/** Monte-Carlo settings chosen in the panel (core SensitivityOptions). */
export type SensitivityParams = SensitivityOptions;

export interface SensitivityState {
  status: SensitivityStatus;
  /** 0..1 */
  progress: number;
  params: SensitivityParams;
  /** Per district (id): median rank, p5, p95, share in top N — from the last completed run. */
  result: SensitivityResult | null;
  /** The methodology the result was computed with (stale when it is not the one in force). */
  methodology: Methodology | null;
  /** Wall time of the last completed run, from the request to the result (ms). */
  elapsedMs: number | null;
  error: string | null;
}

export interface IndexSlice {
  methodology: Methodology;
  /** Preset last applied; null once the weights are edited by hand. */
  presetId: string | null;
  /** Derived cache (recompute): IRS per district id. */
  scores: DistrictScore[] | null;
  indexMeta: IndexMeta | null;
  /** Duration of the last recompute() in the browser (ms), shown in the panel and read by the bench. */
  recomputeMs: number | null;
  sensitivity: SensitivityState;
  methodologySheetOpen: boolean;
  /** Replace the whole methodology (links, saved views). */
  setMethodology: (m: Methodology) => void;
  setWeight: (indicatorId: string, weight: number) => void;
  applyPreset: (presetId: string) => void;
  setSmoothing: (s: Smoothing) => void;
  setNormalization: (n: Normalization) => void;
  setAggregation: (a: Aggregation) => void;
  setClassMethod: (c: ClassMethod) => void;
  setFixedBreaks: (breaks: number[]) => void;
  setWinsor: (p: number) => void;
  setLogTransform: (on: boolean) => void;
  setMissingRule: (r: MissingRule) => void;
  /** Reference year of the index's series (null = latest). */
  setIndexYear: (year: number | null) => void;
  /** Complete years pooled for crime rates (1 = single year). */
  setCrimeWindow: (window: number) => void;
  /** Annualise a partial year's crime counts (× 12 / months). */
  setAnnualise: (on: boolean) => void;
  resetMethodology: () => void;
  setSensitivityParams: (patch: Partial<SensitivityParams>) => void;
  /** Start a Monte-Carlo run in the worker (a running one is cancelled first). */
  runSensitivity: (params?: Partial<SensitivityParams>) => Promise<void>;
  cancelSensitivity: () => void;
  setMethodologySheetOpen: (open: boolean) => void;
}

const INITIAL_SENSITIVITY: SensitivityState = {
  status: "idle",
  progress: 0,
  params: DEFAULT_SENSITIVITY,
  result: null,
  methodology: null,
  elapsedMs: null,
  error: null,
};

let clientFactory: () => SensitivityClient = () => createSensitivityClient();
let client: SensitivityClient | null = null;
/** The job in progress (a newer run supersedes it). */
let current: { cancel: () => void } | null = null;

/** Replace the worker client (tests: a fake worker). Disposes the current one. */
export function setSensitivityClientFactory(factory: () => SensitivityClient): void {
  client?.dispose();
  client = null;
  clientFactory = factory;
}

const memoColumns = (() => {
  let key: [DistrictTable, readonly IndicatorDef[], string] | null = null;
  let value: ReturnType<typeof resolveIndicatorColumns> | null = null;
  return (table: DistrictTable, defs: readonly IndicatorDef[], period: Period) => {
    const pk = JSON.stringify(period);
    if (!key || key[0] !== table || key[1] !== defs || key[2] !== pk || !value) {
      value = resolveIndicatorColumns(table, defs, period);
      key = [table, defs, pk];
    }
    return value;
  };
})();

/** Raw indicator columns for the methodology's period (memoised on table, defs and period). */
export function selectIndicatorColumns(
  s: Pick<AppState, "table" | "indicatorDefs" | "methodology">,
): { columns: IndicatorColumn[]; missingIndicators: string[] } | null {
  if (!s.table) return null;
  return memoColumns(s.table, s.indicatorDefs, methodologyPeriod(s.methodology));
}

function seriesKeys(def: IndicatorDef): string[] {
  const f = def.formula;
  if (f.kind === "series") return [f.key];
  if (f.kind === "density") return [f.numerator];
  return [f.numerator, f.denominator];
}

/**
 * The index for the state: scores and meta (the one derived cache of the feature). Called by the
 * store's recompute() before the map layer is built. Without a table → nulls.
 */
export function computeIndexState(
  s: Pick<AppState, "table" | "indicatorDefs" | "methodology">,
): Pick<IndexSlice, "scores" | "indexMeta"> {
  const table = s.table;
  const resolved = selectIndicatorColumns(s);
  if (!table || !resolved) return { scores: null, indexMeta: null };
  const { scores, meta } = computeComposite(
    resolved.columns,
    s.indicatorDefs,
    s.methodology,
    table.districts,
  );
  const indicatorYears: Record<string, number | null> = {};
  const indicatorPeriods: IndexMeta["indicatorPeriods"] = {};
  for (const c of resolved.columns) {
    indicatorYears[c.id] = c.year;
    if (c.period) indicatorPeriods[c.id] = c.period;
  }
  const sourceIds = new Set<string>();
  for (const id of meta.indicatorsUsed) {
    const def = s.indicatorDefs.find((d) => d.id === id);
    if (!def) continue;
    for (const key of seriesKeys(def)) {
      const sid = pickSeries(table.series, key, indicatorYears[id] ?? null)?.sourceId;
      if (sid) sourceIds.add(sid);
    }
  }
  return {
    scores,
    indexMeta: {
      ...meta,
      missingIndicators: resolved.missingIndicators,
      indicatorYears,
      indicatorPeriods,
      sourceIds: [...sourceIds],
    },
  };
}

/** The crime period the index used (its first crime indicator's), for titles; undefined without crime. */
export function indexPeriod(
  s: Pick<AppState, "indexMeta" | "indicatorDefs">,
): IndexMeta["indicatorPeriods"][string] | undefined {
  const meta = s.indexMeta;
  if (!meta) return undefined;
  const crimeId = meta.indicatorsUsed.find((id) => s.indicatorDefs.find((d) => d.id === id)?.crime);
  return crimeId === undefined ? undefined : meta.indicatorPeriods[crimeId];
}

/** The reference year of the index: its first used indicator's year (latest complete by default). */
function indexYear(s: Pick<AppState, "indexMeta" | "methodology">): number | null {
  const meta = s.indexMeta;
  if (!meta) return s.methodology.year ?? null;
  const years = meta.indicatorsUsed
    .map((id) => meta.indicatorYears[id])
    .filter((y): y is number => typeof y === "number");
  return s.methodology.year ?? (years.length ? Math.max(...years) : null);
}

/** The "irs" layer: IRS classes with the methodology's classification, risk palette. */
export function irsMapLayer(s: AppState): MapLayer | null {
  if (!s.scores) return null;
  const m = s.methodology;
  const layer = buildMapLayer(
    {
      layerId: IRS_LAYER,
      label: INDEX_LAYER_TEXT.irs,
      unit: INDEX_LAYER_TEXT.irsUnit,
      year: indexYear(s),
      ...(indexPeriod(s) ? { period: indexPeriod(s) } : {}),
      sourceIds: s.indexMeta?.sourceIds ?? [],
      values: s.scores.map((d) => d.irs),
      method: m.classMethod,
      palette: "risk",
    },
    m.fixedBreaks,
  );
  return {
    ...layer,
    namedClasses: true,
    noData: "no-irs",
  };
}

/**
 * The "irs-stability" layer: width of the 5–95 % rank interval (p95 − p5, in ranks) from the last
 * Monte-Carlo run, quantile classes, neutral palette (darker = less stable). Without a run every
 * district is "no data" and the title says how to get one.
 */
export function stabilityMapLayer(s: AppState): MapLayer | null {
  if (!s.table) return null;
  const r = s.sensitivity.result;
  const n = s.table.districts.length;
  const values: (number | null)[] = new Array<number | null>(n).fill(null);
  if (r) {
    for (let i = 0; i < n; i++) {
      const lo = r.p05Rank[i] ?? NaN;
      const hi = r.p95Rank[i] ?? NaN;
      values[i] = Number.isFinite(lo) && Number.isFinite(hi) ? hi - lo : null;
    }
  }
  const base = INDEX_LAYER_TEXT.stability;
  return buildMapLayer({
    layerId: STABILITY_LAYER,
    label: r ? base : INDEX_LAYER_TEXT.stabilityPending(base),
    unit: INDEX_LAYER_TEXT.stabilityUnit(r ? r.runs : null),
    year: s.methodology.year ?? null,
    sourceIds: s.indexMeta?.sourceIds ?? [],
    values,
    method: "quantile",
    palette: "neutral",
  });
}

registerLayerProvider((s) => {
  if (s.layerId === IRS_LAYER) return irsMapLayer(s);
  if (s.layerId === STABILITY_LAYER) return stabilityMapLayer(s);
  return undefined;
});

/** Is the Monte-Carlo result from another methodology than the one in force? */
export function selectSensitivityStale(s: Pick<AppState, "sensitivity" | "methodology">): boolean {
  return s.sensitivity.result !== null && s.sensitivity.methodology !== s.methodology;
}

export const createIndexSlice: StateCreator<AppState, [], [], IndexSlice> = (set, get, api) => {
  // The picker lists the IRS layers first as soon as the district table is in.
  api.subscribe((s, prev) => {
    if (!s.dataLoaded || prev.dataLoaded) return;
    const ids = new Set(IRS_LAYER_OPTIONS.map((o) => o.id));
    const others = s.extraLayerOptions.filter((o) => !ids.has(o.id));
    set({ extraLayerOptions: [...IRS_LAYER_OPTIONS, ...others] });
  });
  const update = (patch: Partial<Methodology>, presetId: string | null = null) => {
    set({ methodology: { ...get().methodology, ...patch }, presetId });
    get().recompute();
  };
  registerMethodologyAccess({
    get: (s) => s.methodology,
    set: (m) => get().setMethodology(m),
    defaults: DEFAULT_METHODOLOGY,
  });
  return {
    methodology: DEFAULT_METHODOLOGY,
    presetId: "default",
    scores: null,
    indexMeta: null,
    recomputeMs: null,
    sensitivity: INITIAL_SENSITIVITY,
    methodologySheetOpen: false,
    setMethodology: (m) => {
      set({ methodology: m, presetId: null });
      get().recompute();
    },
    setWeight: (id, weight) =>
      update({
        weights: {
          ...get().methodology.weights,
          [id]: Number.isFinite(weight) && weight > 0 ? weight : 0,
        },
      }),
    applyPreset: (presetId) => {
      const m = presetMethodology(
        presetById(presetId),
        get().indicatorDefs,
        get().methodology,
        DEFAULT_METHODOLOGY.winsorP,
      );
      update({ weights: m.weights, winsorP: m.winsorP }, presetId);
    },
    setSmoothing: (smoothing) => update({ smoothing }, get().presetId),
    setNormalization: (normalization) => update({ normalization }, get().presetId),
    setAggregation: (aggregation) => update({ aggregation }, get().presetId),
    setClassMethod: (classMethod) => update({ classMethod }, get().presetId),
    setFixedBreaks: (fixedBreaks) =>
      update({ fixedBreaks: [...fixedBreaks].sort((a, b) => a - b) }, get().presetId),
    setWinsor: (p) =>
      update({ winsorP: Number.isFinite(p) ? Math.min(0.25, Math.max(0, p)) : 0 }, get().presetId),
    setLogTransform: (logTransform) => update({ logTransform }, get().presetId),
    setMissingRule: (missing) => update({ missing }, get().presetId),
    setIndexYear: (year) => update({ year }, get().presetId),
    setCrimeWindow: (w) =>
      update({ crimeWindow: Number.isInteger(w) && w >= 1 && w <= 5 ? w : 1 }, get().presetId),
    setAnnualise: (annualise) => update({ annualise }, get().presetId),
    resetMethodology: () => {
      set({ methodology: DEFAULT_METHODOLOGY, presetId: "default" });
      get().recompute();
    },
    setSensitivityParams: (patch) =>
      set({
        sensitivity: { ...get().sensitivity, params: { ...get().sensitivity.params, ...patch } },
      }),
    runSensitivity: async (patch) => {
      const s = get();
      const resolved = selectIndicatorColumns(s);
      if (!s.table || !resolved) return;
      current?.cancel();
      const token = { cancel: () => job.cancel() };
      current = token;
      const params = { ...s.sensitivity.params, ...patch };
      const methodology = s.methodology;
      const t0 = performance.now();
      const input = prepareSensitivity(
        resolved.columns,
        s.indicatorDefs,
        methodology,
        s.table.districts,
      );
      set({
        sensitivity: { ...get().sensitivity, status: "running", progress: 0, params, error: null },
      });
      client ??= clientFactory();
      const job = client.run(input, params, (done, total) => {
        if (current !== token) return;
        set({
          sensitivity: { ...get().sensitivity, progress: total > 0 ? done / total : 1 },
        });
      });
      try {
        const result = await job.promise;
        if (current !== token) return; // superseded by a newer run
        current = null;
        if (result === null) {
          set({ sensitivity: { ...get().sensitivity, status: "cancelled" } });
          return;
        }
        set({
          sensitivity: {
            ...get().sensitivity,
            status: "done",
            progress: 1,
            result,
            methodology,
            elapsedMs: performance.now() - t0,
          },
        });
        get().recompute();
      } catch (e) {
        if (current !== token) return;
        current = null;
        set({
          sensitivity: {
            ...get().sensitivity,
            status: "error",
            error: e instanceof Error ? e.message : String(e),
          },
        });
      }
    },
    cancelSensitivity: () => current?.cancel(),
    setMethodologySheetOpen: (methodologySheetOpen) => set({ methodologySheetOpen }),
  };
};
