/**
 * Words of the crime data (SIDPOL): notices, district card, trends panel and methodology sheet.
 * Same keys in both languages (typed); functions take the values to interpolate.
 */
const es = {
  crimeAbsentTitle: "Faltan los datos de delitos por distrito (SIDPOL)",
  idxCrimeAbsentBody:
    "Los datos cargados no incluyen las denuncias policiales por distrito (SIDPOL): las seis tasas de delitos no tienen valores y el IRS no mide delitos.",
  idxCrimeHowTo:
    "Para agregarlas: coloque el CSV oficial «Denuncias Policiales» (SIDPOL, datosabiertos.gob.pe) en la carpeta <datos brutos>/sidpol/ y reconstruya los datos (npm run data), o impórtelo en la pestaña «Datos».",
  idxComputedFrom: (names: string) =>
    `El IRS se calcula solo con los indicadores presentes: ${names.replace(/\.$/, "")}.`,
  idxNoIndicators: "Ningún indicador con peso tiene datos: no se puede calcular el IRS.",
  crimeCardTitle: "Denuncias policiales (SIDPOL)",
  crimeTotal: "Total de denuncias",
  idxIndicatorsUsed: (names: string) => `Indicadores del IRS: ${names.replace(/\.$/, "")}.`,
  crimeTrendsTitle: "Tendencia de denuncias: país, departamentos y Lima Metropolitana",
  crimeTrendsArea: "Ámbito",
  limaMetropolitana: "Lima Metropolitana (provincia de Lima)",
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
  crimeSteps: [
    "Descargue «Denuncias Policiales» (SIDPOL, Ministerio del Interior) de datosabiertos.gob.pe en CSV.",
    "Suéltelo aquí o use «elija un archivo»: el formato se reconoce por el encabezado.",
    "Revise el informe (filas, ubigeos corregidos, modalidades sin clasificar, año parcial) y confirme.",
  ],
  crimeInUse: (years: string) => `Delitos por distrito en uso (SIDPOL): ${years}.`,
};
const en: typeof es = {
  crimeAbsentTitle: "District crime data (SIDPOL) is missing",
  idxCrimeAbsentBody:
    "The loaded data has no police crime reports by district (SIDPOL): the six crime rates have no values and the IRS does not measure crime.",
  idxCrimeHowTo:
    'To add them: place the official «Denuncias Policiales» CSV (SIDPOL, datosabiertos.gob.pe) in the <raw data>/sidpol/ folder and rebuild the data (npm run data), or import it in the "Data" tab.',
  idxComputedFrom: (names: string) =>
    `The IRS is computed only from the indicators present: ${names.replace(/\.$/, "")}.`,
  idxNoIndicators: "No weighted indicator has data: the IRS cannot be computed.",
  crimeCardTitle: "Police crime reports (SIDPOL)",
  crimeTotal: "All reports",
  idxIndicatorsUsed: (names: string) => `IRS indicators: ${names.replace(/\.$/, "")}.`,
  crimeTrendsTitle: "Trend of reports: country, departments and Lima Metropolitana",
  crimeTrendsArea: "Area",
  limaMetropolitana: "Lima Metropolitana (province of Lima)",
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
  crimeSteps: [
    "Download “Denuncias Policiales” (SIDPOL, Ministry of the Interior) from datosabiertos.gob.pe as CSV.",
    "Drop it here or use “choose a file”: the format is recognised from the header.",
    "Check the report (rows, repaired ubigeos, unclassified modalities, partial year) and confirm.",
  ],
  crimeInUse: (years: string) => `Crime by district in use (SIDPOL): ${years}.`,
};
export const CRIME_COPY = { es, en } as const;
