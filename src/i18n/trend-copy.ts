import type { TrendResult } from "../core/trend";

/** Why the before/after trend (core/trend.ts) cannot be drawn, in the UI language. */
type TrendProblem = Extract<TrendResult, { ok: false }>;

const es = {
  trendProblem: (r: TrendProblem): string => {
    switch (r.reason) {
      case "no-series":
        return `No hay datos del indicador "${r.key}".`;
      case "single-year":
        return `El indicador "${r.key}" tiene un solo año (${r.year ?? "?"}): no hay serie para comparar antes y después.`;
      case "empty-set":
        return "El conjunto de distritos está vacío.";
      case "empty-comparison":
        return "No hay distritos de comparación con ese criterio.";
    }
  },
};
const en: typeof es = {
  trendProblem: (r: TrendProblem): string => {
    switch (r.reason) {
      case "no-series":
        return `There is no data for indicator "${r.key}".`;
      case "single-year":
        return `Indicator "${r.key}" has a single year (${r.year ?? "?"}): there is no series to compare before and after.`;
      case "empty-set":
        return "The set of districts is empty.";
      case "empty-comparison":
        return "No comparison districts match that criterion.";
    }
  },
};

export const TREND_COPY = { es, en } as const;
