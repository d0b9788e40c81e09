import type { LisaClass, LisaCorrection, LisaExclusion, LisaOptions } from "../core/local-moran";
import { createJobClient, isNum, isObj, parseJobReply, type WorkerLike } from "./job-client";

export type { WorkerLike } from "./job-client";

/**
 * Promise / progress wrapper around hotspot.worker.ts (Local Moran's I with 999 conditional
 * permutations): its messages and their guards; the job protocol itself is job-client.ts.
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

function toResult(r: unknown): HotspotResult | null {
  if (!isObj(r)) return null;
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
  return { ids, ii, pseudoP, classes, pThreshold, excluded: ex, options };
}

/** Guard for messages received from the worker; null when malformed (it never sends "cancelled"). */
export function parseHotspotResponse(data: unknown): HotspotResponse | null {
  const msg = parseJobReply(data, toResult);
  return msg?.type === "cancelled" ? null : msg;
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

/** One worker, created lazily; a new run supersedes the one still going. */
export function createHotspotClient(createWorker: () => WorkerLike = defaultWorker): HotspotClient {
  const jobs = createJobClient(createWorker, parseHotspotResponse);
  return {
    run(values, neighbours, options, onProgress) {
      jobs.dropPending();
      const request = (jobId: number): HotspotRequest => ({
        type: "run",
        jobId,
        values,
        neighbours,
        options,
      });
      return jobs.start(request, onProgress).promise;
    },
    dispose: jobs.dispose,
  };
}
