import { useMemo } from "react";
import { useAppStore } from "../store";

/** Display names of data sources by id ("name (publisher)"), from the manifest. */
export function useSourceNames(ids: readonly string[]): string[] {
  const manifest = useAppStore((s) => s.manifest);
  const key = ids.join("|");
  return useMemo(() => {
    const list = key === "" ? [] : key.split("|");
    return list.map((id) => {
      const src = manifest?.sources.find((s) => s.id === id);
      return src ? `${src.name} (${src.publisher})` : id;
    });
  }, [manifest, key]);
}
