/**
 * MEF municipal budget (Consulta Amigable, "¿Quién gasta?" → Gobiernos locales → Municipalidades):
 * read the declared CSV (data/sources.json, id "mef-presupuesto-municipal") and return the series
 * written into districts.json. Issue #15.
 *
 * Provincial municipalities sit on their capital district's ubigeo (150101 = Municipalidad
 * Metropolitana de Lima) and pay for province-wide services, so their figures are not comparable
 * with a district municipality's: they go to separate keys (muni_prov_*), and the district keys
 * (muni_*) are null on those 196 capital districts.
 */
import type { Series } from "../../src/data/contract";
import { parseUbigeo } from "../../src/core/ubigeo";
import { parseNumberCell, readCsv, requireColumns, rowNumber } from "./csv";
import type { SourceBuild } from "./district-sources";
import { BuildError, where } from "./errors";

export const MEF_BUDGET_FILE =
  "mef-presupuesto-municipal-2015-2025/mef_municipal_budget_2015_2025.csv";
export const MEF_BUDGET_SOURCE_ID = "mef-presupuesto-municipal";
/**
 * Years written to districts.json: the last final years (2024 was scraped before the year-end
 * closing, 2025 is a February snapshot). Kept to two so start-up data stays small.
 */
export const MEF_BUDGET_YEARS: readonly number[] = [2023];

type MunicipalityType = "PROVINCIAL" | "DISTRITAL";
const TYPES: readonly string[] = ["PROVINCIAL", "DISTRITAL"];

/** Series key → CSV column and the municipality type whose rows fill it. */
const SERIES_SPECS: readonly {
  key: string;
  column: "devengado" | "pim";
  type: MunicipalityType;
  es: string;
  en: string;
}[] = [
  {
    key: "muni_devengado",
    column: "devengado",
    type: "DISTRITAL",
    es: "Gasto devengado de la municipalidad distrital",
    en: "District municipality accrued spending",
  },
  {
    key: "muni_pim",
    column: "pim",
    type: "DISTRITAL",
    es: "Presupuesto institucional modificado (PIM) de la municipalidad distrital",
    en: "District municipality modified budget (PIM)",
  },
  {
    key: "muni_prov_devengado",
    column: "devengado",
    type: "PROVINCIAL",
    es: "Gasto devengado de la municipalidad provincial (servicios de toda la provincia)",
    en: "Provincial municipality accrued spending (province-wide services)",
  },
  {
    key: "muni_prov_pim",
    column: "pim",
    type: "PROVINCIAL",
    es: "PIM de la municipalidad provincial (servicios de toda la provincia)",
    en: "Provincial municipality modified budget (PIM; province-wide services)",
  },
];

export interface MefBudgetBuild extends SourceBuild {
  /** Problems worth showing in the manifest (the build goes on). */
  issues: string[];
}

const int = (n: number): string => n.toLocaleString("es-PE");

/**
 * Read the MEF CSV (one row per municipality × year) and return, for each year of `years`,
 * muni_devengado / muni_pim (DISTRITAL rows only) and muni_prov_devengado / muni_prov_pim
 * (PROVINCIAL rows only), in nominal soles exactly as in the file; null where the district has no
 * row of that type. Coverage counts every row of every year read: matched = distinct ubigeos of the
 * layer, unmatched = codes not in the layer (e.g. 160109, Putumayo's code before province 1608 was created, in 2015).
 * Stops (BuildError naming file, row, column) on a bad year, ubigeo, type or amount, or on two rows
 * for the same ubigeo and year.
 */
