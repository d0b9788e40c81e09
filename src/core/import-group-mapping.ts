/**
 * Group mapping of a long import: raw group values (e.g. SIDPOL's P_MODALIDADES, hundreds of
 * spellings) → a few groups (crime families) by keyword patterns.
 */
import type { GroupMapping } from "./import-spec";
import { nameKey } from "./ubigeo";

/** Compiled group mapping: nameKey'd patterns, matched on word boundaries. */
export interface CompiledMapping {
  match(value: string): { group: string; mapped: boolean };
}

/**
 * Compile a mapping. A pattern matches when its nameKey appears in the value's nameKey as whole
 * words ("robo" matches "ROBO AGRAVADO", not "ROBOTICA"). The LONGEST matching pattern wins (with a
 * mapping where "VIOLACION DE DOMICILIO" and "VIOLACION" sit in different groups, the longer one
 * decides); equal lengths go to the group listed first. No match → fallback, mapped = false.
 */
export function compileMapping(mapping: GroupMapping): CompiledMapping {
  const patterns = mapping.groups.flatMap((g, order) =>
    g.patterns.map((p) => ({ group: g.id, key: ` ${nameKey(p)} `, order })),
  );
  patterns.sort((a, b) => b.key.length - a.key.length || a.order - b.order);
  const cache = new Map<string, { group: string; mapped: boolean }>();
  return {
    match(value) {
      const cached = cache.get(value);
      if (cached) return cached;
      const key = ` ${nameKey(value)} `;
      const hit = patterns.find((p) => p.key.trim() !== "" && key.includes(p.key));
      const result = hit
        ? { group: hit.group, mapped: true }
        : { group: mapping.fallback, mapped: false };
      if (cache.size < 10_000) cache.set(value, result);
      return result;
    },
  };
}
