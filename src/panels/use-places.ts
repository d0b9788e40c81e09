import { useMemo } from "react";
import { placeOptions } from "../core/places";
import { useAppStore } from "../store";

/** [code, name] of every department, sorted by name (for pickers). */
export function useDepartments(): [string, string][] {
  const table = useAppStore((s) => s.table);
  return useMemo(() => placeOptions(table?.districts ?? [], "department"), [table]);
}

/** [code, name] of the provinces of a department (all when null), sorted by name. */
export function useProvinces(departmentCode: string | null): [string, string][] {
  const table = useAppStore((s) => s.table);
  return useMemo(
    () => placeOptions(table?.districts ?? [], "province", departmentCode),
    [table, departmentCode],
  );
}
