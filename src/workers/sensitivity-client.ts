import type { SensitivityInput, SensitivityOptions, SensitivityResult } from "../core/sensitivity";
import type { Aggregation, Normalization } from "../core/types";

/**
 * Promise / progress / cancel wrapper around sensitivity.worker.ts, plus the message protocol and
 * its guards (messages cross a thread boundary: they are checked, not cast).
 *
 *   main → worker  { type: "run", jobId, input, options, progressEvery? } | { type: "cancel", jobId }
 *   worker → main  { type: "progress", jobId, done, total } | { type: "result", jobId, result }
 *                  | { type: "cancelled", jobId } | { type: "error", jobId, message }
 */

export type SensitivityRequest =
  | {
      type: "run";
      jobId: number;
      input: SensitivityInput;
      options: SensitivityOptions;
      progressEvery?: number;
    }
  | { type: "cancel"; jobId: number };

export type SensitivityResponse =
  | { type: "progress"; jobId: number; done: number; total: number }
  | { type: "result"; jobId: number; result: SensitivityResult }
  | { type: "cancelled"; jobId: number }
  | { type: "error"; jobId: number; message: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const NORMS: readonly string[] = ["minmax", "zscore", "percentile"];
const isNorm = (v: unknown): v is Normalization => typeof v === "string" && NORMS.includes(v);
const isAgg = (v: unknown): v is Aggregation => v === "arithmetic" || v === "geometric";

function toInput(v: unknown): SensitivityInput | null {
  if (!isObj(v) || !isNum(v.n) || !isAgg(v.aggregation)) return null;
  const { n, ids, weights, matrices } = v;
  if (!Array.isArray(ids) || !ids.every((x): x is string => typeof x === "string")) return null;
  if (!Array.isArray(weights) || weights.length !== ids.length || !weights.every(isNum))
    return null;
  if (!Array.isArray(matrices) || matrices.length === 0) return null;
  const mx: SensitivityInput["matrices"] = [];
  for (const m of matrices) {
    if (!isObj(m) || !isNorm(m.normalization) || !(m.values instanceof Float64Array)) return null;
    if (m.values.length !== n * ids.length) return null;
    mx.push({ normalization: m.normalization, values: m.values });
  }
  return { n, ids, weights, aggregation: v.aggregation, matrices: mx };
}

function toOptions(v: unknown): SensitivityOptions | null {
  if (!isObj(v)) return null;
  const { runs, seed, weightMode, perturbation, concentration, varyNormalization, topN } = v;
  if (!isNum(runs) || !isNum(seed) || !isNum(perturbation) || !isNum(concentration)) return null;
  if (weightMode !== "uniform" && weightMode !== "dirichlet") return null;
  if (typeof varyNormalization !== "boolean" || !isNum(topN)) return null;
  return { runs, seed, weightMode, perturbation, concentration, varyNormalization, topN };
}

/** Guard for messages received by the worker; null when malformed. */
export function parseSensitivityRequest(data: unknown): SensitivityRequest | null {
  if (!isObj(data) || !isNum(data.jobId)) return null;
  if (data.type === "cancel") return { type: "cancel", jobId: data.jobId };
  if (data.type !== "run") return null;
  const input = toInput(data.input);
  const options = toOptions(data.options);
  if (!input || !options) return null;
  const req: SensitivityRequest = { type: "run", jobId: data.jobId, input, options };
  if (isNum(data.progressEvery)) req.progressEvery = data.progressEvery;
  return req;
}

const isF64 = (v: unknown): v is Float64Array => v instanceof Float64Array;

/** Guard for messages received from the worker; null when malformed. */
export function parseSensitivityResponse(data: unknown): SensitivityResponse | null {
  if (!isObj(data) || !isNum(data.jobId)) return null;
  const jobId = data.jobId;
  switch (data.type) {
    case "progress":
      return isNum(data.done) && isNum(data.total)
        ? { type: "progress", jobId, done: data.done, total: data.total }
        : null;
    case "cancelled":
      return { type: "cancelled", jobId };
    case "error":
      return { type: "error", jobId, message: String(data.message) };
    case "result": {
      const r = data.result;
      if (!isObj(r) || !isNum(r.runs) || !isObj(r.normalizationRuns)) return null;
      const { medianRank, p05Rank, p95Rank, topShare } = r;
      if (!isF64(medianRank) || !isF64(p05Rank) || !isF64(p95Rank) || !isF64(topShare)) return null;
      const normalizationRuns: SensitivityResult["normalizationRuns"] = {};
      for (const [k, c] of Object.entries(r.normalizationRuns)) {
        if (isNorm(k) && isNum(c)) normalizationRuns[k] = c;
      }
      return {
        type: "result",
        jobId,
        result: { runs: r.runs, medianRank, p05Rank, p95Rank, topShare, normalizationRuns },
      };
    }
    default:
      return null;
  }
}

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  terminate(): void;
}

export interface SensitivityJob {
  /** Resolves with the result, or null when cancelled; rejects on a worker error. */
  promise: Promise<SensitivityResult | null>;
  cancel: () => void;
}

export interface SensitivityClient {
  run: (
    input: SensitivityInput,
    options: SensitivityOptions,
    onProgress?: (done: number, total: number) => void,
  ) => SensitivityJob;
  dispose: () => void;
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL("./sensitivity.worker.ts", import.meta.url), { type: "module" });

/**
 * One worker (created lazily) serving any number of jobs. The input is copied (structured clone),
 * not transferred, so the caller keeps its matrices; result arrays are transferred back.
 */
export function createSensitivityClient(
  createWorker: () => WorkerLike = defaultWorker,
): SensitivityClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const jobs = new Map<
    number,
    {
      resolve: (r: SensitivityResult | null) => void;
      reject: (e: Error) => void;
      onProgress?: (done: number, total: number) => void;
    }
  >();

  const onMessage = (event: MessageEvent): void => {
    const msg = parseSensitivityResponse(event.data);
    if (!msg) return;
    const job = jobs.get(msg.jobId);
    if (!job) return;
    if (msg.type === "progress") job.onProgress?.(msg.done, msg.total);
    else {
      jobs.delete(msg.jobId);
      if (msg.type === "result") job.resolve(msg.result);
      else if (msg.type === "cancelled") job.resolve(null);
      // The worker's technical detail; the panel words the failure (i18n/sensitivity-copy.ts).
      else job.reject(new Error(msg.message));
    }
  };

  const ensureWorker = (): WorkerLike => {
    if (!worker) {
      worker = createWorker();
      worker.addEventListener("message", onMessage);
    }
    return worker;
  };

  return {
    run(input, options, onProgress) {
      const jobId = nextId++;
      const w = ensureWorker();
      const promise = new Promise<SensitivityResult | null>((resolve, reject) => {
        jobs.set(jobId, { resolve, reject, onProgress });
      });
      const request: SensitivityRequest = { type: "run", jobId, input, options };
      w.postMessage(request);
      return {
        promise,
        cancel: () => {
          if (jobs.has(jobId)) w.postMessage({ type: "cancel", jobId });
        },
      };
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const job of jobs.values()) job.resolve(null);
      jobs.clear();
    },
  };
}
