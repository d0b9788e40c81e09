/**
 * A short, stable fingerprint of an imported dataset (what a link records so that, opened in
 * another browser, it can say which imported data its state depended on). Pure.
 *
 * Not a security hash: it tells datasets apart in a link (a handful per browser), where a 32-bit
 * hash collides with probability ≈ n²/2³³ (n = 10 → 1 in 86 million). It is synchronous (the
 * restore runs before the first "ready" and crypto.subtle is async) and the same in every engine.
 */

/**
 * JSON with object keys sorted at every level, so that two equal objects built in a different key
 * order give the same text. Arrays keep their order; undefined members are left out and
 * non-finite numbers become null (as JSON.stringify does).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    return text === undefined ? "null" : text;
  }
  if (Array.isArray(value)) {
    // Fast path: an array of primitives (a column of 1,891 values) is already canonical as
    // JSON.stringify writes it (undefined and non-finite numbers → null, as below).
    if (value.every((x) => x === null || typeof x !== "object")) return JSON.stringify(value);
    return `[${value.map(canonicalJson).join(",")}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

const FNV_OFFSET_32 = 0x811c9dc5;
const FNV_PRIME_32 = 0x01000193;

/**
 * FNV-1a, 32 bits, over the UTF-8 bytes of `text`, as 8 lower-case hex digits:
 *   h = 2166136261; for each byte b: h = (h XOR b) × 16777619 mod 2³².
 * Test vectors (from the FNV reference): "" → 811c9dc5, "a" → e40c292c, "foobar" → bf9cf968.
 */
export function fnv1a32Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let h = FNV_OFFSET_32;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] ?? 0), FNV_PRIME_32);
  h >>>= 0;
  return h.toString(16).padStart(8, "0");
}

/** Fingerprint of an import commit: fnv1a32Hex(canonicalJson(commit)), 8 hex digits. */
export function datasetFingerprint(commit: unknown): string {
  return fnv1a32Hex(canonicalJson(commit));
}

/** "1a2b3c4d": what a fingerprint in a link must look like. */
export const FINGERPRINT_RE = /^[0-9a-f]{8}$/;
