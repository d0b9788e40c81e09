/**
 * Words of the before/after crime trend view (FESC tab). Same keys in both languages (typed);
 * functions take the values to interpolate.
 */
const es = {
  trendTitle: "Antes y después (tendencias)",
  trendNoCrime:
    "Solo la población tiene varios años en los datos. Las tendencias de delitos necesitan los datos SIDPOL (denuncias por distrito), que no están cargados.",
  trendCaveat:
    "Descriptivo: no es una evaluación de impacto (no controla la selección de los distritos).",
  trendSet: "Conjunto",
  trendSetFesc: "Distritos seleccionados (FESC)",
  trendSetBs: "Distritos con Barrio Seguro",
  trendSince: "Desde el año",
  trendSeries: "Serie",
  trendComparisonKind: "Comparar con",
  trendCompBand: "Distritos no seleccionados de tamaño poblacional parecido",
  trendCompDeps: "Distritos no seleccionados de los mismos departamentos",
  trendBefore: (y: number) => `Antes de ${y}`,
  trendAfter: (y: number) => `Desde ${y}`,
  trendDelta: "Cambio",
  trendDid: "Diferencia en diferencias",
  trendDidCaveat:
    "Diferencia en diferencias = cambio del conjunto − cambio del grupo de comparación (medias anuales de la tasa agregada, denuncias por 10 000 hab.). Es descriptiva, no causal: los distritos no se eligieron al azar y las denuncias dependen también de la disposición a denunciar.",
  trendSetName: (n: number) => `Conjunto (${n})`,
  trendComparison: (n: number) => `Resto del depto. (${n})`,
  trendWeighted:
    "Promedio ponderado por población, por año. Comparación: los demás distritos de los mismos departamentos.",
  trendUnweighted: "Promedio simple por año (sin serie de población).",
};
const en: typeof es = {
  trendTitle: "Before and after (trends)",
  trendNoCrime:
    "Only population has several years in the data. Crime trends need the SIDPOL data (reports by district), which is not loaded.",
  trendCaveat:
    "Descriptive: not an impact evaluation (the selection of districts is not controlled for).",
  trendSet: "Set",
  trendSetFesc: "Selected districts (FESC)",
  trendSetBs: "Districts with Barrio Seguro",
  trendSince: "Since year",
  trendSeries: "Series",
  trendComparisonKind: "Compare with",
  trendCompBand: "Districts not selected of similar population size",
  trendCompDeps: "Districts not selected in the same departments",
  trendBefore: (y: number) => `Before ${y}`,
  trendAfter: (y: number) => `From ${y}`,
  trendDelta: "Change",
  trendDid: "Difference in differences",
  trendDidCaveat:
    "Difference in differences = change of the set − change of the comparison group (annual means of the aggregate rate, reports per 10,000). Descriptive, not causal: the districts were not chosen at random and reports also depend on willingness to report.",
  trendSetName: (n: number) => `Set (${n})`,
  trendComparison: (n: number) => `Rest of dept. (${n})`,
  trendWeighted:
    "Population-weighted mean per year. Comparison: the other districts of the same departments.",
  trendUnweighted: "Plain mean per year (no population series).",
};
export const BEFORE_AFTER_COPY = { es, en } as const;
