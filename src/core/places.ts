/**
 * Departments or provinces for pickers: [code, name] pairs, unique by code, sorted by name in
 * Spanish collation (Á after A, Ñ after N). Provinces may be limited to one department.
 */
export function placeOptions(
  rows: readonly {
    departmentCode: string;
    department: string;
    provinceCode: string;
    province: string;
  }[],
  level: "department" | "province",
  departmentCode: string | null = null,
): [string, string][] {
  const m = new Map<string, string>();
  for (const r of rows) {
    if (level === "department") m.set(r.departmentCode, r.department);
    else if (departmentCode === null || r.departmentCode === departmentCode)
      m.set(r.provinceCode, r.province);
  }
  return [...m].sort((a, b) => a[1].localeCompare(b[1], "es"));
}
