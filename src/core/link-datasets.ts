/**
 * Which imported datasets a link's state depends on: the link key "ds" lists each as
 * fingerprint:kind:fileName (comma-separated), e.g. "ds=1a2b3c4d:generic:semaforo.csv". Opened
 * where a listed dataset is not loaded, the link says which (file name + fingerprint) and what of
 * its state used it (index weights, the map layer, the crime figures). Pure.
 */
import { FINGERPRINT_RE } from "./dataset-fingerprint";
import { importKeyPrefix } from "./import-apply";

export interface LinkedDataset {
  fingerprint: string;
  kind: string;
  fileName: string;
}

/** What of a link's state used a missing dataset: an index weight, the map layer, crime figures. */
export type DatasetUse =
  { what: "weight"; id: string } | { what: "layer"; id: string } | { what: "crimeData" };

export interface MissingDataset extends LinkedDataset {
  uses: DatasetUse[];
}

/** "%" and "," in a file name are escaped so the list splits on "," (":" splits at most twice). */
const escapeName = (name: string) => name.replace(/%/g, "%25").replace(/,/g, "%2C");
const unescapeName = (name: string) => name.replace(/%2C/gi, ",").replace(/%25/g, "%");
const KIND_RE = /^[a-z]{1,20}$/;
const MAX_NAME = 120;

/**
 * The "ds" value: "fp:kind:name" per dataset, in order, joined by ",". File names are cut to 120
 * characters (a link stays short; the fingerprint identifies the dataset, the name is for people).
 */
export function encodeLinkDatasets(datasets: readonly LinkedDataset[]): string {
  return datasets
    .map((d) => `${d.fingerprint}:${d.kind}:${escapeName(d.fileName.slice(0, MAX_NAME))}`)
    .join(",");
}

/**
 * Parse a "ds" value. An entry whose fingerprint is not 8 lower-case hex digits or whose kind is not
 * a lower-case word is returned in `bad` (reported, skipped); empty entries are ignored.
 */
export function decodeLinkDatasets(value: string): { datasets: LinkedDataset[]; bad: string[] } {
  const datasets: LinkedDataset[] = [];
  const bad: string[] = [];
  for (const entry of value.split(",")) {
    if (entry === "") continue;
    const first = entry.indexOf(":");
    const second = first < 0 ? -1 : entry.indexOf(":", first + 1);
    const fingerprint = entry.slice(0, first);
    const kind = entry.slice(first + 1, second);
    if (second < 0 || !FINGERPRINT_RE.test(fingerprint) || !KIND_RE.test(kind)) {
      bad.push(entry);
      continue;
    }
    datasets.push({ fingerprint, kind, fileName: unescapeName(entry.slice(second + 1)) });
  }
  return { datasets, bad };
}

/**
 * Key prefixes of what a dataset of `kind` from `fileName` adds: a generic or points import adds
 * importKeyPrefix(fileName) indicators and "cat:"+prefix layers; SIDPOL replaces the crime_*
 * series; security spending writes security_spending. Other kinds: none known.
 */
export function datasetKeyPrefixes(kind: string, fileName: string): string[] {
  if (kind === "generic" || kind === "points") {
    const p = importKeyPrefix(fileName);
    return [p, `cat:${p}`];
  }
  if (kind === "sidpol") return ["crime_"];
  if (kind === "security") return ["security_spending"];
  return [];
}

/**
 * The datasets a link lists whose fingerprint is not among `loaded`, each with what of the link's
 * state used it: a weight id or the layer id starting with one of datasetKeyPrefixes(kind,
 * fileName); SIDPOL always adds "crimeData" (crime rates and the IRS read them). Link order kept.
 */
export function findMissingDatasets(
  linked: readonly LinkedDataset[],
  loaded: ReadonlySet<string>,
  state: { weightIds: readonly string[]; layerId: string | null },
): MissingDataset[] {
  return linked
    .filter((d) => !loaded.has(d.fingerprint))
    .map((d) => {
      const prefixes = datasetKeyPrefixes(d.kind, d.fileName);
      const matches = (id: string) => prefixes.some((p) => id.startsWith(p));
      const uses: DatasetUse[] = state.weightIds
        .filter(matches)
        .map((id): DatasetUse => ({ what: "weight", id }));
      if (state.layerId !== null && matches(state.layerId))
        uses.push({ what: "layer", id: state.layerId });
      if (d.kind === "sidpol") uses.push({ what: "crimeData" });
      return { ...d, uses };
    });
}
