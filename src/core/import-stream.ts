/**
 * The streaming CSV driver: bytes → decoded text → whole records → an Aggregator. Encoding and
 * delimiter are decided from the first 64 KB; text is cut after the last line break outside quotes
 * so the (injected) tokenizer only sees whole records. Never keeps more than one unfinished record.
 */
import type { StreamDecoder } from "./csv-decode";
import { sniffDelimiter, type Delimiter } from "./csv-sniff";
import type { Aggregator } from "./import-aggregate";
import type { ImportMessage } from "./import-messages";
import type { ImportSpec } from "./import-spec";
import {
  classifyText,
  createTextDecoder,
  detectTextEncoding,
  type TextEncoding,
} from "./text-decode";

/**
 * Tokenizes whole CSV records (injected: PapaParse in the worker and scripts). The text always uses
 * "\n" line breaks (CRLF and lone CR are normalised by the caller) and has no trailing break.
 */
export type RecordParser = (
  text: string,
  delimiter: Delimiter,
) => { rows: string[][]; errors: { row: number; detail: ImportMessage }[] };

export interface CsvStream {
  /** Feed the next chunk of bytes. */
  push(bytes: Uint8Array): void;
  /** Flush the last record. */
  end(): void;
  readonly bytesRead: number;
  readonly encoding: TextEncoding | null;
  readonly delimiter: Delimiter | null;
}

const SNIFF_CHARS = 64 * 1024;
const SNIFF_BYTES = 64 * 1024;
const MAX_PENDING_CHARS = 32 * 1024 * 1024;

/**
 * Drive an aggregator from raw bytes of one file. The encoding is decided from the first 64 KB
 * (or the spec's choice), the delimiter sniffed from the first 64 KB of text (or the spec's choice),
 * and text is cut after the last line break outside quotes so the parser only sees whole records;
 * row numbers therefore count records (header = 1), as spreadsheets do. Quoted fields may span lines.
 * A record longer than 32 MB (usually an unclosed quote) stops the import with a fatal error.
 * `options.sniffBytes` (default 64 KB) is how much is buffered before deciding encoding/delimiter
 * (tests lower it to exercise chunk boundaries).
 */
