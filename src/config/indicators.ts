import type { IndicatorDef } from "../core/types";

/**
 * The single source of truth for the index's indicators. Series keys refer to the columns the data
 * build writes into public/data/districts.json (see data/sources.json and scripts/build-data.ts).
 * Crime indicators need SIDPOL (police reports by district): until that file is present they have no
 * values and the index is computed from the others (named as such in the UI).
 */
const crimeRate = (
  family: string,
  es: string,
  en: string,
  weight: number,
  descEs: string,
  descEn: string,
): IndicatorDef => ({
  id: `crime_${family}_rate`,
  label: { es, en },
  description: { es: descEs, en: descEn },
  unit: { es: "denuncias por 10 000 hab.", en: "reports per 10,000 inhabitants" },
  direction: 1,
  defaultWeight: weight,
  dimension: "crime",
  formula: { kind: "rate", numerator: `crime_${family}`, denominator: "population", per: 10_000 },
  crime: true,
});

export const INDICATORS: IndicatorDef[] = [
  crimeRate(
    "property",
    "Delitos contra el patrimonio",
    "Property crime",
    2,
    "Denuncias policiales por robo, hurto y otros delitos patrimoniales (SIDPOL).",
    "Police reports of robbery, theft and other property crime (SIDPOL).",
  ),
  crimeRate(
    "persons",
    "Violencia contra las personas",
    "Violence against persons",
    1,
    "Denuncias por lesiones y otros delitos contra la vida, el cuerpo y la salud, salvo homicidio.",
    "Reports of assault and other crimes against life and health, except homicide.",
  ),
  crimeRate(
    "homicide",
    "Homicidios",
    "Homicide",
    1,
    "Denuncias por homicidio, feminicidio y sicariato.",
    "Reports of homicide, femicide and contract killing.",
  ),
  crimeRate(
    "sexual",
    "Violencia sexual",
    "Sexual violence",
    1,
    "Denuncias por violación y otros delitos contra la libertad sexual.",
    "Reports of rape and other sexual offences.",
  ),
  crimeRate(
    "family",
    "Violencia familiar",
    "Family violence",
    1,
    "Denuncias por violencia familiar y contra la mujer.",
    "Reports of family and gender-based violence.",
  ),
  crimeRate(
    "extortion",
    "Extorsión",
    "Extortion",
    1,
    "Denuncias por extorsión y chantaje.",
    "Reports of extortion.",
  ),
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
];

export const INDICATOR_BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(
  INDICATORS.map((d) => [d.id, d]),
);
