import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { PoliceStations, Series } from "../../src/data/contract";
import type { DistrictFeature } from "./boundaries";
import { parseNumberCell, readCsv, requireColumns, rowNumber } from "./csv";
import { BuildError, where } from "./errors";
import { joinByUbigeo } from "./join";
import type { Coverage } from "./sources";

export const POPULATION_FILE =
  "inei-poblacion-proyectada-2018-2022/poblacion_distrital_2018_2022.csv";
export const POVERTY_FILE = "inei-mapa-pobreza-2018/pobreza2018_distrital.csv";
export const UBIGEO_FILE = "ubigeo-peru-aumentado/ubigeo_distrito.csv";
export const CENACOM_FILE = "inei-cenacom-2017/cenacom2017_comisarias_gps.csv";

export interface SourceBuild {
  series: Series[];
  coverage: Coverage;
  report: string[];
}

/** Districts of the layer, indexed by ubigeo. */
export interface DistrictIndex {
  ubigeoToId: ReadonlyMap<string, number>;
  districts: readonly DistrictFeature[];
}

const roundTo = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

const emptyValues = (n: number): (number | null)[] => new Array<number | null>(n).fill(null);

/**
 * INEI projected population at 30 June, one Series "population" per year 2018-2022 (inhabitants).
 * Empty 2018-2020 cells (the 16 districts created in 2021, "Creado 2021" in the source) are null;
 * an empty 2021/2022 cell or any non-integer is an error.
 */
export function buildPopulation(rawDir: string, index: DistrictIndex): SourceBuild {
  const table = readCsv(rawDir, POPULATION_FILE);
  const years = [2018, 2019, 2020, 2021, 2022];
  requireColumns(table, ["ubigeo", ...years.map((y) => `pob_${y}`)]);
  const join = joinByUbigeo(table, "ubigeo", index.ubigeoToId);
  const n = index.districts.length;
  const series = years.map((year): Series => {
    const values = emptyValues(n);
    join.ids.forEach((id, i) => {
      const v = parseNumberCell(table, i, `pob_${year}`, {
        nullTokens: year <= 2020 ? [""] : [],
        integer: true,
        nonNegative: true,
      });
      if (id !== null) values[id] = v;
    });
    return {
      key: "population",
      year,
      sourceId: "inei-poblacion",
      unit: "hab.",
      label: { es: `Población ${year}`, en: `Population ${year}` },
      values,
    };
  });
  const totals = series.map(
    (s) =>
      `${s.year}: ${s.values.reduce<number>((a, v) => a + (v ?? 0), 0).toLocaleString("es-PE")}`,
  );
  return {
    series,
    coverage: join.coverage,
    report: [`Población total por año: ${totals.join("; ")}`],
  };
}

/**
 * INEI poverty map 2018: poverty_pct (pobreza_monetaria, % of population, midpoint of the 95% CI)
 * and its interval poverty_ci_low / poverty_ci_high (conf_95_inf / conf_95_sup). All required.
 */
export function buildPoverty(rawDir: string, index: DistrictIndex): SourceBuild {
  const table = readCsv(rawDir, POVERTY_FILE);
  const columns = [
    ["poverty_pct", "pobreza_monetaria", "Pobreza monetaria", "Monetary poverty"],
    [
      "poverty_ci_low",
      "conf_95_inf",
      "Pobreza monetaria: límite inferior IC 95 %",
      "Monetary poverty: 95% CI low",
    ],
    [
      "poverty_ci_high",
      "conf_95_sup",
      "Pobreza monetaria: límite superior IC 95 %",
      "Monetary poverty: 95% CI high",
    ],
  ] as const;
  requireColumns(table, ["ubigeo", ...columns.map((c) => c[1])]);
  const join = joinByUbigeo(table, "ubigeo", index.ubigeoToId);
  const series = columns.map(([key, column, es, en]): Series => {
    const values = emptyValues(index.districts.length);
    join.ids.forEach((id, i) => {
      const v = parseNumberCell(table, i, column, { nullTokens: [], nonNegative: true });
      if (v !== null && v > 100) {
        throw new BuildError(`${where(table.file, rowNumber(i), column)}: porcentaje ${v} > 100.`);
      }
      if (id !== null) values[id] = v;
    });
    return { key, year: 2018, sourceId: "inei-pobreza-2018", unit: "%", label: { es, en }, values };
  });
  return { series, coverage: join.coverage, report: [] };
}

/**
 * ubigeo-peru-aumentado (key column `inei`): idh (idh_2019, index 0-1, year 2019),
 * extreme_poverty_pct (pct_pobreza_extrema, %, INEI poverty map 2013) and food_vulnerability
 * (indice_vulnerabilidad_alimentaria, index 0-1, year not stated → null). Indices are rounded to 4
 * decimals and percentages to 2 (the source carries 15-17 digits of float noise). "NA" cells are null;
 * the documented row with code "NA" is reported as unmatched.
 */
