import { describe, expect, it } from "vitest";
import {
  createJobClient,
  parseJobReply,
  requestJobId,
  type JobReply,
  type WorkerLike,
} from "./job-client";

/** A scripted fake worker: records what it is sent; the test plays the worker's replies. */
function scriptedWorker() {
  const made: { sent: unknown[]; terminated: boolean; reply: (data: unknown) => void }[] = [];
  const create = (): WorkerLike => {
    const listeners: ((e: MessageEvent) => void)[] = [];
    const w = {
      sent: [] as unknown[],
      terminated: false,
      reply: (data: unknown) => {
        for (const l of listeners) l({ data } as MessageEvent);
      },
    };
    made.push(w);
    return {
      postMessage: (m) => w.sent.push(m),
      addEventListener: (_t, l) => listeners.push(l),
      terminate: () => {
        w.terminated = true;
      },
    };
  };
  return { made, create };
}

// Results in these tests are a plain string: "ok" is valid, anything else malformed.
const parseReply = (data: unknown): JobReply<string> | null =>
  parseJobReply(data, (r) => (r === "ok" ? r : null));

describe("parseJobReply", () => {
  it("accepts the four reply kinds with a finite job id", () => {
    expect(parseReply({ type: "progress", jobId: 2, done: 1, total: 4 })).toEqual({
      type: "progress",
      jobId: 2,
      done: 1,
      total: 4,
    });
    expect(parseReply({ type: "result", jobId: 2, result: "ok" })).toEqual({
      type: "result",
      jobId: 2,
      result: "ok",
    });
    expect(parseReply({ type: "cancelled", jobId: 2 })).toEqual({ type: "cancelled", jobId: 2 });
    expect(parseReply({ type: "error", jobId: 2, message: 7 })).toEqual({
      type: "error",
      jobId: 2,
      message: "7",
    });
  });

  it("rejects malformed replies", () => {
    expect(parseReply(null)).toBeNull();
    expect(parseReply([{ type: "cancelled", jobId: 1 }])).toBeNull();
    expect(parseReply({ type: "cancelled", jobId: Infinity })).toBeNull();
    expect(parseReply({ type: "cancelled", jobId: "1" })).toBeNull();
    expect(parseReply({ type: "progress", jobId: 1, done: 1 })).toBeNull();
    expect(parseReply({ type: "result", jobId: 1, result: "bad" })).toBeNull();
    expect(parseReply({ type: "other", jobId: 1 })).toBeNull();
  });
});

describe("requestJobId", () => {
  it("finds the id of a malformed request, else -1", () => {
    expect(requestJobId({ type: "run", jobId: 5 })).toBe(5);
    expect(requestJobId({ type: "run" })).toBe(-1);
    expect(requestJobId("run")).toBe(-1);
  });
});

describe("createJobClient", () => {
  it("creates the worker on the first job only, and numbers jobs 1, 2, …", () => {
    const w = scriptedWorker();
    const client = createJobClient(w.create, parseReply);
    expect(w.made).toHaveLength(0);
    expect(client.start((jobId) => ({ jobId })).jobId).toBe(1);
    expect(client.start((jobId) => ({ jobId })).jobId).toBe(2);
    expect(w.made).toHaveLength(1);
    expect(w.made[0]?.sent).toEqual([{ jobId: 1 }, { jobId: 2 }]);
  });

  it("routes progress and the result to their own job", async () => {
    const w = scriptedWorker();
    const client = createJobClient(w.create, parseReply);
    const seen: string[] = [];
    const a = client.start(
      () => "a",
      (d, t) => seen.push(`a ${d}/${t}`),
    );
    const b = client.start(
      () => "b",
      (d, t) => seen.push(`b ${d}/${t}`),
    );
    const worker = w.made[0];
    worker?.reply({ type: "progress", jobId: 2, done: 1, total: 3 });
    worker?.reply({ type: "progress", jobId: 1, done: 2, total: 3 });
    worker?.reply({ type: "result", jobId: 2, result: "ok" });
    worker?.reply({ type: "cancelled", jobId: 1 });
    expect(seen).toEqual(["b 1/3", "a 2/3"]);
    expect(await b.promise).toBe("ok");
    expect(await a.promise).toBeNull();
    expect(client.isPending(1)).toBe(false);
    expect(client.isPending(2)).toBe(false);
  });

  it("rejects a job with the worker's message, and ignores unknown or malformed replies", async () => {
    const w = scriptedWorker();
    const client = createJobClient(w.create, parseReply);
    const job = client.start(() => "x");
    w.made[0]?.reply({ type: "result", jobId: 9, result: "ok" });
    w.made[0]?.reply({ type: "result", jobId: 1, result: "bad" });
    expect(client.isPending(1)).toBe(true);
    w.made[0]?.reply({ type: "error", jobId: 1, message: "boom" });
    await expect(job.promise).rejects.toThrow("boom");
  });

  it("resolves dropped jobs with null and ignores their later replies", async () => {
    const w = scriptedWorker();
    const client = createJobClient(w.create, parseReply);
    const old = client.start(() => "old");
    client.dropPending();
    const fresh = client.start(() => "new");
    w.made[0]?.reply({ type: "error", jobId: 1, message: "late" });
    w.made[0]?.reply({ type: "result", jobId: 2, result: "ok" });
    expect(await old.promise).toBeNull();
    expect(await fresh.promise).toBe("ok");
  });

  it("posts extra messages to the live worker only; dispose terminates it", async () => {
    const w = scriptedWorker();
    const client = createJobClient(w.create, parseReply);
    client.post("before any worker");
    const job = client.start(() => "run");
    client.post({ type: "cancel", jobId: job.jobId });
    client.dispose();
    expect(await job.promise).toBeNull();
    expect(w.made[0]?.sent).toEqual(["run", { type: "cancel", jobId: 1 }]);
    expect(w.made[0]?.terminated).toBe(true);
    client.start(() => "again");
    expect(w.made).toHaveLength(2);
    expect(w.made[1]?.sent).toEqual(["again"]);
  });
});
