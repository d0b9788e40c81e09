/**
 * Words of the map and its legend: layer picker, classification methods, captions, zoom controls.
 * Same keys in both languages (typed); functions take the values to interpolate.
 */
const es = {
  layer: "Capa del mapa",
  legendClasses: (n: number, method: string) => `${n} clases, ${method}`,
  legendCategories: (n: number) => `${n} categorías`,
  legend: "Leyenda",
  quantiles: "cuantiles",
  jenks: "cortes naturales (Jenks)",
  fixedBreaks: "cortes fijos",
  sourceLine: (names: string) => `Fuente: ${names}`,
  zoomToDepartment: "Ir al departamento",
  latestYear: (y: number) => `${y} (último completo)`,
  partialYearOption: (y: number) => `${y} (año parcial)`,
  legendNoIrs: "sin IRS: sin registro en SIDPOL o datos insuficientes",
  // Issue 12: captions of partial data on the map itself, readable selection, loading and errors.
  captionPartialRegister: (located: string, total: string | null) =>
    `Registro parcial: ${total === null ? located : `${located} de ${total}`} barrios con distrito identificado — un distrito sin barrio en el registro puede tenerlo`,
  hoverNotInRegister: "no figura en el registro parcial",
  legendAreaCounts: (area: string) => `Distritos de ${area}`,
  zoomIn: "Acercar",
  zoomOut: "Alejar",
  mapLabel: "Mapa",
};
const en: typeof es = {
  layer: "Map layer",
  legendClasses: (n: number, method: string) => `${n} classes, ${method}`,
  legendCategories: (n: number) => `${n} categories`,
  legend: "Legend",
  quantiles: "quantiles",
  jenks: "natural breaks (Jenks)",
  fixedBreaks: "fixed breaks",
  sourceLine: (names: string) => `Source: ${names}`,
  zoomToDepartment: "Go to department",
  latestYear: (y: number) => `${y} (latest complete)`,
  partialYearOption: (y: number) => `${y} (partial year)`,
  legendNoIrs: "no IRS: no SIDPOL record or too little data",
  captionPartialRegister: (located: string, total: string | null) =>
    `Partial register: ${total === null ? located : `${located} of ${total}`} barrios with an identified district — a district with no barrio in the register may have one`,
  hoverNotInRegister: "not in the partial register",
  legendAreaCounts: (area: string) => `Districts of ${area}`,
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  mapLabel: "Map",
};
export const MAP_COPY = { es, en } as const;
