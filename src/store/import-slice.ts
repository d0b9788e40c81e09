import type { StateCreator } from "zustand";
import { CATEGORY_LAYER_TEXT, importedIndicatorDescription } from "../config/layer-text";
import type { AggregateResult, ImportSpec } from "../core/import-aggregate";
import { applyImport, type ApplyOptions, type CategoricalLayer } from "../core/import-apply";
import { ImportFailureError, type ImportFailure } from "../core/import-messages";
import type { ImportReport } from "../core/import-report";
import type { Direction, IndicatorDef, Text } from "../core/types";
import { nameKey } from "../core/ubigeo";
import type { DataManifest, DataSource, DistrictTable } from "../data/contract";
import {
  previewFile,
  startImport,
  type CsvPreview,
  type ImportHandle,
  type WorkerLike,
} from "../workers/import-client";

export type { CsvPreview };
import type { AppState } from "./index";
import { registerLayerProvider } from "./layer-providers";
import type { MapLayer } from "./map-layer";

/**
 * "generic": any CSV (wide or long); "sidpol": the official police-report file (crime series);
 * "security": a ubigeo-keyed security-spending table (PP 0030 execution…): series security_spending.
 * "points": coordinates or shapes assigned to districts in the browser (points-slice.ts).
 */
export const IMPORT_KINDS = ["generic", "sidpol", "security", "points"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** An import being read by the worker. */
export interface ImportJob {
  fileName: string;
  kind: ImportKind;
  /** Fraction of the file's bytes read, 0–1. */
  fraction01: number;
  bytesRead: number;
  sizeBytes: number;
}

/** A file read and validated, waiting for the user to confirm (nothing in the app changed yet). */
export interface StagedImport {
  fileName: string;
  sizeBytes: number;
  kind: ImportKind;
  /** SIDPOL: "modality" = one column per P_MODALIDADES value (families mapped in the UI);
   * "family" = already mapped by the worker (fallback when there are too many modalities). */
  grouping: "modality" | "family" | null;
  spec: ImportSpec;
  report: ImportReport;
  /** null when the report has a fatal error. */
  result: AggregateResult | null;
}

/** What the user confirmed: the final columns and how they become series and indicators. */
export interface ImportCommit {
  fileName: string;
  kind: ImportKind;
  /** Final result (SIDPOL: families, totals, partial-year choice applied). */
  result: AggregateResult;
  report: ImportReport;
  options: Omit<ApplyOptions, "sourceId">;
  /** Per new indicator id (= series key): unit, direction and weight chosen in the report. */
  indicatorChoices?: Record<string, { unit: string; direction: Direction; weight: number }>;
  /** Source line of the new series. */
  source: { name: string; publisher: string; note: string };
}

interface Snapshot {
  table: DistrictTable;
  indicatorDefs: IndicatorDef[];
  manifest: DataManifest | null;
  categoricalLayers: CategoricalLayer[];
  /** Weights the import set, with their value before (undefined = absent before). */
  weightsBefore: Record<string, number | undefined>;
}

export interface ImportHistoryEntry {
  sourceId: string;
  fileName: string;
  kind: ImportKind;
  /** "key@year" of the series added / replaced. */
  added: string[];
  replaced: string[];
  indicatorIds: string[];
  categoricalKeys: string[];
  before: Snapshot;
}

export interface ImportSlice {
  importJob: ImportJob | null;
  stagedImport: StagedImport | null;
  /** Error of the last run (worker failure), as a code; the data in force is untouched. */
  importError: ImportFailure | null;
  /** Applied imports, most recent last (undo pops). */
  importHistory: ImportHistoryEntry[];
  /** Category columns of imports, drawn as "cat:<key>" layers. */
  categoricalLayers: CategoricalLayer[];
  /** Read `file` in the worker with `spec`; the result is staged for review. */
  runImport: (
    file: Blob,
    fileName: string,
    spec: ImportSpec,
    kind: ImportKind,
    fallbackSpec?: ImportSpec,
  ) => Promise<void>;
  cancelImport: () => void;
  /** Header, first rows, encoding and delimiter of a file, read in the worker (nothing changes). */
  previewImport: (
    file: Blob,
    fileName: string,
    format: Pick<ImportSpec, "encoding" | "delimiter">,
  ) => Promise<CsvPreview | null>;
  /** Drop the staged import (the user cancelled in the report). */
  discardImport: () => void;
  /**
   * Apply a confirmed import: one setTable (one recompute); returns the history entry. `keep`
   * (default true) keeps it in the browser (dataset-slice); false when re-applying a kept one.
   */
  confirmImport: (commit: ImportCommit, opts?: { keep?: boolean }) => ImportHistoryEntry;
  /** Restore the state before the last applied import. */
  undoImport: () => ImportHistoryEntry | null;
}

export const CATEGORY_LAYER_PREFIX = "cat:";
/** Categories drawn one by one; more are grouped into "otros" (palette slot 8). */
const MAX_CATEGORIES = 7;

let workerFactory: (() => WorkerLike) | undefined;
/** Tests: run the worker in-process. undefined = the real Web Worker. */
export function setImportWorkerFactory(factory: (() => WorkerLike) | undefined): void {
  workerFactory = factory;
}
let currentJob: ImportHandle | null = null;

const TRAFFIC_WORDS: Record<string, number> = {
  verde: 0,
  ambar: 1,
  amarillo: 1,
  naranja: 1,
  rojo: 2,
};
const TRAFFIC_LABELS: readonly Text[] = CATEGORY_LAYER_TEXT.traffic;

/**
 * The map layer of a category column. Semáforo columns (every category is verde, ámbar/amarillo/
 * naranja or rojo, one per colour) use the traffic palette in that order; other columns use the
 * categorical palette, the 7 most frequent categories by name and the rest as "otros".
 */
export function categoricalMapLayer(layer: CategoricalLayer, sourceIds: string[]): MapLayer {
  const n = layer.values.length;
  const classIndex = new Int8Array(n).fill(-1);
  const slots = layer.categories.map((c) => TRAFFIC_WORDS[nameKey(c)]);
  const traffic =
    layer.categories.length > 0 &&
    slots.every((s) => s !== undefined) &&
    new Set(slots).size === slots.length;
  let classLabels: Text[];
  let classOf: (v: string) => number;
  if (traffic) {
    const bySlot = new Map(layer.categories.map((c, i) => [c, slots[i] ?? -1]));
    classLabels = TRAFFIC_LABELS.map((l, i) => {
      const c = layer.categories.find((x) => bySlot.get(x) === i);
      return c === undefined ? l : { es: c, en: c };
    });
    classOf = (v) => bySlot.get(v) ?? -1;
  } else {
    const counts = new Map<string, number>();
    for (const v of layer.values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    const top = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_CATEGORIES)
      .map(([c]) => c)
      .sort((a, b) => a.localeCompare(b));
    const index = new Map(top.map((c, i) => [c, i]));
    const others = counts.size > top.length;
    classLabels = top.map((c) => ({ es: c, en: c }));
    if (others) classLabels.push(CATEGORY_LAYER_TEXT.others);
    classOf = (v) => index.get(v) ?? (others ? MAX_CATEGORIES : -1);
  }
  layer.values.forEach((v, i) => {
    if (v !== null) classIndex[i] = classOf(v);
  });
  return {
    layerId: CATEGORY_LAYER_PREFIX + layer.key,
    label: { es: layer.label, en: layer.label },
    unit: CATEGORY_LAYER_TEXT.unit,
    year: null,
    sourceIds,
    values: new Array<number | null>(n).fill(null),
    classIndex,
    breaks: [],
    min: null,
    max: null,
    classCount: traffic ? 3 : classLabels.length,
    method: "quantile",
    palette: traffic ? "traffic" : "category",
    classLabels,
  };
}

registerLayerProvider((s) => {
  if (!s.layerId.startsWith(CATEGORY_LAYER_PREFIX)) return undefined;
  const key = s.layerId.slice(CATEGORY_LAYER_PREFIX.length);
  const layer = s.categoricalLayers.find((c) => c.key === key);
  return layer ? categoricalMapLayer(layer, [layer.sourceId]) : undefined;
});

const layerOption = (c: CategoricalLayer): { id: string; label: Text } => ({
  id: CATEGORY_LAYER_PREFIX + c.key,
  label: CATEGORY_LAYER_TEXT.option(c.label),
});

/** The manifest entry describing an imported file (so legends and cards name it). */
function importSource(sourceId: string, commit: ImportCommit, n: number): DataSource {
  const r = commit.report;
  return {
    id: sourceId,
    name: commit.source.name,
    publisher: commit.source.publisher,
    url: "",
    licence: "",
    years: commit.result.years,
    files: r.files.length > 0 ? r.files : [commit.fileName],
    rowsRead: r.rowsRead,
    matched: r.districtsJoined,
    unmatched: r.unjoinedCodes.map((c) => c.code),
    repaired: r.repairedCodes,
    missing: n - r.districtsJoined,
    level: "district",
    note: commit.source.note,
  };
}

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set, get) => ({
  importJob: null,
  stagedImport: null,
  importError: null,
  importHistory: [],
  categoricalLayers: [],
  runImport: async (file, fileName, spec, kind, fallbackSpec) => {
    const table = get().table;
    if (!table) return;
    currentJob?.cancel();
    set({
      importJob: { fileName, kind, fraction01: 0, bytesRead: 0, sizeBytes: file.size },
      stagedImport: null,
      importError: null,
    });
    const run = async (s: ImportSpec): Promise<boolean | null> => {
      const handle = startImport(file, fileName, s, table.districts, {
        createWorker: workerFactory,
        onProgress: (fraction01, bytesRead) => {
          const job = get().importJob;
          if (job && currentJob === handle) set({ importJob: { ...job, fraction01, bytesRead } });
        },
      });
      currentJob = handle;
      const outcome = await handle.promise;
      if (currentJob !== handle) return null; // superseded
      if (outcome.status === "cancelled") {
        currentJob = null;
        set({ importJob: null });
        return null;
      }
      // Too many modalities to map in the UI: let the worker map them to families instead.
      const tooMany = outcome.report.fatal?.detail.code === "tooManyGroups";
      if (tooMany && fallbackSpec && s !== fallbackSpec) return false;
      currentJob = null;
      set({
        importJob: null,
        stagedImport: {
          fileName,
          sizeBytes: file.size,
          kind,
          grouping: kind !== "sidpol" ? null : s === fallbackSpec ? "family" : "modality",
          spec: s,
          report: outcome.report,
          result: outcome.result,
        },
      });
      return true;
    };
    try {
      const first = await run(spec);
      if (first === false && fallbackSpec) await run(fallbackSpec);
    } catch (e) {
      currentJob = null;
      set({
        importJob: null,
        importError:
          e instanceof ImportFailureError
            ? e.failure
            : { code: "workerFailed", detail: e instanceof Error ? e.message : String(e) },
      });
    }
  },
  previewImport: (file, fileName, format) => previewFile(file, fileName, format, workerFactory),
  cancelImport: () => {
    const job = currentJob;
    currentJob = null;
    job?.cancel();
    set({ importJob: null });
  },
  discardImport: () => set({ stagedImport: null, importError: null }),
  confirmImport: (commit, opts) => {
    const s = get();
    if (!s.table) throw new ImportFailureError({ code: "noTable" });
    const sourceId = `import-${s.importHistory.length + 1}-${nameKey(commit.fileName).replace(/ /g, "-").slice(0, 30)}`;
    const applied = applyImport(
      s.table,
      commit.result,
      { ...commit.options, sourceId },
      importedIndicatorDescription(sourceId),
    );
    const choices = commit.indicatorChoices ?? {};
    const series = applied.table.series.map((x) => {
      const c = x.sourceId === sourceId ? choices[x.key] : undefined;
      return c ? { ...x, unit: c.unit } : x;
    });
    const table: DistrictTable = { ...s.table, series };
    const newDefs = applied.indicators.map((d) => {
      const c = choices[d.id];
      return c
        ? {
            ...d,
            unit: { es: c.unit, en: c.unit },
            direction: c.direction,
            defaultWeight: c.weight,
          }
        : d;
    });
    const newIds = new Set(newDefs.map((d) => d.id));
    const indicatorDefs = [...s.indicatorDefs.filter((d) => !newIds.has(d.id)), ...newDefs];
    const weightsBefore: Record<string, number | undefined> = {};
    const weights = { ...s.methodology.weights };
    for (const d of newDefs) {
      weightsBefore[d.id] = s.methodology.weights[d.id];
      weights[d.id] = d.defaultWeight;
    }
    const catKeys = new Set(applied.categorical.map((c) => c.key));
    const categoricalLayers = [
      ...s.categoricalLayers.filter((c) => !catKeys.has(c.key)),
      ...applied.categorical,
    ];
    const optionIds = new Set(applied.categorical.map((c) => CATEGORY_LAYER_PREFIX + c.key));
    const extraLayerOptions = [
      ...s.extraLayerOptions.filter((o) => !optionIds.has(o.id)),
      ...applied.categorical.map(layerOption),
    ];
    let manifest = s.manifest;
    if (manifest) {
      const source = importSource(sourceId, commit, s.table.districts.length);
      manifest = {
        ...manifest,
        sources: [...manifest.sources, source],
        crime:
          commit.kind === "sidpol"
            ? {
                present: true,
                sourceId,
                years: commit.result.years,
                note: commit.source.note,
              }
            : manifest.crime,
      };
    }
    const entry: ImportHistoryEntry = {
      sourceId,
      fileName: commit.fileName,
      kind: commit.kind,
      added: applied.added,
      replaced: applied.replaced,
      indicatorIds: newDefs.map((d) => d.id),
      categoricalKeys: applied.categorical.map((c) => c.key),
      before: {
        table: s.table,
        indicatorDefs: s.indicatorDefs,
        manifest: s.manifest,
        categoricalLayers: s.categoricalLayers,
        weightsBefore,
      },
    };
    set({
      methodology: { ...s.methodology, weights },
      presetId: newDefs.length > 0 ? null : s.presetId,
      manifest,
      categoricalLayers,
      extraLayerOptions,
      importHistory: [...s.importHistory, entry],
      stagedImport: null,
      importError: null,
    });
    get().setTable(table, indicatorDefs);
    if (opts?.keep !== false) {
      const staged = s.stagedImport;
      const fileBytes = staged?.fileName === commit.fileName ? staged.sizeBytes : null;
      get().keepImport(commit, entry, fileBytes);
    }
    return entry;
  },
  undoImport: () => {
    const s = get();
    const entry = s.importHistory[s.importHistory.length - 1];
    if (!entry) return null;
    const b = entry.before;
    const weights = { ...s.methodology.weights };
    for (const [id, w] of Object.entries(b.weightsBefore)) {
      if (w === undefined) delete weights[id];
      else weights[id] = w;
    }
    const kept = new Set(b.categoricalLayers.map((c) => CATEGORY_LAYER_PREFIX + c.key));
    const extraLayerOptions = s.extraLayerOptions.filter(
      (o) => !o.id.startsWith(CATEGORY_LAYER_PREFIX) || kept.has(o.id),
    );
    const layerGone =
      (s.layerId.startsWith(CATEGORY_LAYER_PREFIX) && !kept.has(s.layerId)) ||
      entry.indicatorIds.includes(s.layerId);
    set({
      methodology: { ...s.methodology, weights },
      manifest: b.manifest,
      categoricalLayers: b.categoricalLayers,
      extraLayerOptions,
      importHistory: s.importHistory.slice(0, -1),
      ...(layerGone ? { layerId: "irs" } : {}),
    });
    get().setTable(b.table, b.indicatorDefs);
    return entry;
  },
});
