/**
 * CSV import worker. The main thread posts a File (see import-client.ts); the worker reads it in
 * slices (1 MiB, pushed to the parser 64 KB at a time), decodes (encoding decided from the first slice or the user's choice), tokenizes
 * whole records with PapaParse and feeds the incremental aggregator of the core. It keeps running
 * sums and the first problems of each kind only, posts progress (fraction of bytes) after each
 * slice, and stops between slices when a cancel message arrives.
 */
import { isRecord } from "../core/guards";
import { detectHeader, lastRecordBoundary, sniffDelimiter } from "../core/csv-sniff";
import { createAggregator } from "../core/import-aggregate";
import { createCsvStream } from "../core/import-stream";
import { disambiguateHeader } from "../core/header-names";
import { createJoinTarget } from "../core/import-join";
import { isSecuritySpendingHeader } from "../core/security-spending";
import { isSidpolHeader } from "../core/sidpol";
import { classifyText, createTextDecoder, detectTextEncoding } from "../core/text-decode";
import {
  papaRecordParser,
  type CsvPreview,
  type ImportRequest,
  type ImportResponse,
} from "./import-client";

const DEFAULT_CHUNK_BYTES = 1024 * 1024;
const PREVIEW_BYTES = 256 * 1024;
/** Cells of each preview row sent to the main thread (the header is sent whole). */
const PREVIEW_ROW_CELLS = 2000;
/** Bytes pushed to the parser between progress messages: a 500 KB file shows progress at once. */
const PROGRESS_BYTES = 64 * 1024;

/** Shallow guard on messages (they come from our own client, but stay defensive). */
function isImportRequest(data: unknown): data is ImportRequest {
  if (!isRecord(data) || typeof data.jobId !== "number") return false;
  if (data.type === "cancel") return true;
  return (data.type === "start" || data.type === "preview") && data.file instanceof Blob;
}

async function preview(
  file: Blob,
  fileName: string,
  spec: Extract<ImportRequest, { type: "preview" }>["spec"],
): Promise<CsvPreview> {
  const bytes = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
  const partial = file.size > PREVIEW_BYTES;
  const decision = detectTextEncoding(bytes, spec.encoding, partial);
  let text = createTextDecoder(decision.encoding).decode(bytes, !partial);
  const kind = classifyText(text);
  if (kind !== "text") {
    return {
      fileName,
      sizeBytes: file.size,
      encoding: decision.encoding,
      delimiter: spec.delimiter === "auto" ? "," : spec.delimiter,
      header: [],
      rows: [],
      hasHeader: false,
      headerReason: { code: "headerEmpty" },
      isSidpol: false,
      isSecurity: false,
      problem: kind === "empty" ? "empty" : "notText",
      duplicateHeaders: [],
    };
  }
  if (partial) {
    const cut = lastRecordBoundary(text);
    if (cut > 0) text = text.slice(0, cut);
  }
  const delimiter =
    spec.delimiter === "auto" ? sniffDelimiter(text.slice(0, 64 * 1024)).delimiter : spec.delimiter;
  const lf = /\n/.test(text) ? text.replace(/\r\n/g, "\n") : text.replace(/\r/g, "\n");
  const rows = papaRecordParser(lf.replace(/\n$/, ""), delimiter).rows.filter(
    (r) => !(r.length === 1 && (r[0] ?? "").trim() === ""),
  );
  // The same renaming of repeated names as the aggregator's setHeader, so the form's names match.
  const { header, duplicates } = disambiguateHeader(rows[0] ?? []);
  const guess = detectHeader(rows);
  return {
    fileName,
    sizeBytes: file.size,
    encoding: decision.encoding,
    delimiter,
    header,
    // Cells beyond PREVIEW_ROW_CELLS are not sent: the main thread only shows and guesses from the
    // first columns, and cloning 20 × 30,000 cells into it is a long task (issue #13).
    rows: rows
      .slice(1, 21)
      .map((r) => (r.length > PREVIEW_ROW_CELLS ? r.slice(0, PREVIEW_ROW_CELLS) : r)),
    hasHeader: guess.hasHeader,
    headerReason: guess.reason,
    isSidpol: isSidpolHeader(header),
    isSecurity: !isSidpolHeader(header) && isSecuritySpendingHeader(header),
    problem: null,
    duplicateHeaders: duplicates,
  };
}

/**
 * The worker's logic, independent of the worker global (tests drive it in-process): returns a
 * message handler; responses go to `post`.
 */
export function createImportHandler(post: (msg: ImportResponse) => void): (data: unknown) => void {
  const cancelled = new Set<number>();

  const start = async (req: Extract<ImportRequest, { type: "start" }>): Promise<void> => {
    const aggregator = createAggregator(req.spec, createJoinTarget(req.districts));
    const stream = createCsvStream(aggregator, req.spec, req.fileName, papaRecordParser);
    const size = req.file.size;
    const step = Math.max(1024, req.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    for (let pos = 0; pos < size; pos += step) {
      const bytes = new Uint8Array(
        await req.file.slice(pos, Math.min(size, pos + step)).arrayBuffer(),
      );
      if (cancelled.has(req.jobId)) {
        cancelled.delete(req.jobId);
        post({ type: "cancelled", jobId: req.jobId });
        return;
      }
      for (let at = 0; at < bytes.length && !aggregator.hasFatal(); at += PROGRESS_BYTES) {
        stream.push(bytes.subarray(at, Math.min(bytes.length, at + PROGRESS_BYTES)));
        post({
          type: "progress",
          jobId: req.jobId,
          fraction01: size === 0 ? 1 : stream.bytesRead / size,
          bytesRead: stream.bytesRead,
        });
      }
      if (aggregator.hasFatal()) break;
    }
    stream.end();
    const { report, result } = aggregator.finish();
    post({ type: "done", jobId: req.jobId, report, result });
  };

  return (data) => {
    if (!isImportRequest(data)) return;
    const fail = (e: unknown): void =>
      post({
        type: "error",
        jobId: data.jobId,
        failure: {
          code: "readFailed",
          fileName: data.type === "cancel" ? "" : data.fileName,
          detail: e instanceof Error ? e.message : String(e),
        },
      });
    if (data.type === "cancel") cancelled.add(data.jobId);
    else if (data.type === "start") start(data).catch(fail);
    else
      preview(data.file, data.fileName, data.spec)
        .then((p) => post({ type: "preview", jobId: data.jobId, preview: p }))
        .catch(fail);
  };
}

// Register only inside a dedicated worker (importing this module in Node/tests does nothing).
if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  const handle = createImportHandler((msg) => self.postMessage(msg));
  self.onmessage = (event: MessageEvent<unknown>) => handle(event.data);
}
