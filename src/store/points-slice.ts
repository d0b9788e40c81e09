import type { StateCreator } from "zustand";
import {
  areaShareResult,
  pointIndicatorResult,
  type PointColumnLabels,
} from "../core/point-indicators";
import { POINT_STATUS } from "../core/district-index";
import type { AggregateResult } from "../core/import-aggregate";
import { importKeyPrefix } from "../core/import-apply";
import { createReportBuilder } from "../core/import-report";
import { pickSeries } from "../core/indicator-values";
import type { Direction } from "../core/types";
import {
  startPointsJob,
  type PointsHandle,
  type PointsJobResult,
  type PointsStage,
  type PointsWorkerLike,
} from "../workers/points-client";
import type { ImportCommit, ImportHistoryEntry } from "./import-slice";
import type { AppState } from "./index";

/**
 * Imported points and shapes (issue #17): a CSV of coordinates or a GeoJSON file is read and its
 * points assigned to districts in a worker (report first, nothing changes); on confirm the
 * indicators go through the import commit path (confirmImport: series, indicators, methodology,
 * undo) and the points/polygons become a map layer that lives as long as its import does.
 */
export interface PointsJob {
  fileName: string;
  stage: PointsStage;
  done: number;
  total: number;
}

export interface StagedPoints {
  fileName: string;
  sizeBytes: number;
  result: PointsJobResult;
}

/** A committed layer: drawn while its import (sourceId) is in the history. */
export interface PointLayer {
  sourceId: string;
  fileName: string;
  /** The points (same arrays as the staged result; the map feeds them in chunks). */
  points: Pick<PointsJobResult, "lon" | "lat" | "status" | "names">;
  /** Blob URL of the polygons' GeoJSON text (the map's worker fetches it); null without polygons. */
  areasUrl: string | null;
}

/** What the user chose in the report. */
export interface PointsChoice {
  categoryColumn: string | null;
  labels: PointColumnLabels;
  units: { count: string; per10k: string; perKm2: string; areaShare: string };
  source: { name: string; publisher: string; note: string };
  year: number | null;
  direction: Direction;
  weight: number;
}

export interface PointsSlice {
  pointsJob: PointsJob | null;
  stagedPoints: StagedPoints | null;
  /** "noBoundaries" (the detailed boundaries are not loaded yet) or the worker's message. */
  pointsError: string | null;
  pointLayers: PointLayer[];
  runPointsImport: (file: Blob, fileName: string) => Promise<void>;
  cancelPointsImport: () => void;
  discardPoints: () => void;
  /** Apply the staged file: indicators through confirmImport, then the map layer. */
  confirmPoints: (choice: PointsChoice) => ImportHistoryEntry | null;
}

let workerFactory: (() => PointsWorkerLike) | undefined;
/** Tests: run the job in-process. undefined = the real Web Worker. */
export function setPointsWorkerFactory(f: (() => PointsWorkerLike) | undefined): void {
  workerFactory = f;
}
let current: PointsHandle | null = null;

/** The layers on the map: those whose import is still applied (undo removes them). */
export function selectActivePointLayers(s: Pick<AppState, "pointLayers" | "importHistory">) {
  const live = new Set(s.importHistory.map((h) => h.sourceId));
  return s.pointLayers.filter((l) => live.has(l.sourceId));
}

/** The indicator columns of a staged file (points: counts and rates; polygons: covered share). */
export function pointsResult(
  s: Pick<AppState, "table">,
  staged: StagedPoints,
  choice: PointsChoice,
): AggregateResult | null {
  const table = s.table;
  if (!table) return null;
  const r = staged.result;
  const n = table.districts.length;
  const parts: AggregateResult[] = [];
  if (r.lon.length > 0) {
    const cat = r.categories.find((c) => c.column === choice.categoryColumn) ?? null;
    parts.push(
      pointIndicatorResult({
        district: r.district,
        status: r.status,
        population: pickSeries(table.series, "population")?.values ?? new Array(n).fill(null),
        areaKm2: table.districts.map((d) => d.areaKm2),
        year: choice.year,
        labels: choice.labels,
        category: cat,
      }),
    );
  }
  if (r.polygons.length > 0) {
    parts.push(
      areaShareResult({
        shares: r.shares,
        districtCount: n,
        year: choice.year,
        labels: choice.labels,
      }),
    );
  }
  if (parts.length === 0) return null;
  return {
    districtCount: n,
    columns: parts.flatMap((p) => p.columns),
    years: choice.year === null ? [] : [choice.year],
    monthsByYear: {},
  };
}

