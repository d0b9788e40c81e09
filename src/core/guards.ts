/** Runtime guards shared by every parser of unknown JSON (one definition each). */

/** A plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** { es: string, en: string }. */
export const isText = (v: unknown): v is { es: string; en: string } =>
  isRecord(v) && typeof v.es === "string" && typeof v.en === "string";
