/**
 * A small corpus of hostile inputs for the CSV import (issue #13), generated on demand (tests write
 * it to a temp folder; nothing large is committed). Each entry says what the import must do with it.
 *
 *   npx tsx scripts/make-hostile-corpus.ts [out-dir]     (default: test/hostile/)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export interface HostileFile {
  name: string;
  bytes: Uint8Array;
  /** What the import must say or do (checked by src/workers/import-hostile.test.ts). */
  expect:
    "empty" | "notText" | "unicode" | "duplicateHeaders" | "wide" | "hugeCell" | "formula" | "html";
}

/** A table with real district codes and Spanish accents, for the encoding cases. */
export const UNICODE_TABLE = "ubigeo;población;tasa\n150101;1000;1,5\n130101;2000;2,5\n";

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? "\ufeff" : "") + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
  }
  return out;
}

function utf32(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const cps = [...((bom ? "\ufeff" : "") + text)].map((c) => c.codePointAt(0) ?? 0);
  const out = new Uint8Array(cps.length * 4);
  const view = new DataView(out.buffer);
  cps.forEach((cp, i) => view.setUint32(4 * i, cp, !bigEndian));
  return out;
}

/** Deterministic pseudo-random bytes (mulberry32), so a failure reproduces. */
function randomBytes(n: number, seed = 13): Uint8Array {
  const out = new Uint8Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/** `columns` short numeric columns × `rows` rows keyed by ubigeo (~500 KB for 30,000 × 5). */
export function wideCsv(columns: number, rows = 5): string {
  const codes = ["150101", "150132", "010101", "130101", "130105"];
  const header = ["ubigeo"];
  for (let c = 1; c <= columns; c++) header.push(`v${c}`);
  const lines = [header.join(";")];
  for (let r = 0; r < rows; r++) {
    const cells = [codes[r % codes.length] ?? "150101"];
    for (let c = 1; c <= columns; c++) cells.push(String((c + r) % 10));
    lines.push(cells.join(";"));
  }
  return lines.join("\n") + "\n";
}

export const FORMULA_CELL = "=cmd|' /C calc'!A0";
export const HTML_NAME = '<img src=x onerror="alert(1)">';

export function makeHostileCorpus(): HostileFile[] {
  return [
    { name: "empty.csv", bytes: new Uint8Array(0), expect: "empty" },
    { name: "bom-only.csv", bytes: new Uint8Array([0xef, 0xbb, 0xbf]), expect: "empty" },
    { name: "blank-lines.csv", bytes: ascii("\n\r\n   \n\t\n\n"), expect: "empty" },
    { name: "random.bin", bytes: randomBytes(1024 * 1024), expect: "notText" },
    { name: "utf16le-bom.csv", bytes: utf16(UNICODE_TABLE, false, true), expect: "unicode" },
    { name: "utf16be-bom.csv", bytes: utf16(UNICODE_TABLE, true, true), expect: "unicode" },
    { name: "utf16le-nobom.csv", bytes: utf16(UNICODE_TABLE, false, false), expect: "unicode" },
    { name: "utf16be-nobom.csv", bytes: utf16(UNICODE_TABLE, true, false), expect: "unicode" },
    { name: "utf32le-bom.csv", bytes: utf32(UNICODE_TABLE, false, true), expect: "unicode" },
    { name: "utf32be-bom.csv", bytes: utf32(UNICODE_TABLE, true, true), expect: "unicode" },
    {
      name: "duplicate-headers.csv",
      bytes: ascii("ubigeo;valor;valor;Valor;VALOR;válor\n150101;1;2;3;4;5\n130101;6;7;8;9;10\n"),
      expect: "duplicateHeaders",
    },
    { name: "wide-30000.csv", bytes: ascii(wideCsv(30_000)), expect: "wide" },
    {
      name: "huge-cell.csv",
      bytes: ascii(`ubigeo;valor;nota\n150101;5;${"x".repeat(2 * 1024 * 1024)}\n130101;7;ok\n`),
      expect: "hugeCell",
    },
    {
      name: "formula.csv",
      bytes: ascii(`ubigeo;valor;nota\n150101;1;${FORMULA_CELL}\n${FORMULA_CELL};2;x\n`),
      expect: "formula",
    },
    {
      name: "html-names.csv",
      bytes: ascii(`ubigeo;${HTML_NAME}\n150101;1\n130101;2\n`),
      expect: "html",
    },
  ];
}

/** Write the corpus to `dir` (created if missing); returns the paths written. */
export function writeHostileCorpus(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return makeHostileCorpus().map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    return path;
  });
}

if (process.argv[1] && resolve(process.argv[1]).endsWith("make-hostile-corpus.ts")) {
  const out = resolve(process.argv[2] ?? "test/hostile");
  for (const p of writeHostileCorpus(out)) console.log(p);
}
