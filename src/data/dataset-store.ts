/**
 * The browser's store of imported datasets (IndexedDB): I/O only. Records go in and come out as
 * they are; what they mean and whether they are valid is core/dataset-record.ts's job. Failures are
 * thrown as DatasetStoreError with a code the UI words (quota, unavailable…: i18n/persist-copy.ts),
 * never swallowed, and nothing here deletes a record unless asked to by its key. The message holds
 * only the browser's own error ("QuotaExceededError: …"), no words of ours (issue #16): the
 * operation that failed is a code (`op`, `key`), and the sentence around it names the action.
 */

export type DatasetStoreErrorCode =
  /** No IndexedDB, or the browser refuses it (private mode, blocked storage). */
  | "unavailable"
  /** The database on disk is of a newer version of the app (VersionError). */
  | "dbVersion"
  /** Another tab holds an older version open and blocks the upgrade. */
  | "blocked"
  /** QuotaExceededError: the browser has no room left for this site. */
  | "quota"
  /** Any other failure (detail in the message). */
  | "failed";

/** What the store was doing when it failed (`key`: the record of a read, save or remove). */
export interface DatasetStoreOp {
  op: "open" | "readKeys" | "read" | "save" | "remove";
  key?: string;
}

export class DatasetStoreError extends Error {
  constructor(
    readonly code: DatasetStoreErrorCode,
    /** The browser's error as it gave it ("name: message"), shown in parentheses by the UI. */
    message: string,
    readonly op: DatasetStoreOp | null = null,
  ) {
    super(message);
    this.name = "DatasetStoreError";
  }
}

/**
 * One stored entry: its value, or why it could not be read (the browser's error text; the entry
 * stays in the store).
 */
export type StoredEntry =
  { key: string; ok: true; value: unknown } | { key: string; ok: false; error: string };

/** What the app needs of the store (a fake in unit tests implements the same). */
export interface DatasetStore {
  /** Every entry, each read on its own so one unreadable record does not hide the others. */
  readAll(): Promise<StoredEntry[]>;
  put(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export const DATASET_DB_NAME = "mapa-riesgo-datasets";
/** IndexedDB schema version (the object store's layout, not the record's: see dataset-record.ts). */
export const DATASET_DB_VERSION = 1;
export const DATASET_STORE_NAME = "datasets";

/**
 * Map a DOMException (or anything thrown) to a DatasetStoreError of operation `op` (an op name
 * alone when the caller has no record key).
 */
export function toStoreError(
  e: unknown,
  op: DatasetStoreOp | DatasetStoreOp["op"] | null,
): DatasetStoreError {
  if (e instanceof DatasetStoreError) return e;
  const name =
    typeof e === "object" && e !== null && "name" in e && typeof e.name === "string" ? e.name : "";
  const message = e instanceof Error ? e.message : String(e);
  const code: DatasetStoreErrorCode =
    name === "QuotaExceededError"
      ? "quota"
      : name === "VersionError"
        ? "dbVersion"
        : name === "SecurityError" || name === "InvalidStateError"
          ? "unavailable"
          : "failed";
  const what = typeof op === "string" ? { op } : op;
  return new DatasetStoreError(code, name ? `${name}: ${message}` : message, what);
}

const request = <T>(r: IDBRequest<T>, op: DatasetStoreOp): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(toStoreError(r.error, op));
  });

/** Resolve when the transaction commits (a quota error surfaces here, not on the request). */
const done = (tx: IDBTransaction, op: DatasetStoreOp): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(toStoreError(tx.error, op));
    // An abort without an error (tx.abort()) has the DOM's own name for it.
    tx.onabort = () =>
      reject(toStoreError(tx.error ?? new DOMException("transaction aborted", "AbortError"), op));
  });

/**
 * Open the IndexedDB store (created on first use). Throws DatasetStoreError: "unavailable" when
 * the browser has no IndexedDB or refuses it, "dbVersion" when the database is newer than this
 * app, "blocked" when another tab blocks the upgrade.
 */
export async function openDatasetStore(
  idb: IDBFactory | undefined = globalThis.indexedDB,
): Promise<DatasetStore> {
  const open: DatasetStoreOp = { op: "open" };
  if (!idb) throw new DatasetStoreError("unavailable", "indexedDB is undefined", open);
  let db: IDBDatabase;
  try {
    db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = idb.open(DATASET_DB_NAME, DATASET_DB_VERSION);
      r.onupgradeneeded = () => {
        if (!r.result.objectStoreNames.contains(DATASET_STORE_NAME))
          r.result.createObjectStore(DATASET_STORE_NAME);
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(toStoreError(r.error, open));
      r.onblocked = () => reject(new DatasetStoreError("blocked", "blocked", open));
    });
  } catch (e) {
    const err = toStoreError(e, open);
    // Opening fails with UnknownError / a bare error in some private modes: the store is unusable.
    throw err.code === "failed" ? new DatasetStoreError("unavailable", err.message, open) : err;
  }
  const tx = (mode: IDBTransactionMode) =>
    db.transaction(DATASET_STORE_NAME, mode).objectStore(DATASET_STORE_NAME);
  return {
    async readAll() {
      const keys = await request(tx("readonly").getAllKeys(), { op: "readKeys" });
      const out: StoredEntry[] = [];
      for (const k of keys) {
        const key = String(k);
        const op: DatasetStoreOp = { op: "read", key };
        try {
          out.push({ key, ok: true, value: await request(tx("readonly").get(k), op) });
        } catch (e) {
          out.push({ key, ok: false, error: toStoreError(e, op).message });
        }
      }
      return out;
    },
    async put(key, value) {
      const op: DatasetStoreOp = { op: "save", key };
      try {
        const store = tx("readwrite");
        const committed = done(store.transaction, op);
        store.put(value, key);
        await committed;
      } catch (e) {
        throw toStoreError(e, op);
      }
    },
    async remove(key) {
      const op: DatasetStoreOp = { op: "remove", key };
      try {
        const store = tx("readwrite");
        const committed = done(store.transaction, op);
        store.delete(key);
        await committed;
      } catch (e) {
        throw toStoreError(e, op);
      }
    },
  };
}

/** An in-memory DatasetStore (unit tests; values are structured-cloned like IndexedDB does). */
export function createMemoryDatasetStore(
  initial: Record<string, unknown> = {},
  opts: { failPut?: Error; unreadable?: ReadonlySet<string> } = {},
): DatasetStore & { entries: Map<string, unknown> } {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    readAll: () =>
      Promise.resolve(
        [...entries.keys()]
          .sort()
          .map((key): StoredEntry =>
            opts.unreadable?.has(key)
              ? { key, ok: false, error: "DataCloneError" }
              : { key, ok: true, value: structuredClone(entries.get(key)) },
          ),
      ),
    put: (key, value) => {
      if (opts.failPut) return Promise.reject(opts.failPut);
      entries.set(key, structuredClone(value));
      return Promise.resolve();
    },
    remove: (key) => {
      entries.delete(key);
      return Promise.resolve();
    },
  };
}
