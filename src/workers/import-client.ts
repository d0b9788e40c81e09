/**
 * Main-thread side of the CSV import: a promise + progress + cancel wrapper around
 * import.worker.ts, the message protocol, and the PapaParse record tokenizer shared by the worker,
 * the build script (scripts/lib/sidpol.ts) and the benchmark.
 */
import Papa from "papaparse";
import type { Delimiter } from "../core/csv-sniff";
import type { AggregateResult, ImportSpec, RecordParser } from "../core/import-aggregate";
import type { DuplicateHeader } from "../core/header-names";
import type { DistrictRef } from "../core/import-join";
import { ImportFailureError, type HeaderReason, type ImportFailure } from "../core/import-messages";
import type { ImportReport } from "../core/import-report";

/** First rows of a file, to let the user pick columns before the full import. */
export interface CsvPreview {
  fileName: string;
  sizeBytes: number;
  encoding: string;
  delimiter: Delimiter;
  header: string[];
  /** Up to 20 data rows after the header, each cut to its first 2,000 cells. */
  rows: string[][];
  hasHeader: boolean;
  /** Why the first row does (not) look like a header (a code; the UI words it). */
  headerReason: HeaderReason;
  /** True when the header is the SIDPOL "Denuncias Policiales" format. */
  isSidpol: boolean;
  /** True when the header is a ubigeo-keyed security-spending table (PP 0030 execution…). */
  isSecurity: boolean;
  /** "empty": no text at all (0 bytes, a BOM, blank lines); "notText": binary or random bytes. */
  problem: "empty" | "notText" | null;
  /** Repeated column names (also by case or accents), renamed name_2, name_3… in `header`. */
  duplicateHeaders: DuplicateHeader[];
}

export type ImportRequest =
  | {
      type: "start";
      jobId: number;
      file: Blob;
      fileName: string;
      spec: ImportSpec;
      districts: DistrictRef[];
      /** Bytes per read (default 1 MiB). */
      chunkBytes?: number;
    }
  | {
      type: "preview";
      jobId: number;
      file: Blob;
      fileName: string;
      spec: Pick<ImportSpec, "encoding" | "delimiter">;
    }
  | { type: "cancel"; jobId: number };

export type ImportResponse =
  | { type: "progress"; jobId: number; fraction01: number; bytesRead: number }
  | { type: "done"; jobId: number; report: ImportReport; result: AggregateResult | null }
  | { type: "preview"; jobId: number; preview: CsvPreview }
  | { type: "cancelled"; jobId: number }
  | { type: "error"; jobId: number; failure: ImportFailure };

/**
 * PapaParse as the record tokenizer: header off, all cells strings, blank lines kept (so row
 * numbers stay true), RFC 4180 quotes. Papa's error rows are indexes into `rows`.
 */
export const papaRecordParser: RecordParser = (text: string, delimiter: Delimiter) => {
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    quoteChar: '"',
    newline: "\n",
  });
  return {
    rows: parsed.data,
    errors: parsed.errors.map((e) => ({
      row: e.row ?? 0,
      detail:
        e.code === "MissingQuotes"
          ? { code: "quotesUnclosed" as const }
          : e.code === "InvalidQuotes"
            ? { code: "quotesMalformed" as const }
            : { code: "readError" as const, detail: e.message },
    })),
  };
};

/** The subset of Worker used here (lets tests inject an in-process fake). */
export interface WorkerLike {
  postMessage(message: ImportRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type ImportOutcome =
  | { status: "done"; report: ImportReport; result: AggregateResult | null }
  | { status: "cancelled" };

export interface ImportHandle {
  promise: Promise<ImportOutcome>;
  /** Stop now: the worker is terminated and the promise resolves { status: "cancelled" }. */
  cancel(): void;
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });

let nextJobId = 1;

function run<T>(
  request: (jobId: number) => ImportRequest,
  onResponse: (msg: ImportResponse, resolve: (v: T) => void, reject: (e: Error) => void) => boolean,
  cancelled: T,
  createWorker: () => WorkerLike,
): { promise: Promise<T>; cancel(): void } {
  const jobId = nextJobId++;
  const worker = createWorker();
  let settle: ((v: T) => void) | null = null;
  let finished = false;
  const promise = new Promise<T>((resolve, reject) => {
    const done = (fn: () => void) => {
      if (finished) return;
      finished = true;
      worker.terminate();
      fn();
    };
    settle = (v) => done(() => resolve(v));
    worker.onmessage = (event) => {
      const msg = event.data;
      if (msg.jobId !== jobId) return;
      if (msg.type === "error") done(() => reject(new ImportFailureError(msg.failure)));
      else if (msg.type === "cancelled") done(() => resolve(cancelled));
      else
        onResponse(
          msg,
          (v) => done(() => resolve(v)),
          (e) => done(() => reject(e)),
        );
    };
    worker.onerror = (event) =>
      done(() => reject(new ImportFailureError({ code: "workerFailed", detail: event.message })));
  });
  worker.postMessage(request(jobId));
  return {
    promise,
    cancel() {
      if (finished) return;
      worker.postMessage({ type: "cancel", jobId });
      settle?.(cancelled);
    },
  };
}

/**
 * Import a file in a worker: streams it in 1 MiB chunks, reports progress (fraction of bytes read,
 * 0–1) and resolves with the validation report and the aggregated result (null when fatal). A
 * file that cannot be read, or a crashed worker, rejects with an ImportFailureError.
 */
export function startImport(
  file: Blob,
  fileName: string,
  spec: ImportSpec,
  districts: DistrictRef[],
  options: {
    onProgress?: (fraction01: number, bytesRead: number) => void;
    chunkBytes?: number;
    createWorker?: () => WorkerLike;
  } = {},
): ImportHandle {
  const plainDistricts = districts.map((d) => ({
    id: d.id,
    ubigeo: d.ubigeo,
    name: d.name,
    province: d.province,
    department: d.department,
  }));
  return run<ImportOutcome>(
    (jobId) => ({
      type: "start",
      jobId,
      file,
      fileName,
      spec,
      districts: plainDistricts,
      chunkBytes: options.chunkBytes,
    }),
    (msg, resolve) => {
      if (msg.type === "progress") options.onProgress?.(msg.fraction01, msg.bytesRead);
      else if (msg.type === "done")
        resolve({ status: "done", report: msg.report, result: msg.result });
      return true;
    },
    { status: "cancelled" },
    options.createWorker ?? defaultWorker,
  );
}

/** Read the first 256 KB of a file in a worker: encoding, delimiter, header and 20 rows. */
export function previewFile(
  file: Blob,
  fileName: string,
  spec: Pick<ImportSpec, "encoding" | "delimiter"> = { encoding: "auto", delimiter: "auto" },
  createWorker: () => WorkerLike = defaultWorker,
): Promise<CsvPreview | null> {
  return run<CsvPreview | null>(
    (jobId) => ({ type: "preview", jobId, file, fileName, spec }),
    (msg, resolve) => {
      if (msg.type === "preview") resolve(msg.preview);
      return true;
    },
    null,
    createWorker,
  ).promise;
}
