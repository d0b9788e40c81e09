/**
 * The job protocol every compute worker client shares (hotspot-client.ts, sensitivity-client.ts):
 * one worker, created on the first job and kept; each request carries a numeric `jobId` and the
 * worker answers with that id:
 *
 *   worker → main  { type: "progress", jobId, done, total } | { type: "result", jobId, result }
 *                  | { type: "cancelled", jobId } | { type: "error", jobId, message }
 *
 * Replies cross a thread boundary, so they are checked, not cast: the shared kinds here, the result
 * by each client's own guard. A job's promise resolves with its result, or null when it was
 * cancelled, superseded or the client disposed; it rejects with the worker's technical message
 * (the panels word failures, never this text).
 */

/** The part of a Worker a client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  terminate(): void;
}

export type JobReply<R> =
  | { type: "progress"; jobId: number; done: number; total: number }
  | { type: "result"; jobId: number; result: R }
  | { type: "cancelled"; jobId: number }
  | { type: "error"; jobId: number; message: string };

export type ProgressListener = (done: number, total: number) => void;

export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
export const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Guard for a worker's reply: the shared kinds checked here, the `result` payload by
 * `parseResult`; null when anything is malformed (a finite `jobId` is required).
 */
export function parseJobReply<R>(
  data: unknown,
  parseResult: (result: unknown) => R | null,
): JobReply<R> | null {
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
      const result = parseResult(data.result);
      return result === null ? null : { type: "result", jobId, result };
    }
    default:
      return null;
  }
}

/** Worker side: the numeric jobId a (possibly malformed) request carried, else -1. */
export function requestJobId(data: unknown): number {
  return isObj(data) && typeof data.jobId === "number" ? data.jobId : -1;
}

export interface JobClient<R> {
  /**
   * Post the request built for a fresh job id (1, 2, …), creating the worker if needed. Progress
   * replies go to `onProgress`.
   */
  start: (
    request: (jobId: number) => unknown,
    onProgress?: ProgressListener,
  ) => { jobId: number; promise: Promise<R | null> };
  /** True while the job waits for its result, error or cancellation. */
  isPending: (jobId: number) => boolean;
  /** Post another message to the worker (e.g. a cancel), if it exists. */
  post: (message: unknown) => void;
  /** Resolve every waiting job with null (a newer run supersedes them); their replies are ignored. */
  dropPending: () => void;
  /** Terminate the worker (a later start makes a new one); waiting jobs resolve null. */
  dispose: () => void;
}

/** Track jobs on one lazily created worker; `parseReply` guards what the worker sends back. */
export function createJobClient<R>(
  createWorker: () => WorkerLike,
  parseReply: (data: unknown) => JobReply<R> | null,
): JobClient<R> {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const jobs = new Map<
    number,
    { resolve: (r: R | null) => void; reject: (e: Error) => void; onProgress?: ProgressListener }
  >();

  const onMessage = (event: MessageEvent): void => {
    const msg = parseReply(event.data);
    if (!msg) return;
    const job = jobs.get(msg.jobId);
    if (!job) return;
    if (msg.type === "progress") {
      job.onProgress?.(msg.done, msg.total);
      return;
    }
    jobs.delete(msg.jobId);
    if (msg.type === "result") job.resolve(msg.result);
    else if (msg.type === "cancelled") job.resolve(null);
    else job.reject(new Error(msg.message));
  };

  const dropPending = (): void => {
    for (const job of jobs.values()) job.resolve(null);
    jobs.clear();
  };

  return {
    start(request, onProgress) {
      if (!worker) {
        worker = createWorker();
        worker.addEventListener("message", onMessage);
      }
      const jobId = nextId++;
      const promise = new Promise<R | null>((resolve, reject) => {
        jobs.set(jobId, { resolve, reject, onProgress });
      });
      worker.postMessage(request(jobId));
      return { jobId, promise };
    },
    isPending: (jobId) => jobs.has(jobId),
    post: (message) => worker?.postMessage(message),
    dropPending,
    dispose() {
      worker?.terminate();
      worker = null;
      dropPending();
    },
  };
}
