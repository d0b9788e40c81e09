/**
 * What the Barrio Seguro register says about one district, for the district card. Pure.
 *
 * The register is partial (a district may have a barrio the register has not located), so the answer
 * is "located in the register" or "not located", never "no Barrio Seguro".
 */
import type { BarrioRow } from "./barrio-seguro";

/** One source citation: a URL (shown by its host) or a citation text. */
export interface CitedSource {
  text: string;
  /** http(s) address when the citation is one, else null. */
  url: string | null;
}

/** One barrio (or announced launch) located in the district. */
export interface DistrictBarrio {
  /** Barrio name, null when no source names it. */
  name: string | null;
  /** Register status as written, lower case ("operativo", "programado", "anunciado"…). */
  status: string;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when unknown. */
  date: string | null;
  year: number | null;
  sources: CitedSource[];
}

export type DistrictBarrioStatus =
  | { kind: "located"; barrios: DistrictBarrio[] }
  | {
      kind: "not-located";
      /** Register rows in the district's province with no district identified. */
      provinceOnly: number;
      /** Register rows in the district's department with neither province nor district. */
      departmentOnly: number;
    };

const URL_RE = /^https?:\/\/\S+$/i;

/**
 * Split source strings into citations: each string may hold several separated by " ; " (the press
 * list's form). http(s) addresses become { url, text: host without "www." }; anything else is kept as
 * text. Duplicates (same URL or same text) are dropped, first kept. Empty pieces are ignored.
 */
export function splitSourceCitations(sources: readonly string[]): CitedSource[] {
  const out: CitedSource[] = [];
  const seen = new Set<string>();
  for (const s of sources) {
    for (const piece of s.split(/\s+;\s+/)) {
      const text = piece.trim();
      if (text === "" || seen.has(text)) continue;
      seen.add(text);
      if (URL_RE.test(text)) {
        let host = text;
        try {
          host = new URL(text).hostname.replace(/^www\./, "");
        } catch {
          // not a parsable address: keep the whole text as its label
        }
        out.push({ text: host, url: text });
      } else out.push({ text, url: null });
    }
  }
  return out;
}

/**
 * The register's entries for a district, matched by ubigeo (6 digits). Located: its rows in
 * launch order (known years first, ascending; unknown years last; register order on ties). Not
 * located: how many rows sit in its province or department without a district, so the card can say
 * the district might hold one of them.
 */
export function barrioStatusOfDistrict(
  rows: readonly BarrioRow[],
  district: { ubigeo: string; provinceCode: string; departmentCode: string },
): DistrictBarrioStatus {
  const mine = rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.ubigeo === district.ubigeo)
    .sort(
      (a, b) =>
        (a.row.year ?? Number.POSITIVE_INFINITY) - (b.row.year ?? Number.POSITIVE_INFINITY) ||
        a.order - b.order,
    );
  if (mine.length > 0) {
    return {
      kind: "located",
      barrios: mine.map(({ row }) => ({
        name: row.barrio,
        status: row.status,
        date: row.date,
        year: row.year,
        sources: splitSourceCitations(row.sources),
      })),
    };
  }
  let provinceOnly = 0;
  let departmentOnly = 0;
  for (const row of rows) {
    if (row.ubigeo !== null) continue;
    if (row.provinceCode !== null) {
      if (row.provinceCode === district.provinceCode) provinceOnly += 1;
    } else if (row.departmentCode === district.departmentCode) departmentOnly += 1;
  }
  return { kind: "not-located", provinceOnly, departmentOnly };
}
