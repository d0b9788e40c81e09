/**
 * Reading single cells of an import: year and month cells, key slugs, a memo for repeated cells
 * and the row hash used to spot repeated keys. Pure helpers of the row parsers (import-long.ts,
 * import-wide.ts).
 */
import { nameKey } from "./ubigeo";

const MONTHS: Readonly<Record<string, number>> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

/**
 * Key of a label: nameKey (lower-case ASCII, no accents, punctuation → space) with spaces → "_";
 * "Robo agravado" → "robo_agravado". A label with no letter or digit → "columna" (a fixed key, not
 * UI text: keys are identifiers).
 */
export function slugKey(text: string): string {
  return nameKey(text).replace(/ /g, "_") || "columna";
}

/**
 * A year cell: four digits (a spreadsheet's trailing ".0" allowed, spaces trimmed) between 1900 and
 * 2100 → the year; anything else → null.
 */
export function parseYear(cell: string): number | null {
  const m = /^\s*(\d{4})(\.0+)?\s*$/.exec(cell);
  if (!m || m[1] === undefined) return null;
  const y = Number(m[1]);
  return y >= 1900 && y <= 2100 ? y : null;
}

/**
 * A month cell: 1–12 (one or two digits, ".0" allowed) or a Spanish month name in any case or
 * accent ("Setiembre" and "septiembre" → 9) → 1–12; anything else → null.
 */
export function parseMonth(cell: string): number | null {
  const m = /^\s*(\d{1,2})(\.0+)?\s*$/.exec(cell);
  if (m && m[1] !== undefined) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  return MONTHS[nameKey(cell)] ?? null;
}

/**
 * Memoise a string → value function (columns such as ubigeo, year or modality repeat a lot). At
 * most `max` distinct inputs are cached; later ones are computed each time.
 */
export function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const v = fn(s);
    if (cache.size < max) cache.set(s, v);
    return v;
  };
}

/**
 * cyrb53 (public domain): a fast 53-bit string hash, for duplicate-row detection. Two Math.imul
 * streams over the UTF-16 code units, mixed at the end; result in [0, 2^53).
 */
export function hash53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
