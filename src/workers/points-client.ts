/**
 * Promise / progress wrapper around points.worker.ts (imported points and shapes → districts), and
 * the message protocol. Messages cross a thread boundary: the response is checked by its type tag
 * and the typed arrays by their class (they come from our own worker).
 *
 *   main → worker  { type: "run", jobId, file, fileName, topology, districtCount }
 *   worker → main  { type: "progress", jobId, stage, done, total } | { type: "done", jobId, result }
 *                  | { type: "error", jobId, message }
 */
import { isRecord } from "../core/guards";

export type PointsStage = "read" | "assign" | "area";

/** A column of the file usable as a category (≤ MAX_CATEGORY_VALUES distinct values). */
export interface CategoryColumn {
  column: string;
  /** Per point, index into `values`; −1 = empty. */
  codes: Int32Array;
  values: string[];
}

/** What the worker found (nothing in the app changed yet). */
export interface PointsJobResult {
  format: "csv" | "geojson";
  encoding: string | null;
  delimiter: string | null;
  /** Set when nothing can be imported: "notGeoJson" | "noCoordinates" | "empty". */
  fatal: "notGeoJson" | "noCoordinates" | "empty" | null;
  /** CSV header or GeoJSON property names. */
  columns: string[];
  /** Coordinate / name columns used (CSV), or null. */
  latColumn: string | null;
  lonColumn: string | null;
  nameColumn: string | null;
  /** Data records read (CSV rows without the header; GeoJSON features). */
  recordsRead: number;
  /** Per point (same index in every array). */
  row: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
  district: Int32Array;
  status: Uint8Array;
  /** Point names when a name column exists ("" otherwise), for the report. */
  names: string[];
  categories: CategoryColumn[];
  polygons: { row: number; name: string | null; districtIds: number[] }[];
  /** Share (0–1) of each district covered by the union of the polygons (only > 0). */
  shares: { id: number; share01: number }[];
  /** GeoJSON features skipped, by row. */
  skipped: { row: number; code: "geometry" | "coordinates" }[];
  /** The polygons for the map: a GeoJSON FeatureCollection as text. */
  areasGeoJson: string;
  timings: { readMs: number; indexMs: number; assignMs: number; areaMs: number };
}

export type PointsRequest = {
  type: "run";
  jobId: number;
  file: Blob;
  fileName: string;
  topology: unknown;
  districtCount: number;
};

export type PointsResponse =
  | { type: "progress"; jobId: number; stage: PointsStage; done: number; total: number }
  | { type: "done"; jobId: number; result: PointsJobResult }
  | { type: "error"; jobId: number; message: string };

/** Guard for responses (null when malformed). */
export function parsePointsResponse(data: unknown): PointsResponse | null {
  if (!isRecord(data) || typeof data.jobId !== "number") return null;
  const jobId = data.jobId;
  if (data.type === "progress") {
    const stage = data.stage;
    if (stage !== "read" && stage !== "assign" && stage !== "area") return null;
    if (typeof data.done !== "number" || typeof data.total !== "number") return null;
    return { type: "progress", jobId, stage, done: data.done, total: data.total };
  }
  if (data.type === "error") return { type: "error", jobId, message: String(data.message) };
  if (data.type !== "done" || !isRecord(data.result)) return null;
  const r = data.result;
  if (
    !(r.row instanceof Int32Array) ||
    !(r.lon instanceof Float64Array) ||
    !(r.lat instanceof Float64Array) ||
    !(r.district instanceof Int32Array) ||
    !(r.status instanceof Uint8Array) ||
    typeof r.areasGeoJson !== "string"
  )
    return null;
  return { type: "done", jobId, result: r as unknown as PointsJobResult };
}

/** The part of a Worker the client uses (an in-process fake in tests). */
export interface PointsWorkerLike {
  postMessage(message: PointsRequest): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

const defaultWorker = (): PointsWorkerLike =>
  new Worker(new URL("./points.worker.ts", import.meta.url), { type: "module" });

export interface PointsHandle {
  /** Resolves with the result, or null when cancelled. */
  promise: Promise<PointsJobResult | null>;
  cancel(): void;
}

let nextJobId = 1;

/** Run one job in a fresh worker (terminated when done or cancelled). */
export function startPointsJob(
  file: Blob,
  fileName: string,
  topology: unknown,
  districtCount: number,
  options: {
    onProgress?: (stage: PointsStage, done: number, total: number) => void;
    createWorker?: () => PointsWorkerLike;
  } = {},
): PointsHandle {
  const jobId = nextJobId++;
  const worker = (options.createWorker ?? defaultWorker)();
  let settle: ((v: PointsJobResult | null) => void) | null = null;
  let finished = false;
  const promise = new Promise<PointsJobResult | null>((resolve, reject) => {
    const done = (fn: () => void) => {
      if (finished) return;
      finished = true;
      worker.terminate();
      fn();
    };
    settle = (v) => done(() => resolve(v));
    worker.addEventListener("message", (event: MessageEvent) => {
      const msg = parsePointsResponse(event.data);
      if (!msg || msg.jobId !== jobId) return;
      if (msg.type === "progress") options.onProgress?.(msg.stage, msg.done, msg.total);
      else if (msg.type === "error") done(() => reject(new Error(msg.message)));
      else done(() => resolve(msg.result));
    });
    worker.addEventListener("error", (event: ErrorEvent) =>
      done(() => reject(new Error(event.message))),
    );
  });
  worker.postMessage({ type: "run", jobId, file, fileName, topology, districtCount });
  return { promise, cancel: () => settle?.(null) };
}
