import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { describeImportProblem } from "../i18n/import-copy";
import type { CategoricalLayer } from "../core/import-apply";
import { resetStore, useAppStore } from "./index";
import { categoricalMapLayer, setImportWorkerFactory, type ImportCommit } from "./import-slice";

import { fakeWorker, MANIFEST, TABLE } from "./import-slice.fixture";

const csv = (text: string) => new Blob([text]);
const WIDE = "ubigeo;robos;semaforo\n150101;10;rojo\n150102;4;verde\n999999;1;rojo\n";

beforeEach(() => {
  resetStore();
  setImportWorkerFactory(fakeWorker);
  useAppStore.setState({ table: TABLE, manifest: MANIFEST, dataLoaded: true });
});
afterAll(() => setImportWorkerFactory(undefined));

async function stageWide(text = WIDE) {
  await useAppStore.getState().runImport(
    csv(text),
    "robos.csv",
    {
      encoding: "auto",
      delimiter: "auto",
      joinBy: { kind: "ubigeo", column: "ubigeo" },
      shape: { kind: "wide", columns: ["robos", "semaforo"] },
    },
    "generic",
  );
  const staged = useAppStore.getState().stagedImport;
  if (!staged) throw new Error("nothing staged");
  return staged;
}

const commitOf = (staged: Awaited<ReturnType<typeof stageWide>>): ImportCommit => {
  if (!staged.result) throw new Error("no result");
  return {
    fileName: staged.fileName,
    kind: "generic",
    result: staged.result,
    report: staged.report,
    options: {
      keyPrefix: "imp_robos_",
      unit: "casos",
      createIndicators: true,
      direction: 1,
      defaultWeight: 1,
      dimension: "imported",
    },
    indicatorChoices: { imp_robos_robos: { unit: "robos", direction: 1, weight: 3 } },
    source: { name: "Importado: robos.csv", publisher: "usuario", note: "" },
  };
};

