/**
 * Robustness: thousands of malformed inputs through decode → sniff → parse (PapaParse, synchronous,
 * via the workers' tokenizer) → aggregator. No exception may escape, problems must become a report,
 * and the (deep-frozen) district table must be unchanged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeImportProblem, summarizeImport } from "../i18n/import-copy";
import { papaRecordParser } from "../workers/import-client";
import { decodeBytes } from "./csv-decode";
import { sniffDelimiter } from "./csv-sniff";
import { createAggregator, createCsvStream, type ImportSpec } from "./import-aggregate";
import { applyImport, type ImportTable } from "./import-apply";
import { createJoinTarget, type DistrictRef } from "./import-join";
import { parseNumber } from "./number-parse";
import { SIDPOL_FAMILIES } from "../config/sidpol-families";
import { sidpolSpec } from "./sidpol";

function deepFreeze<T>(o: T): T {
  if (typeof o === "object" && o !== null) {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

// Test fixture: three districts.
const DISTRICTS: DistrictRef[] = deepFreeze([
  { id: 0, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
  { id: 1, ubigeo: "010101", name: "Chachapoyas", province: "Chachapoyas", department: "Amazonas" },
  { id: 2, ubigeo: "020101", name: "Huaraz", province: "Huaraz", department: "Áncash" },
]);
const SNAPSHOT = JSON.stringify(DISTRICTS);
const TABLE: ImportTable<DistrictRef> = deepFreeze({
  version: 1,
  districts: DISTRICTS,
  series: [
    {
      key: "population",
      year: 2022,
      sourceId: "inei",
      unit: "hab.",
      label: { es: "P", en: "P" },
      values: [1, 2, 3],
    },
  ],
});
const TABLE_SNAPSHOT = JSON.stringify(TABLE);

const SPECS: ImportSpec[] = [
  sidpolSpec(SIDPOL_FAMILIES),
  {
    encoding: "auto",
    delimiter: "auto",
    joinBy: { kind: "ubigeo", column: "ubigeo" },
    shape: { kind: "wide", columns: ["v", "cat"] },
  },
  {
    encoding: "auto",
    delimiter: "auto",
    joinBy: { kind: "names", department: "dep", province: "prov", district: "dist" },
    shape: {
      kind: "long",
      valueColumn: "v",
      groupColumn: "cat",
      yearColumn: "anio",
      filter: { column: "cat", values: ["a"] },
    },
  },
];

const cellArb = fc.oneof(
  fc.constantFrom(
    "150101",
    "10101",
    "20101",
    "0101",
    "15",
    "999901",
    "",
    "NaN",
    "-1",
    "1.234,5",
    "1,234",
    "Infinity",
    "ÁNCASH",
    "lima",
    '"',
    '""',
    "a\nb",
    "2024",
    "13",
    "HURTO",
    "a",
    "\ufeff",
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 100000 }).map(String),
  fc.double().map(String),
);
const headerArb = fc.constantFrom(
  [
    "ANIO",
    "MES",
    "DPTO_HECHO_NEW",
    "PROV_HECHO",
    "DIST_HECHO",
    "UBIGEO_HECHO",
    "P_MODALIDADES",
    "cantidad",
  ],
  ["ubigeo", "v", "cat"],
  ["dep", "prov", "dist", "v", "cat", "anio"],
  ["x"],
  [],
);
const delimiterArb = fc.constantFrom(",", ";", "\t", "|");
const csvTextArb = fc
  .tuple(
    headerArb,
    delimiterArb,
    fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 15 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([header, d, rows, quote, crlf]) =>
    [header, ...rows]
      .map((r) => r.map((c) => (quote && c.includes(d) ? `"${c.replace(/"/g, '""')}"` : c)).join(d))
      .join(crlf ? "\r\n" : "\n"),
  );
/**
 * RFC 4180 CSV (cells with quotes, delimiters or line breaks are quoted). With malformed quotes the
 * record boundaries are ambiguous, so only well-formed text must be chunk-size independent.
 */
