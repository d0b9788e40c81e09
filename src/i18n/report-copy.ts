/**
 * Words of the printable district / department report. Same keys in both languages (typed);
 * functions take the values to interpolate.
 */
const es = {
  reportTitle: "Estado situacional",
  reportOfDistrict: (name: string, province: string, dep: string) =>
    `Distrito de ${name} (provincia de ${province}, ${dep})`,
  reportOfDepartment: (name: string) => `Departamento de ${name}`,
  reportPrint: "Imprimir",
  reportBack: "Volver al mapa",
  reportGenerated: (date: string) => `Generado el ${date}`,
  reportIndicators: "Indicadores",
  reportIndicator: "Indicador",
  reportYear: "Año",
  rankNational: "Puesto nacional",
  rankDepartment: "Puesto en el departamento",
  rankOf: (rank: string, n: string) => `${rank} de ${n}`,
  rankNote:
    "Puesto 1 = mayor riesgo según la dirección del indicador (más pobreza, menos IDH, menos policías…).",
  reportTrend: "Evolución",
  reportTrendNone: "Las fuentes cargadas tienen un solo año para los demás indicadores.",
  reportBarrio: "Barrio Seguro",
  reportBarrioNone: "No hay barrios registrados en este ámbito (el registro cargado es parcial).",
  reportBarrioRegion: (n: number, region: string) =>
    `El documento del CONASEC cuenta ${n} barrio(s) en ${region}.`,
  barrioName: "Barrio",
  barrioStatus: "Estado",
  barrioDate: "Fecha",
  reportDistricts: "Distritos",
  reportMean: "Promedio departamental (ponderado por población)",
  reportNationalMean: "Promedio nacional (ponderado por población)",
  reportTop: (layer: string) => `Distritos con mayor valor: ${layer}`,
  reportSources: "Fuentes",
  reportLoading: "Cargando registro de Barrio Seguro…",
};
const en: typeof es = {
  reportTitle: "Situation report",
  reportOfDistrict: (name: string, province: string, dep: string) =>
    `District of ${name} (province of ${province}, ${dep})`,
  reportOfDepartment: (name: string) => `Department of ${name}`,
  reportPrint: "Print",
  reportBack: "Back to the map",
  reportGenerated: (date: string) => `Generated on ${date}`,
  reportIndicators: "Indicators",
  reportIndicator: "Indicator",
  reportYear: "Year",
  rankNational: "National rank",
  rankDepartment: "Rank in department",
  rankOf: (rank: string, n: string) => `${rank} of ${n}`,
  rankNote:
    "Rank 1 = highest risk following the indicator's direction (more poverty, lower HDI, fewer police…).",
  reportTrend: "Trend",
  reportTrendNone: "The loaded sources have a single year for the other indicators.",
  reportBarrio: "Barrio Seguro",
  reportBarrioNone: "No barrios registered in this area (the loaded register is partial).",
  reportBarrioRegion: (n: number, region: string) =>
    `The CONASEC document counts ${n} barrio(s) in ${region}.`,
  barrioName: "Barrio",
  barrioStatus: "Status",
  barrioDate: "Date",
  reportDistricts: "Districts",
  reportMean: "Department mean (population-weighted)",
  reportNationalMean: "National mean (population-weighted)",
  reportTop: (layer: string) => `Districts with the highest value: ${layer}`,
  reportSources: "Sources",
  reportLoading: "Loading the Barrio Seguro register…",
};
export const REPORT_COPY = { es, en } as const;
