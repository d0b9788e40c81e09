/**
 * Words of the risk-versus-coverage gap view and its CSV download. Same keys in both languages
 * (typed); functions take the values to interpolate.
 */
const es = {
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
  csvBarrios: "Barrio Seguro (registro)",
  csvNotInRegister: "no figura en el registro parcial",
  csvQuadrant: "Cuadrante",
  csvGapTitle: (list: "gap" | "graduation"): string =>
    list === "gap"
      ? "Barrio Seguro: brechas (riesgo alto sin Barrio Seguro en el registro)"
      : "Barrio Seguro: candidatos a graduación (con Barrio Seguro y riesgo menor)",
  csvRiskHigh: "Riesgo alto cuando",
  csvRegister: "Registro Barrio Seguro",
  csvRegisterExtent: (located: string, total: string | null, imported: boolean) =>
    imported
      ? `importado, ${located} barrios con distrito identificado`
      : `incluido, parcial: ${total === null ? located : `${located} de ${total}`} barrios con distrito identificado (un distrito que no figura puede tener uno)`,
};
const en: typeof es = {
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
  csvBarrios: "Barrio Seguro (register)",
  csvNotInRegister: "not in the partial register",
  csvQuadrant: "Quadrant",
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
};
export const GAP_COPY = { es, en } as const;
