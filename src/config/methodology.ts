import { defaultMethodology } from "../core/composite";
import type { Methodology } from "../core/types";
import { INDICATORS } from "./indicators";

/**
 * The default methodology of the app: each indicator's default weight (src/config/indicators.ts),
 * global empirical Bayes, 1 % winsorising, min-max, arithmetic mean, the latest complete year and a
 * 3-year crime window (core/composite.ts defaultMethodology). Config, not core: the core receives it
 * as an argument.
 */
export const DEFAULT_METHODOLOGY: Methodology = defaultMethodology(INDICATORS);
