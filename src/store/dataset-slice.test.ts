import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { datasetFingerprint } from "../core/dataset-fingerprint";
import { createMemoryDatasetStore, DatasetStoreError } from "../data/dataset-store";
import { RESTORE_TIMEOUT_MS, setDatasetStoreFactory } from "./dataset-slice";
import { resetStore, useAppStore } from "./index";
import { setImportWorkerFactory, type ImportCommit } from "./import-slice";

import { fakeWorker, MANIFEST, TABLE } from "./import-slice.fixture";

/** A commit read by the real import pipeline from `csv` (column "robos", prefix from `file`). */
async function commitFor(file: string, csv: string): Promise<ImportCommit> {
  const prefix = `imp_${file.replace(/\.csv$/, "")}_`;
  await useAppStore.getState().runImport(
    new Blob([csv]),
    file,
    {
      encoding: "auto",
      delimiter: "auto",
      joinBy: { kind: "ubigeo", column: "ubigeo" },
      shape: { kind: "wide", columns: ["robos"] },
    },
    "generic",
  );
  const staged = useAppStore.getState().stagedImport;
  if (!staged?.result) throw new Error("nothing staged");
  return {
    fileName: file,
    kind: "generic",
    result: staged.result,
    report: staged.report,
    options: {
      keyPrefix: prefix,
      unit: "casos",
      createIndicators: true,
      direction: 1,
      defaultWeight: 1,
      dimension: "imported",
    },
    source: { name: `Importado: ${file}`, publisher: "usuario", note: "" },
  };
}

const recordOf = (key: string, order: number, commit: ImportCommit) => ({
  version: 1,
  key,
  order,
  savedAt: "2026-11-28T07:00:00.000Z",
  fingerprint: datasetFingerprint(commit),
  fileBytes: 42,
  commit,
});

const seriesValues = (key: string) =>
  useAppStore.getState().table?.series.find((x) => x.key === key)?.values;
const flush = () => new Promise((r) => setTimeout(r, 0));

let memory = createMemoryDatasetStore();
beforeEach(() => {
  resetStore();
  setImportWorkerFactory(fakeWorker);
  memory = createMemoryDatasetStore();
  setDatasetStoreFactory(() => Promise.resolve(memory));
  useAppStore.setState({ table: TABLE, manifest: MANIFEST });
});
afterAll(() => {
  setImportWorkerFactory(undefined);
  setDatasetStoreFactory(undefined);
});

/** Start as App does: restore, data loaded, map's first idle. */
async function startApp(): Promise<string[]> {
  const atFirstReady: string[] = [];
  const unsub = useAppStore.subscribe((s, prev) => {
    if (s.status === "ready" && prev.status !== "ready")
      atFirstReady.push(...(s.table?.series.map((x) => x.key) ?? []));
  });
  useAppStore.setState({ table: null, manifest: null, dataLoaded: false });
  const restoring = useAppStore.getState().restoreDatasets();
  useAppStore.getState().setLoaded({ manifest: MANIFEST, table: TABLE, issues: [] });
  useAppStore.getState().setMapReady();
  await restoring;
  unsub();
  return atFirstReady;
}

