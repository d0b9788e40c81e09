import { decodeLinkDatasets, encodeLinkDatasets, findMissingDatasets } from "../core/link-datasets";
import type { LinkIssue } from "../core/link-issues";
import { selectLinkedDatasets } from "./dataset-slice";
import type { AppState } from "./index";
import type { UrlPart } from "./url-sync";

/**
 * The link's "ds" key: the imported datasets the state depends on (fingerprint:kind:file, in the
 * order applied). Read back, it changes nothing in the store; it reports each listed dataset this
 * browser has not loaded, with what of the link used it (weights "w", the layer "layer").
 */
export const DATASET_URL_PART: UrlPart = {
  id: "datasets",
  keys: ["ds"],
  toParams: (s: AppState) =>
    s.datasetListings.length > 0 ? [["ds", encodeLinkDatasets(selectLinkedDatasets(s))]] : [],
  fromParams: (params, s) => {
    const issues: LinkIssue[] = [];
    const value = params.get("ds");
    if (value === null) return { patch: {}, issues };
    const { datasets, bad } = decodeLinkDatasets(value);
    for (const entry of bad)
      issues.push({ code: "badValue", key: "ds", value: entry, expected: "dataset" });
    // Only the ids of "w" (id:weight pairs) matter here: which indicators the index weighted.
    const weightIds = (params.get("w") ?? "")
      .split(",")
      .map((pair) => pair.split(":")[0] ?? "")
      .filter((id) => id !== "");
    const missing = findMissingDatasets(
      datasets,
      new Set(s.datasetListings.map((d) => d.fingerprint)),
      { weightIds, layerId: params.get("layer") },
    );
    for (const m of missing) issues.push({ code: "missingDataset", ...m });
    return { patch: {}, issues };
  },
};
