/**
 * Words of the Monte Carlo weight-uncertainty controls. Same keys in both languages (typed);
 * functions take the values to interpolate.
 */
const es = {
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
};
const en: typeof es = {
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
};
export const MONTE_CARLO_COPY = { es, en } as const;
