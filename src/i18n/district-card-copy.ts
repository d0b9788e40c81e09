/**
 * Words of the district card sections: index (IRS), Barrio Seguro and FESC. Same keys in both
 * languages (typed); functions take the values to interpolate.
 */
const es = {
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
  cardSmoothed: "Tasas observadas y suavizadas",
  cardObserved: "Observada",
  cardSmooth: "Suavizada",
  cardBarrioTitle: "Barrio Seguro",
  cardBarrioIn: (n: number, imported: boolean) =>
    `${n === 1 ? "1 barrio" : `${n} barrios`} en el registro ${imported ? "importado" : "parcial"}`,
  cardBarrioNotIn: (imported: boolean): string =>
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
};
const en: typeof es = {
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
  cardSmoothed: "Observed and smoothed rates",
  cardObserved: "Observed",
  cardSmooth: "Smoothed",
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
};
export const DISTRICT_CARD_COPY = { es, en } as const;
