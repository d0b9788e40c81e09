/**
 * Words of the similar-districts comparison (district card) and its methodology paragraph. Same
 * keys in both languages (typed); functions take the values to interpolate.
 */
const es = {
  similarTitle: "Distritos similares",
  similarIntro:
    "Los distritos de contexto más parecido (población, densidad, pobreza, IDH, región). Delito y cobertura no entran en la semejanza: se comparan en la tabla.",
  similarVariables: "Variables de contexto",
  similarVarLogPopulation: "Población (log)",
  similarVarLogDensity: "Densidad (log)",
  similarVarPoverty: "Pobreza monetaria %",
  similarVarHdi: "IDH",
  similarVarRegion: "Región natural",
  similarK: "Cuántos (k)",
  similarMark: "Marcar en el mapa",
  similarUnmark: "Quitar marcas",
  similarNone: "Ningún distrito comparable con estas variables.",
  similarNoVariables: "Elija al menos una variable.",
  similarColDistrict: "Distrito",
  similarColDistance: "Distancia",
  similarColIrs: "IRS",
  similarColRank: "Puesto",
  similarColTrend: (from: number, to: number) => `Denuncias ${to} vs ${from}`,
  similarColBarrio: "Barrio Seguro",
  similarColPolice: "Policías / 10 000 hab.",
  similarColFesc: "FESC",
  similarThis: "este distrito",
  similarBarrioIn: (n: number) => (n === 1 ? "1 barrio" : `${n} barrios`),
  similarBarrioNotListed: "no figura",
  similarFescYes: "Seleccionado",
  similarFescNo: "No",
  similarRatesNote:
    "Tasas por familia de delito del periodo del índice (las del bloque de delitos).",
  similarNoTrend: "Sin tendencia: no hay dos años completos de denuncias.",
  sheetSimilarTitle: "Distritos similares",
  sheetSimilar:
    "Para cada distrito, los k (5 por defecto) más cercanos por distancia euclídea sobre variables de contexto estandarizadas (puntuación z sobre todos los distritos con dato): logaritmo de la población, logaritmo de la densidad (hab./km²), pobreza monetaria % (INEI 2018), IDH (PNUD 2019) y región natural (Costa/Sierra/Selva: +1 a la distancia al cuadrado si difiere). No hay un indicador de urbanidad en los datos; la densidad hace de aproximación. Delito y cobertura (Barrio Seguro, policías, FESC) quedan fuera para poder compararlos. Si el distrito no tiene una variable, esta no se usa; un distrito sin alguna de las variables usadas no se propone. Es semejanza de contexto, no de riesgo.",
};
const en: typeof es = {
  similarTitle: "Similar districts",
  similarIntro:
    "The districts with the closest context (population, density, poverty, HDI, region). Crime and coverage are left out of the similarity: the table compares them.",
  similarVariables: "Context variables",
  similarVarLogPopulation: "Population (log)",
  similarVarLogDensity: "Density (log)",
  similarVarPoverty: "Monetary poverty %",
  similarVarHdi: "HDI",
  similarVarRegion: "Natural region",
  similarK: "How many (k)",
  similarMark: "Mark on the map",
  similarUnmark: "Clear marks",
  similarNone: "No comparable district with these variables.",
  similarNoVariables: "Choose at least one variable.",
  similarColDistrict: "District",
  similarColDistance: "Distance",
  similarColIrs: "IRS",
  similarColRank: "Rank",
  similarColTrend: (from: number, to: number) => `Reports ${to} vs ${from}`,
  similarColBarrio: "Barrio Seguro",
  similarColPolice: "Officers / 10,000 inh.",
  similarColFesc: "FESC",
  similarThis: "this district",
  similarBarrioIn: (n: number) => (n === 1 ? "1 barrio" : `${n} barrios`),
  similarBarrioNotListed: "not listed",
  similarFescYes: "Selected",
  similarFescNo: "No",
  similarRatesNote: "Rates per crime family for the index period (as in the crime block).",
  similarNoTrend: "No trend: there are not two complete years of reports.",
  sheetSimilarTitle: "Similar districts",
  sheetSimilar:
    "For each district, the k (5 by default) closest by Euclidean distance over standardised context variables (z-score over all districts with a value): log population, log density (inh./km²), monetary poverty % (INEI 2018), HDI (UNDP 2019) and natural region (Costa/Sierra/Selva: +1 to the squared distance when it differs). The data has no urban indicator; density stands in for it. Crime and coverage (Barrio Seguro, police, FESC) are left out so they can be compared. A variable the district lacks is not used; a district lacking any variable used is not proposed. It is similarity of context, not of risk.",
};
export const SIMILAR_COPY = { es, en } as const;
