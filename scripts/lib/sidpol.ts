/**
 * Build-time SIDPOL ("Denuncias Policiales", Ministerio del Interior): reads every CSV in
 * `<rawDir>/sidpol/` with the same streaming core as the app's import (src/core/import-aggregate.ts,
 * src/core/sidpol.ts) and returns one series per crime family × year.
 *
 * Zero vs missing: the official file lists only district × month × modality combinations with at
 * least one report, so a district the file records in some year but not in another covered year had
 * zero reports then (0). A district the file never records is null in every series (no data, not
 * zero), and a family with no row in the file gets no series. Years the file does not cover produce
 * no series.
 */
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  createAggregator,
  createCsvStream,
  type MonthlyColumn,
} from "../../src/core/import-aggregate";
import { createJoinTargetFromCodes } from "../../src/core/import-join";
import type { ImportProblem, ImportReport, ProblemKind } from "../../src/core/import-report";
import { SIDPOL_FAMILIES } from "../../src/config/sidpol-families";
import { TOTAL_FAMILY, partialYears, sidpolSpec, withCrimeTotals } from "../../src/core/sidpol";
import type { DataSource, Series } from "../../src/data/contract";
import { describeImportProblem } from "../../src/i18n/import-copy";
import { papaRecordParser } from "../../src/workers/import-client";
import { BuildError } from "./errors";

const READ_CHUNK_BYTES = 1024 * 1024;
/** Problems that mean the file is malformed: the build stops, naming file, row and problem. */
const MALFORMED: readonly ProblemKind[] = [
  "fatal",
  "parse",
  "invalid-year",
  "invalid-month",
  "non-numeric",
  "negative",
];

export interface SidpolBuild {
  source: DataSource;
  series: Series[];
  crimeYears: number[];
  /** Monthly sums by family (the trend files). */
  monthly: MonthlyColumn[];
  /** Families of the mapping with no row in the release (no series: no data, not zero). */
  absentFamilies: string[];
  /** Ubigeos of the layer the release never records (null in every crime series). */
  unrecorded: string[];
  report: string[];
}

const int = (n: number): string => n.toLocaleString("es-PE");

/**
 * Aggregate `<rawDir>/sidpol/*.csv` (any mix of UTF-8/Latin-1 and `,`/`;`). Returns null when the
 * folder does not exist or holds no CSV. Throws a BuildError (file, row, problem) when a file is
 * malformed: missing columns, broken quotes, short rows, invalid ANIO/MES, non-numeric or negative
 * `cantidad`. Unknown codes, province-level codes, duplicates and unmapped modalities are reported,
 * not fatal. Values are aligned by district id (`ubigeoToId`): 0 where a recorded district has no row,
 * null for districts the file never records.
 */
