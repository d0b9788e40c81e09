import { nameKey, parseUbigeo } from "./ubigeo";

export interface SearchEntry {
  id: number;
  ubigeo: string;
  /** nameKey of the district name, and of "district province department" for wider matches. */
  key: string;
  fullKey: string;
}

export function buildSearchIndex(
  rows: readonly {
    id: number;
    ubigeo: string;
    name: string;
    province: string;
    department: string;
  }[],
): SearchEntry[] {
  return rows.map((r) => ({
    id: r.id,
    ubigeo: r.ubigeo,
    key: nameKey(r.name),
    fullKey: nameKey(`${r.name} ${r.province} ${r.department}`),
  }));
}

/**
 * Districts matching a query, best first. Digits → ubigeo prefix (a 5-digit code that lost its
 * leading zero is repaired first). Text → accent-, case- and spacing-insensitive: exact name, then
 * name prefix, then word prefix, then the query's words all found in "district province department".
 * Ties keep ubigeo order.
 */
export function searchDistricts(index: readonly SearchEntry[], query: string, limit = 8): number[] {
  const q = query.trim();
  if (q === "") return [];
  if (/^\d+$/.test(q)) {
    const code = q.length === 5 ? (parseUbigeo(q).ubigeo ?? q) : q;
    return index
      .filter((e) => e.ubigeo.startsWith(code))
      .slice(0, limit)
      .map((e) => e.id);
  }
  const k = nameKey(q);
  if (k === "") return [];
  const words = k.split(" ");
  const scored: { id: number; score: number }[] = [];
  for (const e of index) {
    let score = -1;
    if (e.key === k) score = 0;
    else if (e.key.startsWith(k)) score = 1;
    else if (e.key.includes(` ${k}`)) score = 2;
    else if (words.every((w) => e.fullKey.includes(w))) score = 3;
    if (score >= 0) scored.push({ id: e.id, score });
  }
  scored.sort((a, b) => a.score - b.score || a.id - b.id);
  return scored.slice(0, limit).map((s) => s.id);
}
