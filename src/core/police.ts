import { pickSeries } from "./indicator-values";
/**
 * Police presence per district from the district table's series (CENACOM 2017 stations and officers,
 * INEI population). Pure; the table type is structural so core does not import data/.
 */

/** The part of DistrictTable (src/data/contract.ts) this module reads. */
export interface SeriesTable {
  districts: readonly { id: number; ubigeo: string; departmentCode?: string }[];
  series: readonly { key: string; year: number | null; values: readonly (number | null)[] }[];
}

export const POLICE_STATIONS_KEY = "police_stations";
export const POLICE_OFFICERS_KEY = "police_officers";
export const POPULATION_KEY = "population";

export interface PoliceRow {
  id: number;
  ubigeo: string;
  stations: number | null;
  officers: number | null;
  population: number | null;
  /** stations / population × 100,000; null when population is null or 0 or stations unknown. */
  stationsPer100k: number | null;
  /** officers / population × 10,000; same rules. */
  officersPer10k: number | null;
}

export interface PoliceSummary {
  rows: PoliceRow[];
  /** Ubigeos of districts with 0 stations (after the nullAsZero rule), ascending. */
  withoutStation: string[];
  /** Population living in districts without a station. */
  populationWithoutStation: number;
  /** National ratios over districts with a population: Σstations/Σpop×1e5, Σofficers/Σpop×1e4. */
  national: { stationsPer100k: number | null; officersPer10k: number | null };
  /** Years of the series used (null when absent or undated). */
  years: { stations: number | null; officers: number | null; population: number | null };
  /** Series keys that are absent from the table. */
  missingSeries: string[];
}

/**
 * Police coverage per district.
 * stationsPer100k_i = stations_i / pop_i × 100,000 (comisarías per 100,000 inhabitants);
 * officersPer10k_i = officers_i / pop_i × 10,000. Higher = more police presence (= less risk).
 * nullAsZero (default true): CENACOM is a census of every comisaría, so a district without a value has
 * no station and no officers; set false to keep null as "unknown". pop null or 0 → ratio null.
 * populationYear picks the population year (default: latest).
 */
export function computePoliceCoverage(
  table: SeriesTable,
  options: { populationYear?: number; nullAsZero?: boolean } = {},
): PoliceSummary {
  const nullAsZero = options.nullAsZero ?? true;
  const st = pickSeries(table.series, POLICE_STATIONS_KEY, null);
  const of = pickSeries(table.series, POLICE_OFFICERS_KEY, null);
  const pop = pickSeries(table.series, POPULATION_KEY, options.populationYear);
  const missingSeries = [
    [POLICE_STATIONS_KEY, st],
    [POLICE_OFFICERS_KEY, of],
    [POPULATION_KEY, pop],
  ].flatMap(([k, s]) => (s === null ? [String(k)] : []));
  const value = (s: typeof st, id: number, zero: boolean): number | null => {
    if (s === null) return null;
    const v = s.values[id] ?? null;
    return v === null && zero ? 0 : v;
  };
  const ratio = (n: number | null, p: number | null, per: number) =>
    n === null || p === null || p <= 0 ? null : (n / p) * per;
  let sumSt = 0;
  let sumOf = 0;
  let sumPop = 0;
  let popWithout = 0;
  const withoutStation: string[] = [];
  const rows = table.districts.map((d) => {
    const stations = value(st, d.id, nullAsZero && st !== null);
    const officers = value(of, d.id, nullAsZero && of !== null);
    const population = value(pop, d.id, false);
    if (stations === 0) {
      withoutStation.push(d.ubigeo);
      popWithout += population ?? 0;
    }
    if (population !== null && population > 0) {
      sumPop += population;
      sumSt += stations ?? 0;
      sumOf += officers ?? 0;
    }
    return {
      id: d.id,
      ubigeo: d.ubigeo,
      stations,
      officers,
      population,
      stationsPer100k: ratio(stations, population, 100_000),
      officersPer10k: ratio(officers, population, 10_000),
    };
  });
  return {
    rows,
    withoutStation: withoutStation.sort(),
    populationWithoutStation: popWithout,
    national: {
      stationsPer100k: st === null || sumPop === 0 ? null : (sumSt / sumPop) * 100_000,
      officersPer10k: of === null || sumPop === 0 ? null : (sumOf / sumPop) * 10_000,
    },
    years: {
      stations: st?.year ?? null,
      officers: of?.year ?? null,
      population: pop?.year ?? null,
    },
    missingSeries,
  };
}
