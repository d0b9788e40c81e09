/**
 * Names, units and class labels of the map layers the store builds (IRS, stability, coverage, hot
 * spots, imported categories), in both languages. The store may not import i18n (eslint LAYERS) and
 * a MapLayer carries its words as Text, so they live here with the indicator labels
 * (config/indicators.ts): the slices name a constant or call a function, and hold no words
 * themselves (issue #16; test/no-ui-text.test.ts flags a pair left in a logic layer).
 * Interpolated titles are functions, so each language keeps its own word order.
 */
import type { GapQuadrant } from "../core/gaps";
import type { LisaClass, LisaCorrection } from "../core/local-moran";
import type { Text } from "../core/types";

/** Index layers (store/index-slice.ts). */
export const INDEX_LAYER_TEXT = {
  irs: {
    es: "Índice de Riesgo Sociodelictivo (IRS)",
    en: "Socio-criminal Risk Index (IRS)",
  } satisfies Text,
  irsUnit: { es: "0–100, mayor = más riesgo", en: "0–100, higher = more risk" } satisfies Text,
  stability: {
    es: "IRS: estabilidad del puesto (Monte Carlo)",
    en: "IRS: rank stability (Monte Carlo)",
  } satisfies Text,
  /** The stability layer's title before any Monte-Carlo run: where to start one. */
  stabilityPending: (base: Text): Text => ({
    es: `${base.es}: aún sin análisis — ejecútelo en la pestaña «Índice»`,
    en: `${base.en}: no analysis yet — run it in the "Index" tab`,
  }),
  /** Unit of the stability layer: with the number of runs of the last analysis, or none yet. */
  stabilityUnit: (runs: number | null): Text =>
    runs === null
      ? { es: "ancho del intervalo de puestos", en: "width of the rank interval" }
      : {
          es: `ancho del intervalo 5–95 % del puesto (puestos), ${runs} corridas`,
          en: `width of the 5–95 % rank interval (ranks), ${runs} runs`,
        },
};

/** Coverage layers (store/coverage-slice.ts), keyed like its COVERAGE_LAYER ids. */
export const COVERAGE_LAYER_TEXT: Record<"gaps" | "count" | "year" | "police", Text> = {
  gaps: { es: "Brechas: riesgo × Barrio Seguro", en: "Gaps: risk × Barrio Seguro" },
  count: { es: "Barrio Seguro: barrios por distrito", en: "Barrio Seguro: barrios per district" },
  year: {
    es: "Barrio Seguro: año del primer lanzamiento",
    en: "Barrio Seguro: first launch year",
  },
  police: { es: "Comisarías por 100 000 hab.", en: "Police stations per 100,000" },
};

/** Units of the coverage layers. */
export const COVERAGE_UNIT_TEXT: Record<"gaps" | "count" | "year" | "police", Text> = {
  gaps: { es: "cuadrante", en: "quadrant" },
  count: { es: "barrios", en: "barrios" },
  year: { es: "año", en: "year" },
  police: { es: "comisarías por 100 000 hab.", en: "stations per 100,000" },
};

/** Classes of the Barrio Seguro count layer (fixed breaks 0, 1, 2, 3). */
export const BARRIO_COUNT_CLASS_TEXT: readonly Text[] = [
  // "in the register": the register is partial, a district without a barrio in it may have one.
  { es: "Sin Barrio Seguro en el registro", en: "No Barrio Seguro in the register" },
  { es: "1 barrio", en: "1 barrio" },
  { es: "2 barrios", en: "2 barrios" },
  { es: "3 barrios", en: "3 barrios" },
  { es: "4 o más", en: "4 or more" },
];

/** Classes of the police-stations layer (fixed breaks 0, 5, 10, 20 per 100 000). */
export const POLICE_CLASS_TEXT: readonly Text[] = [
  { es: "Sin comisaría", en: "No station" },
  { es: "Más de 0 y hasta 5", en: "Over 0, up to 5" },
  { es: "Más de 5 y hasta 10", en: "Over 5, up to 10" },
  { es: "Más de 10 y hasta 20", en: "Over 10, up to 20" },
  { es: "Más de 20", en: "Over 20" },
];

