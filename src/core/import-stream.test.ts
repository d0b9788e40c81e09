import { describe, expect, it } from "vitest";
import { papaRecordParser } from "../workers/import-client";
import type { Aggregator } from "./import-aggregate";
import type { ImportMessage } from "./import-messages";
import { createCsvStream } from "./import-stream";

/** An aggregator that records what the stream hands it (rows with their numbers, errors, fatal). */
function recorder() {
  const seen: { header: string[] | null; rows: [number, string[]][]; errors: [number, string][] } =
    { header: null, rows: [], errors: [] };
  let fatal: ImportMessage | null = null;
  const agg: Aggregator = {
    setHeader: (fields) => ((seen.header = [...fields]), true),
    beginFile: () => undefined,
    setFormat: () => undefined,
    addRow: (row, n) => void seen.rows.push([n, [...row]]),
    addParseError: (n, d) => void seen.errors.push([n, d.code]),
    setFatal: (_n, d) => void (fatal ??= d),
    hasFatal: () => fatal !== null,
    finish: () => {
      throw new Error("not used");
    },
  };
  return { agg, seen, fatal: () => fatal };
}

function feed(text: string | Uint8Array, chunk: number) {
  const r = recorder();
  const s = createCsvStream(
    r.agg,
    { encoding: "auto", delimiter: "auto" },
    "t.csv",
    papaRecordParser,
    {
      sniffBytes: 4,
    },
  );
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < bytes.length; i += chunk) s.push(bytes.slice(i, i + chunk));
  s.end();
  return { ...r, stream: s };
}

describe("csv stream", () => {
  it("hands whole records with spreadsheet row numbers, whatever the chunking", () => {
    const text = 'a;b\n1;"x\ny"\n\n2;z\n';
    for (const chunk of [1, 3, 100]) {
      const { seen, stream } = feed(text, chunk);
      expect(stream.delimiter).toBe(";");
      expect(seen.header).toEqual(["a", "b"]);
      // Row 2 holds a quoted line break; row 3 is blank; row 4 is "2;z".
      expect(seen.rows.filter(([, r]) => r.join("") !== "")).toEqual([
        [2, ["1", "x\ny"]],
        [4, ["2", "z"]],
      ]);
    }
  });
  it("says an empty file is empty and random bytes are not text", () => {
    expect(feed("", 8).fatal()).toEqual({ code: "emptyFile" });
    expect(feed("\n\n", 8).fatal()).toEqual({ code: "emptyFile" });
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(feed(binary, 512).fatal()).toEqual({ code: "notText" });
  });
  it("reports a tokenizer error as a coded parse error at its row", () => {
    const { seen } = feed('a,b\n1,"2\n', 100);
    expect(seen.errors).toEqual([[2, "quotesUnclosed"]]);
  });
});
