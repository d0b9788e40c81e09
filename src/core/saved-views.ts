import { isRecord } from "./guards";
/**
 * Saved views ("vistas"): a title and the link of the view (store/url-sync.ts format), so a view
 * carries exactly what a shared link carries. Pure: parsing of the localStorage value and of the
 * exported JSON file, and list edits.
 */

export interface SavedView {
  id: string;
  title: string;
  /** Link without "#" (encodeUrlState format, v=1…). */
  hash: string;
  /** ISO date-time of the save. */
  savedAt: string;
}

/** `format` of the exported file; `version` bumps when SavedView changes shape. */
export const VIEWS_FILE_FORMAT = "mapa-riesgo-vistas";
export const VIEWS_FILE_VERSION = 1;
export const MAX_TITLE_LENGTH = 120;
export const MAX_HASH_LENGTH = 8000;
export const MAX_VIEWS = 200;

export interface ViewsFile {
  format: typeof VIEWS_FILE_FORMAT;
  version: typeof VIEWS_FILE_VERSION;
  exportedAt: string;
  views: SavedView[];
}

/** The file written by "Exportar vistas". */
export function viewsFileOf(views: readonly SavedView[], now: Date): ViewsFile {
  return {
    format: VIEWS_FILE_FORMAT,
    version: VIEWS_FILE_VERSION,
    exportedAt: now.toISOString(),
    views: views.map((v) => ({ ...v })),
  };
}

/**
 * Validate an exported views file (or the localStorage value, same shape). Each bad view is dropped
 * and reported ("<file>, vista 3: …"); the others are kept. `checkLink` (optional) validates each
 * view's link against the loaded data and its messages are reported under the view (the view is kept:
 * playing it applies its valid parts). Ids are made unique.
 */
export function parseViewsFile(
  json: unknown,
  fileName: string,
  checkLink?: (hash: string) => string[],
): { views: SavedView[]; issues: string[] } {
  const issues: string[] = [];
  if (!isRecord(json))
    return { views: [], issues: [`${fileName}: no es un objeto JSON de vistas.`] };
  if (json.format !== VIEWS_FILE_FORMAT)
    return {
      views: [],
      issues: [
        `${fileName}: el campo «format» no es «${VIEWS_FILE_FORMAT}»; no es un archivo de vistas.`,
      ],
    };
  if (json.version !== VIEWS_FILE_VERSION)
    return {
      views: [],
      issues: [
        `${fileName}: versión ${String(json.version)} no reconocida (se espera ${VIEWS_FILE_VERSION}).`,
      ],
    };
  if (!Array.isArray(json.views))
    return { views: [], issues: [`${fileName}: falta la lista «views».`] };
  if (json.views.length > MAX_VIEWS)
    issues.push(
      `${fileName}: tiene ${json.views.length} vistas; se leen las primeras ${MAX_VIEWS}.`,
    );
  const views: SavedView[] = [];
  const ids = new Set<string>();
  json.views.slice(0, MAX_VIEWS).forEach((raw: unknown, i) => {
    const where = `${fileName}, vista ${i + 1}`;
    if (!isRecord(raw)) {
      issues.push(`${where}: no es un objeto; se omitió.`);
      return;
    }
    const { title, hash, savedAt, id } = raw;
    if (typeof title !== "string" || title.trim() === "") {
      issues.push(`${where}: falta el título («title»); se omitió.`);
      return;
    }
    if (typeof hash !== "string" || hash.length > MAX_HASH_LENGTH || !/^#?v=/.test(hash)) {
      issues.push(
        `${where} («${title.slice(0, 40)}»): el enlace («hash») falta o no empieza con «v=»; se omitió.`,
      );
      return;
    }
    const clean = hash.startsWith("#") ? hash.slice(1) : hash;
    for (const m of checkLink?.(clean) ?? [])
      issues.push(`${where} («${title.slice(0, 40)}»): ${m}`);
    let vid = typeof id === "string" && id !== "" ? id : `v${i + 1}`;
    while (ids.has(vid)) vid = `${vid}-${i + 1}`;
    ids.add(vid);
    views.push({
      id: vid,
      title: title.trim().slice(0, MAX_TITLE_LENGTH),
      hash: clean,
      savedAt: typeof savedAt === "string" ? savedAt : "",
    });
  });
  return { views, issues };
}

/** Move item `from` to position `to` (both clamped); a new array, the input is untouched. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  const dest = Math.max(0, Math.min(out.length, to));
  if (item !== undefined) out.splice(dest, 0, item);
  return out;
}

/** A fresh id not in `taken` ("v1", "v2", …). */
export function nextViewId(taken: readonly SavedView[]): string {
  const ids = new Set(taken.map((v) => v.id));
  let n = taken.length + 1;
  while (ids.has(`v${n}`)) n += 1;
  return `v${n}`;
}
