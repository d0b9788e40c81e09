import { describe, expect, it } from "vitest";
import { canonicalJson, datasetFingerprint, fnv1a32Hex } from "./dataset-fingerprint";

// Expected hashes from test/reference/fnv1a32.py (independent Python implementation); "", "a" and
// "foobar" are also the published FNV-1a 32-bit test vectors.
describe("fnv1a32Hex", () => {
  it.each([
    ["", "811c9dc5"],
    ["a", "e40c292c"],
    ["foobar", "bf9cf968"],
    ['{"a":1,"b":[1,null]}', "9847f155"],
    ["ñandú", "b48f3ccb"], // UTF-8 bytes, not UTF-16 code units
  ])("%j → %s", (text, hex) => {
    expect(fnv1a32Hex(text)).toBe(hex);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: [2, { z: 1, y: null }], a: "x" })).toBe(
      '{"a":"x","b":[2,{"y":null,"z":1}]}',
    );
  });
  it("drops undefined members and writes non-finite numbers as null", () => {
    expect(canonicalJson({ a: undefined, b: NaN, c: [undefined] })).toBe('{"b":null,"c":[null]}');
  });
});

describe("datasetFingerprint", () => {
  it("does not depend on key order", () => {
    expect(datasetFingerprint({ b: [1, null], a: 1 })).toBe("9847f155");
    expect(datasetFingerprint({ a: 1, b: [1, null] })).toBe("9847f155");
  });
  it("changes when one value changes", () => {
    expect(datasetFingerprint({ a: 1, b: [1, 2] })).not.toBe("9847f155");
  });
});
