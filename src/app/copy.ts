import type { Lang } from "../core/types";

/**
 * Every UI text, Spanish (es-PE) first. Add a key to both languages; the type keeps them in step.
 * Functions take the values to interpolate so word order can differ between languages.
 */
const es = {
  appTitle: "Mapa de Riesgo Sociodelictivo",
  appSubtitle: "Distritos del Perú",
  loading: "Cargando datos…",
  errorTitle: "No se pudieron cargar los datos",
  errorHint: "Revise los archivos de datos (npm run data) y vuelva a cargar la página.",
  layer: "Capa del mapa",
  year: "Año",
  searchPlaceholder: "Buscar distrito o ubigeo…",
  searchLabel: "Buscar distrito",
  noResults: "Sin resultados",
  department: "Departamento",
  allDepartments: "Todo el Perú",
  province: "Provincia",
  district: "Distrito",
  ubigeo: "Ubigeo",
  population: "Población",
  area: "Superficie",
  naturalRegion: "Región natural",
  indicators: "Indicadores",
  value: "Valor",
  source: "Fuente",
  sources: "Fuentes",
  noData: "sin datos",
  close: "Cerrar",
  legendClasses: (n: number, method: string) => `${n} clases, ${method}`,
  quantiles: "cuantiles",
  jenks: "cortes naturales (Jenks)",
  fixedBreaks: "cortes fijos",
  classLabels: ["Muy bajo", "Bajo", "Medio", "Alto", "Muy alto"],
  builtAt: (date: string) => `Datos compilados el ${date}`,
  sourceLine: (names: string) => `Fuente: ${names}`,
  language: "Idioma",
  km2: "km²",
  inhabitants: "hab.",
  districtsCount: (n: string) => `${n} distritos`,
  crimeAbsentTitle: "Faltan los datos de delitos por distrito (SIDPOL)",
  zoomToDepartment: "Ir al departamento",
  menu: "Paneles",
  latestYear: (y: number) => `${y} (último)`,
  tabMap: "Mapa",
} as const;

type Copy = { [K in keyof typeof es]: (typeof es)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : (typeof es)[K] extends readonly string[]
      ? readonly string[]
      : string };

const en: Copy = {
  appTitle: "Socio-criminal Risk Map",
  appSubtitle: "Districts of Peru",
  loading: "Loading data…",
  errorTitle: "The data could not be loaded",
  errorHint: "Check the data files (npm run data) and reload the page.",
  layer: "Map layer",
  year: "Year",
  searchPlaceholder: "Search district or ubigeo…",
  searchLabel: "Search district",
  noResults: "No results",
  department: "Department",
  allDepartments: "All of Peru",
  province: "Province",
  district: "District",
  ubigeo: "Ubigeo",
  population: "Population",
  area: "Area",
  naturalRegion: "Natural region",
  indicators: "Indicators",
  value: "Value",
  source: "Source",
  sources: "Sources",
  noData: "no data",
  close: "Close",
  legendClasses: (n: number, method: string) => `${n} classes, ${method}`,
  quantiles: "quantiles",
  jenks: "natural breaks (Jenks)",
  fixedBreaks: "fixed breaks",
  classLabels: ["Very low", "Low", "Medium", "High", "Very high"],
  builtAt: (date: string) => `Data compiled on ${date}`,
  sourceLine: (names: string) => `Source: ${names}`,
  language: "Language",
  km2: "km²",
  inhabitants: "inh.",
  districtsCount: (n: string) => `${n} districts`,
  crimeAbsentTitle: "District crime data (SIDPOL) is missing",
  zoomToDepartment: "Go to department",
  menu: "Panels",
  latestYear: (y: number) => `${y} (latest)`,
  tabMap: "Map",
};

export const COPY: Record<Lang, Copy> = { es, en };
export type { Copy };
