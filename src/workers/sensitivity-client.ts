import type { SensitivityInput, SensitivityOptions, SensitivityResult } from "../core/sensitivity";
import type { Aggregation, Normalization } from "../core/types";
import { createJobClient, isNum, isObj, parseJobReply, type WorkerLike } from "./job-client";

export type { WorkerLike } from "./job-client";

/**
 * Promise / progress / cancel wrapper around sensitivity.worker.ts: its messages and their guards;
 * the job protocol itself is job-client.ts.
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

function toResult(r: unknown): SensitivityResult | null {
  if (!isObj(r) || !isNum(r.runs) || !isObj(r.normalizationRuns)) return null;
  const { medianRank, p05Rank, p95Rank, topShare } = r;
  if (!isF64(medianRank) || !isF64(p05Rank) || !isF64(p95Rank) || !isF64(topShare)) return null;
  const normalizationRuns: SensitivityResult["normalizationRuns"] = {};
  for (const [k, c] of Object.entries(r.normalizationRuns)) {
    if (isNorm(k) && isNum(c)) normalizationRuns[k] = c;
  }
  return { runs: r.runs, medianRank, p05Rank, p95Rank, topShare, normalizationRuns };
}

/** Guard for messages received from the worker; null when malformed. */
export function parseSensitivityResponse(data: unknown): SensitivityResponse | null {
  return parseJobReply(data, toResult);
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
 * not transferred, so the caller keeps its matrices; result arrays are transferred back. A failed
 * job rejects with the worker's technical detail; the panel words it (i18n/sensitivity-copy.ts).
 */
export function createSensitivityClient(
  createWorker: () => WorkerLike = defaultWorker,
): SensitivityClient {
  const jobs = createJobClient(createWorker, parseSensitivityResponse);
  return {
    run(input, options, onProgress) {
      const request = (jobId: number): SensitivityRequest => ({
        type: "run",
        jobId,
        input,
        options,
      });
      const { jobId, promise } = jobs.start(request, onProgress);
      const cancel: SensitivityRequest = { type: "cancel", jobId };
      return {
        promise,
        cancel: () => {
          if (jobs.isPending(jobId)) jobs.post(cancel);
        },
      };
    },
    dispose: jobs.dispose,
  };
}
