import { describe, expect, it } from "vitest";
import { classifyText, createTextDecoder, decodeText, detectTextEncoding } from "./text-decode";

const le16 = (s: string) => {
  const b = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    b[2 * i] = s.charCodeAt(i) & 0xff;
    b[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return b;
};

describe("detectTextEncoding", () => {
  it("reads a UTF-16LE BOM (Excel 'Texto Unicode') even over a user choice", () => {
    expect(detectTextEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]), "windows-1252").encoding).toBe(
      "utf-16le",
    );
  });
  it("tells UTF-32LE (FF FE 00 00) from UTF-16LE", () => {
    expect(detectTextEncoding(new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])).encoding).toBe(
      "utf-32le",
    );
  });
  it("finds UTF-16LE without BOM by its NUL pattern", () => {
    expect(detectTextEncoding(le16("ubigeo;valor\n150101;1\n"))).toEqual({
      encoding: "utf-16le",
      reason: "nul-pattern",
    });
  });
  it("keeps csv-decode's rule for 8-bit text", () => {
    expect(detectTextEncoding(new Uint8Array([0xc1, 0x4e])).encoding).toBe("windows-1252");
  });
});

describe("createTextDecoder", () => {
  it("decodes UTF-32BE split mid-character across chunks, dropping the BOM", () => {
    const d = createTextDecoder("utf-32be");
    const bytes = new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0xf1, 0, 1, 0xf6, 0x00]);
    expect(d.decode(bytes.subarray(0, 6)) + d.decode(bytes.subarray(6), true)).toBe("ñ\u{1f600}");
  });
  it("decodes UTF-16LE without BOM through decodeText", () => {
    expect(decodeText(le16("año")).text).toBe("año");
  });
});

describe("classifyText", () => {
  it("calls BOMs and white space empty", () => {
    expect(classifyText("\ufeff\n \r\n\t")).toBe("empty");
  });
  it("calls control-character noise binary", () => {
    expect(classifyText("a\u0001b\u0002c\u0003d\u0004")).toBe("binary");
  });
  it("calls a table text", () => {
    expect(classifyText("ubigeo;valor\n150101;1,5\n")).toBe("text");
  });
});
