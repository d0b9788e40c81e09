import type { AllocationError } from "../core/allocation";

/**
 * Words of the FESC panel: selection rule, amounts, tiers, filters and the result table. Same keys
 * in both languages (typed); functions take the values to interpolate.
 */
const es = {
  fescAllocationError: (e: AllocationError, soles: (cents: number) => string): string => {
    const n = e.n ?? 0;
    switch (e.code) {
      case "invalid-input":
        return "El presupuesto, el mínimo y el máximo deben ser montos en soles, no negativos.";
      case "floor-above-cap":
        return `El mínimo por distrito (${soles(e.floorCents ?? 0)}) supera al máximo (${soles(e.capCents ?? 0)}).`;
      case "duplicate-ubigeo":
        return `El distrito ${e.ubigeo ?? ""} está repetido.`;
      case "no-districts":
        return "No hay distritos seleccionados entre los cuales repartir el presupuesto.";
      case "infeasible-floor":
        return `Imposible: ${n} distritos × mínimo ${soles(e.floorCents ?? 0)} = ${soles(n * (e.floorCents ?? 0))} supera el presupuesto ${soles(e.budgetCents ?? 0)}.`;
      case "infeasible-cap":
        return `Imposible: ${n} distritos × máximo ${soles(e.capCents ?? 0)} = ${soles(n * (e.capCents ?? 0))} no alcanza el presupuesto ${soles(e.budgetCents ?? 0)}.`;
    }
  },
  fescIndicatorsInForce: "Índice (IRS) calculado con:",
  fescWithoutData: (names: string) =>
    `Sin datos, fuera del índice: ${names}. Falta SIDPOL (denuncias por distrito): el IRS actual no mide delitos.`,
  fescIrs: "IRS (0–100)",
  fescSelection: "Selección de distritos prioritarios",
  fescRule: "Criterio",
  fescTopN: "Los N de mayor IRS",
  fescThresholds: "Umbrales en indicadores",
  fescN: "Número de distritos (N)",
  fescIndicator: "Indicador",
  fescOperator: "Operador",
  fescRemove: "Quitar",
  fescAddCondition: "Añadir condición",
  fescAmounts: "Montos",
  fescAmountsNone: "Sin montos (solo lista)",
  fescAmountsBudget: "Repartir un presupuesto",
  fescAmountsTiers: "Tramos con un monto cada uno",
  fescBudget: "Presupuesto (S/)",
  fescMode: "Reparto",
  fescModePopulation: "Por población",
  fescModeRisk: "Por riesgo (IRS)",
  fescModeBoth: "Por población × IRS",
  fescFloor: "Mínimo por distrito (S/)",
  fescCap: "Máximo por distrito (S/)",
  fescTier: "Tramo",
  fescFrom: "Desde puesto",
  fescTo: "Hasta puesto",
  fescAmountEach: "Monto c/u (S/)",
  fescAddTier: "Añadir tramo",
  fescAddClassTier: "Añadir tramo por clase de riesgo",
  fescClass: "Clase IRS",
  fescClassOption: (name: string) => `IRS ${name.toLowerCase()}`,
  fescFilters: "Filtros",
  fescMinPopulation: "Población mínima",
  fescExcludeCovered: "Excluir distritos con Barrio Seguro",
  fescSelectedCount: (n: number) => `${n} distritos seleccionados`,
  fescTotal: "total",
  fescFilteredOut: (n: number) => `${n} excluidos por los filtros`,
  fescEqualSplit:
    "Ningún distrito tiene peso (dato faltante): el presupuesto se reparte en partes iguales.",
  fescUnassigned: (n: number) => `${n} distritos seleccionados no caen en ningún tramo: sin monto.`,
  fescRank: "Puesto",
  fescRankHelp: "Puesto nacional por IRS; debajo, el intervalo p5–p95 del análisis de sensibilidad",
  fescAmount: "Monto",
  fescWhy: "Por qué (aporte al IRS, puntos)",
  fescCovered: "con Barrio Seguro",
  fescCapped: "en el máximo",
  fescAtFloor: "en el mínimo",
  fescNoInterval: "Intervalo de puesto: ejecute el análisis de sensibilidad del índice para verlo.",
  fescJustMissed: (n: number) => `Quedaron fuera por poco (${n})`,
  fescBelowCut: (pts: string) => `${pts} puntos bajo el corte`,
  fescShort: (by: string) => `faltó ${by}`,
  fescExport: "Exportar CSV (Excel)",
};
const en: typeof es = {
  fescAllocationError: (e: AllocationError, soles: (cents: number) => string): string => {
    const n = e.n ?? 0;
    switch (e.code) {
      case "invalid-input":
        return "Budget, floor and cap must be non-negative amounts in soles.";
      case "floor-above-cap":
        return `The floor per district (${soles(e.floorCents ?? 0)}) is above the cap (${soles(e.capCents ?? 0)}).`;
      case "duplicate-ubigeo":
        return `District ${e.ubigeo ?? ""} is repeated.`;
      case "no-districts":
        return "No district is selected to share the budget among.";
      case "infeasible-floor":
        return `Impossible: ${n} districts × floor ${soles(e.floorCents ?? 0)} = ${soles(n * (e.floorCents ?? 0))} exceeds the budget ${soles(e.budgetCents ?? 0)}.`;
      case "infeasible-cap":
        return `Impossible: ${n} districts × cap ${soles(e.capCents ?? 0)} = ${soles(n * (e.capCents ?? 0))} falls short of the budget ${soles(e.budgetCents ?? 0)}.`;
    }
  },
  fescIndicatorsInForce: "Index (IRS) computed from:",
  fescWithoutData: (names: string) =>
    `No data, left out of the index: ${names}. SIDPOL (reports by district) is missing: the current IRS does not measure crime.`,
  fescIrs: "IRS (0–100)",
  fescSelection: "Priority district selection",
  fescRule: "Rule",
  fescTopN: "Top N by IRS",
  fescThresholds: "Thresholds on indicators",
  fescN: "Number of districts (N)",
  fescIndicator: "Indicator",
  fescOperator: "Operator",
  fescRemove: "Remove",
  fescAddCondition: "Add condition",
  fescAmounts: "Amounts",
  fescAmountsNone: "No amounts (list only)",
  fescAmountsBudget: "Share a budget",
  fescAmountsTiers: "Tiers with one amount each",
  fescBudget: "Budget (S/)",
  fescMode: "Shared",
  fescModePopulation: "By population",
  fescModeRisk: "By risk (IRS)",
  fescModeBoth: "By population × IRS",
  fescFloor: "Minimum per district (S/)",
  fescCap: "Maximum per district (S/)",
  fescTier: "Tier",
  fescFrom: "From position",
  fescTo: "To position",
  fescAmountEach: "Amount each (S/)",
  fescAddTier: "Add tier",
  fescAddClassTier: "Add tier by risk class",
  fescClass: "IRS class",
  fescClassOption: (name: string) => `IRS ${name.toLowerCase()}`,
  fescFilters: "Filters",
  fescMinPopulation: "Minimum population",
  fescExcludeCovered: "Exclude districts with Barrio Seguro",
  fescSelectedCount: (n: number) => `${n} districts selected`,
  fescTotal: "total",
  fescFilteredOut: (n: number) => `${n} excluded by the filters`,
  fescEqualSplit: "No district has a weight (missing data): the budget is split equally.",
  fescUnassigned: (n: number) => `${n} selected districts fall in no tier: no amount.`,
  fescRank: "Rank",
  fescRankHelp: "National IRS rank; below, the p5–p95 interval of the sensitivity analysis",
  fescAmount: "Amount",
  fescWhy: "Why (contribution to the IRS, points)",
  fescCovered: "with Barrio Seguro",
  fescCapped: "at the maximum",
  fescAtFloor: "at the minimum",
  fescNoInterval: "Rank interval: run the index's sensitivity analysis to see it.",
  fescJustMissed: (n: number) => `Just missed (${n})`,
  fescBelowCut: (pts: string) => `${pts} points below the cut-off`,
  fescShort: (by: string) => `short by ${by}`,
  fescExport: "Export CSV (Excel)",
};
export const FESC_COPY = { es, en } as const;
