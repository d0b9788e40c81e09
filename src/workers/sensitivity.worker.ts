import { createSensitivityRun } from "../core/sensitivity";
import { parseSensitivityRequest, type SensitivityResponse } from "./sensitivity-client";

/**
 * Monte-Carlo sensitivity off the main thread. Thin: validates messages, runs the pure core in
 * batches (progress every ~50 runs) and yields to the event loop between batches so a "cancel"
 * message is seen. Protocol: see sensitivity-client.ts.
 */

type Post = (msg: SensitivityResponse, transfer?: Transferable[]) => void;

/** Let queued messages (cancel) run: a MessageChannel round trip, without setTimeout's clamping. */
const yieldToEvents = (): Promise<void> =>
  new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });

/** Message handler, exported for tests (node has no worker global scope). */
export function createSensitivityHandler(post: Post): (data: unknown) => Promise<void> {
  const cancelled = new Set<number>();
  return async (data) => {
    const req = parseSensitivityRequest(data);
    if (!req) {
      const jobId =
        typeof data === "object" &&
        data !== null &&
        "jobId" in data &&
        typeof data.jobId === "number"
          ? data.jobId
          : -1;
      // A protocol error (a bug, not a user input): technical text, worded by the panel's prefix.
      post({ type: "error", jobId, message: "invalid request message" });
      return;
    }
    if (req.type === "cancel") {
      cancelled.add(req.jobId);
      return;
    }
    const { jobId } = req;
    try {
      const run = createSensitivityRun(req.input, req.options);
      const every = Math.max(1, Math.floor(req.progressEvery ?? 50));
      let done = 0;
      while (done < run.total) {
        done = run.step(every);
        post({ type: "progress", jobId, done, total: run.total });
        await yieldToEvents();
        if (cancelled.has(jobId)) {
          cancelled.delete(jobId);
          post({ type: "cancelled", jobId });
          return;
        }
      }
      const result = run.finish();
      post({ type: "result", jobId, result }, [
        result.medianRank.buffer,
        result.p05Rank.buffer,
        result.p95Rank.buffer,
        result.topShare.buffer,
      ]);
    } catch (e) {
      post({ type: "error", jobId, message: e instanceof Error ? e.message : String(e) });
    }
  };
}

// Inside a dedicated worker only (not when imported by node tests).
if (typeof self !== "undefined" && typeof document === "undefined" && "postMessage" in self) {
  const handle = createSensitivityHandler((msg, transfer = []) =>
    self.postMessage(msg, { transfer }),
  );
  self.addEventListener("message", (event: MessageEvent) => {
    void handle(event.data);
  });
}
