import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  FORMULA_CELL,
  HTML_NAME,
  makeHostileCorpus,
  writeHostileCorpus,
} from "../../scripts/make-hostile-corpus";
import type { ImportSpec } from "../core/import-aggregate";
import type { DistrictRef } from "../core/import-join";
import { unjoinedToCsv, type ImportReport } from "../core/import-report";
import { describeFormError, describeImportProblem, unjoinedCsvWords } from "../i18n/import-copy";
import {
  formToSpec,
  guessForm,
  MAX_IMPORT_COLUMNS,
  MAX_PRETICKED_COLUMNS,
} from "../panels/import/import-form";
import type { CsvPreview, ImportResponse } from "./import-client";
import { createImportHandler } from "./import.worker";

/** The fatal error as the Spanish UI words it. */
const fatalText = (r: ImportReport): string | null =>
  r.fatal ? describeImportProblem("es", r.fatal) : null;

// Issue #13: every file of the hostile corpus goes through the worker's handler in-process (as
// import-client.test.ts does) and gets a clear outcome.

const districts: DistrictRef[] = [
  { id: 0, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
  { id: 1, ubigeo: "150132", name: "San Juan de Lurigancho", province: "Lima", department: "Lima" },
  { id: 2, ubigeo: "010101", name: "Chachapoyas", province: "Chachapoyas", department: "Amazonas" },
  { id: 3, ubigeo: "130101", name: "Trujillo", province: "Trujillo", department: "La Libertad" },
  { id: 4, ubigeo: "130105", name: "El Porvenir", province: "Trujillo", department: "La Libertad" },
];

const dir = mkdtempSync(join(tmpdir(), "hostile-"));
const paths = writeHostileCorpus(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const blobOf = (name: string) => new Blob([readFileSync(join(dir, name))]);

function send(request: Parameters<ReturnType<typeof createImportHandler>>[0]) {
  return new Promise<ImportResponse[]>((resolve) => {
    const log: ImportResponse[] = [];
    const handle = createImportHandler((msg) => {
      log.push(msg);
      if (msg.type !== "progress") resolve(log);
    });
    handle(request);
  });
}

async function preview(name: string): Promise<CsvPreview> {
  const log = await send({
    type: "preview",
    jobId: 1,
    file: blobOf(name),
    fileName: name,
    spec: { encoding: "auto", delimiter: "auto" },
  });
  const last = log.at(-1);
  if (last?.type !== "preview") throw new Error(`no preview: ${JSON.stringify(last)}`);
  return last.preview;
}

async function run(name: string, spec: ImportSpec) {
  const log = await send({
    type: "start",
    jobId: 2,
    file: blobOf(name),
    fileName: name,
    spec,
    districts,
  });
  const last = log.at(-1);
  if (last?.type !== "done") throw new Error(`not done: ${JSON.stringify(last)}`);
  return { ...last, progress: log.filter((m) => m.type === "progress") };
}

const wideSpec = (columns: string[]): ImportSpec => ({
  encoding: "auto",
  delimiter: "auto",
  joinBy: { kind: "ubigeo", column: "ubigeo" },
  shape: { kind: "wide", columns },
});

describe("hostile corpus (scripts/make-hostile-corpus.ts)", () => {
  it("writes every file to a temp folder", () => {
    expect(paths).toHaveLength(makeHostileCorpus().length);
  });

  for (const f of makeHostileCorpus().filter((x) => x.expect === "empty")) {
    it(`${f.name}: the preview and the import say the file is empty`, async () => {
      expect((await preview(f.name)).problem).toBe("empty");
      const done = await run(f.name, wideSpec(["valor"]));
      expect(fatalText(done.report)).toMatch(/el archivo está vacío/);
      expect(done.result).toBeNull();
    });
  }

  it("random.bin: the preview and the import say it is not a text table", async () => {
    expect((await preview("random.bin")).problem).toBe("notText");
    const done = await run("random.bin", wideSpec(["valor"]));
    expect(fatalText(done.report)).toMatch(/no es una tabla de texto/);
  });

  for (const f of makeHostileCorpus().filter((x) => x.expect === "unicode")) {
    it(`${f.name}: decoded as ${f.name.slice(0, 7)} with accents intact`, async () => {
      const p = await preview(f.name);
      expect(p.problem).toBeNull();
      expect(p.encoding).toBe(f.name.slice(0, 7).replace("utf", "utf-"));
      expect(p.header).toEqual(["ubigeo", "población", "tasa"]);
      const done = await run(f.name, wideSpec(["población", "tasa"]));
      expect(done.report.fatal).toBeNull();
      const tasa = done.result?.columns.find((c) => c.label === "tasa");
      expect(tasa?.values[0]).toBe(1.5);
      expect(tasa?.values[3]).toBe(2.5);
    });
  }

  it("duplicate-headers.csv: repeats are named with their position and kept apart", async () => {
    const p = await preview("duplicate-headers.csv");
    expect(p.header).toEqual(["ubigeo", "valor", "valor_2", "Valor_3", "VALOR_4", "válor_5"]);
    expect(p.duplicateHeaders.map((d) => [d.name, d.position, d.firstPosition])).toEqual([
      ["valor", 3, 2],
      ["Valor", 4, 2],
      ["VALOR", 5, 2],
      ["válor", 6, 2],
    ]);
    const done = await run("duplicate-headers.csv", wideSpec(p.header.slice(1)));
    expect(done.report.problemCounts["duplicate-header"]).toBe(4);
    const messages = done.report.problems
      .filter((x) => x.kind === "duplicate-header")
      .map((x) => describeImportProblem("es", x));
    expect(messages[0]).toMatch(/columna 3 "valor" repite el nombre de la columna 2/);
    const cols = done.result?.columns ?? [];
    expect(new Set(cols.map((c) => c.key)).size).toBe(5);
    expect(cols.map((c) => c.values[0])).toEqual([1, 2, 3, 4, 5]);
  });

  it("wide-30000.csv: preview bounded, few columns pre-ticked, hard limit, progress", async () => {
    const p = await preview("wide-30000.csv");
    expect(p.header).toHaveLength(30_001);
    const form = guessForm(p);
    expect(form.wideColumns).toHaveLength(MAX_PRETICKED_COLUMNS);
    const tooMany = formToSpec({ ...form, wideColumns: p.header.slice(1, MAX_IMPORT_COLUMNS + 2) });
    expect(tooMany).toEqual({ error: { code: "tooManyTicked", ticked: 2001, limit: 2000 } });
    expect("error" in tooMany && describeFormError("es", tooMany.error)).toMatch(/límite es 2000/);
    // The core refuses it too (a spec built elsewhere).
    const refused = await run(
      "wide-30000.csv",
      wideSpec(p.header.slice(1, MAX_IMPORT_COLUMNS + 2)),
    );
    expect(fatalText(refused.report)).toMatch(/2001 columnas de valores; el límite es 2000/);
    const r = formToSpec(form);
    if ("error" in r) throw new Error(r.error.code);
    const done = await run("wide-30000.csv", r.spec);
    expect(done.report.fatal).toBeNull();
    expect(done.result?.columns).toHaveLength(MAX_PRETICKED_COLUMNS);
    // ~500 KB read in 64 KB pieces: several progress messages, not one at the end.
    expect(done.progress.length).toBeGreaterThanOrEqual(5);
  });

  it("huge-cell.csv: a 2 MB cell does not stop the numeric column", async () => {
    const done = await run("huge-cell.csv", wideSpec(["valor"]));
    expect(done.report.fatal).toBeNull();
    expect(done.result?.columns[0]?.values[0]).toBe(5);
    expect(done.result?.columns[0]?.values[3]).toBe(7);
  });

  it("formula.csv: formula text stays text and is defused in the CSV download", async () => {
    const done = await run("formula.csv", wideSpec(["valor", "nota"]));
    expect(done.report.fatal).toBeNull();
    expect(done.report.problemCounts.unjoined).toBe(1);
    const csv = unjoinedToCsv(done.report, unjoinedCsvWords("es"));
    expect(csv).toContain(`'${FORMULA_CELL.slice(0, 4)}`);
    expect(csv).not.toMatch(/(^|;)=cmd/m);
  });

  it("html-names.csv: a column named with HTML is kept as plain text", async () => {
    const p = await preview("html-names.csv");
    expect(p.header[1]).toBe(HTML_NAME);
    const done = await run("html-names.csv", wideSpec([HTML_NAME]));
    expect(done.report.fatal).toBeNull();
    expect(done.result?.columns[0]?.label).toBe(HTML_NAME);
  });
});
