import { describe, expect, it } from "vitest";
import { datasetFingerprint } from "./dataset-fingerprint";
import { orderRecords, validateDatasetRecord } from "./dataset-record";

// Fixture (not shipped data): a two-district import with one numeric column.
const commit = () => ({
  fileName: "robos.csv",
  kind: "generic",
  result: {
    districtCount: 2,
    columns: [
      {
        key: "robos",
        label: "robos",
        sourceColumn: "robos",
        group: null,
        year: null,
        kind: "numeric",
        values: [10, null],
        categories: null,
        months: null,
        districtsWithData: 1,
      },
    ],
    years: [],
    monthsByYear: {},
  },
  report: {
    files: ["robos.csv"],
    rowsRead: 2,
    rowsFiltered: 0,
    rowsJoined: 1,
    districtsJoined: 1,
    repairedCodes: 0,
    problemCounts: {},
    problems: [],
    unjoinedCodes: [{ code: "999999", rows: 1 }],
    unmappedGroups: [],
    categorical: [],
    years: [],
    monthsByYear: {},
  },
  options: {
    keyPrefix: "imp_robos_",
    unit: "casos",
    createIndicators: true,
    direction: 1,
    defaultWeight: 1,
    dimension: "imported",
  },
  source: { name: "Importado: robos.csv", publisher: "usuario", note: "" },
});
const record = (c: ReturnType<typeof commit> = commit()) => ({
  version: 1,
  key: "ds-1",
  order: 1,
  savedAt: "2026-11-28T07:00:00.000Z",
  fingerprint: datasetFingerprint(c),
  fileBytes: 120,
  commit: c,
});
const ctx = { kinds: ["generic", "sidpol"] as const, districtCount: 2 };

describe("validateDatasetRecord", () => {
  it("accepts a well-formed record and keeps its commit", () => {
    const r = validateDatasetRecord(record(), ctx);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.record.commit.result.columns[0]?.values).toEqual([10, null]);
      expect(r.record.commit.kind).toBe("generic");
    }
  });
  it("rejects a record of another version without reading further", () => {
    expect(validateDatasetRecord({ ...record(), version: 2 }, ctx)).toEqual({
      ok: false,
      problem: { code: "version", found: "2" },
    });
  });
  it("rejects something that is not an object", () => {
    expect(validateDatasetRecord("garbage", ctx)).toEqual({
      ok: false,
      problem: { code: "notAnObject" },
    });
  });
  it("names the first malformed field", () => {
    const c = commit();
    c.result.columns[0]!.values = [10]; // one value for two districts
    expect(validateDatasetRecord(record(c), ctx)).toEqual({
      ok: false,
      problem: { code: "field", field: "commit.result.columns" },
    });
  });
  it("rejects a result built for another number of districts", () => {
    expect(validateDatasetRecord(record(), { ...ctx, districtCount: 3 })).toEqual({
      ok: false,
      problem: { code: "districtCount", found: 2, expected: 3 },
    });
  });
  it("rejects an unknown kind", () => {
    const r = validateDatasetRecord(record({ ...commit(), kind: "points" }), ctx);
    expect(r).toEqual({ ok: false, problem: { code: "kind", found: "points" } });
  });
  it("rejects a record altered after it was written (fingerprint mismatch)", () => {
    const rec = record();
    rec.commit.result.columns[0]!.values = [11, null];
    const r = validateDatasetRecord(rec, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe("fingerprint");
  });
});

describe("orderRecords", () => {
  it("orders by `order`, then savedAt, then key, whatever the input order", () => {
    const rs = [
      { key: "c", order: 2, savedAt: "2026-01-01" },
      { key: "b", order: 1, savedAt: "2026-01-02" },
      { key: "a", order: 1, savedAt: "2026-01-02" },
      { key: "d", order: 1, savedAt: "2026-01-01" },
    ];
    expect(orderRecords(rs).map((r) => r.key)).toEqual(["d", "a", "b", "c"]);
  });
});
