import { INDICATOR_BY_ID } from "../../config/indicators";
import { formatCentsCsv, toCsv, type CsvColumn } from "../../core/csv-export";
import type { FescParams, FescResult, FescRow } from "../../store/fesc-slice";

const MODE_ES = {
  population: "por población",
  risk: "por riesgo (IRS)",
  both: "por población × IRS",
};

/** "Población 1 (33 %); Pobreza monetaria 1 (33 %) …" over the indicators in force. */
export function describeWeights(weights: Record<string, number>, used: readonly string[]): string {
  const total = used.reduce((s, id) => s + (weights[id] ?? 0), 0);
  return used
    .map((id) => {
      const w = weights[id] ?? 0;
      const share = total > 0 ? Math.round((100 * w) / total) : 0;
      return `${INDICATOR_BY_ID.get(id)?.label.es ?? id} ${String(w).replace(".", ",")} (${share} %)`;
    })
    .join("; ");
}

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
 * The selection and allocation as an es-PE Excel CSV (core/csv-export: BOM, ";", decimal comma) with
 * the methodology in force, the method, the filters and the sources in the header block.
 */
export function buildFescCsv(
  result: FescResult,
  params: FescParams,
  info: {
    date: string;
    weights: Record<string, number>;
    used: readonly string[];
    withoutData: readonly string[];
    sources: readonly string[];
    /** Period of the crime reports the IRS used, e.g. "2023–2025 (media anual), población INEI 2022". */
    crimePeriod?: string;
  },
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
    params.excludeCovered ? "sin Barrio Seguro" : null,
  ].filter((x): x is string => x !== null);
  extra.push(["Filtros", filters.length > 0 ? filters.join("; ") : "ninguno"]);
  if (result.totalCents !== null)
    extra.push(["Total asignado (S/)", formatCentsCsv(result.totalCents)]);
  extra.push(["Distritos", String(result.rows.length)]);
  const methodology =
    `IRS (0–100), pesos: ${describeWeights(info.weights, info.used)}` +
    (info.withoutData.length > 0
      ? `. Sin datos (fuera del índice): ${info.withoutData.map((id) => INDICATOR_BY_ID.get(id)?.label.es ?? id).join(", ")}`
      : "") +
    (info.crimePeriod ? `. Denuncias SIDPOL: ${info.crimePeriod}` : "");
  const columns: CsvColumn<FescRow & { order: number }>[] = [
    { header: "N°", value: (r) => r.order },
    { header: "Ubigeo", value: (r) => r.ubigeo },
    { header: "Distrito", value: (r) => r.name },
    { header: "Provincia", value: (r) => r.province },
    { header: "Departamento", value: (r) => r.department },
    { header: "Población", value: (r) => r.population, decimals: 0 },
    { header: "IRS", value: (r) => r.irs, decimals: 2 },
    { header: "Puesto nacional", value: (r) => r.rank },
    {
      header: "Intervalo de puesto (p5–p95)",
      value: (r) => (r.rankInterval ? `${r.rankInterval[0]}–${r.rankInterval[1]}` : null),
    },
    { header: "Barrio Seguro", value: (r) => (r.covered ? "sí" : "no") },
    { header: "Tramo", value: (r) => r.tier },
    { header: "Monto (S/)", value: (r) => r.amountCents, cents: true },
    { header: "Motivo (aportes al IRS, puntos)", value: (r) => reasonOf(r) },
  ];
  return toCsv(
    result.rows.map((r, i) => ({ ...r, order: i + 1 })),
    columns,
    {
      title: "Distritos priorizados FESC",
      date: info.date,
      methodology,
      sources: info.sources,
      extra,
    },
  );
}
