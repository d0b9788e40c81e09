/**
 * Words of the hot-spot method in the methodology sheet (issue 14): what is computed, how it is
 * tested, and the run in force. Same keys in both languages (typed).
 */
const es = {
  sheetHotspotsTitle: "Hot spots entre distritos (Moran local, LISA)",
  sheetHotspots: (permutations: number, seed: number) =>
    `I de Moran local (Anselin 1995) sobre la capa elegida: I_i = (z_i / m2) · Σ_j w_ij z_j, con z = valor − media y m2 = Σ z² / n. Vecinos por contigüidad de tipo reina (distritos que comparten un borde o un vértice), pesos estandarizados por fila. Significancia por ${permutations} permutaciones condicionales (semilla ${seed}): pseudo-p = (mín(#I* ≥ I, #I* ≤ I) + 1) / (permutaciones + 1). Regla: p < alfa, o FDR de Benjamini–Hochberg a nivel q. Clases: alto-alto y bajo-bajo (conglomerados), alto-bajo y bajo-alto (atípicos), no significativo. Los distritos sin valor o sin vecino con valor quedan fuera. Verificado contra R spdep localmoran_perm (test/reference/lisa/).`,
  sheetHotspotsRun: (layer: string, rule: string, hh: number, ll: number, outliers: number) =>
    `Cálculo vigente: ${layer}; ${rule}; ${hh} alto-alto, ${ll} bajo-bajo, ${outliers} atípicos.`,
  sheetHotspotsNone: "Sin cálculo vigente: elija la capa «Hot spots» para calcularlo.",
};

const en: typeof es = {
  sheetHotspotsTitle: "Hot spots across district lines (local Moran, LISA)",
  sheetHotspots: (permutations: number, seed: number) =>
    `Local Moran's I (Anselin 1995) on the chosen layer: I_i = (z_i / m2) · Σ_j w_ij z_j, with z = value − mean and m2 = Σ z² / n. Neighbours by queen contiguity (districts sharing an edge or a vertex), row-standardised weights. Significance from ${permutations} conditional permutations (seed ${seed}): pseudo-p = (min(#I* ≥ I, #I* ≤ I) + 1) / (permutations + 1). Rule: p < alpha, or Benjamini–Hochberg FDR at level q. Classes: high-high and low-low (clusters), high-low and low-high (outliers), not significant. Districts with no value or no neighbour with a value are left out. Checked against R spdep localmoran_perm (test/reference/lisa/).`,
  sheetHotspotsRun: (layer: string, rule: string, hh: number, ll: number, outliers: number) =>
    `Run in force: ${layer}; ${rule}; ${hh} high-high, ${ll} low-low, ${outliers} outliers.`,
  sheetHotspotsNone: "No run in force: choose the “Hot spots” layer to compute it.",
};

export const HOTSPOT_COPY = { es, en } as const;
