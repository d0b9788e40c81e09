import type { PlaceAlias } from "./place-aliases";
import { nameKey, parseUbigeo } from "./ubigeo";

/** One district as the search sees it. */
export interface SearchEntry {
  id: number;
  ubigeo: string;
  /** nameKey of the official name. */
  key: string;
  /** nameKey of each alias of the district ("sjl", "cercado de lima"), parallel to `aliases`. */
  aliasKeys: string[];
  /** The aliases as written in the alias file ("SJL"), to show why a district matched. */
  aliases: string[];
  /** nameKey of "district province department", for queries such as "comas lima". */
  fullKey: string;
  /** Latest population (inhabitants); null when unknown (sorts after any known population). */
  population: number | null;
}

/**
 * How a district matched, best first: the ubigeo typed in full, the whole name, the start of the
 * name, the start of a word of the name, anywhere in the name, or every word of the query somewhere
 * in "district province department".
 */
export type MatchTier = "ubigeo" | "exact" | "prefix" | "wordPrefix" | "substring" | "place";

const TIER_ORDER: Record<MatchTier, number> = {
  ubigeo: 0,
  exact: 1,
  prefix: 2,
  wordPrefix: 3,
  substring: 4,
  place: 5,
};

export interface SearchHit {
  id: number;
  tier: MatchTier;
  /** The alias that matched ("SJL") when it matched better than the official name; else null. */
  alias: string | null;
}

export interface SearchResult {
  /** The first `limit` hits, best first. */
  hits: SearchHit[];
  /** How many districts matched in all (≥ hits.length). */
  total: number;
}

/**
 * Build the search index once per district table.
 * `population[id]` is the latest population series of the table (inhabitants), indexed by district
 * id; missing or non-finite → null. Aliases whose ubigeo is not in `rows` are ignored.
 */
export function buildSearchIndex(
  rows: readonly {
    id: number;
    ubigeo: string;
    name: string;
    province: string;
    department: string;
  }[],
  population: readonly (number | null | undefined)[] = [],
  aliases: readonly PlaceAlias[] = [],
): SearchEntry[] {
  const byUbigeo = new Map<string, PlaceAlias[]>();
  for (const a of aliases) byUbigeo.set(a.ubigeo, [...(byUbigeo.get(a.ubigeo) ?? []), a]);
  return rows.map((r) => {
    const own = byUbigeo.get(r.ubigeo) ?? [];
    const pop = population[r.id];
    return {
      id: r.id,
      ubigeo: r.ubigeo,
      key: nameKey(r.name),
      aliasKeys: own.map((a) => nameKey(a.alias)),
      aliases: own.map((a) => a.alias),
      fullKey: nameKey(`${r.name} ${r.province} ${r.department}`),
      population: typeof pop === "number" && Number.isFinite(pop) ? pop : null,
    };
  });
}

/** Tier of a name key against the query key: exact, prefix, word prefix, substring, or null. */
function nameTier(key: string, q: string, substring: boolean): MatchTier | null {
  if (key === q) return "exact";
  if (key.startsWith(q)) return "prefix";
  if (key.includes(` ${q}`)) return "wordPrefix";
  if (substring && key.includes(q)) return "substring";
  return null;
}

const better = (a: MatchTier | null, b: MatchTier | null): boolean =>
  a !== null && (b === null || TIER_ORDER[a] < TIER_ORDER[b]);

/**
 * Districts matching a query, best first.
 * Text (accent-, case-, punctuation- and spacing-insensitive, via nameKey): tier exact name >
 * name prefix > word prefix ("lurigancho") > substring > every query word found in "district
 * province department". An alias of the alias file ("SJL", "Nazca") counts as a name for the
 * exact, prefix and word-prefix tiers (not substring: "es" must not find "VES").
 * Digits: ubigeo prefix ("1501" → the districts of province 1501, "15" → department 15); a 6-digit
 * district code, or a 5-digit one that lost its leading zero ("10101" → 010101), comes first; a
 * 6-digit province or department code ("150100", "150000") searches its prefix.
 * Within a tier: latest population descending (unknown last), then ubigeo ascending, so "comas"
 * puts Comas (Lima, 586,914 inhabitants) before Comas (Junín, 5,002).
 * Empty query → no hits.
 */
export function searchDistricts(
  index: readonly SearchEntry[],
  query: string,
  limit = 8,
): SearchResult {
  const q = query.trim();
  if (q === "") return { hits: [], total: 0 };
  const found: { entry: SearchEntry; tier: MatchTier; alias: string | null }[] = [];
  if (/^\d+$/.test(q)) {
    const parsed = q.length === 5 || q.length === 6 ? parseUbigeo(q) : null;
    const exact = parsed?.level === "district" ? parsed.ubigeo : null;
    const prefix =
      q.length === 6 && parsed?.level === "province"
        ? q.slice(0, 4)
        : q.length === 6 && parsed?.level === "department"
          ? q.slice(0, 2)
          : q;
    for (const e of index) {
      if (e.ubigeo === exact) found.push({ entry: e, tier: "ubigeo", alias: null });
      else if (e.ubigeo.startsWith(prefix)) found.push({ entry: e, tier: "prefix", alias: null });
    }
  } else {
    const k = nameKey(q);
    if (k === "") return { hits: [], total: 0 };
    const words = k.split(" ");
    for (const e of index) {
      let tier = nameTier(e.key, k, true);
      let alias: string | null = null;
      for (let i = 0; i < e.aliasKeys.length; i++) {
        const t = nameTier(e.aliasKeys[i] ?? "", k, false);
        if (better(t, tier)) {
          tier = t;
          alias = e.aliases[i] ?? null;
        }
      }
      if (tier === null && words.every((w) => e.fullKey.includes(w))) tier = "place";
      if (tier !== null) found.push({ entry: e, tier, alias });
    }
  }
  found.sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      (b.entry.population ?? -1) - (a.entry.population ?? -1) ||
      (a.entry.ubigeo < b.entry.ubigeo ? -1 : a.entry.ubigeo > b.entry.ubigeo ? 1 : 0),
  );
  return {
    hits: found.slice(0, limit).map((f) => ({ id: f.entry.id, tier: f.tier, alias: f.alias })),
    total: found.length,
  };
}
