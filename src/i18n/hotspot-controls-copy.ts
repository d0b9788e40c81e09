/**
 * Words of the hot-spot (LISA) controls of the index panel. Same keys in both languages (typed);
 * functions take the values to interpolate.
 */
const es = {
  hsTitle: "Hot spots entre distritos (Moran local)",
  hsIntro:
    "Moran local (LISA) con contigüidad reina y pesos estandarizados por fila; valor p por 999 permutaciones condicionales con semilla fija. Se excluyen los distritos sin valor o sin vecinos con valor.",
  hsSource: "Capa analizada",
  hsRule: "Regla de significación",
  hsRuleP: "p < 0.05 (sin corrección)",
  hsRuleFdr: "FDR de Benjamini–Hochberg, q = 0.05",
  hsShow: "Ver hot spots en el mapa",
  hsRun: "Calcular",
  hsRunning: (done: string, total: string) => `Calculando… ${done} de ${total} distritos`,
  hsError: (msg: string) => `No se pudo calcular: ${msg}`,
  hsStatus: (hh: string, ll: string, hl: string, lh: string, rule: string) =>
    `Hot spots: ${hh} Alto-Alto, ${ll} Bajo-Bajo, ${hl} Alto-Bajo, ${lh} Bajo-Alto (${rule}).`,
  hsExcluded: (noValue: string, noNeighbours: string) =>
    `Excluidos: ${noValue} sin valor, ${noNeighbours} sin vecinos con valor.`,
};
const en: typeof es = {
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
};
export const HOTSPOT_CONTROLS_COPY = { es, en } as const;
