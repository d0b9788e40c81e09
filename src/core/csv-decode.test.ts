import { describe, expect, it } from "vitest";
import { createStreamDecoder, decodeBytes, detectEncoding, isValidUtf8 } from "./csv-decode";

const utf8 = (s: string) => new TextEncoder().encode(s);
// Latin-1 bytes of "ÁNCASH;1": Á = 0xC1.
const LATIN1_ANCASH = new Uint8Array([0xc1, 0x4e, 0x43, 0x41, 0x53, 0x48, 0x3b, 0x31]);

describe("detectEncoding / decodeBytes", () => {
  it("strips a UTF-8 BOM and reports it", () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("año")]));
    expect(r).toMatchObject({ encoding: "utf-8", bom: true, reason: "bom", text: "año" });
  });
  it("keeps valid UTF-8 without BOM", () => {
    expect(decodeBytes(utf8("VIOLACIÓN"))).toMatchObject({
      encoding: "utf-8",
      reason: "utf8-valid",
      text: "VIOLACIÓN",
    });
  });
  it("falls back to windows-1252 for Latin-1 bytes", () => {
    expect(decodeBytes(LATIN1_ANCASH)).toMatchObject({
      encoding: "windows-1252",
      reason: "fallback",
      text: "ÁNCASH;1",
    });
  });
  it("obeys the user's choice even when the bytes say otherwise", () => {
    // "ó" in UTF-8 is C3 B3; read as windows-1252 it becomes "Ã³".
    expect(decodeBytes(utf8("ó"), "windows-1252")).toMatchObject({ reason: "user", text: "Ã³" });
  });
  it("accepts a first chunk cut inside a multi-byte character", () => {
    const bytes = utf8("aó"); // 61 C3 B3
    expect(isValidUtf8(bytes.slice(0, 2), true)).toBe(true);
    expect(isValidUtf8(bytes.slice(0, 2), false)).toBe(false);
    expect(detectEncoding(bytes.slice(0, 2)).encoding).toBe("utf-8");
  });
  it("returns an empty text for empty input", () => {
    expect(decodeBytes(new Uint8Array(0))).toMatchObject({ encoding: "utf-8", text: "" });
  });
});

describe("createStreamDecoder", () => {
  it("keeps a character split across chunks whole", () => {
    const bytes = utf8("PEÑA");
    const d = createStreamDecoder("utf-8");
    // Ñ = C3 91: split between the chunks.
    const text = d.decode(bytes.slice(0, 3)) + d.decode(bytes.slice(3), true);
    expect(text).toBe("PEÑA");
  });
  it("drops the BOM of the first chunk only", () => {
    const d = createStreamDecoder("utf-8");
    expect(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) + d.decode(utf8("b"), true)).toBe(
      "ab",
    );
  });
});
