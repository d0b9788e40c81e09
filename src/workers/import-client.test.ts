import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DistrictRef } from "../core/import-join";
import { shippedSidpolSpec as sidpolSpec } from "../config/sidpol-families";
import {
  previewFile,
  startImport,
  type ImportRequest,
  type ImportResponse,
  type WorkerLike,
} from "./import-client";
import { createImportHandler } from "./import.worker";

// Test fixture: the six districts of test/fixtures/sidpol (real codes) plus Ate (150103), which
// has no row in the fixture files.
const districts = (): DistrictRef[] => [
  { id: 0, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
  { id: 1, ubigeo: "150132", name: "San Juan de Lurigancho", province: "Lima", department: "Lima" },
  { id: 2, ubigeo: "010101", name: "Chachapoyas", province: "Chachapoyas", department: "Amazonas" },
  { id: 3, ubigeo: "130101", name: "Trujillo", province: "Trujillo", department: "La Libertad" },
  { id: 4, ubigeo: "130105", name: "El Porvenir", province: "Trujillo", department: "La Libertad" },
  { id: 5, ubigeo: "020101", name: "Huaraz", province: "Huaraz", department: "Áncash" },
  { id: 6, ubigeo: "150103", name: "Ate", province: "Lima", department: "Lima" },
];

/** An in-process stand-in for the Worker: runs the worker's handler, delivers replies async. */
function fakeWorker(log: ImportRequest[] = []): () => WorkerLike {
  return () => {
    const w: WorkerLike & { terminated: boolean } = {
      onmessage: null,
      onerror: null,
      terminated: false,
      postMessage(msg) {
        log.push(msg);
        handler(msg);
      },
      terminate() {
        this.terminated = true;
      },
    };
    const handler = createImportHandler((msg: ImportResponse) => {
      queueMicrotask(() => {
        if (!w.terminated) w.onmessage?.(new MessageEvent("message", { data: msg }));
      });
    });
    return w;
  };
}

const fixture = (name: string) =>
  new Blob([readFileSync(new URL(`../../test/fixtures/sidpol/${name}`, import.meta.url))]);

describe("startImport (worker protocol, in-process)", () => {
  it("imports the Latin-1 SIDPOL fixture with progress", async () => {
    const progress: number[] = [];
    const handle = startImport(
      fixture("denuncias_fixture_latin1.csv"),
      "fixture.csv",
      sidpolSpec(),
      districts(),
      {
        createWorker: fakeWorker(),
        chunkBytes: 1024,
        onProgress: (f) => progress.push(f),
      },
    );
    const out = await handle.promise;
    expect(out.status).toBe("done");
    if (out.status !== "done") return;
    expect(out.report.encoding).toBe("windows-1252");
    expect(out.report.rowsRead).toBe(34);
    // test/fixtures/sidpol/README.md: 150101 2023 theft = 12 × 10 = 120, robbery = 5 (robo
    // agravado). Ate (id 6) has no row in the file: null, not 0.
    const values = (key: string, year: number) =>
      out.result?.columns.find((c) => c.key === key && c.year === year)?.values;
    expect(values("theft", 2023)).toEqual([120, 0, 0, 0, 0, 0, null]);
    expect(values("robbery", 2023)).toEqual([5, 0, 0, 0, 0, 0, null]);
    // El Porvenir (id 4) appears in 2023 only: extortion 6 in 2023, 0 in 2024.
    expect(values("extortion", 2023)).toEqual([0, 0, 0, 0, 6, 0, null]);
    expect(values("extortion", 2024)).toEqual([0, 0, 0, 0, 0, 0, null]);
    // Unmapped modalities are counted in "other" and listed (README: 5 values).
    expect(out.report.unmappedGroups.map((g) => g.value)).toEqual([
      "VIOLACIÓN SEXUAL",
      "ACTOS CONTRA EL PUDOR",
      "LESIONES",
      "MICROCOMERCIALIZACIÓN DE DROGAS",
      "OFENSAS AL PUDOR PÚBLICO",
    ]);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(1);
  });
  it("cancel resolves 'cancelled' and tells the worker", async () => {
    const log: ImportRequest[] = [];
    const handle = startImport(
      fixture("denuncias_fixture_utf8.csv"),
      "f.csv",
      sidpolSpec(),
      districts(),
      {
        createWorker: fakeWorker(log),
        chunkBytes: 64 * 1024,
      },
    );
    handle.cancel();
    await expect(handle.promise).resolves.toEqual({ status: "cancelled" });
    expect(log.map((m) => m.type)).toEqual(["start", "cancel"]);
  });
  it("stops reading at the next chunk after a cancel message (worker side)", async () => {
    const replies: ImportResponse[] = [];
    const handle = createImportHandler((m) => replies.push(m));
    const big = new Blob([new Uint8Array(1024 * 1024).fill(65)]);
    handle({
      type: "start",
      jobId: 9,
      file: big,
      fileName: "x.csv",
      spec: sidpolSpec(),
      districts: districts(),
      chunkBytes: 64 * 1024,
    });
    handle({ type: "cancel", jobId: 9 });
    await new Promise((r) => setTimeout(r, 50));
    expect(replies.map((r) => r.type)).toEqual(["cancelled"]);
  });
});

describe("previewFile", () => {
  it("detects encoding, delimiter, header and the SIDPOL format", async () => {
    const p = await previewFile(
      fixture("denuncias_fixture_latin1.csv"),
      "f.csv",
      undefined,
      fakeWorker(),
    );
    expect(p).toMatchObject({
      encoding: "windows-1252",
      delimiter: ";",
      hasHeader: true,
      isSidpol: true,
    });
    expect(p?.rows).toHaveLength(20);
    expect(p?.rows.some((r) => r.includes("ÁNCASH"))).toBe(true);
  });
});
