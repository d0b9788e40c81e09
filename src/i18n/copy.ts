import type { Lang } from "../core/types";
import { APP_COPY } from "./app-copy";
import { COMMON_COPY } from "./common-copy";
import { NUMBER_INPUT_COPY } from "./number-input-copy";
import { SEARCH_COPY } from "./search-copy";
import { PERIOD_COPY } from "./period-copy";
import { MAP_COPY } from "./map-copy";
import { PRESENTATION_COPY } from "./presentation-copy";
import { SAVED_VIEWS_COPY } from "./saved-views-copy";
import { REPORT_COPY } from "./report-copy";
import { METHODOLOGY_COPY } from "./methodology-copy";
import { HOTSPOT_CONTROLS_COPY } from "./hotspot-controls-copy";
import { MONTE_CARLO_COPY } from "./monte-carlo-copy";
import { RANKING_COPY } from "./ranking-copy";
import { CSV_COLUMNS_COPY } from "./csv-columns-copy";
import { DISTRICT_CARD_COPY } from "./district-card-copy";
import { SIMILAR_COPY } from "./similar-copy";
import { CRIME_COPY } from "./crime-copy";
import { FISCAL_COPY } from "./fiscal-copy";
import { FESC_SCENARIOS_COPY } from "./fesc-scenarios-copy";
import { FESC_COPY } from "./fesc-copy";
import { BEFORE_AFTER_COPY } from "./before-after-copy";
import { COVERAGE_COPY } from "./coverage-copy";
import { GAP_COPY } from "./gap-copy";
import { POLICE_COPY } from "./police-copy";
import { DATA_IMPORT_COPY } from "./data-import-copy";

/**
 * Every UI text of the shell and panels, Spanish (es-PE) first, merged from the per-feature message
 * files (one per panel or job). Components read `COPY[lang].key`. Add a key to the feature file it
 * belongs to, in both its `es` and `en` objects: each file types `en` as `typeof es`, so a key
 * missing in one language fails to compile. A key defined in two parts would be silently overridden
 * by the later spread: copy-merge.test.ts fails if that happens.
 */
export const COPY_PARTS = {
  APP_COPY,
  COMMON_COPY,
  NUMBER_INPUT_COPY,
  SEARCH_COPY,
  PERIOD_COPY,
  MAP_COPY,
  PRESENTATION_COPY,
  SAVED_VIEWS_COPY,
  REPORT_COPY,
  METHODOLOGY_COPY,
  HOTSPOT_CONTROLS_COPY,
  MONTE_CARLO_COPY,
  RANKING_COPY,
  CSV_COLUMNS_COPY,
  DISTRICT_CARD_COPY,
  SIMILAR_COPY,
  CRIME_COPY,
  FISCAL_COPY,
  FESC_SCENARIOS_COPY,
  FESC_COPY,
  BEFORE_AFTER_COPY,
  COVERAGE_COPY,
  GAP_COPY,
  POLICE_COPY,
  DATA_IMPORT_COPY,
} as const;

const es = {
  ...APP_COPY.es,
  ...COMMON_COPY.es,
  ...NUMBER_INPUT_COPY.es,
  ...SEARCH_COPY.es,
  ...PERIOD_COPY.es,
  ...MAP_COPY.es,
  ...PRESENTATION_COPY.es,
  ...SAVED_VIEWS_COPY.es,
  ...REPORT_COPY.es,
  ...METHODOLOGY_COPY.es,
  ...HOTSPOT_CONTROLS_COPY.es,
  ...MONTE_CARLO_COPY.es,
  ...RANKING_COPY.es,
  ...CSV_COLUMNS_COPY.es,
  ...DISTRICT_CARD_COPY.es,
  ...SIMILAR_COPY.es,
  ...CRIME_COPY.es,
  ...FISCAL_COPY.es,
  ...FESC_SCENARIOS_COPY.es,
  ...FESC_COPY.es,
  ...BEFORE_AFTER_COPY.es,
  ...COVERAGE_COPY.es,
  ...GAP_COPY.es,
  ...POLICE_COPY.es,
  ...DATA_IMPORT_COPY.es,
};
type Copy = typeof es;
const en: Copy = {
  ...APP_COPY.en,
  ...COMMON_COPY.en,
  ...NUMBER_INPUT_COPY.en,
  ...SEARCH_COPY.en,
  ...PERIOD_COPY.en,
  ...MAP_COPY.en,
  ...PRESENTATION_COPY.en,
  ...SAVED_VIEWS_COPY.en,
  ...REPORT_COPY.en,
  ...METHODOLOGY_COPY.en,
  ...HOTSPOT_CONTROLS_COPY.en,
  ...MONTE_CARLO_COPY.en,
  ...RANKING_COPY.en,
  ...CSV_COLUMNS_COPY.en,
  ...DISTRICT_CARD_COPY.en,
  ...SIMILAR_COPY.en,
  ...CRIME_COPY.en,
  ...FISCAL_COPY.en,
  ...FESC_SCENARIOS_COPY.en,
  ...FESC_COPY.en,
  ...BEFORE_AFTER_COPY.en,
  ...COVERAGE_COPY.en,
  ...GAP_COPY.en,
  ...POLICE_COPY.en,
  ...DATA_IMPORT_COPY.en,
};

export const COPY: Record<Lang, Copy> = { es, en };
export type { Copy };
