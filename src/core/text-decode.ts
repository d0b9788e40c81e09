/**
 * Bytes → text for every imported text file (indicator CSV import and the Barrio Seguro register):
 * one decoder, so both imports read the same files the same way. On top of csv-decode.ts (UTF-8 or
 * Windows-1252) it recognises UTF-16 and UTF-32 (Excel "Texto Unicode" is UTF-16LE with a BOM), by
 * byte-order mark and, without one, by the pattern of NUL bytes; and it tells an empty file or one
 * that is not text at all from a table with problems (issue #13).
 */
import { detectEncoding, type EncodingChoice, type StreamDecoder } from "./csv-decode";

export type TextEncoding =
  "utf-8" | "windows-1252" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";

export interface TextEncodingDecision {
  encoding: TextEncoding;
  /** "bom", "nul-pattern" (UTF-16/32 without BOM), or csv-decode's reasons. */
  reason: "bom" | "nul-pattern" | "utf8-valid" | "fallback" | "user";
}

const SNIFF_BYTES = 4096;

/** The UTF-16/32 byte-order mark at the start of `b`, if any (UTF-32LE is tested before UTF-16LE). */
function unicodeBom(b: Uint8Array): TextEncoding | null {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return "utf-32le";
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return "utf-32be";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * UTF-16/32 without a BOM, from where NUL bytes fall in the first 4 KB: mostly-Latin text in
 * UTF-16LE has a NUL in most odd bytes and almost none in even ones (BE the reverse); UTF-32LE has
 * NUL in bytes 2 and 3 of (nearly) every 4-byte unit. Text in UTF-8 or Windows-1252 has no NUL.
 */
function nulPattern(b: Uint8Array): TextEncoding | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~3;
  if (n < 4) return null;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i & 3] = (zeros[i & 3] ?? 0) + 1;
  const [z0 = 0, z1 = 0, z2 = 0, z3 = 0] = zeros;
  const units = n / 4;
  if (z2 >= 0.9 * units && z3 >= 0.9 * units && z0 < 0.5 * units) return "utf-32le";
  if (z0 >= 0.9 * units && z1 >= 0.9 * units && z3 < 0.5 * units) return "utf-32be";
  const pairs = n / 2;
  const even = z0 + z2;
  const odd = z1 + z3;
  if (odd >= 0.5 * pairs && even < 0.1 * pairs) return "utf-16le";
  if (even >= 0.5 * pairs && odd < 0.1 * pairs) return "utf-16be";
  return null;
}

/**
 * Decide the encoding from the first bytes of a file. Order: a UTF-16/32 BOM (wins over the user's
 * choice, which offers UTF-8 and Windows-1252 only); the user's choice; the NUL pattern of
 * UTF-16/32 without BOM; then csv-decode (UTF-8 BOM, valid UTF-8, else Windows-1252).
 */
export function detectTextEncoding(
  firstBytes: Uint8Array,
  choice: EncodingChoice = "auto",
  partial = true,
): TextEncodingDecision {
  const bom = unicodeBom(firstBytes);
  if (bom) return { encoding: bom, reason: "bom" };
  if (choice === "auto") {
    const nul = nulPattern(firstBytes);
    if (nul) return { encoding: nul, reason: "nul-pattern" };
  }
  const d = detectEncoding(firstBytes, choice, partial);
  return { encoding: d.encoding, reason: d.reason };
}

/** UTF-32 (no TextDecoder label exists for it): code units of 4 bytes, split chunks kept whole. */
function createUtf32Decoder(littleEndian: boolean): StreamDecoder {
  let rest = new Uint8Array(0);
  let atStart = true;
  return {
    decode(chunk, final = false) {
      let b = chunk;
      if (rest.length > 0) {
        b = new Uint8Array(rest.length + chunk.length);
        b.set(rest);
        b.set(chunk, rest.length);
      }
      const n = b.length - (b.length % 4);
      const parts: string[] = [];
      let codes: number[] = [];
      for (let i = 0; i < n; i += 4) {
        const b0 = b[i] ?? 0;
        const b1 = b[i + 1] ?? 0;
        const b2 = b[i + 2] ?? 0;
        const b3 = b[i + 3] ?? 0;
        const cp = littleEndian
          ? (b0 | (b1 << 8) | (b2 << 16) | (b3 << 24)) >>> 0
          : ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
        const first = atStart;
        atStart = false;
        if (first && cp === 0xfeff) continue;
        codes.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
        if (codes.length >= 4096) {
          parts.push(String.fromCodePoint(...codes));
          codes = [];
        }
      }
      if (codes.length > 0) parts.push(String.fromCodePoint(...codes));
      rest = b.slice(n);
      if (final && rest.length > 0) {
        parts.push("\ufffd");
        rest = new Uint8Array(0);
      }
      return parts.join("");
    },
  };
}

/**
 * A streaming decoder for `encoding`: characters split across chunks are kept whole, a leading
 * BOM is dropped, invalid bytes become U+FFFD (never an error).
 */
export function createTextDecoder(encoding: TextEncoding): StreamDecoder {
  if (encoding === "utf-32le" || encoding === "utf-32be")
    return createUtf32Decoder(encoding === "utf-32le");
  const decoder = new TextDecoder(encoding);
  return {
    decode(chunk, final = false) {
      return decoder.decode(chunk, { stream: !final });
    },
  };
}

/** Decode a whole file at once (the register import, tests). Never throws. */
export function decodeText(
  bytes: Uint8Array,
  choice: EncodingChoice = "auto",
): TextEncodingDecision & { text: string } {
  const decision = detectTextEncoding(bytes, choice, false);
  return { ...decision, text: createTextDecoder(decision.encoding).decode(bytes, true) };
}

export type TextKind = "text" | "empty" | "binary";

/**
 * What decoded text looks like, from its first 64 K characters: "empty" when nothing but BOMs and
 * white space (a 0-byte file, a BOM alone, blank lines); "binary" when more than 5 % of the
 * characters are control characters (other than tab and line breaks), C1 controls or U+FFFD
 * (random bytes read as Windows-1252 give ~13 %; a real table well under 1 %); else "text".
 */
export function classifyText(text: string): TextKind {
  const sample = text.slice(0, 64 * 1024);
  let bad = 0;
  let visible = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfeff || c === 9 || c === 10 || c === 13 || c === 32) continue;
    visible++;
    if (c < 32 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  if (visible === 0) return sample.length === text.length ? "empty" : "text";
  return bad > 0.05 * visible ? "binary" : "text";
}
