import { describe, expect, it } from "vitest";
import {
  classifyBadUbigeo,
  createJoinTarget,
  createJoinTargetFromCodes,
  joinByNames,
  joinByUbigeo,
  type DistrictRef,
} from "./import-join";

// Test fixture: a few districts (Santa Rosa appears twice to test ambiguity).
const districts = (): DistrictRef[] => [
  { id: 0, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
  { id: 1, ubigeo: "010101", name: "Chachapoyas", province: "Chachapoyas", department: "Amazonas" },
  { id: 2, ubigeo: "020101", name: "Huaraz", province: "Huaraz", department: "Áncash" },
  { id: 3, ubigeo: "070101", name: "Callao", province: "Callao", department: "Callao" },
  { id: 4, ubigeo: "150139", name: "Santa Rosa", province: "Lima", department: "Lima" },
  { id: 5, ubigeo: "220903", name: "Santa Rosa", province: "El Dorado", department: "San Martín" },
];

describe("joinByUbigeo", () => {
  const t = createJoinTarget(districts());
  it("joins a 6-digit code", () => {
    expect(joinByUbigeo(t, "150101")).toEqual({ ok: true, id: 0, repaired: false });
  });
  it("repairs a lost leading zero", () => {
    expect(joinByUbigeo(t, "10101")).toEqual({ ok: true, id: 1, repaired: true });
    expect(joinByUbigeo(t, "20101.0")).toEqual({ ok: true, id: 2, repaired: true });
  });
  it("reports province and department codes", () => {
    expect(joinByUbigeo(t, "0101")).toMatchObject({
      ok: false,
      reason: "province-level",
      code: "010100",
    });
    expect(joinByUbigeo(t, "15")).toMatchObject({
      ok: false,
      reason: "department-level",
      code: "150000",
    });
  });
  it("reports unknown and invalid codes as codes with the value", () => {
    expect(joinByUbigeo(t, "999901")).toMatchObject({
      ok: false,
      reason: "unknown",
      detail: { code: "unknownUbigeo", ubigeo: "999901" },
    });
    expect(joinByUbigeo(t, "LIMA")).toMatchObject({
      ok: false,
      reason: "invalid",
      detail: { code: "badUbigeo", reason: "notNumeric", text: "LIMA" },
    });
    expect(classifyBadUbigeo(" 1234567.0 ")).toEqual({ reason: "tooLong", text: "1234567" });
    expect(classifyBadUbigeo("")).toEqual({ reason: "empty", text: "" });
    expect(classifyBadUbigeo("00")).toEqual({ reason: "department00", text: "00" });
  });
  it("works from a code map only (build time)", () => {
    const codes = createJoinTargetFromCodes(new Map([["020101", 7]]), 8);
    expect(joinByUbigeo(codes, "20101")).toEqual({ ok: true, id: 7, repaired: true });
    expect(joinByNames(codes, null, null, "Huaraz")).toMatchObject({
      ok: false,
      reason: "not-found",
    });
  });
});

describe("joinByNames", () => {
  const t = createJoinTarget(districts());
  it("matches regardless of accents, case and spacing", () => {
    expect(joinByNames(t, "ANCASH", "HUARAZ", "  huaraz ")).toEqual({
      ok: true,
      id: 2,
      repaired: false,
    });
  });
  it("falls back to department + district when the province is spelled differently", () => {
    expect(joinByNames(t, "CALLAO", "PROV. CONST. DEL CALLAO", "CALLAO")).toMatchObject({
      ok: true,
      id: 3,
    });
  });
  it("reports an ambiguous district-only name with the candidate codes", () => {
    const r = joinByNames(t, null, null, "SANTA ROSA");
    expect(r).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!r.ok)
      expect(r.detail).toMatchObject({ code: "ambiguousName", codes: ["150139", "220903"] });
  });
  it("resolves the same name with its department", () => {
    expect(joinByNames(t, "San Martin", null, "Santa Rosa")).toMatchObject({ ok: true, id: 5 });
  });
  it("reports names not found", () => {
    expect(joinByNames(t, "Lima", "Lima", "Atlantis")).toMatchObject({
      ok: false,
      reason: "not-found",
    });
    expect(joinByNames(t, null, null, "  ")).toMatchObject({ ok: false, reason: "invalid" });
  });
});