export function createCsvStream(
  aggregator: Aggregator,
  spec: Pick<ImportSpec, "encoding" | "delimiter">,
  fileName: string,
  parse: RecordParser,
  options: { sniffBytes?: number } = {},
): CsvStream {
  const sniffBytes = options.sniffBytes ?? SNIFF_BYTES;
  let decoder: StreamDecoder | null = null;
  let encoding: TextEncoding | null = null;
  let delimiter: Delimiter | null = spec.delimiter === "auto" ? null : spec.delimiter;
  let pending = "";
  let bytesRead = 0;
  let nextRow = 1;
  let headerDone = false;
  let stopped = false;
  let head: Uint8Array[] = [];
  let scanPos = 0;
  let scanInQuotes = false;
  let boundary = -1;
  let crOnly: boolean | null = null;
  aggregator.beginFile(fileName);
  let headBytes = 0;

  const startDecoding = (final: boolean): void => {
    const first = new Uint8Array(headBytes);
    let offset = 0;
    for (const part of head) {
      first.set(part, offset);
      offset += part.length;
    }
    head = [];
    const decision = detectTextEncoding(first, spec.encoding, !final);
    encoding = decision.encoding;
    decoder = createTextDecoder(decision.encoding);
    pending += decoder.decode(first);
    // Random bytes or a binary file (xlsx, zip, image): say so rather than report odd columns.
    if (classifyText(pending) === "binary") {
      aggregator.setFatal(0, { code: "notText" });
      stopped = true;
      return;
    }
    if (!final) drain(false);
  };

  const consume = (text: string): void => {
    if (text === "" || delimiter === null) return;
    const { rows, errors } = parse(text, delimiter);
    const base = nextRow;
    // Errors are reported in row order, interleaved with the rows, so the result does not depend on
    // where chunks were cut (and nothing is reported after a fatal error).
    const sortedErrors = [...errors].sort((a, b) => a.row - b.row);
    let e = 0;
    for (const row of rows) {
      const rowNumber = nextRow++;
      for (; e < sortedErrors.length && (sortedErrors[e]?.row ?? 0) + base <= rowNumber; e++) {
        aggregator.addParseError(
          base + (sortedErrors[e]?.row ?? 0),
          sortedErrors[e]?.detail ?? { code: "readError", detail: "" },
        );
      }
      if (!headerDone) {
        if (row.length === 1 && (row[0] ?? "").trim() === "") continue;
        headerDone = true;
        if (!aggregator.setHeader(row, fileName, rowNumber)) {
          stopped = true;
          return;
        }
        continue;
      }
      aggregator.addRow(row, rowNumber);
      if (aggregator.hasFatal()) {
        stopped = true;
        return;
      }
    }
  };

  const drain = (final: boolean): void => {
    if (stopped) return;
    if (delimiter === null) {
      const window = Math.min(SNIFF_CHARS, sniffBytes);
      if (!final && pending.length < window) return;
      delimiter = sniffDelimiter(pending.slice(0, window)).delimiter;
    }
    if (crOnly === null) {
      // Old Mac files end lines with a lone CR: turn them into LF, here and for later text. Decided
      // on the first LF (→ not CR-only), or after 64 KB / at the end without any LF.
      if (pending.includes("\n")) crOnly = false;
      else if (final || pending.length >= SNIFF_CHARS) {
        crOnly = pending.includes("\r");
        if (crOnly) pending = pending.replace(/\r/g, "\n");
      }
    }
    aggregator.setFormat(encoding ?? "utf-8", delimiter);
    let complete: string;
    if (final) {
      complete = pending;
      pending = "";
    } else {
      // Incremental scan: only text added since the last call is examined (O(n) overall).
      for (let i = scanPos; i < pending.length; i++) {
        const code = pending.charCodeAt(i);
        if (code === 34) scanInQuotes = !scanInQuotes;
        else if (code === 10 && !scanInQuotes) boundary = i + 1;
      }
      scanPos = pending.length;
      const cut = boundary;
      if (cut < 0) {
        if (pending.length > MAX_PENDING_CHARS) {
          aggregator.setFatal(nextRow, { code: "recordTooLong" });
          stopped = true;
        }
        return;
      }
      scanPos -= cut;
      boundary = -1;
      complete = pending.slice(0, cut);
      pending = pending.slice(cut);
    }
    // Drop the final line break so the parser does not emit an empty trailing record; a chunk
    // that is only a blank line still counts as one record for the row numbers.
    // Stray BOMs (files concatenated by hand) are dropped: PapaParse would drop one at the start of
    // a chunk only, which would make the result depend on where chunks were cut.
    const text = complete
      .replace(/\ufeff/g, "")
      .replace(/\r\n/g, "\n")
      .replace(/\n$/, "");
    if (text === "" && complete !== "") nextRow++;
    else consume(text);
  };

  return {
    push(bytes) {
      if (stopped) return;
      bytesRead += bytes.length;
      if (decoder === null) {
        // Decide the encoding on the first 64 KB, not on a possibly tiny first chunk.
        head.push(bytes);
        headBytes += bytes.length;
        if (headBytes < sniffBytes) return;
        startDecoding(false);
        return;
      }
      const decoded = decoder.decode(bytes);
      pending += crOnly ? decoded.replace(/\r/g, "\n") : decoded;
      drain(false);
    },
    end() {
      if (stopped) return;
      if (decoder === null) startDecoding(true);
      if (stopped) return;
      if (decoder !== null) {
        const rest = decoder.decode(new Uint8Array(0), true);
        pending += crOnly ? rest.replace(/\r/g, "\n") : rest;
      }
      drain(true);
      if (!headerDone && !stopped) aggregator.setFatal(0, { code: "emptyFile" });
    },
    get bytesRead() {
      return bytesRead;
    },
    get encoding() {
      return encoding;
    },
    get delimiter() {
      return delimiter;
    },
  };
}
