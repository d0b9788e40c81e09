import type { DataManifest, DistrictRow, DistrictTable } from "../data/contract";
import type { ImportResponse, WorkerLike } from "../workers/import-client";
import { createImportHandler } from "../workers/import.worker";

// Test fixture (not shipped data), shared by the import and dataset slice tests: three Lima
// districts with population, their manifest, and the import worker's handler run in-process.
const UBIGEOS = ["150101", "150102", "150103"];
const row = (i: number): DistrictRow => ({
  id: i,
  ubigeo: UBIGEOS[i] ?? "",
  name: `D${i}`,
  province: "Lima",
  department: "Lima",
  provinceCode: "1501",
  departmentCode: "15",
  naturalRegion: "Costa",
  areaKm2: 10,
  label: [0, 0],
  bbox: [0, 0, 1, 1],
  neighbors: [],
});

export const TABLE: DistrictTable = {
  version: 1,
  districts: [0, 1, 2].map(row),
  series: [
    {
      key: "population",
      year: 2022,
      sourceId: "fx",
      unit: "hab.",
      label: { es: "P", en: "P" },
      values: [1000, 2000, 4000],
    },
  ],
};

export const MANIFEST: DataManifest = {
  version: 1,
  builtAt: "2025-01-01",
  districtCount: 3,
  sources: [],
  crime: { present: false, sourceId: null, years: [], note: "" },
  issues: [],
};

/** The worker's handler in-process (replies asynchronously, as a real Worker). */
export const fakeWorker = (): WorkerLike => {
  const w: WorkerLike & { off: boolean } = {
    onmessage: null,
    onerror: null,
    off: false,
    postMessage: (msg) => handler(msg),
    terminate() {
      this.off = true;
    },
  };
  const handler = createImportHandler((msg: ImportResponse) =>
    queueMicrotask(() => {
      if (!w.off) w.onmessage?.(new MessageEvent("message", { data: msg }));
    }),
  );
  return w;
};