export const createPointsSlice: StateCreator<AppState, [], [], PointsSlice> = (set, get) => ({
  pointsJob: null,
  stagedPoints: null,
  pointsError: null,
  pointLayers: [],
  runPointsImport: async (file, fileName) => {
    const { table, topology } = get();
    if (!table) return;
    if (!topology) {
      set({ pointsError: "noBoundaries" });
      return;
    }
    current?.cancel();
    set({
      pointsJob: { fileName, stage: "read", done: 0, total: 1 },
      stagedPoints: null,
      pointsError: null,
    });
    const handle = startPointsJob(file, fileName, topology, table.districts.length, {
      createWorker: workerFactory,
      onProgress: (stage, done, total) => {
        if (current === handle) set({ pointsJob: { fileName, stage, done, total } });
      },
    });
    current = handle;
    try {
      const result = await handle.promise;
      if (current !== handle) return;
      current = null;
      set({
        pointsJob: null,
        stagedPoints: result ? { fileName, sizeBytes: file.size, result } : null,
      });
    } catch (e) {
      if (current === handle) current = null;
      set({ pointsJob: null, pointsError: e instanceof Error ? e.message : String(e) });
    }
  },
  cancelPointsImport: () => {
    const h = current;
    current = null;
    h?.cancel();
    set({ pointsJob: null });
  },
  discardPoints: () => set({ stagedPoints: null, pointsError: null }),
  confirmPoints: (choice) => {
    const s = get();
    const staged = s.stagedPoints;
    if (!staged || !s.table) return null;
    const result = pointsResult(s, staged, choice);
    if (!result) return null;
    const r = staged.result;
    const used = new Set<number>();
    let rowsJoined = 0;
    for (let i = 0; i < r.status.length; i++) {
      const st = r.status[i];
      if (st === POINT_STATUS.inside || st === POINT_STATUS.border) {
        rowsJoined++;
        used.add(r.district[i] as number);
      }
    }
    for (const sh of r.shares) used.add(sh.id);
    const report = createReportBuilder().build({
      files: [staged.fileName],
      encoding: r.encoding,
      delimiter: r.delimiter,
      rowsRead: r.recordsRead,
      rowsFiltered: 0,
      rowsJoined,
      districtsJoined: used.size,
      repairedCodes: 0,
      unmappedGroups: [],
      categorical: [],
      years: result.years,
      monthsByYear: {},
    });
    const prefix = importKeyPrefix(staged.fileName);
    const unitOf = (key: string): string =>
      key === "per_10k"
        ? choice.units.per10k
        : key === "per_km2"
          ? choice.units.perKm2
          : key === "area_share_pct"
            ? choice.units.areaShare
            : choice.units.count;
    const indicatorChoices: NonNullable<ImportCommit["indicatorChoices"]> = {};
    for (const c of result.columns) {
      indicatorChoices[prefix + c.key] = {
        unit: unitOf(c.key),
        direction: choice.direction,
        weight: choice.weight,
      };
    }
    const commit: ImportCommit = {
      fileName: staged.fileName,
      kind: "points",
      result,
      report,
      options: {
        keyPrefix: prefix,
        unit: choice.units.count,
        createIndicators: true,
        direction: choice.direction,
        defaultWeight: choice.weight,
        dimension: "imported",
      },
      indicatorChoices,
      source: choice.source,
    };
    const entry = get().confirmImport(commit);
    const areasUrl =
      r.polygons.length > 0
        ? URL.createObjectURL(new Blob([r.areasGeoJson], { type: "application/geo+json" }))
        : null;
    // A layer left by an undone import with the same source id is replaced, not drawn twice.
    const stale = get().pointLayers.filter((l) => l.sourceId === entry.sourceId);
    for (const l of stale) if (l.areasUrl) URL.revokeObjectURL(l.areasUrl);
    set({
      stagedPoints: null,
      pointLayers: [
        ...get().pointLayers.filter((l) => l.sourceId !== entry.sourceId),
        {
          sourceId: entry.sourceId,
          fileName: staged.fileName,
          points: { lon: r.lon, lat: r.lat, status: r.status, names: r.names },
          areasUrl,
        },
      ],
    });
    return entry;
  },
});
