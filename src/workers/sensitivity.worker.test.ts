import { describe, expect, it } from "vitest";
import { DEFAULT_SENSITIVITY, type SensitivityInput } from "../core/sensitivity";
import {
  createSensitivityClient,
  parseSensitivityRequest,
  type SensitivityResponse,
  type WorkerLike,
} from "./sensitivity-client";
import { createSensitivityHandler } from "./sensitivity.worker";

// Fixture matrix: 3 districts × 2 indicators (see core/sensitivity.test.ts); weights 3:1 → ranks 1, 3, 2.
const input: SensitivityInput = {
  n: 3,
  ids: ["a", "b"],
  weights: [3, 1],
  aggregation: "arithmetic",
  matrices: [{ normalization: "minmax", values: Float64Array.from([1, 0, 0.5, 0, 1, 0.4]) }],
};
const options = {
  ...DEFAULT_SENSITIVITY,
  runs: 300,
  perturbation: 0,
  varyNormalization: false,
  topN: 1,
};

/** A fake worker running the real handler in-process. */
function fakeWorker(): WorkerLike {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const handle = createSensitivityHandler((msg) => {
    for (const l of listeners) l(new MessageEvent("message", { data: msg }));
  });
  return {
    postMessage: (m) => void handle(m),
    addEventListener: (_t, l) => listeners.push(l),
    terminate: () => undefined,
  };
}

describe("sensitivity worker handler", () => {
  it("posts progress every 50 runs and then the result", async () => {
    const msgs: SensitivityResponse[] = [];
    const handle = createSensitivityHandler((m) => msgs.push(m));
    await handle({ type: "run", jobId: 7, input, options });
    const progress = msgs.filter((m) => m.type === "progress").map((m) => m.done);
    expect(progress).toEqual([50, 100, 150, 200, 250, 300]);
    const last = msgs.at(-1);
    expect(last?.type).toBe("result");
    if (last?.type === "result") expect(Array.from(last.result.medianRank)).toEqual([1, 3, 2]);
  });
  it("rejects malformed messages with an error reply", async () => {
    const msgs: SensitivityResponse[] = [];
    await createSensitivityHandler((m) => msgs.push(m))({ type: "run", jobId: 1, input: {} });
    expect(msgs).toEqual([{ type: "error", jobId: 1, message: expect.any(String) }]);
    expect(parseSensitivityRequest({ type: "cancel", jobId: 2 })).toEqual({
      type: "cancel",
      jobId: 2,
    });
  });
});

describe("createSensitivityClient", () => {
  it("resolves with the result and reports progress", async () => {
    const client = createSensitivityClient(fakeWorker);
    const seen: number[] = [];
    const result = await client.run(input, options, (done) => seen.push(done)).promise;
    expect(seen.at(-1)).toBe(300);
    expect(Array.from(result?.topShare ?? [])).toEqual([1, 0, 0]);
  });
  it("resolves with null when cancelled mid-run", async () => {
    const client = createSensitivityClient(fakeWorker);
    let job: ReturnType<typeof client.run> | null = null;
    job = client.run(input, { ...options, runs: 5000 }, (done) => {
      if (done === 100) job?.cancel();
    });
    expect(await job.promise).toBeNull();
  });
});
