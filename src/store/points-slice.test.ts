import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { DistrictTable } from "../data/contract";
import type { PointsWorkerLike } from "../workers/points-client";
import { runPointsJob } from "../workers/points-job";
import { resetStore, useAppStore } from "./index";
import { selectActivePointLayers, setPointsWorkerFactory, type PointsChoice } from "./points-slice";

// The app's districts and boundaries with the TEST FIXTURE points (test/fixtures/points); expected
// counts from the independent Python reference (test/reference/points).
const root = resolve(import.meta.dirname, "../..");
const json = (p: string): unknown => JSON.parse(readFileSync(resolve(root, p), "utf8"));
const table = json("public/data/districts.json") as DistrictTable;
const topology = json("public/data/boundaries.topo.json");
const reference = json("test/reference/points/points_reference.json") as {
  counts: Record<string, number>;
};

/** The worker, in-process: same job, same messages. */
const inProcess = (): PointsWorkerLike => {
  const listeners: ((e: MessageEvent) => void)[] = [];
  return {
    postMessage(m) {
      void m.file.arrayBuffer().then((buf) => {
        const result = runPointsJob(new Uint8Array(buf), m.fileName, m.topology, m.districtCount);
        for (const l of listeners)
          l({ data: { type: "done", jobId: m.jobId, result } } as MessageEvent);
      });
    },
    addEventListener(type: string, l: (e: never) => void) {
      if (type === "message") listeners.push(l as (e: MessageEvent) => void);
    },
    terminate() {},
  };
};

const CHOICE: PointsChoice = {
  categoryColumn: null,
  labels: {
    count: "n",
    per10k: "n/10k",
    perKm2: "n/km2",
    category: (v) => v,
    others: "otros",
    areaShare: "share",
  },
  units: { count: "puntos", per10k: "p/10k", perKm2: "p/km2", areaShare: "%" },
  source: { name: "fixture", publisher: "test", note: "" },
  year: 2025,
  direction: 1,
  weight: 0,
};

describe("points slice", () => {
  beforeEach(() => {
    resetStore();
    setPointsWorkerFactory(inProcess);
    useAppStore.setState({ table, topology: topology as never });
  });
  afterAll(() => setPointsWorkerFactory(undefined));

  it("stages first, applies counts as a series, and undo removes series, indicator and layer", async () => {
    const file = new Blob([readFileSync(resolve(root, "test/fixtures/points/points.csv"))]);
    await useAppStore.getState().runPointsImport(file, "points.csv");
    const s0 = useAppStore.getState();
    expect(s0.stagedPoints?.result.lon.length).toBe(23);
    expect(s0.table?.series.some((x) => x.key.startsWith("imp_points_"))).toBe(false);

    const entry = useAppStore.getState().confirmPoints(CHOICE);
    const s1 = useAppStore.getState();
    const count = s1.table?.series.find((x) => x.key === "imp_points_count");
    const nonZero = Object.fromEntries(
      (count?.values ?? []).flatMap((v, i) => (v ? [[table.districts[i]?.ubigeo, v]] : [])),
    );
    expect(nonZero).toEqual(reference.counts);
    expect(count?.unit).toBe("puntos");
    expect(s1.indicatorDefs.some((d) => d.id === "imp_points_per_10k")).toBe(true);
    expect(selectActivePointLayers(s1).map((l) => l.sourceId)).toEqual([entry?.sourceId]);

    useAppStore.getState().undoImport();
    const s2 = useAppStore.getState();
    expect(s2.table?.series.some((x) => x.key.startsWith("imp_points_"))).toBe(false);
    expect(s2.indicatorDefs.some((d) => d.id.startsWith("imp_points_"))).toBe(false);
    expect(selectActivePointLayers(s2)).toEqual([]);
  });

  it("says so when the detailed boundaries are not loaded yet", async () => {
    useAppStore.setState({ topology: null });
    await useAppStore.getState().runPointsImport(new Blob(["lat,lon\n-12,-77"]), "p.csv");
    expect(useAppStore.getState().pointsError).toBe("noBoundaries");
  });
});
