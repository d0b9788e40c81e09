import { describe, expect, it } from "vitest";
import { DEFAULT_LISA_OPTIONS } from "../core/local-moran";
import { createHotspotClient, parseHotspotRequest, type WorkerLike } from "./hotspot-client";
import { createHotspotHandler } from "./hotspot.worker";

/** A fake Worker that runs the real handler in the same thread. */
function fakeWorker(): WorkerLike {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const handle = createHotspotHandler((msg) => {
    for (const l of listeners) l({ data: msg } as MessageEvent);
  });
  return {
    postMessage: (m) => queueMicrotask(() => handle(structuredClone(m))),
    addEventListener: (_t, l) => listeners.push(l),
    terminate: () => undefined,
  };
}

describe("hotspot client ↔ worker", () => {
  it("rejects malformed requests", () => {
    expect(parseHotspotRequest({ type: "run", jobId: 1, values: [1], neighbours: [] })).toBeNull();
    expect(
      parseHotspotRequest({ type: "run", jobId: 1, values: ["x"], neighbours: [[]] }),
    ).toBeNull();
  });

  it("runs the LISA and reports exclusions", async () => {
    const client = createHotspotClient(fakeWorker);
    const values = [1, 2, 3, 9, 8, 7, null];
    const nbs = [[1], [0, 2], [1, 3], [2, 4], [3, 5], [4], []];
    const r = await client.run(values, nbs, { ...DEFAULT_LISA_OPTIONS, permutations: 99 });
    expect(r?.ids).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r?.excluded).toEqual([[6, "no-value"]]);
    expect(r?.classes).toHaveLength(6);
  });

  it("resolves a superseded run with null", async () => {
    const client = createHotspotClient(fakeWorker);
    const opts = { ...DEFAULT_LISA_OPTIONS, permutations: 9 };
    const first = client.run([1, 2], [[1], [0]], opts);
    const second = client.run([1, 2], [[1], [0]], opts);
    expect(await first).toBeNull();
    expect((await second)?.ids).toEqual([0, 1]);
  });
});
