import { useMemo } from "react";
import { useAppStore } from "../store";

/** Short citations of data sources by id (citation, else "name (publisher)"), from the manifest. */
export function useSourceNames(ids: readonly string[]): string[] {
  const manifest = useAppStore((s) => s.manifest);
  const key = ids.join("|");
  return useMemo(() => {
    const list = key === "" ? [] : key.split("|");
    return list.map((id) => {
      const src = manifest?.sources.find((s) => s.id === id);
      if (!src) return id;
      return src.citation ?? `${src.name} (${src.publisher})`;
    });
  }, [manifest, key]);
}
