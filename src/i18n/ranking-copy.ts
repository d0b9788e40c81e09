/**
 * Words of the ranking table and its CSV download. Same keys in both languages (typed); functions
 * take the values to interpolate.
 */
const es = {
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
  rkPeriod: (period: string) => `Denuncias: ${period}.`,
  rkUnrecorded: (n: string) =>
    `${n} distritos sin IRS: SIDPOL no registra ninguna denuncia suya (sin dato, no «riesgo cero»). Figuran al final.`,
  rkNoCrimeRecord: "sin registro",
  csvNote: "Nota",
  csvNoCrimeRecord: "sin registro de denuncias SIDPOL: sin IRS",
  csvFilters: "Filtros",
  csvNoFilter: "ninguno",
  csvFilterDepartment: (name: string) => `departamento ${name}`,
  csvFilterProvince: (name: string) => `provincia ${name}`,
  csvFilterMinPopulation: (n: string) => `población ≥ ${n}`,
  csvSort: "Orden",
  csvSortBy: (column: string, desc: boolean) =>
    `${column}, ${desc ? "de mayor a menor" : "de menor a mayor"}`,
  csvRowsOf: (n: string, total: string) => `${n} de ${total}`,
  csvRankingTitle: "Ranking de distritos por IRS",
};
const en: typeof es = {
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
  rkPeriod: (period: string) => `Crime reports: ${period}.`,
  rkUnrecorded: (n: string) =>
    `${n} districts without an IRS: SIDPOL records no report for them (no data, not 'zero risk'). Listed last.`,
  rkNoCrimeRecord: "no record",
  csvNote: "Note",
  csvNoCrimeRecord: "no SIDPOL crime record: no IRS",
  csvFilters: "Filters",
  csvNoFilter: "none",
  csvFilterDepartment: (name: string) => `department ${name}`,
  csvFilterProvince: (name: string) => `province ${name}`,
  csvFilterMinPopulation: (n: string) => `population ≥ ${n}`,
  csvSort: "Order",
  csvSortBy: (column: string, desc: boolean) =>
    `${column}, ${desc ? "highest first" : "lowest first"}`,
  csvRowsOf: (n: string, total: string) => `${n} of ${total}`,
  csvRankingTitle: "Districts ranked by IRS",
};
export const RANKING_COPY = { es, en } as const;
