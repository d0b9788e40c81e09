import { buildLisaGraph, computeLisa } from "../core/local-moran";
import { parseHotspotRequest, type HotspotResponse } from "./hotspot-client";
import { requestJobId } from "./job-client";

/**
 * Local Moran's I with conditional permutations off the main thread (~1,840 districts × 999
 * permutations). Thin: validates the message, runs the pure core, posts progress and the result.
 */

type Post = (msg: HotspotResponse, transfer?: Transferable[]) => void;

/** Message handler, exported for tests (node has no worker global scope). */
export function createHotspotHandler(post: Post): (data: unknown) => void {
  return (data) => {
    const req = parseHotspotRequest(data);
    if (!req) {
      post({ type: "error", jobId: requestJobId(data), message: "invalid hot-spot request" });
      return;
    }
    const { jobId } = req;
    try {
      const graph = buildLisaGraph(req.values, req.neighbours);
      const r = computeLisa(graph, req.options, (done, total) =>
        post({ type: "progress", jobId, done, total }),
      );
      post(
        {
          type: "result",
          jobId,
          result: {
            ids: r.ids,
            ii: r.ii,
            pseudoP: r.pseudoP,
            classes: r.classes,
            pThreshold: r.pThreshold,
            excluded: [...r.excluded.entries()],
            options: r.options,
          },
        },
        [r.ii.buffer, r.pseudoP.buffer],
      );
    } catch (e) {
      post({ type: "error", jobId, message: e instanceof Error ? e.message : String(e) });
    }
  };
}

// Inside a dedicated worker only (not when imported by node tests).
if (typeof self !== "undefined" && typeof document === "undefined" && "postMessage" in self) {
  const handle = createHotspotHandler((msg, transfer = []) => self.postMessage(msg, { transfer }));
  self.addEventListener("message", (event: MessageEvent) => handle(event.data));
}
