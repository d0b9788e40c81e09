/**
 * Bytes → text for imported CSV files. Planners' exports arrive as UTF-8 (with or without BOM) or as
 * Latin-1 / Windows-1252 (Excel "CSV (delimitado por comas)" on Spanish Windows). Decoding uses the
 * standard TextDecoder, available in browsers, workers and Node.
 */

export type CsvEncoding = "utf-8" | "windows-1252";
export type EncodingChoice = "auto" | CsvEncoding;

export interface EncodingDecision {
  encoding: CsvEncoding;
  /** True when the bytes start with the UTF-8 BOM (EF BB BF); it is removed from the text. */
  bom: boolean;
  /** Why: "bom", "utf8-valid" (strict decode succeeded), "fallback" (invalid UTF-8), "user". */
  reason: "bom" | "utf8-valid" | "fallback" | "user";
}

export interface DecodeResult extends EncodingDecision {
  text: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** True when `bytes` start with the UTF-8 byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/**
 * True when `bytes` are valid UTF-8. With `partial` (a first chunk of a longer file) a multi-byte
 * sequence cut at the end of the chunk is accepted: only a sequence that is wrong before the cut fails.
 * Pure ASCII is valid UTF-8 (and decodes identically in windows-1252).
 */
export function isValidUtf8(bytes: Uint8Array, partial = false): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: partial });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decide the encoding from the first bytes of a file (the first chunk is enough: Latin-1 accents in
 * Spanish text show up in the first lines, e.g. "ÁNCASH" is byte C1, never valid UTF-8 on its own).
 * Rule: user choice wins; else BOM → utf-8; else strictly valid UTF-8 → utf-8; else windows-1252
 * (a superset of Latin-1 for printable text; WHATWG decodes the label "latin1" as windows-1252 too).
 * Edge case: a file whose first chunk is ASCII and whose later bytes are Latin-1 is decoded as
 * UTF-8 and gets U+FFFD replacement characters there; the caller can override the choice.
 */
export function detectEncoding(
  firstBytes: Uint8Array,
  choice: EncodingChoice = "auto",
  partial = true,
): EncodingDecision {
  const bom = hasUtf8Bom(firstBytes);
  if (choice !== "auto")
    return { encoding: choice, bom: bom && choice === "utf-8", reason: "user" };
  if (bom) return { encoding: "utf-8", bom: true, reason: "bom" };
  if (isValidUtf8(firstBytes, partial))
    return { encoding: "utf-8", bom: false, reason: "utf8-valid" };
  return { encoding: "windows-1252", bom: false, reason: "fallback" };
}

/** Decode a whole file at once (small files, tests). The BOM is removed. Never throws. */
export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = "auto"): DecodeResult {
  const decision = detectEncoding(bytes, choice, false);
  const decoder = createStreamDecoder(decision.encoding);
  return { ...decision, text: decoder.decode(bytes, true) };
}

export interface StreamDecoder {
  /** Decode the next chunk; `final` flushes a multi-byte sequence pending at the end. */
  decode(chunk: Uint8Array, final?: boolean): string;
}

/**
 * A streaming decoder: multi-byte UTF-8 characters split across chunk boundaries are kept whole.
 * A leading UTF-8 BOM is dropped (TextDecoder default). Invalid bytes become U+FFFD, never an error.
 */
export function createStreamDecoder(encoding: CsvEncoding): StreamDecoder {
  const decoder = new TextDecoder(encoding);
  return {
    decode(chunk, final = false) {
      return decoder.decode(chunk, { stream: !final });
    },
  };
}
