import { csvIndexContext, type CsvIndexContext } from "../lib/csv-export";
import { selectIndicatorsInForce, selectWeights } from "./coverage-slice";
import type { AppState } from "./index";
import { indexPeriod } from "./index-slice";

/** Source ids of the partial Barrio Seguro register, cited by exports that use it. */
export const BARRIO_SEGURO_SOURCE_IDS = ["barrio-seguro-registro", "barrio-seguro-prensa"] as const;

/**
 * What every CSV export says about the index in force (weights, indicators, crime period, the
 * sources the index read, plus `extraSourceIds`): one place for the ranking, gap, scenario and FESC
 * exports.
 */
export function selectExportContext(
  s: AppState,
  extraSourceIds: readonly string[] = [],
): CsvIndexContext {
  const weights = selectWeights(s);
  return csvIndexContext({
    weights,
    inForce: selectIndicatorsInForce(s.table, weights, s.indicatorDefs),
    period: indexPeriod(s),
    manifest: s.manifest,
    sourceIds: [...(s.indexMeta?.sourceIds ?? []), ...extraSourceIds],
  });
}

/**
 * Sources of what the map shows: the layer's, then each imported point/area overlay drawn over it
 * (issue 17), without repeats. Slides and the PNG cite these.
 */
export function selectShownSourceIds(
  s: Pick<AppState, "mapLayer" | "pointLayers">,
): readonly string[] {
  return [...new Set([...(s.mapLayer?.sourceIds ?? []), ...s.pointLayers.map((p) => p.sourceId)])];
}