export function buildMefBudget(
  rawDir: string,
  ubigeoToId: ReadonlyMap<string, number>,
  years: readonly number[] = MEF_BUDGET_YEARS,
): MefBudgetBuild {
  const table = readCsv(rawDir, MEF_BUDGET_FILE);
  requireColumns(table, ["anio", "ubigeo", "municipalidad", "tipo", "pim", "devengado"]);
  const n = ubigeoToId.size;
  const series = new Map<string, Series>();
  for (const spec of SERIES_SPECS) {
    for (const year of years) {
      series.set(`${spec.key}|${year}`, {
        key: spec.key,
        year,
        sourceId: MEF_BUDGET_SOURCE_ID,
        unit: "S/",
        label: { es: `${spec.es}, ${year}`, en: `${spec.en}, ${year}` },
        values: new Array<number | null>(n).fill(null),
      });
    }
  }
  const firstRow = new Map<string, number>();
  const perYear = new Map<number, { rows: number; provincial: number }>();
  const unmatched = new Map<string, { years: Set<number>; names: Set<string> }>();
  const matched = new Set<number>();
  /** Districts given a value per loaded year, by municipality type. */
  const loaded = new Map<number, { DISTRITAL: number; PROVINCIAL: number }>();
  let repaired = 0;

  table.rows.forEach((row, i) => {
    const at = (column: string): string => where(table.file, rowNumber(i), column);
    const yearText = (row.anio ?? "").trim();
    if (!/^\d{4}$/.test(yearText))
      throw new BuildError(`${at("anio")}: año no válido "${yearText}".`);
    const year = Number(yearText);
    const raw = (row.ubigeo ?? "").trim();
    const code = parseUbigeo(raw);
    if (code.ubigeo === null)
      throw new BuildError(`${at("ubigeo")}: ubigeo no válido: ${code.problem}.`);
    if (code.level !== "district") {
      throw new BuildError(
        `${at("ubigeo")}: "${raw}" es un código de ${code.level}, no de distrito.`,
      );
    }
    const type = (row.tipo ?? "").trim().toUpperCase();
    if (!TYPES.includes(type)) {
      throw new BuildError(`${at("tipo")}: se esperaba PROVINCIAL o DISTRITAL y hay "${type}".`);
    }
    const key = `${year}|${code.ubigeo}`;
    const prev = firstRow.get(key);
    if (prev !== undefined) {
      throw new BuildError(
        `${at("ubigeo")}: ubigeo ${code.ubigeo} repetido en el año ${year} (ya en la fila ${prev}).`,
      );
    }
    firstRow.set(key, rowNumber(i));
    if (code.repaired) repaired++;
    const stats = perYear.get(year) ?? { rows: 0, provincial: 0 };
    stats.rows++;
    if (type === "PROVINCIAL") stats.provincial++;
    perYear.set(year, stats);

    const id = ubigeoToId.get(code.ubigeo);
    if (id === undefined) {
      const u = unmatched.get(code.ubigeo) ?? { years: new Set(), names: new Set() };
      u.years.add(year);
      u.names.add((row.municipalidad ?? "").trim());
      unmatched.set(code.ubigeo, u);
      return;
    }
    matched.add(id);
    if (!years.includes(year)) return;
    const counts = loaded.get(year) ?? { DISTRITAL: 0, PROVINCIAL: 0 };
    counts[type === "PROVINCIAL" ? "PROVINCIAL" : "DISTRITAL"]++;
    loaded.set(year, counts);
    for (const spec of SERIES_SPECS) {
      if (spec.type !== type) continue;
      const v = parseNumberCell(table, i, spec.column, { nullTokens: [""], nonNegative: true });
      const s = series.get(`${spec.key}|${year}`);
      if (s) s.values[id] = v;
    }
  });

  const provinces = new Set([...ubigeoToId.keys()].map((u) => u.slice(0, 4))).size;
  const issues: string[] = [];
  const written = years.map((year) => {
    const dist = loaded.get(year)?.DISTRITAL ?? 0;
    const prov = loaded.get(year)?.PROVINCIAL ?? 0;
    const missing = n - dist - prov;
    const provRows = perYear.get(year)?.provincial ?? 0;
    if (provRows !== provinces) {
      issues.push(
        `${MEF_BUDGET_FILE}: ${provRows} municipalidades provinciales en ${year} y ${provinces} provincias en la capa de distritos.`,
      );
    }
    return `${year}: ${int(dist)} distritales + ${int(prov)} provinciales = ${int(dist + prov)} de ${int(n)} distritos${missing > 0 ? ` (${int(missing)} sin fila)` : ""}`;
  });
  const yearsRead = [...perYear.keys()].sort((a, b) => a - b);
  const unmatchedCodes = [...unmatched.keys()].sort();
  const report = [
    `MEF presupuesto municipal: ${int(table.rows.length)} filas leídas; municipalidades (provinciales) por año: ${yearsRead
      .map((y) => `${y}: ${int(perYear.get(y)?.rows ?? 0)} (${perYear.get(y)?.provincial ?? 0})`)
      .join("; ")}.`,
    `MEF series muni_devengado, muni_pim (solo municipalidades distritales) y muni_prov_devengado, muni_prov_pim (solo provinciales), soles corrientes, ${years.join(", ")}: ${written.join("; ")}.`,
    `MEF códigos no emparejados con la capa: ${
      unmatchedCodes.length === 0
        ? "ninguno"
        : unmatchedCodes
            .map((c) => {
              const u = unmatched.get(c);
              return `${c} (${[...(u?.years ?? [])].sort().join(", ")}: ${[...(u?.names ?? [])].join(" / ")})`;
            })
            .join("; ")
    }.`,
  ];
  return {
    series: [...series.values()],
    coverage: {
      rowsRead: table.rows.length,
      matched: matched.size,
      unmatched: unmatchedCodes,
      repaired,
      missing: n - matched.size,
    },
    report,
    issues,
  };
}
