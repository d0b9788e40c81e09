import type { StateCreator } from "zustand";
import { datasetFingerprint } from "../core/dataset-fingerprint";
import {
  DATASET_RECORD_VERSION,
  orderRecords,
  validateDatasetRecord,
  type DatasetRecord,
  type RecordProblem,
} from "../core/dataset-record";
import type { LinkedDataset } from "../core/link-datasets";
import {
  openDatasetStore,
  toStoreError,
  type DatasetStore,
  type DatasetStoreErrorCode,
} from "../data/dataset-store";
import type { AppState } from "./index";
import {
  IMPORT_KINDS,
  type ImportCommit,
  type ImportHistoryEntry,
  type ImportKind,
} from "./import-slice";

/** An applied import and how it is kept in this browser. */
export interface DatasetListing {
  /** The import history entry it was applied as (changes when earlier ones are removed). */
  sourceId: string;
  /** IndexedDB key; null when it could not be kept (see datasetProblems). */
  key: string | null;
  state: "saving" | "saved" | "notSaved";
  fingerprint: string;
  fileName: string;
  kind: ImportKind;
  sourceName: string;
  /** ISO 8601 time of the import. */
  savedAt: string;
  rows: number;
  /** Size of the imported file (null = unknown). */
  fileBytes: number | null;
  /** Size of the record kept in the browser (its JSON, UTF-8). */
  storedBytes: number;
  order: number;
  commit: ImportCommit;
}

/** A stored record that was not applied: kept in the store until the user removes it. */
export interface SetAsideRecord {
  key: string;
  problem:
    | RecordProblem
    | { code: "unreadable"; detail: string }
    | { code: "doesNotApply"; detail: string };
  /** The value as read (for export); null when it could not be read at all. */
  raw: unknown;
  /** File name when the record shows one (to name it in the list). */
  fileName: string | null;
}

/** A failure of the browser's store, named for the user (code + what was being done). */
export interface PersistProblem {
  code: DatasetStoreErrorCode | "timeout";
  action: "open" | "save" | "remove";
  fileName: string | null;
  detail: string;
}

export interface DatasetSlice {
  /** "pending" holds the first "ready" (data-slice) until stored imports are re-applied. */
  restoreState: "idle" | "pending" | "done";
  /** Applied imports and how each is kept, in the order they were applied. */
  datasetListings: DatasetListing[];
  datasetsSetAside: SetAsideRecord[];
  datasetProblems: PersistProblem[];
  /** Open the store, wait for the data, re-apply kept imports in order; never throws. */
  restoreDatasets: () => Promise<void>;
  /** Keep a confirmed import (called by confirmImport). */
  keepImport: (commit: ImportCommit, entry: ImportHistoryEntry, fileBytes: number | null) => void;
  /** Undo the last import and forget it in the browser. */
  undoLastImport: () => ImportHistoryEntry | null;
  /** Remove one import: undo back to it, re-apply the later ones in order, delete its record. */
  removeDataset: (sourceId: string) => Promise<void>;
  removeSetAside: (key: string) => Promise<void>;
  dismissDatasetProblems: () => void;
}

/** Longest wait for the browser's store before the app goes on without it. */
export const RESTORE_TIMEOUT_MS = 5_000;

let storeFactory: () => Promise<DatasetStore> = () => openDatasetStore();
let storePromise: Promise<DatasetStore> | null = null;
/** Tests: an in-memory store; undefined = IndexedDB. Forgets the store opened before. */
export function setDatasetStoreFactory(factory: (() => Promise<DatasetStore>) | undefined): void {
  storeFactory = factory ?? (() => openDatasetStore());
  storePromise = null;
}
const datasetStore = (): Promise<DatasetStore> => {
  storePromise ??= storeFactory();
  // A failed open is retried on the next use (the user may have freed space or left private mode).
  storePromise.catch(() => (storePromise = null));
  return storePromise;
};

