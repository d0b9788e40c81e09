import type { DataManifest } from "../data/contract";

/** Short citation of a source for legends and images: its citation, else "name (publisher)". */
export function citeSource(manifest: DataManifest | null, id: string): string {
  const src = manifest?.sources.find((s) => s.id === id);
  if (!src) return id;
  return src.citation ?? `${src.name} (${src.publisher})`;
}
