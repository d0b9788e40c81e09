import { describe, expect, it } from "vitest";
import { decodeLinkDatasets, encodeLinkDatasets, findMissingDatasets } from "./link-datasets";

describe("link datasets (ds=)", () => {
  it("round-trips file names with commas, colons and percent signs", () => {
    const ds = [
      { fingerprint: "1a2b3c4d", kind: "generic", fileName: "robos, 2024: 50%.csv" },
      { fingerprint: "00ff00ff", kind: "sidpol", fileName: "sidpol.csv" },
    ];
    const value = encodeLinkDatasets(ds);
    expect(value).toBe("1a2b3c4d:generic:robos%2C 2024: 50%25.csv,00ff00ff:sidpol:sidpol.csv");
    expect(decodeLinkDatasets(value)).toEqual({ datasets: ds, bad: [] });
  });
  it("reports entries with a malformed fingerprint or kind", () => {
    expect(decodeLinkDatasets("xyz:generic:a.csv,1a2b3c4d:Generic:b.csv,,1a2b3c4d").bad).toEqual([
      "xyz:generic:a.csv",
      "1a2b3c4d:Generic:b.csv",
      "1a2b3c4d",
    ]);
  });
  it("lists missing datasets with the weights and layer of the link that used them", () => {
    const linked = [
      { fingerprint: "11111111", kind: "generic", fileName: "Semáforo 2024.csv" },
      { fingerprint: "22222222", kind: "sidpol", fileName: "sidpol.csv" },
      { fingerprint: "33333333", kind: "generic", fileName: "otro.csv" },
    ];
    const missing = findMissingDatasets(linked, new Set(["33333333"]), {
      weightIds: ["poverty_pct", "imp_semaforo_2024_robos"],
      layerId: "cat:imp_semaforo_2024_nivel",
    });
    expect(missing).toEqual([
      {
        ...linked[0],
        uses: [
          { what: "weight", id: "imp_semaforo_2024_robos" },
          { what: "layer", id: "cat:imp_semaforo_2024_nivel" },
        ],
      },
      { ...linked[1], uses: [{ what: "crimeData" }] },
    ]);
  });
});
