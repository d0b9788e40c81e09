import type { NumberInputProblem } from "../core/number-parse";
import type { AllocationError } from "../core/allocation";
import type { LinkIssue } from "../core/link-issues";
import type { ViewProblem, ViewsFileProblem, ViewsIssue } from "../core/saved-views";
import type { Lang } from "../core/types";
import type { ScenarioChange } from "../core/scenario-rows";

/**
 * Every UI text, Spanish (es-PE) first. Add a key to both languages; the type keeps them in step.
 * Functions take the values to interpolate so word order can differ between languages.
 */
const MONTHS_ES = [
  "ene",
  "feb",
  "mar",
  "abr",
  "may",
  "jun",
  "jul",
  "ago",
  "set",
  "oct",
  "nov",
  "dic",
];
const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

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
  searchAlias: (alias: string) => `conocido como «${alias}»`,
  searchPopulation: (n: string) => `${n} hab.`,
  searchMore: (shown: string, total: string) =>
    `${shown} de ${total} distritos; escriba más para acotar`,
  numberReadAs: (value: string, thousandsGuessed: boolean) =>
    `Leído como ${value}${thousandsGuessed ? " (separador de miles)" : ""}`,
  numberRequired: "Escriba un número.",
  numberProblem: (problem: NumberInputProblem, text: string, maxDecimals: number, min: string) =>
    problem === "tooManyDecimals"
      ? maxDecimals === 0
        ? `«${text}»: escriba un número entero.`
        : `«${text}»: como máximo ${maxDecimals} decimales.`
      : problem === "tooLarge"
        ? `«${text}» es demasiado grande.`
        : problem === "belowMin"
          ? `«${text}»: debe ser ${min} o más.`
          : `«${text}» no es un número. Escriba, por ejemplo, 252.000.000 o 1.500,50.`,
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
  boundariesMissing:
    "No se pudieron cargar los límites detallados: el mapa usa los simplificados, con menos detalle al acercarse.",
  noData: "sin datos",
  close: "Cerrar",
  legendClasses: (n: number, method: string) => `${n} clases, ${method}`,
  legendCategories: (n: number) => `${n} categorías`,
  legend: "Leyenda",
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
  latestYear: (y: number) => `${y} (último completo)`,
  partialYearOption: (y: number) => `${y} (año parcial)`,
  tabMap: "Mapa",
  // Presentation, saved views, links, PNG export, report (issue 5)
  tabViews: "Vistas",
  present: "Presentar",
  presentHint: "Modo presentación: pantalla completa del mapa (tecla P)",
  presentExit: "Salir de la presentación (Esc)",
  presentKeys: "← → cambiar de vista · Esc salir",
  presentNav: "Navegación de la presentación",
  slideOf: (i: number, n: number) => `Vista ${i} de ${n}`,
  currentView: "Vista actual",
  prevSlide: "Vista anterior",
  nextSlide: "Vista siguiente",
  keyFigures: "Cifras clave",
  figWithData: (n: string, total: string) => `${n} de ${total} distritos con datos`,
  figMax: (value: string, name: string) => `Máximo: ${value} (${name})`,
  figMedian: (value: string) => `Mediana distrital: ${value}`,
  figSelected: (name: string, value: string, cls: string) => `${name}: ${value} · ${cls}`,
  figMarked: (n: number, total: number) => `${total} distritos resaltados (${n} con datos)`,
  savedViews: "Vistas guardadas",
  viewTitle: "Título de la vista",
  viewTitleDefault: (n: number) => `Vista ${n}`,
  saveView: "Guardar vista actual",
  noViews: "Aún no hay vistas guardadas. Guarde la vista actual para armar una presentación.",
  showView: "Mostrar",
  showViewLabel: (title: string) => `Mostrar la vista «${title}»`,
  moveUp: (title: string) => `Subir «${title}»`,
  moveDown: (title: string) => `Bajar «${title}»`,
  rename: (title: string) => `Renombrar «${title}»`,
  deleteView: (title: string) => `Eliminar «${title}»`,
  confirmDelete: (title: string) => `¿Eliminar la vista «${title}»?`,
  renamePrompt: "Nuevo título de la vista",
  ok: "Aceptar",
  cancel: "Cancelar",
  yesDelete: "Sí, eliminar",
  presentFromStart: "Presentar las vistas",
  exportViews: "Exportar vistas (JSON)",
  importViews: "Importar vistas (JSON)",
  importedViews: (n: number) => `${n} vista(s) importada(s).`,
  importProblems: "Problemas en el archivo importado:",
  shareTitle: "Compartir y exportar",
  copyLink: "Copiar enlace de esta vista",
  linkCopied: "Enlace copiado al portapapeles.",
  linkCopyFailed: "No se pudo copiar; copie la dirección de la barra del navegador.",
  exportPng: "Exportar mapa (PNG)",
  exportingPng: "Generando PNG…",
  pngFailed: "No se pudo generar el PNG.",
  exportedOn: (date: string) => `Exportado el ${date}`,
  reportDistrict: "Informe del distrito (imprimir)",
  reportDepartment: "Informe del departamento (imprimir)",
  reportNeedsPlace: "Seleccione un distrito o un departamento para su informe.",
  linkIssuesTitle: "El enlace tenía partes no válidas; se aplicó el resto:",
  dismiss: "Cerrar aviso",
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
  irs: "Índice de Riesgo Sociodelictivo (IRS, metodología por defecto)",
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
  // IRS: methodology panel, ranking, card, methodology sheet (issue 3)
  tabIndex: "Índice",
  tabRanking: "Ranking",
  idxTitle: "Índice de Riesgo Sociodelictivo (IRS)",
  idxCrimeAbsentBody:
    "Los datos cargados no incluyen las denuncias policiales por distrito (SIDPOL): las seis tasas de delitos no tienen valores y el IRS no mide delitos.",
  idxCrimeHowTo:
    "Para agregarlas: coloque el CSV oficial «Denuncias Policiales» (SIDPOL, datosabiertos.gob.pe) en la carpeta <datos brutos>/sidpol/ y reconstruya los datos (npm run data), o impórtelo en la pestaña «Datos».",
  idxComputedFrom: (names: string) =>
    `El IRS se calcula solo con los indicadores presentes: ${names.replace(/\.$/, "")}.`,
  idxNoIndicators: "Ningún indicador con peso tiene datos: no se puede calcular el IRS.",
  idxShowOnMap: "Ver el IRS en el mapa",
  idxPresets: "Pesos predefinidos",
  idxPresetCustom: "Personalizado",
  idxWeights: "Pesos (re-normalizados a 100 % entre los indicadores con datos)",
  idxWeightOf: (name: string) => `Peso de ${name}`,
  idxNoDataCrime: "Sin datos: falta SIDPOL",
  idxNoDataSeries: "Sin datos en los archivos cargados",
  idxMoreRisk: "más = más riesgo",
  idxLessRisk: "más = menos riesgo",
  idxTreatment: "Tratamiento, normalización y agregación",
  idxYear: "Año de referencia",
  idxYearLatest: (y: string) => `Último año completo (${y})`,
  idxYearPartial: (y: string, months: string) => `${y} — año parcial (${months})`,
  idxWindow: "Denuncias: años agrupados",
  idxWindowOne: "Un solo año",
  idxWindowN: (n: number) => `Media de ${n} años completos`,
  idxAnnualise: "Anualizar el año parcial (denuncias × 12 / meses)",
  idxPartialNote: (y: string, months: string) =>
    `${y} solo tiene ${months}: es un año parcial. Las tasas se comparan entre distritos del mismo periodo; si se anualizan se supone que las denuncias se reparten igual en todo el año (sin estacionalidad).`,
  monthsShort: MONTHS_ES,
  /** "2023–2025 (media anual)", "2025", "2026, ene–feb (parcial, anualizado)". */
  periodText: (years: readonly number[], months: readonly number[] | null, annualised: boolean) => {
    const m = MONTHS_ES;
    if (months && months.length > 0 && months.length < 12) {
      const span = `${m[(months[0] ?? 1) - 1]}–${m[(months[months.length - 1] ?? 1) - 1]}`;
      return `${years[0] ?? ""}, ${span} (parcial${annualised ? ", anualizado" : ", sin anualizar"})`;
    }
    if (years.length > 1) return `${years[0]}–${years[years.length - 1]} (media anual)`;
    return years.length === 1 ? String(years[0]) : "—";
  },
  populationYears: (years: readonly number[]) =>
    years.length === 0 ? "" : `población INEI ${years.join(", ")}`,
  idxSmoothing: "Suavizado de tasas",
  smoothingNone: "Ninguno",
  smoothingEbGlobal: "Bayes empírico global",
  smoothingEbLocal: "Bayes empírico local (vecinos)",
  idxLog: "Transformación logarítmica ln(1 + x)",
  idxWinsor: "Recorte de extremos (winsorización)",
  idxWinsorOff: "Sin recorte",
  idxWinsorP: (p: string) => `${p} % en cada cola`,
  idxMissing: "Valores faltantes",
  missingReweight: "Re-ponderar con los indicadores presentes",
  missingProvince: "Imputar la mediana de la provincia",
  idxNormalization: "Normalización",
  normMinmax: "Mín–máx (0–1)",
  normZscore: "Puntuación z",
  normPercentile: "Percentil",
  idxAggregation: "Agregación",
  aggArithmetic: "Media aritmética ponderada",
  aggGeometric: "Media geométrica ponderada",
  idxClassification: "Clases del mapa (5)",
  idxFixedBreaks: (b: string) => `Cortes fijos en el IRS: ${b}`,
  idxCounts: (scored: string, without: string) =>
    `${scored} distritos con IRS; ${without} sin IRS (sin ningún indicador usado).`,
  idxMissingLine: (name: string, missing: string, imputed: string) =>
    `${name}: ${missing} sin dato, ${imputed} imputados`,
  idxRecomputed: (ms: string) => `Recalculado en su navegador en ${ms} ms.`,
  idxReset: "Metodología por defecto",
  idxOpenSheet: "Ficha metodológica (imprimible)",
  hsTitle: "Hot spots entre distritos (Moran local)",
  hsIntro:
    "Moran local (LISA) con contigüidad reina y pesos estandarizados por fila; valor p por 999 permutaciones condicionales con semilla fija. Se excluyen los distritos sin valor o sin vecinos con valor.",
  hsSource: "Capa analizada",
  hsRule: "Regla de significación",
  hsRuleP: "p < 0,05 (sin corrección)",
  hsRuleFdr: "FDR de Benjamini–Hochberg, q = 0,05",
  hsShow: "Ver hot spots en el mapa",
  hsRun: "Calcular",
  hsRunning: (done: string, total: string) => `Calculando… ${done} de ${total} distritos`,
  hsError: (msg: string) => `No se pudo calcular: ${msg}`,
  hsStatus: (hh: string, ll: string, hl: string, lh: string, rule: string) =>
    `Hot spots: ${hh} Alto-Alto, ${ll} Bajo-Bajo, ${hl} Alto-Bajo, ${lh} Bajo-Alto (${rule}).`,
  hsExcluded: (noValue: string, noNeighbours: string) =>
    `Excluidos: ${noValue} sin valor, ${noNeighbours} sin vecinos con valor.`,
  mcTitle: "Sensibilidad del puesto (Monte Carlo)",
  mcIntro:
    "Repite el índice con pesos perturbados (y, si se elige, otra normalización) y mide cuánto cambia el puesto de cada distrito.",
  mcRuns: "Corridas",
  mcMode: "Perturbación de los pesos",
  mcUniform: "Uniforme ±x %",
  mcDirichlet: "Dirichlet alrededor de los pesos",
  mcPerturbation: "x (%)",
  mcConcentration: "Concentración α",
  mcVaryNorm: "Variar también la normalización",
  mcTopN: "Top N",
  mcRun: "Ejecutar",
  mcCancel: "Cancelar",
  mcProgress: "Progreso del análisis",
  mcDone: (runs: string, ms: string) => `${runs} corridas en ${ms} ms (en segundo plano).`,
  mcCancelled: "Análisis cancelado.",
  mcStale: "El resultado corresponde a una metodología anterior: vuelva a ejecutarlo.",
  mcShowStability: "Ver la estabilidad del puesto en el mapa",
  mcNormRuns: (list: string) => `Normalizaciones usadas: ${list}`,
  rkTitle: "Distritos ordenados por IRS",
  rkAllProvinces: "Todas las provincias",
  rkMinPop: "Población mínima",
  rkCount: (shown: string, total: string) => `${shown} de ${total} distritos`,
  rkRank: "Puesto",
  rkName: "Distrito",
  rkIrs: "IRS",
  rkSortBy: (col: string) => `Ordenar por ${col}`,
  rkNoRows: "Ningún distrito cumple los filtros.",
  rkTableLabel: "Ranking de distritos por IRS",
  cardIrsTitle: "Índice de Riesgo Sociodelictivo",
  cardRank: (r: string, n: string) => `Puesto ${r} de ${n}`,
  cardClass: "Clase",
  cardContrib: "Aporte de cada indicador (puntos del IRS)",
  cardContribSum: (v: string) => `Suma de los aportes = IRS ${v}`,
  cardNoIrs: "Sin IRS: ningún indicador usado tiene dato para este distrito.",
  cardInterval: (lo: string, hi: string, med: string) =>
    `Puesto entre ${lo} y ${hi} en el 90 % de las corridas (mediana ${med})`,
  cardTopShare: (pct: string, n: string) => `En el top ${n} en el ${pct} de las corridas`,
  cardMissing: (names: string) => `Sin dato (re-ponderado o imputado): ${names}`,
  crimeCardTitle: "Denuncias policiales (SIDPOL)",
  crimeTotal: "Total de denuncias",
  idxIndicatorsUsed: (names: string) => `Indicadores del IRS: ${names.replace(/\.$/, "")}.`,
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
  legendNoIrs: "sin IRS: sin registro en SIDPOL o datos insuficientes",
  fiscalCardTitle: "Presupuesto municipal (MEF)",
  securitySpent: (y: string, perHead: string) =>
    `Gasto en seguridad ciudadana ${y} (importado): ${perHead} por hab.`,
  fiscalSpent: (y: string) => `Gasto devengado ${y}`,
  fiscalBudget: (y: string) => `Presupuesto (PIM) ${y}`,
  fiscalPerHead: (soles: string) => `${soles} por hab.`,
  fiscalCaveatDistrict: (popYear: string) =>
    `Presupuesto TOTAL de la municipalidad distrital (todos sus programas), no gasto en seguridad ciudadana: mide capacidad fiscal, un sustituto parcial del «déficit presupuestal» del art. 89. Soles corrientes; por habitante con la población INEI ${popYear}.`,
  fiscalCaveatProvincial:
    "Municipalidad PROVINCIAL: su presupuesto paga servicios de toda la provincia, así que no se compara con las municipalidades distritales ni entra en el criterio de capacidad fiscal. Presupuesto total, no gasto en seguridad; soles corrientes.",
  crimeTrendsTitle: "Tendencia de denuncias: país, departamentos y Lima Metropolitana",
  crimeTrendsArea: "Ámbito",
  limaMetropolitana: "Lima Metropolitana (provincia de Lima)",
  rkPeriod: (period: string) => `Denuncias: ${period}.`,
  rkUnrecorded: (n: string) =>
    `${n} distritos sin IRS: SIDPOL no registra ninguna denuncia suya (sin dato, no «riesgo cero»). Figuran al final.`,
  rkNoCrimeRecord: "sin registro",
  sheetCrimeTitle: "Denuncias policiales (SIDPOL): familias, periodo y población",
  sheetCrimeSource: (years: string) =>
    `Fuente: Ministerio del Interior – PNP, «Denuncias policiales» (SIDPOL), años ${years}: denuncias registradas por la policía por distrito del hecho, mes y modalidad; no son víctimas ni muertes, y la disposición a denunciar cambia entre distritos.`,
  sheetCrimePeriod: (latest: string) =>
    `Año de referencia por defecto: el último año completo (${latest}). Un año parcial (2026: enero–febrero) solo se usa si se elige, y entonces se rotula como parcial en la leyenda, la ficha, el ranking, la imagen y el CSV.`,
  sheetCrimePopulation:
    "Denominador: la población INEI del año más cercano al de las denuncias. Las proyecciones distritales publicadas terminan en 2022, así que las tasas de 2023–2025 usan la población 2022 (lo indica la ficha de cada distrito).",
  sheetFamilies: "Familias de delito (data/sidpol-families.json)",
  sheetFamilyInRelease: "En esta publicación",
  sheetDefaultWeight: "Peso por defecto",
  sheetYes: "sí",
  sheetWindowTitle: "Ventana de años: por qué 3 años por defecto",
  sheetWindowIntro: (topN: string) =>
    `Medido con el IRS por defecto sobre estos datos (al construirlos): correlación de Spearman entre los puestos de años consecutivos, cuántos del top ${topN} tienen menos de 5 000 habitantes y cuántos del top ${topN} se mantienen de un año al siguiente.`,
  sheetWindowCol: "Años agrupados",
  sheetWindowRho: "ρ medio (años consecutivos)",
  sheetWindowSmall: "< 5 000 hab. en el top",
  sheetWindowKept: "Se mantienen en el top",
  sheetWindowChoice:
    "Se elige 3 años: es la ventana más estable medida y no deja que un puñado de denuncias en un distrito muy pequeño lo suba al tope. Las ventanas se solapan (2022–2024 y 2023–2025 comparten dos años): parte de la estabilidad es mecánica, y es justamente la que un planificador necesita para no cambiar de prioridades cada año por ruido.",
  sheetUnrecordedTitle: "Distritos sin ningún registro en SIDPOL",
  sheetUnrecorded: (n: string) =>
    `${n} distritos de la capa no aparecen nunca en la publicación. Se tratan como «sin dato», no como cero: no reciben IRS mientras el delito pese en el índice (un IRS calculado solo con pobreza y policías los pondría falsamente entre los de mayor riesgo). Muchos son distritos creados en 2021–2023, cuyas denuncias la policía probablemente sigue registrando en el distrito de origen; otros no tienen comisaría.`,
  sheetCoverageRule:
    "Cobertura mínima: un distrito cuyos indicadores presentes suman menos de la mitad del peso no recibe IRS (Handbook JRC/OCDE, 2008).",
  sheetMoversTitle: "Incidencia (tasa) frente a volumen (número de denuncias)",
  sheetMoversIntro:
    "El art. 89 habla de «incidencia delictiva» y de «tamaño poblacional». La tasa por 10 000 hab. mide la incidencia; el número de denuncias (volumen) mide dónde ocurren más hechos. Los distritos que más cambian de puesto entre ambos (entre los 100 primeros de alguno):",
  sheetRateRank: "Puesto por tasa",
  sheetVolumeRank: "Puesto por volumen",
  idxFamiliesAbsent: (names: string) =>
    `No figuran en la publicación de denuncias cargada, así que salen del índice (sin dato, no cero): ${names}.`,
  allYear: "año completo",
  crimeCardPeriod: (period: string, pop: string) => `${period}${pop ? ` · ${pop}` : ""}`,
  crimeCardRate: "Tasa / 10 000 hab.",
  crimeCardSmoothed: "Suavizada (Bayes emp.)",
  crimeCardCount: "Denuncias / año",
  crimeCardRankOf: (rank: string, n: string) => `puesto ${rank} de ${n}`,
  crimeNotInRelease: "No figura en esta publicación de SIDPOL (sin dato, no cero)",
  crimeUnrecorded:
    "SIDPOL no registra ninguna denuncia de este distrito en toda la publicación (enero 2018 – febrero 2026). Es «sin dato», no «riesgo cero»: puede ser un distrito creado hace poco cuyas denuncias la policía aún registra en el distrito de origen, o uno sin comisaría. No recibe IRS mientras el delito pese en el índice.",
  crimeTrendTitle: "Tendencia mensual de denuncias",
  crimeTrendLoading: "Cargando la serie mensual…",
  crimeTrendError: (msg: string) => `No se pudo cargar la serie mensual: ${msg}`,
  crimeTrendYoY: (year: string, months: string, change: string) =>
    `${year} vs ${Number(year) - 1} (${months}): ${change}`,
  crimeTrendPartial: (year: string, months: string) =>
    `${year}: solo ${months} (año parcial; marcado con trazo discontinuo).`,
  crimeTrendFamily: (name: string, total: string) => `${name}: ${total} denuncias en el periodo`,
  crimeTrendImported:
    "La serie mensual es la de la publicación incluida; las cifras anuales vienen del archivo importado.",
  cardSmoothed: "Tasas observadas y suavizadas",
  cardObserved: "Observada",
  cardSmooth: "Suavizada",
  sheetTitle: "Ficha metodológica del Índice de Riesgo Sociodelictivo (IRS)",
  sheetPrint: "Imprimir",
  sheetClose: "Cerrar la ficha",
  sheetChoices: "Opciones en vigor",
  sheetOption: "Opción",
  sheetChoice: "Elección",
  sheetIndicators: "Indicadores, pesos y fuentes",
  sheetWeight: "Peso",
  sheetDirection: "Dirección",
  sheetMissing: "Sin dato",
  sheetImputed: "Imputados",
  sheetClipped: "Recortados",
  sheetWithoutData: "Con peso pero sin datos (fuera del índice)",
  sheetSteps: "Fórmulas, paso a paso",
  sheetStepsList: [
    "Indicadores: valor de cada serie en el año de referencia; tasas = conteo ÷ población × 10 000; densidad = población ÷ superficie (km²).",
    "Suavizado de tasas (Bayes empírico, Marshall 1991): tasa suavizada = w·r + (1 − w)·b, con b la tasa media (de todo el país, o del distrito y sus vecinos), a la varianza entre distritos y w = a ÷ (a + b ÷ población). Los distritos poco poblados se acercan a la media.",
    "Transformación: opcionalmente ln(1 + x); la winsorización lleva los valores por debajo del percentil p y por encima del percentil 1 − p a esos percentiles.",
    "Faltantes: re-ponderar (el distrito se calcula con los indicadores que tiene, con sus pesos re-normalizados) o imputar la mediana de la provincia (si no hay, del departamento; si no, nacional).",
    "Normalización, orientada para que más = más riesgo (los indicadores protectores se invierten): mín–máx x = (v − mín) ÷ (máx − mín); z = (v − media) ÷ desviación estándar; percentil = (puesto − 1) ÷ (n − 1).",
    "Pesos: cada peso se divide por la suma de los pesos de los indicadores con datos (suman 100 %).",
    "Agregación: aritmética A = Σ peso × x; geométrica A = exp(Σ peso × ln x′), con x′ = 0,01 + 0,99 × x.",
    "Escala: IRS = 100 × (A − mín A) ÷ (máx A − mín A), de 0 a 100; puesto 1 = IRS más alto (los empates comparten puesto).",
    "Clases del mapa: cuantiles (5 grupos de igual número de distritos), cortes naturales de Jenks, o cortes fijos del IRS.",
    "Descomposición: el aporte de cada indicador, en puntos del IRS, suma el IRS del distrito.",
    "Sensibilidad (opcional): el índice se repite con pesos perturbados; se informa la mediana y el intervalo 5–95 % del puesto de cada distrito.",
  ],
  sheetNoOfficial:
    "No existe una fórmula oficial publicada del IRS: cada paso es una opción metodológica documentada (Manual JRC/OCDE de indicadores compuestos, 2008).",
  sheetSensitivity: "Último análisis de sensibilidad",
  on: "Sí",
  off: "No",
  // FESC priority selection and Barrio Seguro coverage (issue 4)
  tabFesc: "FESC",
  tabCoverage: "Barrio Seguro",
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
  fescScenarios: (n: number) => `Escenarios guardados (${n})`,
  fescScenarioName: "Nombre del escenario",
  fescScenarioDefault: (i: number) => `Escenario ${i}`,
  fescSave: "Guardar",
  fescBefore: "Antes",
  fescAfter: "Después",
  fescDiffSummary: (entered: number, left: number, changed: number, same: number) =>
    `Entran ${entered}, salen ${left}, cambian de monto ${changed}, iguales ${same}.`,
  fescTotalDelta: "Diferencia total:",
  fescEntered: "Entran:",
  fescLeft: "Salen:",
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
  covIssues: (n: number) => `${n} observaciones al validar los datos`,
  covSummary: (rows: number, districts: number) =>
    `Registro: ${rows} barrios o lanzamientos; ${districts} distritos con Barrio Seguro.`,
  covBundled: "(registro incluido, parcial)",
  covImported: "(registro importado)",
  covShowCount: "Mapa: barrios por distrito",
  covShowGaps: "Mapa: brechas",
  covIdentified: (n: number, total: number) => `${n} de ${total} barrios con distrito identificado`,
  covRegion: "Región (documento)",
  covDocument: "Documento",
  covRegister: "Registro",
  covDifference: "Dif.",
  covTotal: "Total",
  covOutside: (list: string) => `En el registro, fuera del cuadro del documento: ${list}.`,
  covUnassigned: (n: number) => `${n} filas sin región asignable.`,
  covPartial:
    "Cuadro: MININTER, «Estado situacional del CONASEC» (2022). El registro es parcial: una diferencia negativa son barrios del documento aún no ubicados.",
  gapTitle: "Brechas: riesgo × cobertura",
  gapThreshold: "Riesgo alto cuando",
  gapThresholdOption: (id: string) =>
    ({
      "class:4": "IRS en el quintil más alto",
      "class:3": "IRS en los dos quintiles más altos",
      "value:50": "IRS ≥ 50",
      "value:70": "IRS ≥ 70",
    })[id] ?? id,
  gapQuadrant: "Cuadrante",
  gapDistricts: "Distritos",
  gapCaveat:
    "Riesgo = IRS vigente (sin delitos mientras falte SIDPOL). Graduación: candidatos según el rediseño de la estrategia, no una decisión.",
  gapByDepartment: "Por departamento",
  gapGapShort: "Brechas",
  gapGapPopulation: "Población en brecha",
  gapGraduationShort: "Graduación",
  gapListGap: (n: number) => `Brechas: riesgo alto sin Barrio Seguro (${n})`,
  gapListGraduation: (n: number) => `Candidatos a graduación (${n})`,
  policeTitle: (year: number | null) => `Presencia policial (CENACOM ${year ?? "—"})`,
  policeMissing: (keys: string) => `Faltan las series: ${keys}.`,
  policeNational: (rate: string) => `Perú: ${rate} comisarías por 100 000 hab.`,
  policeWithout: (n: string, pop: string) => `${n} distritos sin comisaría (${pop} hab.).`,
  policeShowPoints: (n: string) => `Ver comisarías en el mapa (${n})`,
  policeShowLayer: "Mapa: comisarías por 100 000 hab.",
  policeBiggestWithout: "Distritos más poblados sin comisaría",
  importTitle: "Importar registro de Barrio Seguro (CSV)",
  importHelp:
    "Columnas: ubigeo (o departamento, provincia y distrito), barrio, fecha (AAAA-MM-DD o DD/MM/AAAA), estado; opcionales: fuente, nota.",
  importExtend: "Añadir al registro actual",
  importReplace: "Reemplazar el registro",
  importSummary: (read: number, ok: number, bad: number) =>
    `${read} filas leídas: ${ok} válidas, ${bad} rechazadas.`,
  importMore: (n: number) => `… y ${n} más`,
  importConfirmExtend: (n: number) => `Añadir ${n} filas`,
  importConfirmReplace: (n: number) => `Reemplazar con ${n} filas`,
  importCancel: "Cancelar",
  importDone: (added: number, total: number) =>
    `Importadas ${added} filas; el registro tiene ${total}.`,
  // Data import (CSV, SIDPOL) and regional context (issues 6 and 7)
  tabData: "Datos",
  dataTitle: "Importar datos propios (CSV)",
  dataHelp:
    "Arrastre un CSV (o un Excel guardado como CSV) o elíjalo. Nada cambia hasta que confirme el informe de validación, y cada importación se puede deshacer.",
  dropHere: "Suelte aquí el archivo CSV o",
  chooseFile: "elija un archivo",
  fileInfo: (name: string, size: string) => `${name} · ${size}`,
  encodingLabel: "Codificación",
  encAuto: "Automática",
  encUtf8: "UTF-8",
  encLatin1: "Latin-1 (Windows)",
  delimiterLabel: "Separador",
  delimAuto: "Automático",
  delimComma: "Coma ( , )",
  delimSemicolon: "Punto y coma ( ; )",
  delimTab: "Tabulación",
  detectedFormat: (enc: string, delim: string) => `Leído como ${enc}, separador «${delim}».`,
  importModeLabel: "Tipo de archivo",
  modeSidpol: "SIDPOL: denuncias policiales por distrito",
  modeGeneric: "Otro archivo (elegir columnas)",
  modeSecurity: "Gasto en seguridad ciudadana por distrito (PP 0030, RENAMU…)",
  securityDetected: "Tabla de montos por ubigeo reconocida por el encabezado.",
  securityPreset:
    "Se suma el devengado por distrito y año (columnas ubigeo, año y monto; el mes si lo hay). Crea el indicador «Gasto en seguridad ciudadana por habitante», con peso 0 hasta que usted lo pese: es el numerador de seguridad que le falta al presupuesto municipal total. Un distrito sin filas queda sin dato, no en cero.",
  sidpolDetected: "Formato SIDPOL (Denuncias Policiales) reconocido por el encabezado.",
  sidpolPreset:
    "Preajuste: UBIGEO_HECHO → distrito, P_MODALIDADES → familias de delito, ANIO → año, MES → meses, cantidad → denuncias.",
  joinByLabel: "Unir por",
  joinUbigeo: "Código ubigeo",
  joinNames: "Nombres (departamento, provincia, distrito)",
  ubigeoColumn: "Columna del ubigeo",
  departmentColumn: "Columna del departamento",
  provinceColumn: "Columna de la provincia",
  districtColumn: "Columna del distrito",
  noneOption: "(ninguna)",
  shapeLabel: "Forma del archivo",
  shapeWide: "Ancha: una fila por distrito; cada columna, un indicador",
  shapeLong: "Larga: varias filas por distrito (se suman)",
  wideColumns: "Columnas de valores",
  valueColumn: "Columna de valores",
  groupColumn: "Agrupar por (opcional)",
  filterColumn: "Filtrar por (opcional)",
  filterValues: "Valores que se conservan (separados por comas)",
  yearColumn: "Columna del año (opcional)",
  previewTitle: (n: number) => `Vista previa: primeras ${n} filas`,
  previewMoreColumns: (shown: number, more: string) =>
    `Se muestran las primeras ${shown} columnas y ${more} columnas más.`,
  moreColumnsNotListed: (more: string) =>
    `y ${more} columnas más (elíjalas con un archivo de menos columnas).`,
  moreIndicatorsNotListed: (more: string) =>
    `y ${more} indicadores más (con los valores por defecto).`,
  fileEmpty: "El archivo está vacío: no tiene filas de texto.",
  fileNotText: "El archivo no es una tabla de texto (CSV o TXT).",
  duplicateColumns: (list: string) =>
    `Columnas con nombre repetido (se mantienen aparte, renombradas): ${list}.`,
  duplicateColumn: (name: string, position: number, renamed: string) =>
    `«${name}» (columna ${position}) → «${renamed}»`,
  readFile: "Leer y validar",
  readingFile: (pct: string) => `Leyendo el archivo… ${pct}`,
  cancelRead: "Cancelar",
  readCancelled: "Lectura cancelada. No cambió nada.",
  readFailed: (msg: string) =>
    `No se pudo leer el archivo: ${msg}. Los datos cargados no cambiaron.`,
  impReportTitle: "Informe de validación",
  reportFatal: "No se puede importar este archivo. Los datos cargados no cambiaron.",
  repRead: "Filas leídas",
  repJoined: "Filas unidas a un distrito",
  repDistricts: "Distritos con datos",
  repRepaired: "Ubigeos sin el cero inicial (corregidos)",
  repFiltered: "Filas excluidas por el filtro",
  repProblems: "Problemas por fila",
  repMore: (n: string) => `… y ${n} más`,
  repNoProblems: "Sin problemas.",
  downloadUnjoined: "Descargar filas no unidas (CSV)",
  unjoinedCodes: "Códigos o nombres sin distrito",
  repYears: "Años",
  partialYear: (y: number, months: string) => `${y} es un año parcial (${months}).`,
  partialChoiceLabel: "Año parcial",
  partialExclude: "Excluirlo (usar el último año completo)",
  partialAnnualise: "Anualizarlo (× 12 / meses; supone reparto uniforme)",
  partialKeep: "Usarlo tal cual (conteo parcial)",
  familiesTitle: "Modalidades → familias de delito",
  familiesHelp:
    "Cada modalidad del archivo con su familia (data/sidpol-families.json). Cámbiela aquí; los totales se recalculan al instante.",
  modalityCol: "Modalidad",
  reportsCol: "Denuncias",
  familyCol: "Familia",
  unmappedTitle: (n: number) =>
    n === 1
      ? "1 modalidad sin clasificar (va a «Otros»)"
      : `${n} modalidades sin clasificar (van a «Otros»)`,
  familyTotals: "Denuncias por familia",
  newIndicators: "Nuevos indicadores del índice",
  unitLabel: "Unidad",
  directionLabel: "Sentido",
  dirUp: "Más = más riesgo",
  dirDown: "Más = menos riesgo",
  weightLabel: "Peso",
  categoryColumn: (name: string, n: number) =>
    `«${name}»: columna de texto con ${n} categorías → capa de categorías en el mapa.`,
  confirmImport: "Confirmar e importar",
  discardImport: "Descartar",
  importApplied: (name: string) =>
    `«${name}» importado. Los datos anteriores se pueden recuperar con «Deshacer».`,
  historyTitle: "Importaciones de esta sesión",
  historyItem: (name: string, n: number) => `${name}: ${n} series`,
  undoImport: "Deshacer la última importación",
  importUndone: (name: string) => `Se deshizo «${name}».`,
  crimeSteps: [
    "Descargue «Denuncias Policiales» (SIDPOL, Ministerio del Interior) de datosabiertos.gob.pe en CSV.",
    "Suéltelo aquí o use «elija un archivo»: el formato se reconoce por el encabezado.",
    "Revise el informe (filas, ubigeos corregidos, modalidades sin clasificar, año parcial) y confirme.",
  ],
  crimeInUse: (years: string) => `Delitos por distrito en uso (SIDPOL): ${years}.`,
  ctxTitle: "Contexto regional: denuncias ante el Ministerio Público",
  ctxNote:
    "Por distrito fiscal (34), no por distrito: estas cifras no se reparten sobre los distritos ni entran en el índice.",
  ctxGroup: "Grupo de delito",
  ctxAllGroups: "Todos los grupos",
  ctxLoading: "Cargando el contexto regional…",
  ctxChartLabel: (group: string, year: number) =>
    `Denuncias por distrito fiscal, ${group}, ${year}`,
  ctxTotal: (n: string) => `Total nacional: ${n} denuncias`,
  // Issue 12: captions of partial data on the map itself, readable selection, loading and errors.
  captionPartialRegister: (located: string, total: string | null) =>
    `Registro parcial: ${total === null ? located : `${located} de ${total}`} barrios con distrito identificado — un distrito sin barrio en el registro puede tenerlo`,
  captionPartialYear: (year: number, months: readonly number[], annualised: boolean) =>
    `Año parcial: ${year} solo tiene ${MONTHS_ES[(months[0] ?? 1) - 1]}${months.length > 1 ? `–${MONTHS_ES[(months[months.length - 1] ?? 1) - 1]}` : ""} (${months.length} ${months.length === 1 ? "mes" : "meses"})${annualised ? "; valores anualizados (× 12 / meses), se supone un reparto parejo en el año" : "; sin anualizar: no se compara con años completos"}`,
  hoverNotInRegister: "no figura en el registro parcial",
  figByCategory: "Distritos por categoría",
  figCategory: (label: string, n: string, share: string) => `${label}: ${n} (${share})`,
  figSelectedCategory: (name: string, category: string) => `${name}: ${category}`,
  legendAreaCounts: (area: string) => `Distritos de ${area}`,
  errorLead:
    "No se pudieron leer los datos de los distritos (nombres, cifras y límites), así que el mapa no puede mostrarse.",
  errorWhy:
    "Suele deberse a una conexión interrumpida o a un archivo de datos dañado en el servidor. Pruebe de nuevo; si vuelve a fallar, avise al equipo técnico y comparta el detalle de abajo.",
  errorRetry: "Reintentar",
  errorDetails: "Detalle técnico (para el equipo técnico)",
  zoomIn: "Acercar",
  zoomOut: "Alejar",
  mapLabel: "Mapa",
  // Issue 14: complete lists ("n de N", ver todos, CSV) and Barrio Seguro / FESC in the card.
  listCount: (shown: string, total: string) => `${shown} de ${total} distritos`,
  listShowAll: (total: string) => `Ver todos (${total})`,
  listShowFewer: "Ver menos",
  listDownloadCsv: "Descargar CSV (Excel)",
  fescChangedCount: (shown: string, total: string) => `Cambios de monto: ${shown} de ${total}`,
  csvOrder: "N°",
  csvRank: "Puesto nacional",
  csvIrs: "IRS",
  csvIrsClass: "Clase IRS",
  csvNote: "Nota",
  csvNoCrimeRecord: "sin registro de denuncias SIDPOL: sin IRS",
  csvBarrios: "Barrio Seguro (registro)",
  csvNotInRegister: "no figura en el registro parcial",
  csvQuadrant: "Cuadrante",
  csvChange: "Cambio",
  csvChangeKind: (change: ScenarioChange) =>
    ({
      entered: "entra",
      left: "sale",
      changed: "cambia de monto",
      unchanged: "igual",
    })[change],
  csvAmountBefore: "Monto antes (S/)",
  csvAmountAfter: "Monto después (S/)",
  csvDelta: "Diferencia (S/)",
  csvTotalDelta: "Diferencia total (S/)",
  csvMethodology: (weights: string, withoutData: string | null, crimePeriod: string | null) =>
    `IRS (0–100), pesos: ${weights}` +
    (withoutData ? `. Sin datos (fuera del índice): ${withoutData}` : "") +
    (crimePeriod ? `. Denuncias SIDPOL: ${crimePeriod}` : ""),
  csvPeriod: "Periodo del IRS (denuncias SIDPOL)",
  csvPeriodNone: "el IRS vigente no usa denuncias",
  csvUbigeoNote:
    "código INEI de 6 dígitos escrito como texto (en Excel, importe la columna como Texto para conservar el 0 inicial)",
  csvFilters: "Filtros",
  csvNoFilter: "ninguno",
  csvFilterDepartment: (name: string) => `departamento ${name}`,
  csvFilterProvince: (name: string) => `provincia ${name}`,
  csvFilterMinPopulation: (n: string) => `población ≥ ${n}`,
  csvSort: "Orden",
  csvSortBy: (column: string, desc: boolean) =>
    `${column}, ${desc ? "de mayor a menor" : "de menor a mayor"}`,
  csvRows: "Distritos",
  csvRowsOf: (n: string, total: string) => `${n} de ${total}`,
  csvRankingTitle: "Ranking de distritos por IRS",
  csvGapTitle: (list: "gap" | "graduation") =>
    list === "gap"
      ? "Barrio Seguro: brechas (riesgo alto sin Barrio Seguro en el registro)"
      : "Barrio Seguro: candidatos a graduación (con Barrio Seguro y riesgo menor)",
  csvRiskHigh: "Riesgo alto cuando",
  csvRegister: "Registro Barrio Seguro",
  csvRegisterExtent: (located: string, total: string | null, imported: boolean) =>
    imported
      ? `importado, ${located} barrios con distrito identificado`
      : `incluido, parcial: ${total === null ? located : `${located} de ${total}`} barrios con distrito identificado (un distrito que no figura puede tener uno)`,
  csvScenarioTitle: "Comparación de escenarios FESC",
  csvSummary: "Resumen",
  csvScenarioWeights: (weights: string) => `pesos: ${weights}`,
  csvScenarioSnapshot: (id: string) => `metodología guardada «${id}»`,
  cardBarrioTitle: "Barrio Seguro",
  cardBarrioIn: (n: number, imported: boolean) =>
    `${n === 1 ? "1 barrio" : `${n} barrios`} en el registro ${imported ? "importado" : "parcial"}`,
  cardBarrioNotIn: (imported: boolean) =>
    imported ? "No figura en el registro importado" : "No figura en el registro parcial",
  cardBarrioPartial: (located: string, total: string) =>
    `El registro ubica ${located} de ${total} barrios: un distrito que no figura puede tener uno.`,
  cardBarrioNearby: (province: number, department: number) =>
    [
      province > 0
        ? `${province} ${province === 1 ? "barrio" : "barrios"} de su provincia sin distrito identificado`
        : "",
      department > 0
        ? `${department} ${department === 1 ? "barrio" : "barrios"} de su departamento sin provincia identificada`
        : "",
    ]
      .filter((x) => x !== "")
      .join("; ") + " en el registro.",
  cardBarrioUnnamed: "Barrio sin nombre en la fuente",
  cardBarrioStatus: (status: string) =>
    (
      ({ operativo: "operativo", programado: "programado", anunciado: "anunciado" }) as Readonly<
        Record<string, string>
      >
    )[status] ?? status,
  cardBarrioLaunch: (date: string) => `lanzamiento: ${date}`,
  cardBarrioNoDate: "fecha de lanzamiento no indicada",
  cardBarrioSource: "Fuente",
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
  cardFescTitle: "FESC (escenario actual)",
  cardFescTopN: (n: number) => `Los ${n} distritos de mayor IRS`,
  cardFescThresholds: "Umbrales en indicadores",
  cardFescBudget: (amount: string, mode: string) =>
    `presupuesto ${amount}, ${mode.charAt(0).toLowerCase()}${mode.slice(1)}`,
  cardFescTiers: "montos por tramos",
  cardFescFiltered: "con filtros",
  cardFescSelected: (position: string, n: string) =>
    `Seleccionado: puesto ${position} de ${n} en la selección`,
  cardFescNotSelected: "No seleccionado en el escenario actual",
  cardFescAmount: "Monto asignado",
  cardFescTier: (tier: string) => `tramo «${tier}»`,
  cardFescNoAmount: "este escenario no asigna montos",
  cardFescNoAllocation: "reparto imposible con los parámetros actuales (ver la pestaña FESC)",
  cardFescJustMissed: (points: string) => `Quedó fuera por poco: ${points} puntos bajo el corte.`,
  cardFescNoIrs: "Sin IRS: no puede entrar en la selección.",
  cardFescCut: (rank: string, lastRank: string) =>
    `Puesto nacional ${rank} por IRS; el último seleccionado tiene el puesto ${lastRank}.`,
  cardFescFilteredOut: "Queda fuera por los filtros del escenario.",
  cardFescOutThresholds: "No cumple los umbrales o los filtros del escenario.",
  // Issue 13: links and saved views say what they could not use (codes from core/link-issues.ts,
  // core/saved-views.ts, core/scenarios.ts).
  linkIssue: function wordLinkIssue(i: LinkIssue): string {
    const q = (s: string) => `«${s.length > 40 ? `${s.slice(0, 40)}…` : s}»`;
    const n = (x: number) => x.toLocaleString("es-PE");
    switch (i.code) {
      case "otherVersion":
        return `Enlace de otra versión (v=${i.value.slice(0, 40)}; esta aplicación usa v=${i.expected}): se aplicaron solo las partes reconocidas.`;
      case "unknownKey":
        return `Enlace: el parámetro ${q(i.key)} no se reconoce; se ignoró.`;
      case "repeatedKey":
        return `Enlace: el parámetro ${q(i.key)} aparece ${i.values.length} veces (${i.values.map(q).join(", ")}); se usó solo el primer valor.`;
      case "badValue": {
        const why = {
          oneOf: `no es uno de: ${(i.options ?? []).join(", ")}`,
          layer: "no es una capa disponible con estos datos",
          year: "no es un año",
          department: "no es un departamento de estos datos (código de 2 dígitos)",
          departments: "no es una lista de códigos de departamento de 2 dígitos",
          ubigeo: "no es un ubigeo de la capa de distritos",
          camera: "no tiene la forma longitud,latitud,zoom",
          cameraOutside: "apunta fuera del Perú",
          slide: "no es un número de vista (1, 2, …)",
          report: "no es «district:<ubigeo>» ni «department:<código>» de un lugar existente",
          indicator: "nombra un indicador desconocido",
          weight: "no es un peso (número ≥ 0)",
          proportion: "no es una proporción entre 0 y 0,5",
          classCount: "no es un número de clases entre 2 y 9",
          breaks: `no son ${i.n ?? 0} cortes crecientes entre 0 y 100`,
          window: "no es una ventana de 1 a 5 años",
          integer: `no es un número entero ≥ ${i.n ?? 0}`,
          soles: "no es un monto en soles ≥ 0",
          conditions: "no tiene la forma indicador~>=~valor",
          tiers: "no tiene la forma nombre~desde~hasta~monto (o nombre~c~clase 1–5~monto)",
          scenarioPair: "no señala dos escenarios guardados",
        }[i.expected];
        return `Enlace: el parámetro ${q(i.key)} (${q(i.value)}) ${why}; se ignoró.`;
      }
      case "outOfRange":
        if (i.what === "slide")
          return `Enlace: el parámetro «slide» (${q(i.value)}) pide una vista que no existe: hay ${i.max} vista(s) guardada(s) en este navegador; se ignoró.`;
        return `Enlace: el parámetro ${q(i.key)} (${q(i.value)}) está fuera del rango ${i.min}–${i.max}${i.what === "zoom" ? " del zoom" : ""}; se ignoró.`;
      case "unknownPlaces":
        return i.kind === "ubigeo"
          ? `Enlace: el parámetro ${q(i.key)} incluye ${i.values.length} ubigeo(s) que no están en la capa de distritos (${q(i.values.join(", "))}); se omitieron.`
          : `Enlace: el parámetro ${q(i.key)} incluye ${i.values.length} código(s) de departamento que no existen en estos datos (${q(i.values.join(", "))}); se omitieron.`;
      case "methodologyUnsupported":
        return "Enlace: trae una metodología del índice que esta versión no puede aplicar; se ignoró.";
      case "scenario": {
        const p = i.problem;
        const what = ((): string => {
          switch (p.code) {
            case "encoding":
              return "El texto no es un escenario codificado válido.";
            case "json":
              return "El contenido no es JSON válido.";
            case "notObject":
              return "El contenido no es un objeto.";
            case "version":
              return `Versión ${p.version.slice(0, 20)} no soportada.`;
            case "name":
              return "Falta el nombre.";
            case "method":
              return "El método es inválido o desconocido.";
            case "condition":
              return `La condición ${p.index} es inválida.`;
            case "tier":
              return `El tramo ${p.index} es inválido: ${p.field} = ${q(p.value)}${p.field === "classIndex" ? " (la clase va de 1 a 5)" : p.field.endsWith("Rank") ? " (puestos enteros, desde ≤ hasta)" : ""}.`;
            case "filters":
              return "Los filtros son inválidos.";
            case "methodology":
              return "Falta la metodología (instantánea o pesos).";
            case "ubigeoList":
              return "La lista de ubigeos no está formada por códigos de 6 dígitos.";
            case "amountsMisaligned":
              return "Los montos no corresponden a la lista de distritos.";
            case "amount":
              return `El monto del distrito ${p.ubigeo} (${q(p.value)}) no es un entero de céntimos ≥ 0.`;
            case "duplicateUbigeo":
              return `El distrito ${p.ubigeo} está repetido.`;
            case "unknownUbigeos":
              return `${n(p.ubigeos.length)} ubigeo(s) no están en la capa de distritos (${q(p.ubigeos.join(", "))}); el escenario se conserva tal como se guardó.`;
            case "duplicateName":
              return `Otro escenario del enlace ya tiene ese nombre; se conserva como «${p.renamedTo}».`;
          }
        })();
        return i.kept
          ? `Enlace: escenario ${i.index} (${q(i.name ?? "")}): ${what}`
          : `Enlace: escenario ${i.index} descartado. ${what}`;
      }
      case "inView":
        return `«${i.title}»: ${wordLinkIssue(i.issue)}`;
    }
  },
  viewProblem: (p: ViewProblem): string => {
    const n = (x: number) => x.toLocaleString("es-PE");
    switch (p.code) {
      case "notObject":
        return "no es un objeto";
      case "noTitle":
        return "falta el título («title»)";
      case "badLink":
        return "el enlace («hash») falta o no empieza con «v=»";
      case "linkTooLong":
        return `su enlace tiene ${n(p.length)} caracteres y el máximo es ${n(p.max)}${p.largest ? `; lo que más ocupa es «${p.largest.key}» (${n(p.largest.length)} caracteres${p.largest.key === "fs" ? ": los escenarios FESC guardados; elimine alguno" : ""})` : ""}`;
      case "tooMany":
        return `el máximo es ${n(p.max)} vistas guardadas; elimine o exporte alguna`;
      case "storageFull":
        return `el almacenamiento del navegador se llenaría (${n(p.chars)} de ${n(p.max)} caracteres); elimine o exporte vistas`;
      case "readOnly":
        return "las vistas de este navegador están en solo lectura (vea el aviso)";
    }
  },
  viewsFileProblem: (p: ViewsFileProblem): string => {
    switch (p.code) {
      case "notJson":
        return `JSON inválido (${p.detail.slice(0, 80)})`;
      case "notObject":
        return "no es un objeto JSON de vistas";
      case "wrongFormat":
        return "el campo «format» no es «mapa-riesgo-vistas»; no es un archivo de vistas";
      case "newerVersion":
        return `lo escribió una versión más nueva de la aplicación (versión ${p.version.slice(0, 20)}; esta lee la 1)`;
      case "unknownVersion":
        return `versión ${p.version.slice(0, 20)} no reconocida (se espera 1)`;
      case "noList":
        return "falta la lista «views»";
    }
  },
  viewsIssue: (i: ViewsIssue): string => {
    const q = (s: string) => `«${s.length > 40 ? `${s.slice(0, 40)}…` : s}»`;
    switch (i.code) {
      case "file":
        return `${i.source}: ${es.viewsFileProblem(i.problem)}.`;
      case "view":
        return `${i.source}, vista ${i.index}${i.title ? ` (${q(i.title)})` : ""}: ${es.viewProblem(i.problem)}; se omitió.`;
      case "notImported": {
        const where = i.first === i.last ? `vista ${i.first}` : `vistas ${i.first}–${i.last}`;
        const more = i.count > i.titles.length ? ` y ${i.count - i.titles.length} más` : "";
        return `${i.source}: ${i.count} vista(s) no se importaron (${where}: ${i.titles.map(q).join(", ")}${more}): ${es.viewProblem(i.problem)}.`;
      }
      case "viewLink":
        return `${i.source}, vista ${i.index} (${q(i.title)}): ${es.linkIssue(i.issue)}`;
      case "readOnly":
        return "Las vistas de este navegador están en solo lectura (vea el aviso): no se importó nada.";
    }
  },
  viewSaved: (title: string) => `Vista «${title}» guardada.`,
  viewNotSaved: (title: string, p: ViewProblem): string =>
    `La vista «${title}» no se guardó: ${es.viewProblem(p)}.`,
  viewsKeptAside: (n: number) =>
    `${n} ${n === 1 ? "vista guardada no se pudo abrir" : "vistas guardadas no se pudieron abrir"}; se conservan sin cambios en este navegador:`,
  viewsKeptAsideItem: (index: number, title: string | null, p: ViewProblem): string =>
    `vista ${index}${title ? ` «${title}»` : ""}: ${es.viewProblem(p)}`,
  viewsExportKeptAside: "Exportar las no abiertas (JSON)",
  viewsDiscardKeptAside: "Descartar las no abiertas…",
  viewsConfirmDiscard: "¿Descartarlas definitivamente? Expórtelas antes si las necesita.",
  viewsYesDiscard: "Sí, descartar",
  viewsReadOnly: (p: ViewsFileProblem): string =>
    `Las vistas guardadas en este navegador no se pueden modificar con esta versión: ${es.viewsFileProblem(p)}. Se conservan sin cambios; guardar, importar, reordenar y eliminar vistas están desactivados.`,
  viewsExportStored: "Exportar lo guardado (JSON)",
  viewsDiscardStored: "Descartar lo guardado y empezar de nuevo…",
  viewsWriteFailed:
    "El navegador no dejó guardar las vistas (almacenamiento lleno o desactivado): las de esta sesión se perderán al cerrar la página. Expórtelas.",
} as const;

