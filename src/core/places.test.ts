import { describe, expect, it } from "vitest";
import { placeOptions } from "./places";

const row = (dc: string, d: string, pc: string, p: string) => ({
  departmentCode: dc,
  department: d,
  provinceCode: pc,
  province: p,
});
const rows = [
  row("15", "Lima", "1501", "Lima"),
  row("15", "Lima", "1501", "Lima"),
  row("15", "Lima", "1508", "Huaura"),
  row("03", "Apurímac", "0301", "Abancay"),
  row("02", "Áncash", "0201", "Huaraz"),
];

describe("placeOptions", () => {
  it("lists each department once, in Spanish order", () => {
    expect(placeOptions(rows, "department")).toEqual([
      ["02", "Áncash"],
      ["03", "Apurímac"],
      ["15", "Lima"],
    ]);
  });
  it("lists the provinces of one department", () => {
    expect(placeOptions(rows, "province", "15")).toEqual([
      ["1508", "Huaura"],
      ["1501", "Lima"],
    ]);
  });
});
