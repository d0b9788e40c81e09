import type { StateCreator } from "zustand";
import { HOTSPOT_LAYER_TEXT } from "../config/layer-text";
import { resolveLayerValues } from "../core/layer-catalog";
import {
  DEFAULT_LISA_OPTIONS,
  type LisaClass,
  type LisaCorrection,
  type LisaExclusion,
} from "../core/local-moran";
import type { Text } from "../core/types";
import {
  createHotspotClient,
  type HotspotClient,
  type HotspotResult,
} from "../workers/hotspot-client";
import type { AppState } from "./index";
import { IRS_LAYER } from "./index-slice";
import { registerLayerProvider } from "./layer-providers";
import type { MapLayer } from "./map-layer";

/** The hot-spot (Local Moran's I) layer id. */
export const HOTSPOT_LAYER = "hotspots";

export type HotspotStatus = "idle" | "running" | "ready" | "error";

export interface HotspotState {
  status: HotspotStatus;
  /** Layer whose values are tested: the IRS ("irs") or any plain indicator layer id. */
  sourceId: string;
  correction: LisaCorrection;
  /** Districts done of the current run (progress bar). */
  done: number;
  total: number;
  result: HotspotResult | null;
  /** The values the result was computed on (identity: stale when the inputs change). */
  inputValues: readonly (number | null)[] | null;
  error: string | null;
}

export interface HotspotSlice {
  hotspot: HotspotState;
  runHotspots: () => Promise<void>;
  setHotspotCorrection: (c: LisaCorrection) => void;
  setHotspotSource: (id: string) => void;
}

const INITIAL: HotspotState = {
  status: "idle",
  sourceId: IRS_LAYER,
  correction: DEFAULT_LISA_OPTIONS.correction,
  done: 0,
  total: 0,
  result: null,
  inputValues: null,
  error: null,
};

const HOTSPOT_OPTION: { id: string; label: Text } = {
  id: HOTSPOT_LAYER,
  label: HOTSPOT_LAYER_TEXT.label,
};

/** Class → class index of the layer (order of the "lisa" palette; "ns" is its pale grey). */
export const HOTSPOT_CLASS: Record<LisaClass, number> = { HL: 0, LH: 1, LL: 2, HH: 3, ns: 4 };

const HOTSPOT_LABELS: Record<LisaClass, Text> = HOTSPOT_LAYER_TEXT.classes;

/** The values the hot spots are computed on, for the source layer in force (null: none yet). */
export function selectHotspotValues(s: AppState): readonly (number | null)[] | null {
  if (!s.table) return null;
  const id = s.hotspot.sourceId;
  if (id === IRS_LAYER) return s.scores ? s.scores.map((x) => x?.irs ?? null) : null;
  const period = {
    year: s.year,
    window: s.methodology.crimeWindow ?? 1,
    annualise: s.methodology.annualise ?? true,
  };
  return resolveLayerValues(s.table, s.indicatorDefs, id, period)?.values ?? null;
}

