import { SIDPOL_FAMILIES } from "./sidpol-families";
import type { IndicatorDef } from "../core/types";
import { FISCAL_INDICATORS } from "./indicators-fiscal";

/**
 * The single source of truth for the index's indicators. Series keys refer to the columns the data
 * build writes into public/data/districts.json (see data/sources.json and scripts/build-data.ts).
 *
 * Crime indicators come from SIDPOL (police reports by district of occurrence, month and modality):
 * one rate per crime family of data/sidpol-families.json (the 7 groups of the official release),
 * plus the total as incidence (rate) and as volume (count). A family with no row in the loaded
 * release has no series, so its indicator has no data and leaves the index with a notice.
 */

/**
 * Default weight of each family's rate in the IRS (a team choice; no official IRS formula exists).
 * Violent crime weighs most: robbery (violence or threat against the person) and homicide 2,
 * extortion 1.5 (the crime behind the 2023–2025 emergency declarations in Lima and Trujillo), theft
 * and violence against women and family members 1, fraud 0.5 (the recorded place is often not where
 * the victim is), "Otros" 0.5 (38 % of reports, offences of very different gravity, no detail).
 */
export const CRIME_FAMILY_WEIGHTS: Readonly<Record<string, number>> = {
  robbery: 2,
  homicide: 2,
  extortion: 1.5,
  theft: 1,
  family: 1,
  fraud: 0.5,
  other: 0.5,
};

const crimeRate = (family: (typeof SIDPOL_FAMILIES.families)[number]): IndicatorDef => ({
  id: `crime_${family.id}_rate`,
  label: family.label,
  description: family.description ?? family.label,
  unit: { es: "denuncias por 10 000 hab.", en: "reports per 10,000 inhabitants" },
  direction: 1,
  defaultWeight: CRIME_FAMILY_WEIGHTS[family.id] ?? 0,
  dimension: "crime",
  formula: {
    kind: "rate",
    numerator: `crime_${family.id}`,
    denominator: "population",
    per: 10_000,
  },
  crime: true,
});

export const INDICATORS: IndicatorDef[] = [
  ...SIDPOL_FAMILIES.families.map(crimeRate),
  {
    id: "crime_total_rate",
    label: {
      es: "Incidencia delictiva (todas las denuncias)",
      en: "Crime incidence (all reports)",
    },
    description: {
      es: "Todas las denuncias policiales por 10 000 habitantes: la «incidencia delictiva» del art. 89. Suma de las familias: no se combina con ellas en el mismo índice.",
      en: "All police reports per 10,000 inhabitants: art. 89's 'crime incidence'. The sum of the families: not combined with them in one index.",
    },
    unit: { es: "denuncias por 10 000 hab.", en: "reports per 10,000 inhabitants" },
    direction: 1,
    defaultWeight: 0,
    dimension: "crime",
    formula: { kind: "rate", numerator: "crime_total", denominator: "population", per: 10_000 },
    crime: true,
    summary: true,
  },
  {
    id: "crime_total_count",
    label: { es: "Volumen de denuncias", en: "Volume of reports" },
    description: {
      es: "Número de denuncias policiales por año (todas las familias), sin dividir por la población: dónde ocurren más hechos en total. Los distritos grandes encabezan esta lista.",
      en: "Police reports per year (all families), not divided by population: where most incidents happen in total. Large districts top this list.",
    },
    unit: { es: "denuncias por año", en: "reports per year" },
    direction: 1,
    defaultWeight: 0,
    dimension: "crime",
    formula: { kind: "series", key: "crime_total" },
    crime: true,
    summary: true,
  },
  {
    id: "population",
    label: { es: "Población", en: "Population" },
    description: {
      es: "Población proyectada al 30 de junio (INEI). Criterio del art. 89: tamaño poblacional.",
      en: "Projected population at 30 June (INEI). Art. 89 criterion: population size.",
    },
    unit: { es: "hab.", en: "inhabitants" },
    direction: 1,
    defaultWeight: 1,
    dimension: "population",
    formula: { kind: "series", key: "population" },
  },
  {
    id: "density",
    label: { es: "Densidad poblacional", en: "Population density" },
    description: {
      es: "Habitantes por km² (población INEI / área calculada del límite distrital).",
      en: "Inhabitants per km² (INEI population / area computed from the district boundary).",
    },
    unit: { es: "hab./km²", en: "inh./km²" },
    direction: 1,
    defaultWeight: 0.5,
    dimension: "population",
    formula: { kind: "density", numerator: "population" },
  },
  {
    id: "poverty_pct",
    label: { es: "Pobreza monetaria", en: "Monetary poverty" },
    description: {
      es: "Porcentaje de la población en pobreza monetaria (INEI, Mapa de pobreza 2018).",
      en: "Share of the population in monetary poverty (INEI, Poverty map 2018).",
    },
    unit: { es: "%", en: "%" },
    direction: 1,
    defaultWeight: 1,
    dimension: "vulnerability",
    formula: { kind: "series", key: "poverty_pct" },
  },
  {
    id: "extreme_poverty_pct",
    label: { es: "Pobreza extrema", en: "Extreme poverty" },
    description: {
      es: "Porcentaje en pobreza extrema (INEI, Mapa de pobreza 2013, vía CEPLAN).",
      en: "Share in extreme poverty (INEI, Poverty map 2013, via CEPLAN).",
    },
    unit: { es: "%", en: "%" },
    direction: 1,
    defaultWeight: 0,
    dimension: "vulnerability",
    formula: { kind: "series", key: "extreme_poverty_pct" },
  },
  {
    id: "idh",
    label: { es: "Índice de desarrollo humano", en: "Human development index" },
    description: {
      es: "IDH distrital 2019 (PNUD Perú). Mayor IDH, menor riesgo.",
      en: "District HDI 2019 (UNDP Peru). Higher HDI, lower risk.",
    },
    unit: { es: "índice 0–1", en: "index 0–1" },
    direction: -1,
    defaultWeight: 0.5,
    dimension: "vulnerability",
    formula: { kind: "series", key: "idh" },
  },
  {
    id: "food_vulnerability",
    label: { es: "Vulnerabilidad alimentaria", en: "Food vulnerability" },
    description: {
      es: "Índice de vulnerabilidad a la inseguridad alimentaria (CEPLAN/MIDIS).",
      en: "Food-insecurity vulnerability index (CEPLAN/MIDIS).",
    },
    unit: { es: "índice 0–1", en: "index 0–1" },
    direction: 1,
    defaultWeight: 0,
    dimension: "vulnerability",
    formula: { kind: "series", key: "food_vulnerability" },
  },
  {
    id: "police_per_10k",
    label: { es: "Policías por 10 000 hab.", en: "Police officers per 10,000" },
    description: {
      es: "Policías asignados a las comisarías del distrito (CENACOM 2017) por 10 000 hab. Menos policías, más riesgo.",
      en: "Officers assigned to the district's police stations (CENACOM 2017) per 10,000. Fewer officers, more risk.",
    },
    unit: { es: "policías por 10 000 hab.", en: "officers per 10,000" },
    direction: -1,
    defaultWeight: 0.5,
    dimension: "police",
    formula: { kind: "rate", numerator: "police_officers", denominator: "population", per: 10_000 },
  },
  ...FISCAL_INDICATORS,
];

export const INDICATOR_BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(
  INDICATORS.map((d) => [d.id, d]),
);