export function buildUbigeoAumentado(rawDir: string, index: DistrictIndex): SourceBuild {
  const table = readCsv(rawDir, UBIGEO_FILE);
  const columns = [
    [
      "idh",
      "idh_2019",
      2019,
      4,
      "índice 0–1",
      "Índice de desarrollo humano",
      "Human development index",
    ],
    [
      "extreme_poverty_pct",
      "pct_pobreza_extrema",
      2013,
      2,
      "%",
      "Pobreza extrema",
      "Extreme poverty",
    ],
    [
      "food_vulnerability",
      "indice_vulnerabilidad_alimentaria",
      null,
      4,
      "índice 0–1",
      "Vulnerabilidad a la inseguridad alimentaria",
      "Food-insecurity vulnerability",
    ],
  ] as const;
  requireColumns(table, ["inei", ...columns.map((c) => c[1])]);
  const join = joinByUbigeo(table, "inei", index.ubigeoToId, { unmatchedTokens: ["NA"] });
  const series = columns.map(([key, column, year, decimals, unit, es, en]): Series => {
    const values = emptyValues(index.districts.length);
    join.ids.forEach((id, i) => {
      const v = parseNumberCell(table, i, column, { nullTokens: ["", "NA"], nonNegative: true });
      if (id !== null) values[id] = v === null ? null : roundTo(v, decimals);
    });
    return { key, year, sourceId: "ubigeo-peru-aumentado", unit, label: { es, en }, values };
  });
  return { series, coverage: join.coverage, report: [] };
}

export interface CenacomBuild extends SourceBuild {
  stations: PoliceStations;
}

/**
 * CENACOM 2017 (one row per police station): police_stations (count) and police_officers (sum of
 * policias_asignados_total) per district. It is a census of all stations, so districts without a
 * station get 0, not null. Each station with coordinates is also placed in a district by
 * point-in-polygon (bbox prefilter, then Turf booleanPointInPolygon).
 */
export function buildCenacom(rawDir: string, index: DistrictIndex): CenacomBuild {
  const table = readCsv(rawDir, CENACOM_FILE);
  requireColumns(table, ["id_n", "ubigeo", "lat", "lon", "policias_asignados_total"]);
  const join = joinByUbigeo(table, "ubigeo", index.ubigeoToId, { allowDuplicates: true });
  const n = index.districts.length;
  const stationsCount = new Array<number | null>(n).fill(0);
  const officers = new Array<number | null>(n).fill(0);
  const seenIds = new Map<string, number>();
  let inOwn = 0;
  let inOther = 0;
  let outside = 0;
  let noCoords = 0;
  const others: string[] = [];
  const stations = table.rows.map((row, i) => {
    const id = (row.id_n ?? "").trim();
    const at = where(table.file, rowNumber(i), "id_n");
    if (id === "") throw new BuildError(`${at}: falta el identificador de la comisaría.`);
    const prev = seenIds.get(id);
    if (prev !== undefined)
      throw new BuildError(`${at}: id_n ${id} repetido (ya en la fila ${prev}).`);
    seenIds.set(id, rowNumber(i));
    const officerCount = parseNumberCell(table, i, "policias_asignados_total", {
      nullTokens: [""],
      integer: true,
      nonNegative: true,
    });
    const lat = parseNumberCell(table, i, "lat", { nullTokens: [""] });
    const lon = parseNumberCell(table, i, "lon", { nullTokens: [""] });
    const own = join.ids[i] ?? null;
    if (own !== null) {
      stationsCount[own] = (stationsCount[own] ?? 0) + 1;
      officers[own] = (officers[own] ?? 0) + (officerCount ?? 0);
    }
    let districtId: number | null = null;
    if (lat === null || lon === null) noCoords++;
    else {
      districtId = locatePoint(index.districts, lon, lat);
      if (districtId === null) outside++;
      else if (districtId === own) inOwn++;
      else {
        inOther++;
        others.push(`${id}→${index.districts[districtId]?.row.ubigeo ?? "?"}`);
      }
    }
    return { id, ubigeo: join.codes[i] ?? "", lon, lat, officers: officerCount, districtId };
  });
  const totalOfficers = officers.reduce<number>((a, v) => a + (v ?? 0), 0);
  const series: Series[] = [
    {
      key: "police_stations",
      year: 2017,
      sourceId: "inei-cenacom-2017",
      unit: "comisarías",
      label: { es: "Comisarías", en: "Police stations" },
      values: stationsCount,
    },
    {
      key: "police_officers",
      year: 2017,
      sourceId: "inei-cenacom-2017",
      unit: "policías",
      label: { es: "Policías asignados", en: "Police officers assigned" },
      values: officers,
    },
  ];
  const report = [
    `CENACOM: ${table.rows.length} comisarías en ${join.coverage.matched} distritos; ${totalOfficers} policías.`,
    `CENACOM punto-en-polígono: ${inOwn} en su propio distrito, ${inOther} en otro distrito, ${outside} fuera de todo distrito, ${noCoords} sin coordenadas.`,
  ];
  if (others.length > 0) report.push(`  en otro distrito (id_n→ubigeo): ${others.join(", ")}`);
  return {
    series,
    coverage: join.coverage,
    report,
    stations: { sourceId: "inei-cenacom-2017", year: 2017, stations },
  };
}

/** Id of the district containing [lon, lat] (bbox prefilter, then point-in-polygon), or null. */
export function locatePoint(
  districts: readonly DistrictFeature[],
  lon: number,
  lat: number,
): number | null {
  for (const d of districts) {
    const [x0, y0, x1, y1] = d.row.bbox;
    // bbox is rounded to 1e-5: widen by the same so a point on the edge is not skipped.
    if (lon < x0 - 1e-5 || lon > x1 + 1e-5 || lat < y0 - 1e-5 || lat > y1 + 1e-5) continue;
    if (booleanPointInPolygon([lon, lat], d.geometry)) return d.row.id;
  }
  return null;
}
