import type { IndicatorDef } from "../core/types";

/**
 * Municipal fiscal capacity (issue #15): MEF Consulta Amigable, series written by
 * scripts/lib/mef-budget.ts (source "mef-presupuesto-municipal" in data/sources.json). Total budget of
 * the district municipality, not security spending: a partial proxy for art. 89's "déficit
 * presupuestal en seguridad ciudadana". Weight 0 by default: shown as layers and in the card, not in
 * the IRS until the team decides. Concatenated into INDICATORS by src/config/indicators.ts.
 */
export const FISCAL_INDICATORS: IndicatorDef[] = [
  {
    id: "muni_spending_pc",
    label: {
      es: "Gasto municipal por habitante (capacidad fiscal)",
      en: "Municipal spending per inhabitant (fiscal capacity)",
    },
    description: {
      es: "Gasto devengado TOTAL de la municipalidad distrital (todas sus funciones y programas) entre la población proyectada del INEI (2022, la más reciente). No es gasto en seguridad ciudadana: el programa 0030 «Reducción de delitos y faltas» no se separa; es solo una aproximación parcial al «déficit presupuestal en seguridad ciudadana» del art. 89. Soles corrientes (sin deflactar), año cerrado 2023 (MEF, Consulta Amigable; 2024 se extrajo antes del cierre y 2025 es una foto de febrero). Los 196 distritos capital de provincia quedan sin valor: allí gasta la municipalidad provincial, cuyo presupuesto cubre servicios de toda la provincia y no es comparable. Menos gasto por habitante, más necesidad.",
      en: "TOTAL accrued spending of the district municipality (all functions and programmes) divided by INEI's projected population (2022, the latest). It is not security spending: programme 0030 (crime reduction) is not separated, so it is only a partial proxy for art. 89's “citizen-security budget deficit”. Nominal soles (not deflated), closed year 2023 (MEF, Consulta Amigable; 2024 was scraped before the year-end closing and 2025 is a February snapshot). The 196 provincial capital districts have no value: there the provincial municipality spends, and its budget pays for province-wide services, so it is not comparable. Less spending per inhabitant, more need.",
    },
    unit: { es: "S/ por hab.", en: "PEN per inhabitant" },
    direction: -1,
    defaultWeight: 0,
    dimension: "fiscal",
    formula: { kind: "rate", numerator: "muni_devengado", denominator: "population", per: 1 },
  },
  {
    id: "muni_budget_pc",
    label: {
      es: "Presupuesto municipal por habitante (capacidad fiscal)",
      en: "Municipal budget per inhabitant (fiscal capacity)",
    },
    description: {
      es: "Presupuesto institucional modificado (PIM) TOTAL de la municipalidad distrital (todas sus funciones y programas) entre la población proyectada del INEI (2022, la más reciente). No es presupuesto de seguridad ciudadana: el programa 0030 «Reducción de delitos y faltas» no se separa; es solo una aproximación parcial al «déficit presupuestal en seguridad ciudadana» del art. 89. Soles corrientes (sin deflactar), año cerrado 2023 (MEF, Consulta Amigable; 2024 se extrajo antes del cierre y 2025 es una foto de febrero). Los 196 distritos capital de provincia quedan sin valor: allí actúa la municipalidad provincial, cuyo presupuesto cubre servicios de toda la provincia y no es comparable. Menos presupuesto por habitante, más necesidad.",
      en: "TOTAL modified budget (PIM) of the district municipality (all functions and programmes) divided by INEI's projected population (2022, the latest). It is not a security budget: programme 0030 (crime reduction) is not separated, so it is only a partial proxy for art. 89's “citizen-security budget deficit”. Nominal soles (not deflated), closed year 2023 (MEF, Consulta Amigable; 2024 was scraped before the year-end closing and 2025 is a February snapshot). The 196 provincial capital districts have no value: there the provincial municipality acts, and its budget pays for province-wide services, so it is not comparable. Less budget per inhabitant, more need.",
    },
    unit: { es: "S/ por hab.", en: "PEN per inhabitant" },
    direction: -1,
    defaultWeight: 0,
    dimension: "fiscal",
    formula: { kind: "rate", numerator: "muni_pim", denominator: "population", per: 1 },
  },
  {
    id: "security_spending_pc",
    label: {
      es: "Gasto en seguridad ciudadana por habitante (importado)",
      en: "Citizen-security spending per inhabitant (imported)",
    },
    description: {
      es: "Devengado en seguridad ciudadana (p. ej. programa presupuestal 0030 «Reducción de delitos y faltas», ejecución por distrito del Mininter, o el módulo de seguridad del RENAMU) entre la población INEI del año más cercano. Solo existe cuando se importa ese archivo en «Datos»: no hay una copia abierta en los datos incluidos. Es el numerador de seguridad que le falta al presupuesto municipal total; aun así mide gasto, no necesidad: un distrito sin filas queda «sin dato». Soles corrientes. Menos gasto por habitante, más necesidad.",
      en: "Accrued citizen-security spending (e.g. budget programme 0030 'crime reduction', the Ministry of the Interior's execution by district, or RENAMU's security module) divided by the INEI population of the nearest year. It exists only when that file is imported in 'Data': no open copy is bundled. It is the security numerator the total municipal budget lacks; still, it measures spending, not need: a district without rows is 'no data'. Nominal soles. Less spending per inhabitant, more need.",
    },
    unit: { es: "S/ por hab.", en: "PEN per inhabitant" },
    direction: -1,
    defaultWeight: 0,
    dimension: "fiscal",
    formula: { kind: "rate", numerator: "security_spending", denominator: "population", per: 1 },
  },
];