type Copy = {
  [K in keyof typeof es]: (typeof es)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : (typeof es)[K] extends readonly string[]
      ? readonly string[]
      : string;
};

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
  searchAlias: (alias: string) => `known as "${alias}"`,
  searchPopulation: (n: string) => `pop. ${n}`,
  searchMore: (shown: string, total: string) =>
    `${shown} of ${total} districts; type more to narrow down`,
  numberReadAs: (value: string, thousandsGuessed: boolean) =>
    `Read as ${value}${thousandsGuessed ? " (thousands separator)" : ""}`,
  numberRequired: "Type a number.",
  numberProblem: (problem: NumberInputProblem, text: string, maxDecimals: number, min: string) =>
    problem === "tooManyDecimals"
      ? maxDecimals === 0
        ? `"${text}": type a whole number.`
        : `"${text}": at most ${maxDecimals} decimals.`
      : problem === "tooLarge"
        ? `"${text}" is too large.`
        : problem === "belowMin"
          ? `"${text}": must be ${min} or more.`
          : `"${text}" is not a number. Type, for example, 252,000,000 or 1,500.50.`,
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
  boundariesMissing:
    "The detailed boundaries could not be loaded: the map uses the simplified ones, with less detail when zoomed in.",
  noData: "no data",
  close: "Close",
  legendClasses: (n: number, method: string) => `${n} classes, ${method}`,
  legendCategories: (n: number) => `${n} categories`,
  legend: "Legend",
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
  latestYear: (y: number) => `${y} (latest complete)`,
  partialYearOption: (y: number) => `${y} (partial year)`,
  tabMap: "Map",
  // Presentation, saved views, links, PNG export, report (issue 5)
  tabViews: "Views",
  present: "Present",
  presentHint: "Presentation mode: full-screen map (key P)",
  presentExit: "Leave the presentation (Esc)",
  presentKeys: "← → change view · Esc leave",
  presentNav: "Presentation navigation",
  slideOf: (i: number, n: number) => `View ${i} of ${n}`,
  currentView: "Current view",
  prevSlide: "Previous view",
  nextSlide: "Next view",
  keyFigures: "Key figures",
  figWithData: (n: string, total: string) => `${n} of ${total} districts with data`,
  figMax: (value: string, name: string) => `Maximum: ${value} (${name})`,
  figMedian: (value: string) => `District median: ${value}`,
  figSelected: (name: string, value: string, cls: string) => `${name}: ${value} · ${cls}`,
  figMarked: (n: number, total: number) => `${total} highlighted districts (${n} with data)`,
  savedViews: "Saved views",
  viewTitle: "View title",
  viewTitleDefault: (n: number) => `View ${n}`,
  saveView: "Save current view",
  noViews: "No saved views yet. Save the current view to build a presentation.",
  showView: "Show",
  showViewLabel: (title: string) => `Show the view “${title}”`,
  moveUp: (title: string) => `Move “${title}” up`,
  moveDown: (title: string) => `Move “${title}” down`,
  rename: (title: string) => `Rename “${title}”`,
  deleteView: (title: string) => `Delete “${title}”`,
  confirmDelete: (title: string) => `Delete the view “${title}”?`,
  renamePrompt: "New title of the view",
  ok: "OK",
  cancel: "Cancel",
  yesDelete: "Yes, delete",
  presentFromStart: "Present the views",
  exportViews: "Export views (JSON)",
  importViews: "Import views (JSON)",
  importedViews: (n: number) => `${n} view(s) imported.`,
  importProblems: "Problems in the imported file:",
  shareTitle: "Share and export",
  copyLink: "Copy link to this view",
  linkCopied: "Link copied to the clipboard.",
  linkCopyFailed: "Could not copy; copy the address from the browser bar.",
  exportPng: "Export map (PNG)",
  exportingPng: "Creating PNG…",
  pngFailed: "The PNG could not be created.",
  exportedOn: (date: string) => `Exported on ${date}`,
  reportDistrict: "District report (print)",
  reportDepartment: "Department report (print)",
  reportNeedsPlace: "Select a district or a department for its report.",
  linkIssuesTitle: "The link had invalid parts; the rest was applied:",
  dismiss: "Close notice",
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
  irs: "Socio-criminal Risk Index (IRS, default methodology)",
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
  // IRS: methodology panel, ranking, card, methodology sheet (issue 3)
  tabIndex: "Index",
  tabRanking: "Ranking",
  idxTitle: "Socio-criminal Risk Index (IRS)",
  idxCrimeAbsentBody:
    "The loaded data has no police crime reports by district (SIDPOL): the six crime rates have no values and the IRS does not measure crime.",
  idxCrimeHowTo:
    'To add them: place the official «Denuncias Policiales» CSV (SIDPOL, datosabiertos.gob.pe) in the <raw data>/sidpol/ folder and rebuild the data (npm run data), or import it in the "Data" tab.',
  idxComputedFrom: (names: string) =>
    `The IRS is computed only from the indicators present: ${names.replace(/\.$/, "")}.`,
  idxNoIndicators: "No weighted indicator has data: the IRS cannot be computed.",
  idxShowOnMap: "Show the IRS on the map",
  idxPresets: "Weight presets",
  idxPresetCustom: "Custom",
  idxWeights: "Weights (re-normalised to 100 % over the indicators with data)",
  idxWeightOf: (name: string) => `Weight of ${name}`,
  idxNoDataCrime: "No data: SIDPOL missing",
  idxNoDataSeries: "No data in the loaded files",
  idxMoreRisk: "more = more risk",
  idxLessRisk: "more = less risk",
  idxTreatment: "Treatment, normalisation and aggregation",
  idxYear: "Reference year",
  idxYearLatest: (y: string) => `Latest complete year (${y})`,
  idxYearPartial: (y: string, months: string) => `${y} — partial year (${months})`,
  idxWindow: "Crime reports: years pooled",
  idxWindowOne: "Single year",
  idxWindowN: (n: number) => `Mean of ${n} complete years`,
  idxAnnualise: "Annualise the partial year (reports × 12 / months)",
  idxPartialNote: (y: string, months: string) =>
    `${y} holds only ${months}: a partial year. Rates are compared between districts over the same period; annualising assumes reports are spread evenly over the year (no seasonality).`,
  monthsShort: MONTHS_EN,
  periodText: (years: readonly number[], months: readonly number[] | null, annualised: boolean) => {
    const m = MONTHS_EN;
    if (months && months.length > 0 && months.length < 12) {
      const span = `${m[(months[0] ?? 1) - 1]}–${m[(months[months.length - 1] ?? 1) - 1]}`;
      return `${years[0] ?? ""}, ${span} (partial${annualised ? ", annualised" : ", not annualised"})`;
    }
    if (years.length > 1) return `${years[0]}–${years[years.length - 1]} (annual mean)`;
    return years.length === 1 ? String(years[0]) : "—";
  },
  populationYears: (years: readonly number[]) =>
    years.length === 0 ? "" : `INEI population ${years.join(", ")}`,
  idxSmoothing: "Rate smoothing",
  smoothingNone: "None",
  smoothingEbGlobal: "Global empirical Bayes",
  smoothingEbLocal: "Local empirical Bayes (neighbours)",
  idxLog: "Log transform ln(1 + x)",
  idxWinsor: "Clipping of extremes (winsorising)",
  idxWinsorOff: "No clipping",
  idxWinsorP: (p: string) => `${p} % in each tail`,
  idxMissing: "Missing values",
  missingReweight: "Re-weight over the indicators present",
  missingProvince: "Impute the province median",
  idxNormalization: "Normalisation",
  normMinmax: "Min–max (0–1)",
  normZscore: "z-score",
  normPercentile: "Percentile",
  idxAggregation: "Aggregation",
  aggArithmetic: "Weighted arithmetic mean",
  aggGeometric: "Weighted geometric mean",
  idxClassification: "Map classes (5)",
  idxFixedBreaks: (b: string) => `Fixed breaks on the IRS: ${b}`,
  idxCounts: (scored: string, without: string) =>
    `${scored} districts with an IRS; ${without} without (no indicator used has a value).`,
  idxMissingLine: (name: string, missing: string, imputed: string) =>
    `${name}: ${missing} missing, ${imputed} imputed`,
  idxRecomputed: (ms: string) => `Recomputed in your browser in ${ms} ms.`,
  idxReset: "Default methodology",
  idxOpenSheet: "Methodology sheet (printable)",
  hsTitle: "Hot spots across district lines (local Moran)",
  hsIntro:
    "Local Moran (LISA) with queen contiguity and row-standardised weights; p-values from 999 conditional permutations with a fixed seed. Districts without a value or without neighbours with a value are left out.",
  hsSource: "Layer analysed",
  hsRule: "Significance rule",
  hsRuleP: "p < 0.05 (no correction)",
  hsRuleFdr: "Benjamini–Hochberg FDR, q = 0.05",
  hsShow: "Show hot spots on the map",
  hsRun: "Compute",
  hsRunning: (done: string, total: string) => `Computing… ${done} of ${total} districts`,
  hsError: (msg: string) => `Could not compute: ${msg}`,
  hsStatus: (hh: string, ll: string, hl: string, lh: string, rule: string) =>
    `Hot spots: ${hh} High-High, ${ll} Low-Low, ${hl} High-Low, ${lh} Low-High (${rule}).`,
  hsExcluded: (noValue: string, noNeighbours: string) =>
    `Left out: ${noValue} without a value, ${noNeighbours} without neighbours with a value.`,
  mcTitle: "Rank sensitivity (Monte Carlo)",
  mcIntro:
    "Repeats the index with perturbed weights (and, if chosen, another normalisation) and measures how much each district's rank moves.",
  mcRuns: "Runs",
  mcMode: "Weight perturbation",
  mcUniform: "Uniform ±x %",
  mcDirichlet: "Dirichlet around the weights",
  mcPerturbation: "x (%)",
  mcConcentration: "Concentration α",
  mcVaryNorm: "Also vary the normalisation",
  mcTopN: "Top N",
  mcRun: "Run",
  mcCancel: "Cancel",
  mcProgress: "Progress of the analysis",
  mcDone: (runs: string, ms: string) => `${runs} runs in ${ms} ms (in the background).`,
  mcCancelled: "Analysis cancelled.",
  mcStale: "The result belongs to an earlier methodology: run it again.",
  mcShowStability: "Show rank stability on the map",
  mcNormRuns: (list: string) => `Normalisations used: ${list}`,
  rkTitle: "Districts ordered by IRS",
  rkAllProvinces: "All provinces",
  rkMinPop: "Minimum population",
  rkCount: (shown: string, total: string) => `${shown} of ${total} districts`,
  rkRank: "Rank",
  rkName: "District",
  rkIrs: "IRS",
  rkSortBy: (col: string) => `Sort by ${col}`,
  rkNoRows: "No district matches the filters.",
  rkTableLabel: "Districts ranked by IRS",
  cardIrsTitle: "Socio-criminal Risk Index",
  cardRank: (r: string, n: string) => `Rank ${r} of ${n}`,
  cardClass: "Class",
  cardContrib: "Contribution of each indicator (IRS points)",
  cardContribSum: (v: string) => `Sum of contributions = IRS ${v}`,
  cardNoIrs: "No IRS: no indicator used has a value for this district.",
  cardInterval: (lo: string, hi: string, med: string) =>
    `Rank between ${lo} and ${hi} in 90 % of the runs (median ${med})`,
  cardTopShare: (pct: string, n: string) => `In the top ${n} in ${pct} of the runs`,
  cardMissing: (names: string) => `No value (re-weighted or imputed): ${names}`,
  crimeCardTitle: "Police crime reports (SIDPOL)",
  crimeTotal: "All reports",
  idxIndicatorsUsed: (names: string) => `IRS indicators: ${names.replace(/\.$/, "")}.`,
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
  legendNoIrs: "no IRS: no SIDPOL record or too little data",
  fiscalCardTitle: "Municipal budget (MEF)",
  securitySpent: (y: string, perHead: string) =>
    `Citizen-security spending ${y} (imported): ${perHead} per inh.`,
  fiscalSpent: (y: string) => `Accrued spending ${y}`,
  fiscalBudget: (y: string) => `Budget (PIM) ${y}`,
  fiscalPerHead: (soles: string) => `${soles} per inh.`,
  fiscalCaveatDistrict: (popYear: string) =>
    `TOTAL budget of the district municipality (all programmes), not security spending: it measures fiscal capacity, a partial proxy for art. 89's "budget deficit". Nominal soles; per inhabitant with the INEI ${popYear} population.`,
  fiscalCaveatProvincial:
    "PROVINCIAL municipality: its budget pays for province-wide services, so it is not compared with district municipalities nor used in the fiscal-capacity criterion. Total budget, not security spending; nominal soles.",
  crimeTrendsTitle: "Trend of reports: country, departments and Lima Metropolitana",
  crimeTrendsArea: "Area",
  limaMetropolitana: "Lima Metropolitana (province of Lima)",
  rkPeriod: (period: string) => `Crime reports: ${period}.`,
  rkUnrecorded: (n: string) =>
    `${n} districts without an IRS: SIDPOL records no report for them (no data, not 'zero risk'). Listed last.`,
  rkNoCrimeRecord: "no record",
  sheetCrimeTitle: "Police reports (SIDPOL): families, period and population",
  sheetCrimeSource: (years: string) =>
    `Source: Ministry of the Interior – PNP, "Denuncias policiales" (SIDPOL), years ${years}: reports registered by the police by district of occurrence, month and modality; not victims nor deaths, and willingness to report differs between districts.`,
  sheetCrimePeriod: (latest: string) =>
    `Default reference year: the latest complete year (${latest}). A partial year (2026: January–February) is used only when chosen, and is then labelled partial in the legend, card, ranking, image and CSV.`,
  sheetCrimePopulation:
    "Denominator: the INEI population of the year nearest to the reports'. Published district projections end in 2022, so 2023–2025 rates use the 2022 population (each district's card says so).",
  sheetFamilies: "Crime families (data/sidpol-families.json)",
  sheetFamilyInRelease: "In this release",
  sheetDefaultWeight: "Default weight",
  sheetYes: "yes",
  sheetWindowTitle: "Window of years: why 3 years by default",
  sheetWindowIntro: (topN: string) =>
    `Measured with the default IRS on this data (when it was built): Spearman correlation between ranks of consecutive years, how many of the top ${topN} have fewer than 5,000 inhabitants, and how many of the top ${topN} stay from one year to the next.`,
  sheetWindowCol: "Years pooled",
  sheetWindowRho: "Mean ρ (consecutive years)",
  sheetWindowSmall: "< 5,000 inh. in the top",
  sheetWindowKept: "Stay in the top",
  sheetWindowChoice:
    "3 years is chosen: it is the most stable window measured and keeps a handful of reports in a very small district from sending it to the top. Windows overlap (2022–2024 and 2023–2025 share two years): part of the stability is mechanical, and it is exactly what a planner needs so priorities do not change every year because of noise.",
  sheetUnrecordedTitle: "Districts with no SIDPOL record",
  sheetUnrecorded: (n: string) =>
    `${n} districts of the layer never appear in the release. They are treated as 'no data', not zero: they get no IRS while crime weighs in the index (an IRS from poverty and police alone would falsely put them among the highest risk). Many were created in 2021–2023 and the police probably still file their reports under the parent district; others have no police station.`,
  sheetCoverageRule:
    "Minimum coverage: a district whose present indicators carry less than half of the weight gets no IRS (JRC/OECD Handbook, 2008).",
  sheetMoversTitle: "Incidence (rate) versus volume (number of reports)",
  sheetMoversIntro:
    "Art. 89 speaks of 'crime incidence' and 'population size'. The rate per 10,000 measures incidence; the number of reports (volume) measures where most incidents happen. The districts whose rank changes most between the two (among the first 100 of either):",
  sheetRateRank: "Rank by rate",
  sheetVolumeRank: "Rank by volume",
  idxFamiliesAbsent: (names: string) =>
    `Not in the loaded crime release, so they leave the index (no data, not zero): ${names}.`,
  allYear: "whole year",
  crimeCardPeriod: (period: string, pop: string) => `${period}${pop ? ` · ${pop}` : ""}`,
  crimeCardRate: "Rate / 10,000",
  crimeCardSmoothed: "Smoothed (emp. Bayes)",
  crimeCardCount: "Reports / year",
  crimeCardRankOf: (rank: string, n: string) => `rank ${rank} of ${n}`,
  crimeNotInRelease: "Not in this SIDPOL release (no data, not zero)",
  crimeUnrecorded:
    "SIDPOL records no report at all for this district in the whole release (January 2018 – February 2026). That is 'no data', not 'zero risk': it may be a recently created district whose reports the police still file under the parent district, or one without a police station. It gets no IRS while crime weighs in the index.",
  crimeTrendTitle: "Monthly trend of reports",
  crimeTrendLoading: "Loading the monthly series…",
  crimeTrendError: (msg: string) => `The monthly series could not be loaded: ${msg}`,
  crimeTrendYoY: (year: string, months: string, change: string) =>
    `${year} vs ${Number(year) - 1} (${months}): ${change}`,
  crimeTrendPartial: (year: string, months: string) =>
    `${year}: only ${months} (partial year; dashed).`,
  crimeTrendFamily: (name: string, total: string) => `${name}: ${total} reports in the period`,
  crimeTrendImported:
    "The monthly series is the bundled release's; the annual figures come from the imported file.",
  cardSmoothed: "Observed and smoothed rates",
  cardObserved: "Observed",
  cardSmooth: "Smoothed",
  sheetTitle: "Methodology sheet of the Socio-criminal Risk Index (IRS)",
  sheetPrint: "Print",
  sheetClose: "Close the sheet",
  sheetChoices: "Choices in force",
  sheetOption: "Option",
  sheetChoice: "Choice",
  sheetIndicators: "Indicators, weights and sources",
  sheetWeight: "Weight",
  sheetDirection: "Direction",
  sheetMissing: "Missing",
  sheetImputed: "Imputed",
  sheetClipped: "Clipped",
  sheetWithoutData: "Weighted but without data (left out)",
  sheetSteps: "Formulas, step by step",
  sheetStepsList: [
    "Indicators: each series' value in the reference year; rates = count ÷ population × 10,000; density = population ÷ area (km²).",
    "Rate smoothing (empirical Bayes, Marshall 1991): smoothed rate = w·r + (1 − w)·b, with b the mean rate (national, or of the district and its neighbours), a the between-district variance and w = a ÷ (a + b ÷ population). Small districts move towards the mean.",
    "Transformation: optionally ln(1 + x); winsorising sets values below the p percentile and above the 1 − p percentile to those percentiles.",
    "Missing values: re-weight (the district is computed from the indicators it has, weights re-normalised) or impute the province median (else the department's, else the national one).",
    "Normalisation, oriented so that more = more risk (protective indicators are flipped): min–max x = (v − min) ÷ (max − min); z = (v − mean) ÷ standard deviation; percentile = (rank − 1) ÷ (n − 1).",
    "Weights: each weight is divided by the sum of the weights of the indicators with data (they add up to 100 %).",
    "Aggregation: arithmetic A = Σ weight × x; geometric A = exp(Σ weight × ln x′), with x′ = 0.01 + 0.99 × x.",
    "Scale: IRS = 100 × (A − min A) ÷ (max A − min A), from 0 to 100; rank 1 = highest IRS (ties share the rank).",
    "Map classes: quantiles (5 groups with equal numbers of districts), Jenks natural breaks, or fixed IRS breaks.",
    "Decomposition: each indicator's contribution, in IRS points, adds up to the district's IRS.",
    "Sensitivity (optional): the index is repeated with perturbed weights; the median and the 5–95 % interval of each district's rank are reported.",
  ],
  sheetNoOfficial:
    "No official IRS formula has been published: each step is a documented methodological option (JRC/OECD Handbook on Constructing Composite Indicators, 2008).",
  sheetSensitivity: "Latest sensitivity analysis",
  on: "Yes",
  off: "No",
  // FESC priority selection and Barrio Seguro coverage (issue 4)
  tabFesc: "FESC",
  tabCoverage: "Barrio Seguro",
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
  fescScenarios: (n: number) => `Saved scenarios (${n})`,
  fescScenarioName: "Scenario name",
  fescScenarioDefault: (i: number) => `Scenario ${i}`,
  fescSave: "Save",
  fescBefore: "Before",
  fescAfter: "After",
  fescDiffSummary: (entered: number, left: number, changed: number, same: number) =>
    `${entered} enter, ${left} leave, ${changed} change amount, ${same} unchanged.`,
  fescTotalDelta: "Total difference:",
  fescEntered: "Enter:",
  fescLeft: "Leave:",
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
  covIssues: (n: number) => `${n} notes from data validation`,
  covSummary: (rows: number, districts: number) =>
    `Register: ${rows} barrios or launches; ${districts} districts with Barrio Seguro.`,
  covBundled: "(bundled register, partial)",
  covImported: "(imported register)",
  covShowCount: "Map: barrios per district",
  covShowGaps: "Map: gaps",
  covIdentified: (n: number, total: number) =>
    `${n} of ${total} barrios with an identified district`,
  covRegion: "Region (document)",
  covDocument: "Document",
  covRegister: "Register",
  covDifference: "Diff.",
  covTotal: "Total",
  covOutside: (list: string) => `In the register, outside the document's table: ${list}.`,
  covUnassigned: (n: number) => `${n} rows with no assignable region.`,
  covPartial:
    "Table: MININTER, “Estado situacional del CONASEC” (2022). The register is partial: a negative difference means barrios of the document not yet located.",
  gapTitle: "Gaps: risk × coverage",
  gapThreshold: "High risk when",
  gapThresholdOption: (id: string) =>
    ({
      "class:4": "IRS in the top quintile",
      "class:3": "IRS in the top two quintiles",
      "value:50": "IRS ≥ 50",
      "value:70": "IRS ≥ 70",
    })[id] ?? id,
  gapQuadrant: "Quadrant",
  gapDistricts: "Districts",
  gapCaveat:
    "Risk = the IRS in force (no crime while SIDPOL is missing). Graduation: candidates under the strategy's redesign, not a decision.",
  gapByDepartment: "By department",
  gapGapShort: "Gaps",
  gapGapPopulation: "Population in gaps",
  gapGraduationShort: "Graduation",
  gapListGap: (n: number) => `Gaps: high risk without Barrio Seguro (${n})`,
  gapListGraduation: (n: number) => `Graduation candidates (${n})`,
  policeTitle: (year: number | null) => `Police presence (CENACOM ${year ?? "—"})`,
  policeMissing: (keys: string) => `Missing series: ${keys}.`,
  policeNational: (rate: string) => `Peru: ${rate} police stations per 100,000 inh.`,
  policeWithout: (n: string, pop: string) => `${n} districts without a station (${pop} inh.).`,
  policeShowPoints: (n: string) => `Show police stations on the map (${n})`,
  policeShowLayer: "Map: stations per 100,000 inh.",
  policeBiggestWithout: "Most populous districts without a station",
  importTitle: "Import a Barrio Seguro register (CSV)",
  importHelp:
    "Columns: ubigeo (or departamento, provincia and distrito), barrio, fecha (YYYY-MM-DD or DD/MM/YYYY), estado; optional: fuente, nota.",
  importExtend: "Add to the current register",
  importReplace: "Replace the register",
  importSummary: (read: number, ok: number, bad: number) =>
    `${read} rows read: ${ok} valid, ${bad} rejected.`,
  importMore: (n: number) => `… and ${n} more`,
  importConfirmExtend: (n: number) => `Add ${n} rows`,
  importConfirmReplace: (n: number) => `Replace with ${n} rows`,
  importCancel: "Cancel",
  importDone: (added: number, total: number) =>
    `Imported ${added} rows; the register has ${total}.`,
  tabData: "Data",
  dataTitle: "Import your own data (CSV)",
  dataHelp:
    "Drop a CSV (or an Excel sheet saved as CSV) or choose one. Nothing changes until you confirm the validation report, and every import can be undone.",
  dropHere: "Drop the CSV file here or",
  chooseFile: "choose a file",
  fileInfo: (name: string, size: string) => `${name} · ${size}`,
  encodingLabel: "Encoding",
  encAuto: "Automatic",
  encUtf8: "UTF-8",
  encLatin1: "Latin-1 (Windows)",
  delimiterLabel: "Delimiter",
  delimAuto: "Automatic",
  delimComma: "Comma ( , )",
  delimSemicolon: "Semicolon ( ; )",
  delimTab: "Tab",
  detectedFormat: (enc: string, delim: string) => `Read as ${enc}, delimiter "${delim}".`,
  importModeLabel: "File type",
  modeSidpol: "SIDPOL: police reports by district",
  modeGeneric: "Another file (choose columns)",
  modeSecurity: "Citizen-security spending by district (PP 0030, RENAMU…)",
  securityDetected: "Amount table by ubigeo recognised from the header.",
  securityPreset:
    "Accrued spending is summed by district and year (ubigeo, year and amount columns; the month if any). It creates the indicator 'Citizen-security spending per inhabitant', weight 0 until you weigh it: the security numerator the total municipal budget lacks. A district without rows is 'no data', not zero.",
  sidpolDetected: "SIDPOL format (police reports) recognised from the header.",
  sidpolPreset:
    "Preset: UBIGEO_HECHO → district, P_MODALIDADES → crime families, ANIO → year, MES → months, cantidad → reports.",
  joinByLabel: "Join by",
  joinUbigeo: "Ubigeo code",
  joinNames: "Names (department, province, district)",
  ubigeoColumn: "Ubigeo column",
  departmentColumn: "Department column",
  provinceColumn: "Province column",
  districtColumn: "District column",
  noneOption: "(none)",
  shapeLabel: "File shape",
  shapeWide: "Wide: one row per district; each column an indicator",
  shapeLong: "Long: several rows per district (summed)",
  wideColumns: "Value columns",
  valueColumn: "Value column",
  groupColumn: "Group by (optional)",
  filterColumn: "Filter by (optional)",
  filterValues: "Values kept (comma-separated)",
  yearColumn: "Year column (optional)",
  previewTitle: (n: number) => `Preview: first ${n} rows`,
  previewMoreColumns: (shown: number, more: string) =>
    `Showing the first ${shown} columns and ${more} more columns.`,
  moreColumnsNotListed: (more: string) =>
    `and ${more} more columns (choose them with a file with fewer columns).`,
  moreIndicatorsNotListed: (more: string) => `and ${more} more indicators (with default values).`,
  fileEmpty: "The file is empty: it has no rows of text.",
  fileNotText: "The file is not a text table (CSV or TXT).",
  duplicateColumns: (list: string) =>
    `Columns with a repeated name (kept apart, renamed): ${list}.`,
  duplicateColumn: (name: string, position: number, renamed: string) =>
    `“${name}” (column ${position}) → “${renamed}”`,
  readFile: "Read and validate",
  readingFile: (pct: string) => `Reading the file… ${pct}`,
  cancelRead: "Cancel",
  readCancelled: "Reading cancelled. Nothing changed.",
  readFailed: (msg: string) =>
    `The file could not be read: ${msg}. The loaded data did not change.`,
  impReportTitle: "Validation report",
  reportFatal: "This file cannot be imported. The loaded data did not change.",
  repRead: "Rows read",
  repJoined: "Rows joined to a district",
  repDistricts: "Districts with data",
  repRepaired: "Ubigeos missing the leading zero (repaired)",
  repFiltered: "Rows left out by the filter",
  repProblems: "Problems by row",
  repMore: (n: string) => `… and ${n} more`,
  repNoProblems: "No problems.",
  downloadUnjoined: "Download unjoined rows (CSV)",
  unjoinedCodes: "Codes or names without a district",
  repYears: "Years",
  partialYear: (y: number, months: string) => `${y} is a partial year (${months}).`,
  partialChoiceLabel: "Partial year",
  partialExclude: "Exclude it (use the last full year)",
  partialAnnualise: "Annualise it (× 12 / months; assumes an even spread)",
  partialKeep: "Use it as is (partial count)",
  familiesTitle: "Modalities → crime families",
  familiesHelp:
    "Each modality in the file with its family (data/sidpol-families.json). Change it here; totals update at once.",
  modalityCol: "Modality",
  reportsCol: "Reports",
  familyCol: "Family",
  unmappedTitle: (n: number) =>
    n === 1
      ? "1 unclassified modality (goes to “Other”)"
      : `${n} unclassified modalities (go to “Other”)`,
  familyTotals: "Reports by family",
  newIndicators: "New index indicators",
  unitLabel: "Unit",
  directionLabel: "Direction",
  dirUp: "More = more risk",
  dirDown: "More = less risk",
  weightLabel: "Weight",
  categoryColumn: (name: string, n: number) =>
    `"${name}": text column with ${n} categories → category layer on the map.`,
  confirmImport: "Confirm and import",
  discardImport: "Discard",
  importApplied: (name: string) =>
    `"${name}" imported. The previous data can be restored with “Undo”.`,
  historyTitle: "Imports in this session",
  historyItem: (name: string, n: number) => `${name}: ${n} series`,
  undoImport: "Undo the last import",
  importUndone: (name: string) => `"${name}" undone.`,
  crimeSteps: [
    "Download “Denuncias Policiales” (SIDPOL, Ministry of the Interior) from datosabiertos.gob.pe as CSV.",
    "Drop it here or use “choose a file”: the format is recognised from the header.",
    "Check the report (rows, repaired ubigeos, unclassified modalities, partial year) and confirm.",
  ],
  crimeInUse: (years: string) => `Crime by district in use (SIDPOL): ${years}.`,
  ctxTitle: "Regional context: reports to the Public Prosecutor",
  ctxNote:
    "By fiscal district (34), not by district: these figures are not spread over districts and do not enter the index.",
  ctxGroup: "Crime group",
  ctxAllGroups: "All groups",
  ctxLoading: "Loading the regional context…",
  ctxChartLabel: (group: string, year: number) => `Reports by fiscal district, ${group}, ${year}`,
  ctxTotal: (n: string) => `National total: ${n} reports`,
  captionPartialRegister: (located: string, total: string | null) =>
    `Partial register: ${total === null ? located : `${located} of ${total}`} barrios with an identified district — a district with no barrio in the register may have one`,
  captionPartialYear: (year: number, months: readonly number[], annualised: boolean) =>
    `Partial year: ${year} only has ${MONTHS_EN[(months[0] ?? 1) - 1]}${months.length > 1 ? `–${MONTHS_EN[(months[months.length - 1] ?? 1) - 1]}` : ""} (${months.length} ${months.length === 1 ? "month" : "months"})${annualised ? "; values annualised (× 12 / months), assuming reports spread evenly over the year" : "; not annualised: not comparable with full years"}`,
  hoverNotInRegister: "not in the partial register",
  figByCategory: "Districts per category",
  figCategory: (label: string, n: string, share: string) => `${label}: ${n} (${share})`,
  figSelectedCategory: (name: string, category: string) => `${name}: ${category}`,
  legendAreaCounts: (area: string) => `Districts of ${area}`,
  errorLead:
    "The district data (names, figures and boundaries) could not be read, so the map cannot be shown.",
  errorWhy:
    "This usually means an interrupted connection or a damaged data file on the server. Try again; if it fails again, tell the technical team and share the detail below.",
  errorRetry: "Try again",
  errorDetails: "Technical detail (for the technical team)",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  mapLabel: "Map",
  listCount: (shown: string, total: string) => `${shown} of ${total} districts`,
  listShowAll: (total: string) => `Show all (${total})`,
  listShowFewer: "Show fewer",
  listDownloadCsv: "Download CSV (Excel)",
  fescChangedCount: (shown: string, total: string) => `Changed amounts: ${shown} of ${total}`,
  csvOrder: "No.",
  csvRank: "National rank",
  csvIrs: "IRS",
  csvIrsClass: "IRS class",
  csvNote: "Note",
  csvNoCrimeRecord: "no SIDPOL crime record: no IRS",
  csvBarrios: "Barrio Seguro (register)",
  csvNotInRegister: "not in the partial register",
  csvQuadrant: "Quadrant",
  csvChange: "Change",
  csvChangeKind: (change: ScenarioChange) =>
    ({
      entered: "enters",
      left: "leaves",
      changed: "amount changes",
      unchanged: "same",
    })[change],
  csvAmountBefore: "Amount before (S/)",
  csvAmountAfter: "Amount after (S/)",
  csvDelta: "Difference (S/)",
  csvTotalDelta: "Total difference (S/)",
  csvMethodology: (weights: string, withoutData: string | null, crimePeriod: string | null) =>
    `IRS (0–100), weights: ${weights}` +
    (withoutData ? `. No data (left out of the index): ${withoutData}` : "") +
    (crimePeriod ? `. SIDPOL crime reports: ${crimePeriod}` : ""),
  csvPeriod: "IRS period (SIDPOL crime reports)",
  csvPeriodNone: "the IRS in force uses no crime reports",
  csvUbigeoNote:
    "6-digit INEI code written as text (in Excel, import the column as Text to keep the leading 0)",
  csvFilters: "Filters",
  csvNoFilter: "none",
  csvFilterDepartment: (name: string) => `department ${name}`,
  csvFilterProvince: (name: string) => `province ${name}`,
  csvFilterMinPopulation: (n: string) => `population ≥ ${n}`,
  csvSort: "Order",
  csvSortBy: (column: string, desc: boolean) =>
    `${column}, ${desc ? "highest first" : "lowest first"}`,
  csvRows: "Districts",
  csvRowsOf: (n: string, total: string) => `${n} of ${total}`,
  csvRankingTitle: "Districts ranked by IRS",
  csvGapTitle: (list: "gap" | "graduation") =>
    list === "gap"
      ? "Barrio Seguro: gaps (high risk, no Barrio Seguro in the register)"
      : "Barrio Seguro: graduation candidates (covered, lower risk)",
  csvRiskHigh: "High risk when",
  csvRegister: "Barrio Seguro register",
  csvRegisterExtent: (located: string, total: string | null, imported: boolean) =>
    imported
      ? `imported, ${located} barrios with an identified district`
      : `bundled, partial: ${total === null ? located : `${located} of ${total}`} barrios with an identified district (a district not in it may have one)`,
  csvScenarioTitle: "FESC scenario comparison",
  csvSummary: "Summary",
  csvScenarioWeights: (weights: string) => `weights: ${weights}`,
  csvScenarioSnapshot: (id: string) => `saved methodology “${id}”`,
  cardBarrioTitle: "Barrio Seguro",
  cardBarrioIn: (n: number, imported: boolean) =>
    `${n === 1 ? "1 barrio" : `${n} barrios`} in the ${imported ? "imported" : "partial"} register`,
  cardBarrioNotIn: (imported: boolean) =>
    imported ? "Not in the imported register" : "Not in the partial register",
  cardBarrioPartial: (located: string, total: string) =>
    `The register locates ${located} of ${total} barrios: a district not in it may have one.`,
  cardBarrioNearby: (province: number, department: number) =>
    [
      province > 0
        ? `${province} ${province === 1 ? "barrio" : "barrios"} of its province with no identified district`
        : "",
      department > 0
        ? `${department} ${department === 1 ? "barrio" : "barrios"} of its department with no identified province`
        : "",
    ]
      .filter((x) => x !== "")
      .join("; ") + " in the register.",
  cardBarrioUnnamed: "Barrio not named by the source",
  cardBarrioStatus: (status: string) =>
    (
      ({ operativo: "operational", programado: "scheduled", anunciado: "announced" }) as Readonly<
        Record<string, string>
      >
    )[status] ?? status,
  cardBarrioLaunch: (date: string) => `launch: ${date}`,
  cardBarrioNoDate: "launch date not given",
  cardBarrioSource: "Source",
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
  cardFescTitle: "FESC (current scenario)",
  cardFescTopN: (n: number) => `The ${n} districts with the highest IRS`,
  cardFescThresholds: "Thresholds on indicators",
  cardFescBudget: (amount: string, mode: string) =>
    `budget ${amount}, ${mode.charAt(0).toLowerCase()}${mode.slice(1)}`,
  cardFescTiers: "amounts by tiers",
  cardFescFiltered: "with filters",
  cardFescSelected: (position: string, n: string) =>
    `Selected: position ${position} of ${n} in the selection`,
  cardFescNotSelected: "Not selected in the current scenario",
  cardFescAmount: "Amount allocated",
  cardFescTier: (tier: string) => `tier “${tier}”`,
  cardFescNoAmount: "this scenario assigns no amounts",
  cardFescNoAllocation: "allocation impossible with the current parameters (see the FESC tab)",
  cardFescJustMissed: (points: string) => `Just missed: ${points} points below the cut.`,
  cardFescNoIrs: "No IRS: it cannot enter the selection.",
  cardFescCut: (rank: string, lastRank: string) =>
    `National IRS rank ${rank}; the last one selected is rank ${lastRank}.`,
  cardFescFilteredOut: "Left out by the scenario's filters.",
  cardFescOutThresholds: "Does not meet the scenario's thresholds or filters.",
  // Issue 13: links and saved views say what they could not use.
  linkIssue: function wordLinkIssue(i: LinkIssue): string {
    const q = (s: string) => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;
    const n = (x: number) => x.toLocaleString("en-GB");
    switch (i.code) {
      case "otherVersion":
        return `Link from another version (v=${i.value.slice(0, 40)}; this app uses v=${i.expected}): only the parts it recognises were applied.`;
      case "unknownKey":
        return `Link: parameter ${q(i.key)} is not recognised; ignored.`;
      case "repeatedKey":
        return `Link: parameter ${q(i.key)} appears ${i.values.length} times (${i.values.map(q).join(", ")}); only the first value was used.`;
      case "badValue": {
        const why = {
          oneOf: `is not one of: ${(i.options ?? []).join(", ")}`,
          layer: "is not a layer available with this data",
          year: "is not a year",
          department: "is not a department of this data (2-digit code)",
          departments: "is not a list of 2-digit department codes",
          ubigeo: "is not a ubigeo of the district layer",
          camera: "does not have the form longitude,latitude,zoom",
          cameraOutside: "points outside Peru",
          slide: "is not a view number (1, 2, …)",
          report: 'is not "district:<ubigeo>" or "department:<code>" of an existing place',
          indicator: "names an unknown indicator",
          weight: "is not a weight (number ≥ 0)",
          proportion: "is not a proportion between 0 and 0.5",
          classCount: "is not a number of classes between 2 and 9",
          breaks: `is not ${i.n ?? 0} increasing breaks between 0 and 100`,
          window: "is not a window of 1 to 5 years",
          integer: `is not a whole number ≥ ${i.n ?? 0}`,
          soles: "is not an amount in soles ≥ 0",
          conditions: "does not have the form indicator~>=~value",
          tiers: "does not have the form name~from~to~amount (or name~c~class 1–5~amount)",
          scenarioPair: "does not point at two saved scenarios",
        }[i.expected];
        return `Link: parameter ${q(i.key)} (${q(i.value)}) ${why}; ignored.`;
      }
      case "outOfRange":
        if (i.what === "slide")
          return `Link: parameter "slide" (${q(i.value)}) asks for a view that does not exist: this browser has ${i.max} saved view(s); ignored.`;
        return `Link: parameter ${q(i.key)} (${q(i.value)}) is outside the range ${i.min}–${i.max}${i.what === "zoom" ? " of the zoom" : ""}; ignored.`;
      case "unknownPlaces":
        return i.kind === "ubigeo"
          ? `Link: parameter ${q(i.key)} includes ${i.values.length} ubigeo(s) not in the district layer (${q(i.values.join(", "))}); left out.`
          : `Link: parameter ${q(i.key)} includes ${i.values.length} department code(s) that do not exist in this data (${q(i.values.join(", "))}); left out.`;
      case "methodologyUnsupported":
        return "Link: it carries an index methodology this version cannot apply; ignored.";
      case "scenario": {
        const p = i.problem;
        const what = ((): string => {
          switch (p.code) {
            case "encoding":
              return "The text is not a valid encoded scenario.";
            case "json":
              return "The content is not valid JSON.";
            case "notObject":
              return "The content is not an object.";
            case "version":
              return `Version ${p.version.slice(0, 20)} is not supported.`;
            case "name":
              return "The name is missing.";
            case "method":
              return "The method is invalid or unknown.";
            case "condition":
              return `Condition ${p.index} is invalid.`;
            case "tier":
              return `Tier ${p.index} is invalid: ${p.field} = ${q(p.value)}${p.field === "classIndex" ? " (classes go from 1 to 5)" : p.field.endsWith("Rank") ? " (whole ranks, from ≤ to)" : ""}.`;
            case "filters":
              return "The filters are invalid.";
            case "methodology":
              return "The methodology (snapshot or weights) is missing.";
            case "ubigeoList":
              return "The ubigeo list is not made of 6-digit codes.";
            case "amountsMisaligned":
              return "The amounts do not match the list of districts.";
            case "amount":
              return `The amount of district ${p.ubigeo} (${q(p.value)}) is not a whole number of céntimos ≥ 0.`;
            case "duplicateUbigeo":
              return `District ${p.ubigeo} is repeated.`;
            case "unknownUbigeos":
              return `${n(p.ubigeos.length)} ubigeo(s) are not in the district layer (${q(p.ubigeos.join(", "))}); the scenario is kept as saved.`;
            case "duplicateName":
              return `Another scenario of the link already has this name; kept as "${p.renamedTo}".`;
          }
        })();
        return i.kept
          ? `Link: scenario ${i.index} (${q(i.name ?? "")}): ${what}`
          : `Link: scenario ${i.index} dropped. ${what}`;
      }
      case "inView":
        return `"${i.title}": ${wordLinkIssue(i.issue)}`;
    }
  },
  viewProblem: (p: ViewProblem): string => {
    const n = (x: number) => x.toLocaleString("en-GB");
    switch (p.code) {
      case "notObject":
        return "it is not an object";
      case "noTitle":
        return 'the title ("title") is missing';
      case "badLink":
        return 'the link ("hash") is missing or does not start with "v="';
      case "linkTooLong":
        return `its link has ${n(p.length)} characters and the maximum is ${n(p.max)}${p.largest ? `; most of it is "${p.largest.key}" (${n(p.largest.length)} characters${p.largest.key === "fs" ? ": the saved FESC scenarios; delete some" : ""})` : ""}`;
      case "tooMany":
        return `the maximum is ${n(p.max)} saved views; delete or export some`;
      case "storageFull":
        return `the browser's storage would overflow (${n(p.chars)} of ${n(p.max)} characters); delete or export views`;
      case "readOnly":
        return "the views in this browser are read-only (see the notice)";
    }
  },
  viewsFileProblem: (p: ViewsFileProblem): string => {
    switch (p.code) {
      case "notJson":
        return `invalid JSON (${p.detail.slice(0, 80)})`;
      case "notObject":
        return "not a JSON object of views";
      case "wrongFormat":
        return 'the "format" field is not "mapa-riesgo-vistas"; not a views file';
      case "newerVersion":
        return `written by a newer version of the app (version ${p.version.slice(0, 20)}; this one reads 1)`;
      case "unknownVersion":
        return `version ${p.version.slice(0, 20)} not recognised (1 expected)`;
      case "noList":
        return 'the "views" list is missing';
    }
  },
  viewsIssue: (i: ViewsIssue): string => {
    const q = (s: string) => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;
    switch (i.code) {
      case "file":
        return `${i.source}: ${en.viewsFileProblem(i.problem)}.`;
      case "view":
        return `${i.source}, view ${i.index}${i.title ? ` (${q(i.title)})` : ""}: ${en.viewProblem(i.problem)}; skipped.`;
      case "notImported": {
        const where = i.first === i.last ? `view ${i.first}` : `views ${i.first}–${i.last}`;
        const more = i.count > i.titles.length ? ` and ${i.count - i.titles.length} more` : "";
        return `${i.source}: ${i.count} view(s) were not imported (${where}: ${i.titles.map(q).join(", ")}${more}): ${en.viewProblem(i.problem)}.`;
      }
      case "viewLink":
        return `${i.source}, view ${i.index} (${q(i.title)}): ${en.linkIssue(i.issue)}`;
      case "readOnly":
        return "The views in this browser are read-only (see the notice): nothing was imported.";
    }
  },
  viewSaved: (title: string) => `View "${title}" saved.`,
  viewNotSaved: (title: string, p: ViewProblem) =>
    `View "${title}" was not saved: ${en.viewProblem(p)}.`,
  viewsKeptAside: (n: number) =>
    `${n} saved ${n === 1 ? "view could" : "views could"} not be opened; they are kept unchanged in this browser:`,
  viewsKeptAsideItem: (index: number, title: string | null, p: ViewProblem) =>
    `view ${index}${title ? ` "${title}"` : ""}: ${en.viewProblem(p)}`,
  viewsExportKeptAside: "Export the unopened ones (JSON)",
  viewsDiscardKeptAside: "Discard the unopened ones…",
  viewsConfirmDiscard: "Discard them for good? Export them first if you need them.",
  viewsYesDiscard: "Yes, discard",
  viewsReadOnly: (p: ViewsFileProblem) =>
    `The views saved in this browser cannot be changed by this version: ${en.viewsFileProblem(p)}. They are kept unchanged; saving, importing, reordering and deleting views are disabled.`,
  viewsExportStored: "Export what is stored (JSON)",
  viewsDiscardStored: "Discard what is stored and start again…",
  viewsWriteFailed:
    "The browser did not let the views be saved (storage full or disabled): this session's views will be lost when the page closes. Export them.",
};

export const COPY: Record<Lang, Copy> = { es, en };
export type { Copy };
