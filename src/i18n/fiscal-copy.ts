/**
 * Words of the fiscal data: district card section and the fiscal context panel. Same keys in both
 * languages (typed); functions take the values to interpolate.
 */
const es = {
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
  ctxTitle: "Contexto regional: denuncias ante el Ministerio Público",
  ctxNote:
    "Por distrito fiscal (34), no por distrito: estas cifras no se reparten sobre los distritos ni entran en el índice.",
  ctxGroup: "Grupo de delito",
  ctxAllGroups: "Todos los grupos",
  ctxLoading: "Cargando el contexto regional…",
  ctxChartLabel: (group: string, year: number) =>
    `Denuncias por distrito fiscal, ${group}, ${year}`,
  ctxTotal: (n: string) => `Total nacional: ${n} denuncias`,
};
const en: typeof es = {
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
  ctxTitle: "Regional context: reports to the Public Prosecutor",
  ctxNote:
    "By fiscal district (34), not by district: these figures are not spread over districts and do not enter the index.",
  ctxGroup: "Crime group",
  ctxAllGroups: "All groups",
  ctxLoading: "Loading the regional context…",
  ctxChartLabel: (group: string, year: number) => `Reports by fiscal district, ${group}, ${year}`,
  ctxTotal: (n: string) => `National total: ${n} reports`,
};
export const FISCAL_COPY = { es, en } as const;