describe("import slice", () => {
  it("stages the report without touching the data in force", async () => {
    const staged = await stageWide();
    expect(staged.report.rowsRead).toBe(3);
    expect(staged.report.problemCounts.unjoined).toBe(1);
    expect(staged.report.problems.find((p) => p.kind === "unjoined")?.row).toBe(4);
    const s = useAppStore.getState();
    expect(s.table).toBe(TABLE);
    expect(s.importJob).toBeNull();
  });

  it("confirm adds the series, the indicator (with its weight) and the category layer", async () => {
    const entry = useAppStore.getState().confirmImport(commitOf(await stageWide()));
    const s = useAppStore.getState();
    const series = s.table?.series.find((x) => x.key === "imp_robos_robos");
    expect(series?.values).toEqual([10, 4, null]);
    expect(series?.unit).toBe("robos");
    const def = s.indicatorDefs.find((d) => d.id === "imp_robos_robos");
    expect(def).toMatchObject({ imported: true, defaultWeight: 3, unit: { es: "robos" } });
    expect(s.methodology.weights.imp_robos_robos).toBe(3);
    // The index uses it: district 0 has the highest value → highest IRS of the three.
    expect(s.indexMeta?.indicatorsUsed).toContain("imp_robos_robos");
    expect(s.categoricalLayers.map((c) => c.key)).toEqual(["imp_robos_semaforo"]);
    expect(s.extraLayerOptions.map((o) => o.id)).toContain("cat:imp_robos_semaforo");
    expect(s.manifest?.sources.map((x) => x.id)).toEqual([entry.sourceId]);
    expect(s.manifest?.sources[0]?.unmatched).toEqual(["999999"]);
    expect(s.stagedImport).toBeNull();
  });

  it("draws the category layer with the traffic palette", async () => {
    useAppStore.getState().confirmImport(commitOf(await stageWide()));
    useAppStore.getState().setLayer("cat:imp_robos_semaforo");
    const layer = useAppStore.getState().mapLayer;
    expect(layer?.palette).toBe("traffic");
    // rojo → class 2, verde → class 0, no row → -1.
    expect([...(layer?.classIndex ?? [])]).toEqual([2, 0, -1]);
  });

  it("undo restores the previous table, indicators, weights and manifest", async () => {
    useAppStore.getState().confirmImport(commitOf(await stageWide()));
    useAppStore.getState().setLayer("cat:imp_robos_semaforo");
    useAppStore.getState().undoImport();
    const s = useAppStore.getState();
    expect(s.table).toBe(TABLE);
    expect(s.indicatorDefs.some((d) => d.imported)).toBe(false);
    expect("imp_robos_robos" in s.methodology.weights).toBe(false);
    expect(s.manifest).toBe(MANIFEST);
    expect(s.categoricalLayers).toEqual([]);
    expect(s.layerId).toBe("irs");
    expect(s.importHistory).toEqual([]);
  });

  it("a malformed file gives a fatal report and nothing changes", async () => {
    await useAppStore.getState().runImport(
      csv("a;b\n1;2\n"),
      "malo.csv",
      {
        encoding: "auto",
        delimiter: "auto",
        joinBy: { kind: "ubigeo", column: "ubigeo" },
        shape: { kind: "wide", columns: ["robos"] },
      },
      "generic",
    );
    const s = useAppStore.getState();
    expect(s.stagedImport?.result).toBeNull();
    const fatal = s.stagedImport?.report.fatal;
    expect(fatal?.detail).toMatchObject({ code: "missingColumns", missing: ["ubigeo", "robos"] });
    expect(fatal && describeImportProblem("es", fatal)).toMatch(
      /^malo\.csv, fila 1: faltan las columnas "ubigeo", "robos"/,
    );
    expect(s.table).toBe(TABLE);
  });

  it("cancel stops the read: nothing staged, nothing changed", async () => {
    const running = useAppStore.getState().runImport(
      csv(WIDE),
      "robos.csv",
      {
        encoding: "auto",
        delimiter: "auto",
        joinBy: { kind: "ubigeo", column: "ubigeo" },
        shape: { kind: "wide", columns: ["robos"] },
      },
      "generic",
    );
    expect(useAppStore.getState().importJob?.fileName).toBe("robos.csv");
    useAppStore.getState().cancelImport();
    await running;
    const s = useAppStore.getState();
    expect(s.importJob).toBeNull();
    expect(s.stagedImport).toBeNull();
    expect(s.table).toBe(TABLE);
  });

  it("re-importing the same file replaces its series and indicator instead of duplicating", async () => {
    useAppStore.getState().confirmImport(commitOf(await stageWide()));
    const again = await stageWide("ubigeo;robos;semaforo\n150101;20;verde\n");
    useAppStore.getState().confirmImport(commitOf(again));
    const s = useAppStore.getState();
    expect(s.indicatorDefs.filter((d) => d.id === "imp_robos_robos")).toHaveLength(1);
    expect(s.table?.series.filter((x) => x.key === "imp_robos_robos")).toHaveLength(1);
    expect(s.importHistory[1]?.replaced).toEqual(["imp_robos_robos@-"]);
  });
});

describe("categoricalMapLayer", () => {
  it("groups beyond 7 categories into 'otros' with the categorical palette", () => {
    // 9 categories a..i: a appears twice so it ranks first; h and i go to "otros" (slot 7).
    const values = ["a", "a", "b", "c", "d", "e", "f", "g", "h", "i", null];
    const layer: CategoricalLayer = {
      key: "k",
      label: "K",
      sourceId: "s",
      values,
      categories: [...new Set(values.filter((v): v is string => v !== null))],
    };
    const m = categoricalMapLayer(layer, ["s"]);
    expect(m.palette).toBe("category");
    expect(m.classCount).toBe(8);
    expect(m.classLabels?.map((l) => l.es)).toEqual(["a", "b", "c", "d", "e", "f", "g", "otros"]);
    expect([...m.classIndex]).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7, 7, -1]);
  });
});
