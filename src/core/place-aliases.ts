import { nameKey } from "./ubigeo";

/** A name people type for a district that is not its official name ("SJL", "Nazca"). */
export interface PlaceAlias {
  alias: string;
  /** INEI ubigeo of the district (6 characters). */
  ubigeo: string;
  /** Official district name as in the district layer, to check the alias points where it says. */
  district: string;
  /** Why the alias exists (Spanish, from the data file). */
  note: string;
  /** Where the usage is attested, or "Uso común" when it is only common usage. */
  source: string;
}

export type PlaceAliasIssueCode =
  "notAList" | "notAnObject" | "missingField" | "badUbigeo" | "duplicateAlias";

export interface PlaceAliasIssue {
  code: PlaceAliasIssueCode;
  /** 0-based position in the "aliases" list (-1 for the file itself). */
  index: number;
  /** The field or alias concerned, when there is one. */
  detail: string | null;
}

const FIELDS = ["alias", "ubigeo", "district", "note", "source"] as const;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Guard for data/place-aliases.json: `{ aliases: PlaceAlias[] }`. Every entry needs the five
 * non-empty string fields and a 6-digit ubigeo; two entries may not share an alias (compared by
 * nameKey: case, accents and punctuation ignored). Bad entries are dropped and reported as issue
 * codes, never thrown, so one typo cannot stop the search.
 */
export function parsePlaceAliases(json: unknown): {
  aliases: PlaceAlias[];
  issues: PlaceAliasIssue[];
} {
  const issues: PlaceAliasIssue[] = [];
  if (!isRecord(json) || !Array.isArray(json.aliases)) {
    return { aliases: [], issues: [{ code: "notAList", index: -1, detail: null }] };
  }
  const aliases: PlaceAlias[] = [];
  const seen = new Set<string>();
  json.aliases.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) {
      issues.push({ code: "notAnObject", index, detail: null });
      return;
    }
    const missing = FIELDS.find((f) => typeof raw[f] !== "string" || String(raw[f]).trim() === "");
    if (missing !== undefined) {
      issues.push({ code: "missingField", index, detail: missing });
      return;
    }
    const entry: PlaceAlias = {
      alias: String(raw.alias).trim(),
      ubigeo: String(raw.ubigeo),
      district: String(raw.district),
      note: String(raw.note),
      source: String(raw.source),
    };
    if (!/^\d{6}$/.test(entry.ubigeo)) {
      issues.push({ code: "badUbigeo", index, detail: entry.ubigeo });
      return;
    }
    const key = nameKey(entry.alias);
    if (seen.has(key)) {
      issues.push({ code: "duplicateAlias", index, detail: entry.alias });
      return;
    }
    seen.add(key);
    aliases.push(entry);
  });
  return { aliases, issues };
}
