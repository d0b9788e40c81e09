import type { LisaClass, LisaCorrection, LisaExclusion, LisaOptions } from "../core/local-moran";

/**
 * Promise / progress wrapper around hotspot.worker.ts (Local Moran's I with 999 conditional
 * permutations), plus the message protocol and its guards (messages cross a thread boundary:
 * they are checked, not cast).
 *
 *   main → worker  { type: "run", jobId, values, neighbours, options }
 *   worker → main  { type: "progress", jobId, done, total } | { type: "result", jobId, result }
 *                  | { type: "error", jobId, message }
 */

/** What the worker returns: per kept district, plus the excluded ids with their reason. */
export interface HotspotResult {
  ids: number[];
  ii: Float64Array;
  pseudoP: Float64Array;
  classes: LisaClass[];
  pThreshold: number;
  excluded: [number, LisaExclusion][];
  options: LisaOptions;
}

export type HotspotRequest = {
  type: "run";
  jobId: number;
  values: (number | null)[];
  neighbours: number[][];
  options: LisaOptions;
};

export type HotspotResponse =
  | { type: "progress"; jobId: number; done: number; total: number }
  | { type: "result"; jobId: number; result: HotspotResult }
  | { type: "error"; jobId: number; message: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const CLASSES: readonly string[] = ["HH", "LL", "HL", "LH", "ns"];
const isClass = (v: unknown): v is LisaClass => typeof v === "string" && CLASSES.includes(v);
const isCorrection = (v: unknown): v is LisaCorrection => v === "none" || v === "fdr";

function toOptions(v: unknown): LisaOptions | null {
  if (!isObj(v)) return null;
  const { permutations, seed, alpha, correction } = v;
  if (!isNum(permutations) || !isNum(seed) || !isNum(alpha) || !isCorrection(correction))
    return null;
  return { permutations, seed, alpha, correction };
}

/** Guard for messages received by the worker; null when malformed. */
export function parseHotspotRequest(data: unknown): HotspotRequest | null {
  if (!isObj(data) || data.type !== "run" || !isNum(data.jobId)) return null;
  const { values, neighbours } = data;
  if (!Array.isArray(values)) return null;
  const vals: (number | null)[] = [];
  for (const v of values) {
    if (v !== null && !isNum(v)) return null;
    vals.push(v);
  }
  if (!Array.isArray(neighbours) || neighbours.length !== values.length) return null;
  const nbs: number[][] = [];
  for (const nb of neighbours) {
    if (!Array.isArray(nb) || !nb.every(isInt)) return null;
    nbs.push(nb);
  }
  const options = toOptions(data.options);
  if (!options) return null;
  return { type: "run", jobId: data.jobId, values: vals, neighbours: nbs, options };
}

/** Guard for messages received from the worker; null when malformed. */
export function parseHotspotResponse(data: unknown): HotspotResponse | null {
  if (!isObj(data) || !isNum(data.jobId)) return null;
  const jobId = data.jobId;
  if (data.type === "progress") {
    return isNum(data.done) && isNum(data.total)
      ? { type: "progress", jobId, done: data.done, total: data.total }
      : null;
  }
  if (data.type === "error") return { type: "error", jobId, message: String(data.message) };
  if (data.type !== "result" || !isObj(data.result)) return null;
  const r = data.result;
  const { ids, ii, pseudoP, classes, pThreshold, excluded } = r;
  if (!Array.isArray(ids) || !ids.every(isInt)) return null;
  if (!(ii instanceof Float64Array) || !(pseudoP instanceof Float64Array)) return null;
  if (ii.length !== ids.length || pseudoP.length !== ids.length) return null;
  if (!Array.isArray(classes) || classes.length !== ids.length || !classes.every(isClass))
    return null;
  if (!isNum(pThreshold) || !Array.isArray(excluded)) return null;
  const ex: [number, LisaExclusion][] = [];
  for (const e of excluded) {
    if (!Array.isArray(e) || !isInt(e[0])) return null;
    if (e[1] !== "no-value" && e[1] !== "no-neighbours") return null;
    ex.push([e[0], e[1]]);
  }
  const options = toOptions(r.options);
  if (!options) return null;
  return {
    type: "result",
    jobId,
    result: { ids, ii, pseudoP, classes, pThreshold, excluded: ex, options },
  };
}

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  terminate(): void;
}

export interface HotspotClient {
  /** Resolves with the result (a newer run supersedes an older one: the older resolves null). */
  run: (
    values: (number | null)[],
    neighbours: number[][],
    options: LisaOptions,
    onProgress?: (done: number, total: number) => void,
  ) => Promise<HotspotResult | null>;
  dispose: () => void;
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL("./hotspot.worker.ts", import.meta.url), { type: "module" });

/** One worker, created lazily. */
export function createHotspotClient(createWorker: () => WorkerLike = defaultWorker): HotspotClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const jobs = new Map<
    number,
    {
      resolve: (r: HotspotResult | null) => void;
      reject: (e: Error) => void;
      onProgress?: (done: number, total: number) => void;
    }
  >();
  const onMessage = (event: MessageEvent): void => {
    const msg = parseHotspotResponse(event.data);
    if (!msg) return;
    const job = jobs.get(msg.jobId);
    if (!job) return;
    if (msg.type === "progress") job.onProgress?.(msg.done, msg.total);
    else {
      jobs.delete(msg.jobId);
      if (msg.type === "result") job.resolve(msg.result);
      else job.reject(new Error(msg.message));
    }
  };
  return {
    run(values, neighbours, options, onProgress) {
      if (!worker) {
        worker = createWorker();
        worker.addEventListener("message", onMessage);
      }
      for (const j of jobs.values()) j.resolve(null);
      jobs.clear();
      const jobId = nextId++;
      const promise = new Promise<HotspotResult | null>((resolve, reject) => {
        jobs.set(jobId, { resolve, reject, onProgress });
      });
      const request: HotspotRequest = { type: "run", jobId, values, neighbours, options };
      worker.postMessage(request);
      return promise;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const j of jobs.values()) j.resolve(null);
      jobs.clear();
    },
  };
}
