import { describe, expect, it } from "vitest";
import { DATASET_URL_PART } from "./dataset-url";
import type { DatasetListing } from "./dataset-slice";
import { resetStore, useAppStore } from "./index";
import { urlContextOf } from "./url-sync";

const listing = (fingerprint: string, fileName: string): DatasetListing => ({
  sourceId: `import-1-${fileName}`,
  key: `ds-1-${fingerprint}`,
  state: "saved",
  fingerprint,
  fileName,
  kind: "generic",
  sourceName: `Importado: ${fileName}`,
  savedAt: "2026-11-28T07:00:00.000Z",
  rows: 4,
  fileBytes: 80,
  storedBytes: 900,
  order: 1,
  // The URL part reads only the listing's fingerprint, kind and file name.
  commit: undefined as never,
});

describe("the link's datasets (ds=)", () => {
  it("writes the loaded datasets in order, and nothing without imports", () => {
    resetStore();
    const s = useAppStore.getState();
    expect(DATASET_URL_PART.toParams(s)).toEqual([]);
    const withTwo = {
      ...s,
      datasetListings: [listing("1a2b3c4d", "a,b.csv"), listing("00000001", "c.csv")],
    };
    expect(DATASET_URL_PART.toParams(withTwo)).toEqual([
      ["ds", "1a2b3c4d:generic:a%2Cb.csv,00000001:generic:c.csv"],
    ]);
  });

  it("names the missing dataset and the weight and layer of the link that used it", () => {
    resetStore();
    const s = { ...useAppStore.getState(), datasetListings: [listing("00000001", "c.csv")] };
    const params = new URLSearchParams(
      "layer=imp_robos_persist_robos_persist&w=imp_robos_persist_robos_persist:1,idh:2" +
        "&ds=1a2b3c4d:generic:robos_persist.csv,00000001:generic:c.csv,zz",
    );
    const { patch, issues } = DATASET_URL_PART.fromParams(params, s, urlContextOf(s));
    expect(patch).toEqual({});
    expect(issues).toEqual([
      { code: "badValue", key: "ds", value: "zz", expected: "dataset" },
      {
        code: "missingDataset",
        fingerprint: "1a2b3c4d",
        kind: "generic",
        fileName: "robos_persist.csv",
        uses: [
          { what: "weight", id: "imp_robos_persist_robos_persist" },
          { what: "layer", id: "imp_robos_persist_robos_persist" },
        ],
      },
    ]);
  });
});