/** The browser's store did not answer within RESTORE_TIMEOUT_MS. */
class StoreTimeout extends Error {}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new StoreTimeout(`${what}: timeout ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

const problemOf = (
  e: unknown,
  action: PersistProblem["action"],
  fileName: string | null,
): PersistProblem => {
  if (e instanceof StoreTimeout) return { code: "timeout", action, fileName, detail: e.message };
  const err = toStoreError(e, action);
  return { code: err.code, action, fileName, detail: err.message };
};

const byteSize = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

const fileNameIn = (raw: unknown): string | null => {
  if (typeof raw !== "object" || raw === null || !("commit" in raw)) return null;
  const c = raw.commit;
  if (typeof c !== "object" || c === null || !("fileName" in c)) return null;
  return typeof c.fileName === "string" ? c.fileName : null;
};

function listingOf(
  record: DatasetRecord<ImportKind>,
  sourceId: string,
  state: DatasetListing["state"],
  storedBytes: number,
): DatasetListing {
  const c = record.commit;
  return {
    sourceId,
    key: record.key,
    state,
    fingerprint: record.fingerprint,
    fileName: c.fileName,
    kind: c.kind,
    sourceName: c.source.name,
    savedAt: record.savedAt,
    rows: c.report.rowsRead,
    fileBytes: record.fileBytes,
    storedBytes,
    order: record.order,
    commit: c,
  };
}

/** The datasets the state depends on, for the link (in order of application). */
export const selectLinkedDatasets = (s: AppState): LinkedDataset[] =>
  s.datasetListings.map((d) => ({
    fingerprint: d.fingerprint,
    kind: d.kind,
    fileName: d.fileName,
  }));

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set, get, api) => {
  const addProblem = (p: PersistProblem) => set({ datasetProblems: [...get().datasetProblems, p] });

  /** Resolves once the data is loaded (true) or failed to load (false). */
  const dataSettled = (): Promise<boolean> =>
    new Promise((resolve) => {
      const check = (s: AppState) => {
        if (s.dataLoaded && s.table) return true;
        return s.status === "error" ? false : null;
      };
      const now = check(get());
      if (now !== null) return resolve(now);
      const unsubscribe = api.subscribe((s) => {
        const r = check(s);
        if (r === null) return;
        unsubscribe();
        resolve(r);
      });
    });

  return {
    restoreState: "idle",
    datasetListings: [],
    datasetsSetAside: [],
    datasetProblems: [],

    restoreDatasets: async () => {
      if (get().restoreState !== "idle") return; // once per page (StrictMode runs effects twice)
      set({ restoreState: "pending" });
      try {
        // The store is read while the data files load (both are needed before ready).
        let entries: Awaited<ReturnType<DatasetStore["readAll"]>> = [];
        try {
          const store = await withTimeout(datasetStore(), RESTORE_TIMEOUT_MS, "open");
          entries = await withTimeout(store.readAll(), RESTORE_TIMEOUT_MS, "read");
        } catch (e) {
          addProblem(problemOf(e, "open", null));
        }
        if (!(await dataSettled()) || entries.length === 0) return;
        const districtCount = get().table?.districts.length ?? 0;
        const setAside: SetAsideRecord[] = [];
        const valid: DatasetRecord<ImportKind>[] = [];
        for (const e of entries) {
          if (!e.ok) {
            setAside.push({
              key: e.key,
              problem: { code: "unreadable", detail: e.error },
              raw: null,
              fileName: null,
            });
            continue;
          }
          const check = validateDatasetRecord(e.value, { kinds: IMPORT_KINDS, districtCount });
          if (check.ok && check.record.key === e.key) valid.push(check.record);
          else
            setAside.push({
              key: e.key,
              problem: check.ok ? { code: "field", field: "key" } : check.problem,
              raw: e.value,
              fileName: fileNameIn(e.value),
            });
        }
        const listings: DatasetListing[] = [];
        for (const record of orderRecords(valid)) {
          try {
            const entry = get().confirmImport(record.commit, { keep: false });
            listings.push(listingOf(record, entry.sourceId, "saved", byteSize(record)));
          } catch (e) {
            setAside.push({
              key: record.key,
              problem: { code: "doesNotApply", detail: e instanceof Error ? e.message : String(e) },
              raw: record,
              fileName: record.commit.fileName,
            });
          }
        }
        set({
          datasetListings: [...listings, ...get().datasetListings],
          datasetsSetAside: setAside,
        });
      } finally {
        performance.mark("datasets-restored"); // read by the time-to-ready measurement
        set({ restoreState: "done" });
        get().releaseReady();
      }
    },

    keepImport: (commit, entry, fileBytes) => {
      const s = get();
      const fingerprint = datasetFingerprint(commit);
      const savedAt = new Date().toISOString();
      const order = Math.max(0, ...s.datasetListings.map((d) => d.order)) + 1;
      const key = `ds-${Date.parse(savedAt)}-${fingerprint}`;
      const record: DatasetRecord<ImportKind> = {
        version: DATASET_RECORD_VERSION,
        key,
        order,
        savedAt,
        fingerprint,
        fileBytes,
        commit,
      };
      const listing = listingOf(record, entry.sourceId, "saving", byteSize(record));
      set({ datasetListings: [...s.datasetListings, listing] });
      const update = (patch: Partial<DatasetListing>) =>
        set({
          datasetListings: get().datasetListings.map((d) =>
            d.key === key ? { ...d, ...patch } : d,
          ),
        });
      datasetStore()
        .then((store) => store.put(key, record))
        .then(
          () => update({ state: "saved" }),
          (e: unknown) => {
            update({ state: "notSaved", key: null });
            addProblem(problemOf(e, "save", commit.fileName));
          },
        );
    },

    undoLastImport: () => {
      const entry = get().undoImport();
      if (!entry) return null;
      const listing = get().datasetListings.find((d) => d.sourceId === entry.sourceId);
      set({ datasetListings: get().datasetListings.filter((d) => d !== listing) });
      if (listing?.key) {
        const fileName = listing.fileName;
        datasetStore()
          .then((store) => store.remove(listing.key ?? ""))
          .catch((e: unknown) => addProblem(problemOf(e, "remove", fileName)));
      }
      return entry;
    },

    removeDataset: async (sourceId) => {
      const s = get();
      const i = s.importHistory.findIndex((h) => h.sourceId === sourceId);
      const listing = s.datasetListings.find((d) => d.sourceId === sourceId);
      if (i < 0 || !listing) return;
      // Later imports were applied over this one (a SIDPOL file replaces crime series, a CSV may
      // replace a column): undoing only this one would leave their snapshots pointing at it. So
      // undo back to it and re-apply the later ones, in order, over what was before it.
      const later = s.importHistory.slice(i + 1).map((h) => {
        const l = s.datasetListings.find((d) => d.sourceId === h.sourceId);
        return { entry: h, listing: l };
      });
      const weightsKept: Record<string, number> = {};
      for (const { entry } of later)
        for (const id of entry.indicatorIds) {
          const w = s.methodology.weights[id];
          if (w !== undefined) weightsKept[id] = w;
        }
      const layerBefore = s.layerId;
      for (let k = s.importHistory.length - 1; k >= i; k--) get().undoImport();
      const moved = new Map<DatasetListing, string>();
      for (const { listing: l } of later) {
        if (!l) continue; // an import not kept here cannot be re-applied (it has no commit)
        moved.set(l, get().confirmImport(l.commit, { keep: false }).sourceId);
      }
      const m = get().methodology;
      const removed = s.importHistory[i];
      const layerGone =
        removed !== undefined &&
        (removed.indicatorIds.includes(layerBefore) ||
          removed.categoricalKeys.some((k) => layerBefore === `cat:${k}`));
      set({
        methodology: { ...m, weights: { ...m.weights, ...weightsKept } },
        datasetListings: get()
          .datasetListings.filter((d) => d !== listing)
          .map((d) => {
            const id = moved.get(d);
            return id ? { ...d, sourceId: id } : d;
          }),
        ...(layerGone ? {} : { layerId: layerBefore }),
      });
      get().recompute();
      if (listing.key) {
        try {
          await (await datasetStore()).remove(listing.key);
        } catch (e) {
          addProblem(problemOf(e, "remove", listing.fileName));
        }
      }
    },

    removeSetAside: async (key) => {
      const item = get().datasetsSetAside.find((d) => d.key === key);
      try {
        await (await datasetStore()).remove(key);
        set({ datasetsSetAside: get().datasetsSetAside.filter((d) => d.key !== key) });
      } catch (e) {
        addProblem(problemOf(e, "remove", item?.fileName ?? key));
      }
    },

    dismissDatasetProblems: () => set({ datasetProblems: [] }),
  };
};