const wellFormedCsvArb = fc
  .tuple(
    headerArb,
    delimiterArb,
    fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 15 }),
    fc.boolean(),
  )
  .map(([header, d, rows, crlf]) => ({
    delimiter: d,
    text: [header, ...rows]
      .map((r) =>
        r
          .map((c) => (/["\r\n]/.test(c) || c.includes(d) ? `"${c.replace(/"/g, '""')}"` : c))
          .join(d),
      )
      .join(crlf ? "\r\n" : "\n"),
  }));
const encodeArb = (text: string) =>
  fc
    .constantFrom<"utf8" | "latin1" | "bom" | "mixed">("utf8", "latin1", "bom", "mixed")
    .map((enc) => {
      if (enc === "latin1") return Uint8Array.from(Buffer.from(text, "latin1"));
      if (enc === "bom")
        return Uint8Array.from(
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
        );
      if (enc === "mixed") {
        const half = Math.floor(text.length / 2);
        return Uint8Array.from(
          Buffer.concat([
            Buffer.from(text.slice(0, half), "utf8"),
            Buffer.from(text.slice(half), "latin1"),
          ]),
        );
      }
      return new TextEncoder().encode(text);
    });
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  csvTextArb.chain(encodeArb),
  fc.constant(new Uint8Array(0)),
  fc.constant(new TextEncoder().encode("ubigeo,v,cat\n")),
  // A huge unterminated quoted field.
  fc
    .string({ maxLength: 20 })
    .map((s) => new TextEncoder().encode(`ubigeo,v,cat\n150101,"${"x".repeat(70_000)}${s}`)),
);

function pipeline(bytes: Uint8Array, spec: ImportSpec, chunk: number): void {
  const agg = createAggregator(spec, createJoinTarget(DISTRICTS), { maxProblemsPerKind: 5 });
  const stream = createCsvStream(agg, spec, "fuzz.csv", papaRecordParser, { sniffBytes: 32 });
  for (let i = 0; i < bytes.length; i += chunk) stream.push(bytes.slice(i, i + chunk));
  stream.end();
  const { report, result } = agg.finish();
  expect(summarizeImport("es", report).length).toBeGreaterThan(0);
  if (result === null) expect(report.fatal?.file).toBe("fuzz.csv");
  else {
    for (const c of result.columns) expect(c.values).toHaveLength(DISTRICTS.length);
    for (const p of report.problems)
      expect(describeImportProblem("es", p)).toMatch(/^fuzz\.csv(, fila \d+)?: /);
    const applied = applyImport(TABLE, result, {
      sourceId: "fuzz",
      keyPrefix: "imp_",
      unit: "",
      createIndicators: true,
      direction: 1,
      defaultWeight: 0,
      dimension: "x",
    });
    expect(applied.table.series.length).toBeGreaterThanOrEqual(1);
  }
}

describe("import fuzzing", () => {
  it("never throws and never mutates the table (streamed, random chunking)", () => {
    fc.assert(
      fc.property(
        bytesArb,
        fc.constantFrom(...SPECS),
        fc.integer({ min: 1, max: 4096 }),
        (bytes, spec, chunk) => {
          pipeline(bytes, spec, chunk);
        },
      ),
      { numRuns: 1500 },
    );
    expect(JSON.stringify(DISTRICTS)).toBe(SNAPSHOT);
    expect(JSON.stringify(TABLE)).toBe(TABLE_SNAPSHOT);
  }, 120_000);
  it("row numbers and results do not depend on the chunk size", () => {
    const run = (bytes: Uint8Array, spec: ImportSpec, chunk: number) => {
      const agg = createAggregator(spec, createJoinTarget(DISTRICTS));
      const stream = createCsvStream(agg, spec, "fuzz.csv", papaRecordParser, { sniffBytes: 16 });
      for (let i = 0; i < bytes.length; i += chunk) stream.push(bytes.slice(i, i + chunk));
      stream.end();
      const { report, result } = agg.finish();
      return { problems: report.problems.map((p) => `${p.kind}@${p.row}`), result };
    };
    fc.assert(
      fc.property(
        wellFormedCsvArb,
        fc.constantFrom(...SPECS),
        fc.integer({ min: 1, max: 64 }),
        ({ text, delimiter }, anySpec, chunk) => {
          // The dialect is given: a 16-byte sniff window could guess another delimiter.
          const spec: ImportSpec = { ...anySpec, delimiter };
          const bytes = new TextEncoder().encode(text);
          expect(run(bytes, spec, chunk)).toEqual(run(bytes, spec, bytes.length + 1));
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
  it("whole-text path: decode → sniff → Papa.parse never throws", () => {
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        const { text } = decodeBytes(bytes);
        const { delimiter } = sniffDelimiter(text);
        const { rows } = papaRecordParser(text, delimiter);
        expect(Array.isArray(rows)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
  it("parseNumber returns a finite number or null for any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String), cellArb), (s) => {
        const r = parseNumber(s);
        expect(r.value === null || Number.isFinite(r.value)).toBe(true);
        expect(r.value === null ? r.kind !== "number" : r.kind === "number").toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
