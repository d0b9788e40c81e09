import type { FiscalContext } from "../../src/data/contract";
import { parseUbigeo } from "../../src/core/ubigeo";
import { parseNumberCell, readCsv, requireColumns, rowNumber } from "./csv";
import { BuildError, where } from "./errors";
import type { Coverage } from "./sources";

export const MPFN_FILE =
  "mpfn-delitos-2019-2023/mpfn_denuncias_anio_distritofiscal_subgenerico.csv";

/**
 * Ministerio Público denuncias: sum `cantidad` by fiscal district × year × `generico`. Regional
 * context only: ubigeo_pjfs is the seat of the fiscal district, never the place of the crime, so the
 * counts are never spread to districts. A fiscal district must keep one seat across rows.
 */
export function buildFiscalContext(
  rawDir: string,
  ubigeoToId: ReadonlyMap<string, number>,
): { context: FiscalContext; coverage: Coverage; report: string[] } {
  const table = readCsv(rawDir, MPFN_FILE);
  requireColumns(table, ["anio", "distrito_fiscal", "ubigeo_pjfs", "generico", "cantidad"]);
  const seats = new Map<string, { ubigeo: string; row: number }>();
  const sums = new Map<
    string,
    { fiscalDistrict: string; seatUbigeo: string; year: number; group: string; count: number }
  >();
  const unmatched = new Set<string>();
  const matched = new Set<string>();
  let repaired = 0;
  let total = 0;
  table.rows.forEach((row, i) => {
    const fiscalDistrict = (row.distrito_fiscal ?? "").trim();
    const group = (row.generico ?? "").trim();
    if (fiscalDistrict === "") {
      throw new BuildError(`${where(table.file, rowNumber(i), "distrito_fiscal")}: vacío.`);
    }
    if (group === "")
      throw new BuildError(`${where(table.file, rowNumber(i), "generico")}: vacío.`);
    const year = parseNumberCell(table, i, "anio", { nullTokens: [], integer: true });
    const count = parseNumberCell(table, i, "cantidad", {
      nullTokens: [],
      integer: true,
      nonNegative: true,
    });
    if (year === null || count === null) return;
    const code = parseUbigeo(row.ubigeo_pjfs);
    const at = where(table.file, rowNumber(i), "ubigeo_pjfs");
    if (code.ubigeo === null) throw new BuildError(`${at}: ubigeo no válido: ${code.problem}.`);
    if (code.repaired) repaired++;
    const seat = seats.get(fiscalDistrict);
    if (seat === undefined) seats.set(fiscalDistrict, { ubigeo: code.ubigeo, row: rowNumber(i) });
    else if (seat.ubigeo !== code.ubigeo) {
      throw new BuildError(
        `${at}: el distrito fiscal ${fiscalDistrict} tiene sede ${code.ubigeo}, pero en la fila ${seat.row} tenía ${seat.ubigeo}.`,
      );
    }
    if (ubigeoToId.has(code.ubigeo)) matched.add(code.ubigeo);
    else unmatched.add(code.ubigeo);
    const key = `${fiscalDistrict}\u0000${year}\u0000${group}`;
    const prev = sums.get(key);
    if (prev) prev.count += count;
    else sums.set(key, { fiscalDistrict, seatUbigeo: code.ubigeo, year, group, count });
    total += count;
  });
  const rows = [...sums.values()].sort(
    (a, b) =>
      a.fiscalDistrict.localeCompare(b.fiscalDistrict, "es") ||
      a.year - b.year ||
      a.group.localeCompare(b.group, "es"),
  );
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return {
    context: { sourceId: "mpfn-denuncias", years, rows },
    coverage: {
      rowsRead: table.rows.length,
      matched: matched.size,
      unmatched: [...unmatched].sort(),
      repaired,
      missing: 0,
    },
    report: [
      `MPFN: ${seats.size} distritos fiscales, años ${years.join(", ")}, ${rows.length} filas agregadas, ${total.toLocaleString("es-PE")} denuncias.`,
    ],
  };
}