export async function buildSidpolSeries(
  rawDir: string,
  ubigeoToId: Map<string, number>,
  districtCount: number,
): Promise<SidpolBuild | null> {
  const dir = join(rawDir, "sidpol");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const files = readdirSync(dir)
    .filter((f) => /\.csv$/i.test(f))
    .sort();
  if (files.length === 0) return null;

  const spec = sidpolSpec(SIDPOL_FAMILIES, undefined, { monthly: true });
  const aggregator = createAggregator(spec, createJoinTargetFromCodes(ubigeoToId, districtCount), {
    maxProblemsPerKind: 50,
  });
  const formats: string[] = [];
  for (const file of files) {
    const name = `sidpol/${file}`;
    const stream = createCsvStream(aggregator, spec, name, papaRecordParser);
    for await (const chunk of createReadStream(join(dir, file), {
      highWaterMark: READ_CHUNK_BYTES,
    })) {
      if (!(chunk instanceof Uint8Array)) continue;
      stream.push(chunk);
      if (aggregator.hasFatal()) break;
    }
    stream.end();
    formats.push(`${name}: ${stream.encoding ?? "?"}, separador "${stream.delimiter ?? "?"}"`);
    if (aggregator.hasFatal()) break;
  }
  const { report, result } = aggregator.finish();
  const malformed = report.problems.find((p) => MALFORMED.includes(p.kind));
  if (malformed || result === null) {
    const more = MALFORMED.reduce((s, k) => s + report.problemCounts[k], 0) - 1;
    throw new BuildError(
      `${describeFirst(malformed ?? report.fatal) ?? "sidpol/: error desconocido"}` +
        (more > 0 ? ` (y ${int(more)} problemas más del mismo tipo)` : ""),
    );
  }

  const withTotals = withCrimeTotals(result, SIDPOL_FAMILIES);
  const labels = new Map(SIDPOL_FAMILIES.families.map((f) => [f.id, f.label]));
  const series: Series[] = withTotals.columns.map((c) => {
    const s: Series = {
      key: `crime_${c.key}`,
      year: c.year,
      sourceId: "sidpol",
      unit: "denuncias",
      label:
        c.key === TOTAL_FAMILY
          ? { es: "Total de denuncias", en: "Total police reports" }
          : (labels.get(c.key) ?? { es: c.label, en: c.label }),
      values: c.values,
    };
    if (c.months !== null) s.months = c.months;
    return s;
  });
  const partial = partialYears(result.monthsByYear);
  const present = new Set(result.columns.map((c) => c.key));
  const absentFamilies = SIDPOL_FAMILIES.families.map((f) => f.id).filter((id) => !present.has(id));
  const totals = withTotals.columns.filter((c) => c.key === TOTAL_FAMILY);
  const codeOf = new Map([...ubigeoToId.entries()].map(([u, id]) => [id, u]));
  const unrecorded: string[] = [];
  for (let i = 0; i < districtCount; i++) {
    if (totals.every((c) => c.values[i] === null)) unrecorded.push(codeOf.get(i) ?? String(i));
  }
  return {
    source: {
      id: "sidpol",
      name: "Denuncias Policiales (SIDPOL)",
      citation: "MININTER–PNP, Denuncias Policiales (SIDPOL)",
      publisher: "Ministerio del Interior – Policía Nacional del Perú",
      url: "https://www.datosabiertos.gob.pe",
      licence: "ODC-By (licencia por defecto de datosabiertos.gob.pe)",
      years: result.years,
      files: files.map((f) => `sidpol/${f}`),
      rowsRead: report.rowsRead,
      matched: report.districtsJoined,
      unmatched: report.unjoinedCodes.map((u) => u.code || "(vacío)"),
      repaired: report.repairedCodes,
      missing: districtCount - report.districtsJoined,
      level: "district",
      note:
        "Denuncias por distrito del hecho, mes y modalidad, agrupadas en familias de delito " +
        "(data/sidpol-families.json). El archivo solo lista combinaciones con denuncias: un distrito " +
        "que figura en la publicación pero no en un año cubierto vale 0; uno que nunca figura queda sin " +
        "dato (no cero), y una familia sin filas no tiene serie." +
        (partial.length > 0
          ? ` Año(s) parcial(es): ${partial
              .map((y) => `${y} (${result.monthsByYear[String(y)]?.length ?? 0} meses)`)
              .join(", ")}.`
          : "") +
        " `repaired` cuenta filas con el cero inicial restaurado.",
    },
    series,
    crimeYears: result.years,
    monthly: result.monthly ?? [],
    absentFamilies,
    unrecorded,
    report: [
      ...reportLines(report, formats, partial),
      `Familias presentes: ${[...present].join(", ")}; sin filas en la publicación (sin dato, no cero): ${absentFamilies.join(", ") || "ninguna"}.`,
      `Distritos de la capa sin ninguna fila en la publicación: ${int(unrecorded.length)} (sin dato en todas las series de delitos y sin IRS mientras el delito pese; no son «riesgo cero»): ${unrecorded.slice(0, 60).join(", ")}${unrecorded.length > 60 ? "…" : ""}.`,
    ],
  };
}

/** The build log speaks Spanish: the import's coded problem in the app's Spanish words. */
function describeFirst(p: ImportProblem | null | undefined): string | null {
  return p ? describeImportProblem("es", p) : null;
}

function reportLines(report: ImportReport, formats: string[], partial: number[]): string[] {
  const lines = [...formats];
  lines.push(
    `SIDPOL: ${int(report.rowsRead)} filas leídas, ${int(report.rowsJoined)} unidas a ${int(report.districtsJoined)} distritos.`,
  );
  lines.push(`Años: ${report.years.join(", ") || "ninguno"}.`);
  for (const [year, months] of Object.entries(report.monthsByYear)) {
    const flag = partial.includes(Number(year)) ? " (año parcial)" : "";
    lines.push(`Meses de ${year}: ${months.join(", ")}${flag}.`);
  }
  lines.push(`Códigos con el cero inicial restaurado: ${int(report.repairedCodes)} filas.`);
  if (report.unjoinedCodes.length > 0) {
    lines.push(
      `Códigos sin distrito en la capa: ${report.unjoinedCodes
        .slice(0, 30)
        .map((u) => `${u.code} (${int(u.rows)} filas)`)
        .join(", ")}${report.unjoinedCodes.length > 30 ? "…" : ""}.`,
    );
  }
  if (report.unmappedGroups.length > 0) {
    lines.push(
      `Modalidades sin familia (contadas en "otros"): ${report.unmappedGroups
        .map((g) => `${g.value} (${int(g.rows)} filas, ${int(g.total)} denuncias)`)
        .join("; ")}.`,
    );
  }
  for (const kind of ["duplicate", "province-level", "department-level"] as const) {
    const first = report.problems.find((p) => p.kind === kind);
    if (first)
      lines.push(`${int(report.problemCounts[kind])} × ${describeImportProblem("es", first)}`);
  }
  return lines;
}
