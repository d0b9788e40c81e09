/**
 * Words of the map's names and views (issue 12): the population-alpha toggle and its legend
 * statement, and the police station tooltip. Same keys in both languages (typed).
 */
const es = {
  populationAlphaToggle: "Transparencia según población",
  populationAlphaHint: "Los distritos poco poblados se ven más claros",
  /** Legend statement; `breaks` = the density class limits, already formatted. */
  populationAlphaLegend: (breaks: string) =>
    `Transparencia según densidad de población (hab./km²: ${breaks}): los distritos poco poblados se ven más claros; el color sigue siendo la clase del indicador.`,
  populationAlphaLow: "menos hab./km²",
  populationAlphaHigh: "más",
  stationTitle: "Comisaría (CENACOM 2017)",
  stationRecord: (id: string) => `Registro n.º ${id} del censo`,
  stationOfficers: (n: string) => `${n} policías asignados`,
  stationOfficersUnknown: "Policías asignados: sin dato",
  stationDistrict: (name: string, province: string) => `En ${name} (${province})`,
  stationNoName: "El censo no publica el nombre de la comisaría.",
};

const en: typeof es = {
  populationAlphaToggle: "Transparency by population",
  populationAlphaHint: "Thinly populated districts look lighter",
  populationAlphaLegend: (breaks: string) =>
    `Transparency by population density (inh./km²: ${breaks}): thinly populated districts look lighter; the colour is still the indicator's class.`,
  populationAlphaLow: "fewer inh./km²",
  populationAlphaHigh: "more",
  stationTitle: "Police station (CENACOM 2017)",
  stationRecord: (id: string) => `Census record no. ${id}`,
  stationOfficers: (n: string) => `${n} officers assigned`,
  stationOfficersUnknown: "Officers assigned: no data",
  stationDistrict: (name: string, province: string) => `In ${name} (${province})`,
  stationNoName: "The census does not publish the station's name.",
};

export const LABELS_COPY = { es, en } as const;