/** The gap quadrants (layer classes, gap list, CSV column). */
export const GAP_QUADRANT_TEXT: Record<GapQuadrant, Text> = {
  "low-uncovered": { es: "Riesgo menor, sin Barrio Seguro", en: "Lower risk, no Barrio Seguro" },
  graduation: {
    es: "Con Barrio Seguro y riesgo menor (graduación)",
    en: "Covered, lower risk (graduation)",
  },
  "covered-high": { es: "Con Barrio Seguro y riesgo alto", en: "Covered, high risk" },
  gap: { es: "Riesgo alto sin Barrio Seguro (brecha)", en: "High risk, no Barrio Seguro (gap)" },
};

/** The hot-spot layer (store/hotspot-slice.ts). */
export const HOTSPOT_LAYER_TEXT = {
  label: {
    es: "Hot spots: Moran local (LISA)",
    en: "Hot spots: local Moran (LISA)",
  } satisfies Text,
  classes: {
    HL: { es: "Alto-Bajo (valor alto, vecinos bajos)", en: "High-Low (high, low neighbours)" },
    LH: { es: "Bajo-Alto (valor bajo, vecinos altos)", en: "Low-High (low, high neighbours)" },
    LL: { es: "Bajo-Bajo (cluster frío)", en: "Low-Low (cold spot)" },
    HH: { es: "Alto-Alto (hot spot)", en: "High-High (hot spot)" },
    ns: { es: "No significativo", en: "Not significant" },
  } satisfies Record<LisaClass, Text>,
  unit: {
    es: "Moran local, contigüidad reina, pesos estandarizados por fila; «sin datos»: sin valor o sin vecinos con valor",
    en: 'local Moran, queen contiguity, row-standardised weights; "no data": no value or no neighbour with one',
  } satisfies Text,
  /**
   * The significance rule in words: FDR (q = alpha, the p cut-off it gave) or p < alpha, with the
   * number of conditional permutations. es-PE writes decimals with a point, as the rest of the
   * app (lib/format).
   */
  rule: (r: {
    correction: LisaCorrection;
    alpha: number;
    permutations: number;
    pThreshold: number;
  }): Text =>
    r.correction === "fdr"
      ? {
          es: `FDR de Benjamini–Hochberg q = ${r.alpha} (p ≤ ${r.pThreshold}), ${r.permutations} permutaciones condicionales`,
          en: `Benjamini–Hochberg FDR q = ${r.alpha} (p ≤ ${r.pThreshold}), ${r.permutations} conditional permutations`,
        }
      : {
          es: `p < ${r.alpha}, ${r.permutations} permutaciones condicionales`,
          en: `p < ${r.alpha}, ${r.permutations} conditional permutations`,
        },
  /** The layer's title: with the rule of the result shown (the legend heads with it), or pending. */
  title: (base: Text, rule: Text | null): Text =>
    rule
      ? { es: `${base.es} — ${rule.es}`, en: `${base.en} — ${rule.en}` }
      : {
          es: `${base.es}: calculando… (pestaña «Índice»)`,
          en: `${base.en}: computing… ("Index" tab)`,
        },
};

/** Layers of imported category columns (store/import-slice.ts). */
export const CATEGORY_LAYER_TEXT = {
  /** Semáforo classes, in the traffic palette's order (a file's own spelling replaces them). */
  traffic: [
    { es: "verde", en: "green" },
    { es: "ámbar", en: "amber" },
    { es: "rojo", en: "red" },
  ] satisfies Text[],
  /** The class of the categories beyond the most frequent ones. */
  others: { es: "otros", en: "others" } satisfies Text,
  unit: { es: "categorías", en: "categories" } satisfies Text,
  /** "<column> (categorías)": the layer picker's entry of a category column. */
  option: (label: string): Text => ({ es: `${label} (categorías)`, en: `${label} (categories)` }),
};

/** Description of an indicator created by a generic import (core/import-apply.ts). */
export const importedIndicatorDescription = (sourceId: string): Text => ({
  es: `Indicador importado (${sourceId}).`,
  en: `Imported indicator (${sourceId}).`,
});
