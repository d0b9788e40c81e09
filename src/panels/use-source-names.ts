import { useMemo } from "react";
import { citeSource } from "../lib/sources";
import { useAppStore } from "../store";

/** Short citations of data sources by id (citation, else "name (publisher)"), from the manifest. */
export function useSourceNames(ids: readonly string[]): string[] {
  const manifest = useAppStore((s) => s.manifest);
  const key = ids.join("|");
  return useMemo(() => {
    const list = key === "" ? [] : key.split("|");
    return list.map((id) => citeSource(manifest, id));
  }, [manifest, key]);
}