/** Equal values (element-wise): a recompute that yields the same numbers does not re-run. */
function sameValues(a: readonly (number | null)[] | null, b: readonly (number | null)[] | null) {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Counts per class and per exclusion reason (status line, e2e). */
export function summariseHotspots(r: HotspotResult): {
  classes: Record<LisaClass, number>;
  excluded: Record<LisaExclusion, number>;
} {
  const classes: Record<LisaClass, number> = { HH: 0, LL: 0, HL: 0, LH: 0, ns: 0 };
  for (const c of r.classes) classes[c] += 1;
  const excluded: Record<LisaExclusion, number> = { "no-value": 0, "no-neighbours": 0 };
  for (const [, why] of r.excluded) excluded[why] += 1;
  return { classes, excluded };
}

/** The rule in words, for the layer's title (the legend heads with it). */
function ruleText(r: HotspotResult): Text {
  const { permutations, alpha, correction } = r.options;
  return HOTSPOT_LAYER_TEXT.rule({ correction, alpha, permutations, pThreshold: r.pThreshold });
}

function hotspotLayer(s: AppState): MapLayer | null | undefined {
  if (s.layerId !== HOTSPOT_LAYER) return undefined;
  if (!s.table) return null;
  const n = s.table.districts.length;
  const r = s.hotspot.result;
  const classIndex = new Int8Array(n).fill(-1);
  if (r) r.ids.forEach((id, k) => (classIndex[id] = HOTSPOT_CLASS[r.classes[k] ?? "ns"]));
  const base = HOTSPOT_OPTION.label;
  const rule = r ? ruleText(r) : null;
  return {
    layerId: HOTSPOT_LAYER,
    label: HOTSPOT_LAYER_TEXT.title(base, rule),
    unit: HOTSPOT_LAYER_TEXT.unit,
    year: null,
    sourceIds: s.indexMeta?.sourceIds ?? [],
    values: Array.from(classIndex, (c) => (c < 0 ? null : c)),
    classIndex,
    breaks: [],
    min: 0,
    max: 4,
    classCount: 5,
    method: "fixed",
    palette: "lisa",
    classLabels: (["HL", "LH", "LL", "HH", "ns"] as const).map((c) => HOTSPOT_LABELS[c]),
  };
}

export const createHotspotSlice: StateCreator<AppState, [], [], HotspotSlice> = (set, get, api) => {
  // The worker is created on the first run only (never at import time).
  let client: HotspotClient | null = null;
  const patch = (p: Partial<HotspotState>) => set({ hotspot: { ...get().hotspot, ...p } });
  api.subscribe((s, prev) => {
    // get(), not s: other slices add their options from the same transition (nested sets).
    const opts = get().extraLayerOptions;
    if (s.dataLoaded && !opts.some((o) => o.id === HOTSPOT_LAYER)) {
      set({ extraLayerOptions: [...opts, HOTSPOT_OPTION] });
    }
    // On the hot-spot layer, (re)run when its inputs change; never while another layer is shown.
    if (s.layerId !== HOTSPOT_LAYER || s.hotspot.status === "running") return;
    if (s.layerId === prev.layerId && s.scores === prev.scores && s.hotspot === prev.hotspot)
      return;
    const values = selectHotspotValues(s);
    if (!values) return;
    const h = s.hotspot;
    const same =
      h.result !== null &&
      sameValues(h.inputValues, values) &&
      h.result.options.correction === h.correction;
    if (!same && h.status !== "error") void get().runHotspots();
  });
  return {
    hotspot: INITIAL,
    runHotspots: async () => {
      const values = selectHotspotValues(get());
      const table = get().table;
      if (!values || !table) return;
      client ??= createHotspotClient();
      patch({ status: "running", done: 0, total: values.length, error: null });
      try {
        const result = await client.run(
          [...values],
          table.districts.map((d) => d.neighbors),
          { ...DEFAULT_LISA_OPTIONS, correction: get().hotspot.correction },
          (done, total) => patch({ done, total }),
        );
        if (!result) return;
        patch({ status: "ready", result, inputValues: values, done: values.length });
        // Inputs changed during the run (weights moved): run again on the values in force.
        const now = selectHotspotValues(get());
        if (get().layerId === HOTSPOT_LAYER && now && !sameValues(now, values)) {
          void get().runHotspots();
          return;
        }
      } catch (e) {
        patch({ status: "error", error: e instanceof Error ? e.message : String(e) });
      }
      get().recompute();
    },
    setHotspotCorrection: (correction) => {
      patch({ correction });
      if (get().hotspot.result) void get().runHotspots();
    },
    setHotspotSource: (sourceId) => {
      patch({ sourceId, result: null, inputValues: null, status: "idle" });
      get().recompute();
    },
  };
};

registerLayerProvider(hotspotLayer);