describe("imported datasets kept in the browser", () => {
  it("holds ready until the kept imports are re-applied, in their stored order", async () => {
    // Two imports writing the same series: the one applied last wins. Keys sort a < b, but the
    // stored order says b (order 1) then a (order 2).
    const a = await commitFor("robos.csv", "ubigeo;robos\n150101;10\n150102;4\n");
    const b = await commitFor("robos.csv", "ubigeo;robos\n150101;1\n150102;2\n150103;3\n");
    memory.entries.set("ds-a", recordOf("ds-a", 2, a));
    memory.entries.set("ds-b", recordOf("ds-b", 1, b));
    resetStore();
    const restoring = (async () => {
      useAppStore.setState({ table: null, dataLoaded: false });
      const p = useAppStore.getState().restoreDatasets();
      useAppStore.getState().setLoaded({ manifest: MANIFEST, table: TABLE, issues: [] });
      useAppStore.getState().setMapReady();
      // The map is drawn and the data loaded, but the restore has not finished: not ready yet.
      expect(useAppStore.getState().status).toBe("loading");
      await p;
    })();
    await restoring;
    const s = useAppStore.getState();
    expect(s.status).toBe("ready");
    expect(seriesValues("imp_robos_robos")).toEqual([10, 4, null]);
    expect(s.datasetListings.map((d) => d.key)).toEqual(["ds-b", "ds-a"]);
    expect(s.importHistory).toHaveLength(2);
  });

  it("has the imported series at the first ready", async () => {
    const a = await commitFor("robos.csv", "ubigeo;robos\n150101;10\n");
    memory.entries.set("ds-a", recordOf("ds-a", 1, a));
    resetStore();
    expect(await startApp()).toContain("imp_robos_robos");
  });

  it("sets damaged and unreadable records aside without deleting them; the rest loads", async () => {
    const a = await commitFor("robos.csv", "ubigeo;robos\n150101;10\n");
    const tampered = recordOf("ds-t", 2, a);
    memory = createMemoryDatasetStore(
      {
        "ds-a": recordOf("ds-a", 1, a),
        "ds-t": { ...tampered, fingerprint: "00000000" },
        "ds-v": { ...recordOf("ds-v", 3, a), version: 9 },
        "ds-x": "not a record",
      },
      { unreadable: new Set(["ds-x"]) },
    );
    resetStore();
    await startApp();
    const s = useAppStore.getState();
    expect(s.status).toBe("ready");
    expect(seriesValues("imp_robos_robos")).toEqual([10, null, null]);
    expect(s.datasetsSetAside.map((d) => [d.key, d.problem.code])).toEqual([
      ["ds-t", "fingerprint"],
      ["ds-v", "version"],
      ["ds-x", "unreadable"],
    ]);
    expect([...memory.entries.keys()].sort()).toEqual(["ds-a", "ds-t", "ds-v", "ds-x"]);
    await useAppStore.getState().removeSetAside("ds-v");
    expect([...memory.entries.keys()].sort()).toEqual(["ds-a", "ds-t", "ds-x"]);
  });

  it("names an unavailable store and still loads the built-in data", async () => {
    setDatasetStoreFactory(() =>
      Promise.reject(new DatasetStoreError("unavailable", "IndexedDB no existe")),
    );
    await startApp();
    const s = useAppStore.getState();
    expect(s.status).toBe("ready");
    expect(s.table).toBe(TABLE);
    expect(s.datasetProblems).toEqual([
      { code: "unavailable", action: "open", fileName: null, detail: "IndexedDB no existe" },
    ]);
  });

  it("goes on to ready when the browser's store does not answer, naming the timeout", async () => {
    vi.useFakeTimers();
    try {
      setDatasetStoreFactory(() => new Promise(() => {})); // never opens (e.g. blocked)
      useAppStore.setState({ table: null, dataLoaded: false });
      const restoring = useAppStore.getState().restoreDatasets();
      useAppStore.getState().setLoaded({ manifest: MANIFEST, table: TABLE, issues: [] });
      useAppStore.getState().setMapReady();
      await vi.advanceTimersByTimeAsync(RESTORE_TIMEOUT_MS - 1);
      expect(useAppStore.getState().status).toBe("loading");
      await vi.advanceTimersByTimeAsync(1);
      await restoring;
      expect(useAppStore.getState().status).toBe("ready");
      expect(useAppStore.getState().datasetProblems.map((p) => p.code)).toEqual(["timeout"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps a confirmed import; a quota error is named and the import stays applied", async () => {
    const a = await commitFor("robos.csv", "ubigeo;robos\n150101;10\n");
    useAppStore.getState().confirmImport(a);
    await flush();
    const [stored] = [...memory.entries.values()];
    expect(stored).toMatchObject({ version: 1, fingerprint: datasetFingerprint(a) });
    expect(useAppStore.getState().datasetListings[0]?.state).toBe("saved");

    // What IndexedDB raises when the site's quota is full.
    const quota = new DOMException("full", "QuotaExceededError");
    memory = createMemoryDatasetStore({}, { failPut: quota });
    setDatasetStoreFactory(() => Promise.resolve(memory));
    const b = await commitFor("hurtos.csv", "ubigeo;robos\n150102;5\n");
    useAppStore.getState().confirmImport(b);
    await flush();
    const s = useAppStore.getState();
    expect(seriesValues("imp_hurtos_robos")).toEqual([null, 5, null]);
    expect(s.datasetListings.map((d) => d.state)).toEqual(["saved", "notSaved"]);
    expect(s.datasetProblems.map((p) => [p.code, p.action, p.fileName])).toEqual([
      ["quota", "save", "hurtos.csv"],
    ]);
  });

  it("removing the first of two re-applies the second over the built-in data, weight kept", async () => {
    const a = await commitFor("robos.csv", "ubigeo;robos\n150101;10\n");
    const b = await commitFor("hurtos.csv", "ubigeo;robos\n150102;5\n");
    useAppStore.getState().confirmImport(a);
    useAppStore.getState().confirmImport(b);
    await flush();
    useAppStore.getState().setWeight("imp_hurtos_robos", 5);
    const first = useAppStore.getState().datasetListings[0];
    await useAppStore.getState().removeDataset(first?.sourceId ?? "");
    const s = useAppStore.getState();
    expect(seriesValues("imp_robos_robos")).toBeUndefined();
    expect(seriesValues("imp_hurtos_robos")).toEqual([null, 5, null]);
    expect(s.importHistory.map((h) => h.fileName)).toEqual(["hurtos.csv"]);
    expect(s.datasetListings.map((d) => [d.fileName, d.sourceId])).toEqual([
      ["hurtos.csv", s.importHistory[0]?.sourceId],
    ]);
    expect(s.methodology.weights.imp_hurtos_robos).toBe(5);
    expect(s.methodology.weights.imp_robos_robos).toBeUndefined();
    expect(
      [...memory.entries.values()].map((r) => (r as { commit: ImportCommit }).commit.fileName),
    ).toEqual(["hurtos.csv"]);
  });

  it("undoing the last import forgets it in the browser", async () => {
    useAppStore.getState().confirmImport(await commitFor("robos.csv", "ubigeo;robos\n150101;1\n"));
    await flush();
    expect(memory.entries.size).toBe(1);
    useAppStore.getState().undoLastImport();
    await flush();
    expect(memory.entries.size).toBe(0);
    expect(useAppStore.getState().datasetListings).toEqual([]);
  });
});
