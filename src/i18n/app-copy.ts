/**
 * Words of the app shell: title, loading and error screens, side tabs, language switch. Same keys
 * in both languages (typed); functions take the values to interpolate.
 */
const es = {
  appTitle: "Mapa de Riesgo Sociodelictivo",
  appSubtitle: "Distritos del Perú",
  loading: "Cargando datos…",
  errorTitle: "No se pudieron cargar los datos",
  errorHint: "Revise los archivos de datos (npm run data) y vuelva a cargar la página.",
  boundariesMissing:
    "No se pudieron cargar los límites detallados: el mapa usa los simplificados, con menos detalle al acercarse.",
  language: "Idioma",
  menu: "Paneles",
  tabMap: "Mapa",
  // Presentation, saved views, links, PNG export, report (issue 5)
  tabViews: "Vistas",
  presentHint: "Modo presentación: pantalla completa del mapa (tecla P)",
  // IRS: methodology panel, ranking, card, methodology sheet (issue 3)
  tabIndex: "Índice",
  tabRanking: "Ranking",
  // FESC priority selection and Barrio Seguro coverage (issue 4)
  tabFesc: "FESC",
  tabCoverage: "Barrio Seguro",
  // Data import (CSV, SIDPOL) and regional context (issues 6 and 7)
  tabData: "Datos",
  errorLead:
    "No se pudieron leer los datos de los distritos (nombres, cifras y límites), así que el mapa no puede mostrarse.",
  errorWhy:
    "Suele deberse a una conexión interrumpida o a un archivo de datos dañado en el servidor. Pruebe de nuevo; si vuelve a fallar, avise al equipo técnico y comparta el detalle de abajo.",
  errorRetry: "Reintentar",
  errorDetails: "Detalle técnico (para el equipo técnico)",
};
const en: typeof es = {
  appTitle: "Socio-criminal Risk Map",
  appSubtitle: "Districts of Peru",
  loading: "Loading data…",
  errorTitle: "The data could not be loaded",
  errorHint: "Check the data files (npm run data) and reload the page.",
  boundariesMissing:
    "The detailed boundaries could not be loaded: the map uses the simplified ones, with less detail when zoomed in.",
  language: "Language",
  menu: "Panels",
  tabMap: "Map",
  // Presentation, saved views, links, PNG export, report (issue 5)
  tabViews: "Views",
  presentHint: "Presentation mode: full-screen map (key P)",
  // IRS: methodology panel, ranking, card, methodology sheet (issue 3)
  tabIndex: "Index",
  tabRanking: "Ranking",
  // FESC priority selection and Barrio Seguro coverage (issue 4)
  tabFesc: "FESC",
  tabCoverage: "Barrio Seguro",
  tabData: "Data",
  errorLead:
    "The district data (names, figures and boundaries) could not be read, so the map cannot be shown.",
  errorWhy:
    "This usually means an interrupted connection or a damaged data file on the server. Try again; if it fails again, tell the technical team and share the detail below.",
  errorRetry: "Try again",
  errorDetails: "Technical detail (for the technical team)",
};
export const APP_COPY = { es, en } as const;
