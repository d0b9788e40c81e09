import { INDICATOR_BY_ID } from "../../config/indicators";
import { formatCentsCsv, type CsvColumn } from "../../core/csv-export";
import { buildExportCsv, placeColumns, type CsvIndexContext } from "../../lib/csv-export";
import type { FescParams, FescResult, FescRow } from "../../store/fesc-slice";

const MODE_ES = {
  population: "por población",
  risk: "por riesgo (IRS)",
  both: "por población × IRS",
};

/** Why a district is in: its three largest IRS contributions, in points. */
export function reasonOf(row: FescRow): string {
  return row.contributions
    .slice(0, 3)
    .map(
      (c) =>
        `${INDICATOR_BY_ID.get(c.id)?.label.es ?? c.id} ${c.points.toFixed(1).replace(".", ",")}`,
    )
    .join(" + ");
}

/**
 * The selection and allocation as an es-PE Excel CSV, written by the shared export (lib/csv-export:
 * BOM, ";", decimal comma, ubigeo as text, formula guard, methodology and period lines) with the
 * method, the filters and the total in the header block.
 */
export function buildFescCsv(
  result: FescResult,
  params: FescParams,
  info: CsvIndexContext,
): string {
  const method =
    params.rule === "top-n"
      ? `Los ${params.n} distritos de mayor IRS`
      : `Umbrales: ${params.conditions.map((c) => `${INDICATOR_BY_ID.get(c.indicatorId)?.label.es ?? c.indicatorId} ${c.op} ${c.value}`).join(" y ")}`;
  const extra: [string, string][] = [["Selección", method]];
  if (params.amounts === "budget") {
    extra.push(["Presupuesto (S/)", formatCentsCsv(Math.round(params.budgetSoles * 100))]);
    extra.push(["Reparto", MODE_ES[params.mode]]);
    if (params.floorSoles !== null)
      extra.push(["Mínimo por distrito (S/)", String(params.floorSoles)]);
    if (params.capSoles !== null) extra.push(["Máximo por distrito (S/)", String(params.capSoles)]);
  } else if (params.amounts === "tiers") {
    extra.push([
      "Tramos",
      params.tiers
        .map((t) =>
          t.kind === "rank"
            ? `${t.label}: puestos ${t.fromRank}–${t.toRank}, ${formatCentsCsv(t.amountCents)} c/u`
            : t.label,
        )
        .join("; "),
    ]);
  }
  const filters = [
    params.departments.length > 0 ? `departamentos ${params.departments.join(", ")}` : null,
    params.minPopulation !== null ? `población ≥ ${params.minPopulation}` : null,
    params.excludeCovered ? "sin barrio en el registro parcial de Barrio Seguro" : null,
  ].filter((x): x is string => x !== null);
  extra.push(["Filtros", filters.length > 0 ? filters.join("; ") : "ninguno"]);
  if (result.totalCents !== null)
    extra.push(["Total asignado (S/)", formatCentsCsv(result.totalCents)]);
  extra.push(["Distritos", String(result.rows.length)]);
  const columns: CsvColumn<FescRow & { order: number }>[] = [
    { header: "N°", value: (r) => r.order },
    ...placeColumns<FescRow & { order: number }>(),
    { header: "Población", value: (r) => r.population, decimals: 0 },
    { header: "IRS", value: (r) => r.irs, decimals: 2 },
    { header: "Puesto nacional", value: (r) => r.rank },
    {
      header: "Intervalo de puesto (p5–p95)",
      value: (r) => (r.rankInterval ? `${r.rankInterval[0]}–${r.rankInterval[1]}` : null),
    },
    {
      // The register is partial (35 of 99 barrios located): "no" would overstate.
      header: "Barrio Seguro (registro parcial)",
      value: (r) => (r.covered ? "figura en el registro" : "no figura en el registro parcial"),
    },
    { header: "Tramo", value: (r) => r.tier },
    { header: "Monto (S/)", value: (r) => r.amountCents, cents: true },
    { header: "Motivo (aportes al IRS, puntos)", value: (r) => reasonOf(r) },
  ];
  return buildExportCsv(
    result.rows.map((r, i) => ({ ...r, order: i + 1 })),
    columns,
    { title: "Distritos priorizados FESC", extra },
    info,
  );
}
