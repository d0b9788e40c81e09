import { isRecord } from "./guards";
import type { LinkIssue } from "./link-issues";
/**
 * Saved views ("vistas"): a title and the link of the view (store/url-sync.ts format), so a view
 * carries exactly what a shared link carries. Pure: the one storage rule (VIEW_LIMITS, checked the
 * same way when saving, importing and loading), reading the localStorage value and the exported JSON
 * file (same shape), and list edits.
 *
 * Storage rule:
 *   - a view has a non-empty title (cut to 120 characters) and a link starting with "v=" of at most
 *     VIEW_LIMITS.maxLink characters; at most VIEW_LIMITS.maxViews views; the stored value at most
 *     VIEW_LIMITS.maxStoredChars characters. Saving and importing refuse what does not fit and say
 *     what and why; loading never drops: an entry that cannot be used is kept aside (written back
 *     unchanged after the usable views) and reported.
 *   - a stored value this version cannot read as a whole (not JSON, not a views file, another
 *     version) is never overwritten: the list is read-only until the user exports or discards it.
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

/**
 * Limits of the storage rule.
 * - maxLink 250 000: a view must also open as a link, and browsers accept far longer URLs (Chromium
 *   2 MB; the link lives in the fragment, never sent to a server). A FESC scenario of all 1 891
 *   districts with amounts takes about 37 000 characters, so a view holds six of them. (The old
 *   8 000 refused a single 1 200-district scenario, ≈ 24 000.)
 * - maxStoredChars 4 000 000: localStorage holds about 5 million characters per origin (Chromium,
 *   Firefox, Safari); the rest is margin for the browser's own accounting.
 * - maxViews 200: a presentation, not an archive (export to a file for more).
 */
export const VIEW_LIMITS = {
  maxTitle: 120,
  maxLink: 250_000,
  maxViews: 200,
  maxStoredChars: 4_000_000,
} as const;

export interface ViewsFile {
  format: typeof VIEWS_FILE_FORMAT;
  version: typeof VIEWS_FILE_VERSION;
  exportedAt: string;
  /**
   * Stored value only: how many times the list was written (0 when absent). A tab writes
   * revision + 1 and never over a higher revision than the one it read (see isStaleRevision).
   */
  revision?: number;
  /** SavedView entries; the stored value may carry kept-aside entries (any JSON) after them. */
  views: unknown[];
}

/** Why one view cannot be used or saved (the UI words it: src/i18n/copy.ts `viewProblem`). */
export type ViewProblem =
  | { code: "notObject" }
  | { code: "noTitle" }
  | { code: "badLink" }
  /** `largest`: the parameter taking most of the link (e.g. "fs", the FESC scenarios). */
  | { code: "linkTooLong"; length: number; max: number; largest?: { key: string; length: number } }
  | { code: "tooMany"; max: number }
  | { code: "storageFull"; chars: number; max: number }
  /** The stored list is read-only (see StoredViews): nothing can be saved until it is resolved. */
  | { code: "readOnly" };

/** Why a whole file or stored value cannot be read. */
export type ViewsFileProblem =
  | { code: "notJson"; detail: string }
  | { code: "notObject" }
  | { code: "wrongFormat"; format: string }
  /** A version number above VIEWS_FILE_VERSION: written by a newer version of the app. */
  | { code: "newerVersion"; version: string }
  | { code: "unknownVersion"; version: string }
  | { code: "noList" };

/** An entry that could not be used: its 1-based position, its title if any, the raw JSON value. */
export interface RejectedView {
  index: number;
  title: string | null;
  raw: unknown;
  problem: ViewProblem;
}

/** A usable view, its 1-based position in the file and the entry as it was there. */
export interface ReadView {
  index: number;
  view: SavedView;
  raw: unknown;
}

const shortTitle = (raw: unknown): string | null =>
  isRecord(raw) && typeof raw.title === "string" && raw.title.trim() !== ""
    ? raw.title.trim().slice(0, VIEW_LIMITS.maxTitle)
    : null;

/** Title cleaned by the rule: trimmed and cut to maxTitle; "" when blank. */
export function cleanTitle(title: string): string {
  return title.trim().slice(0, VIEW_LIMITS.maxTitle);
}

/** Link lengths by parameter key, largest first ("fs" = FESC scenarios, usually). */
function largestPart(hash: string): { key: string; length: number } | undefined {
  let best: { key: string; length: number } | undefined;
  for (const part of hash.split("&")) {
    const key = part.split("=")[0] ?? "";
    if (!best || part.length > best.length) best = { key, length: part.length };
  }
  return best;
}

/**
 * The rule for one view's link: starts with "v=" (an optional "#" is removed) and has at most
 * maxLink characters. Returns the clean link or the problem (linkTooLong names the largest part).
 */
export function checkViewLink(hash: unknown): { hash: string } | { problem: ViewProblem } {
  if (typeof hash !== "string" || !/^#?v=/.test(hash)) return { problem: { code: "badLink" } };
  const clean = hash.startsWith("#") ? hash.slice(1) : hash;
  if (clean.length > VIEW_LIMITS.maxLink) {
    const largest = largestPart(clean);
    return {
      problem: {
        code: "linkTooLong",
        length: clean.length,
        max: VIEW_LIMITS.maxLink,
        ...(largest ? { largest } : {}),
      },
    };
  }
  return { hash: clean };
}

/** One entry of a views file against the rule (title and link); the id is kept if it is a string. */
function readEntry(raw: unknown, index: number): ReadView | RejectedView {
  const reject = (problem: ViewProblem): RejectedView => ({
    index,
    title: shortTitle(raw),
    raw,
    problem,
  });
  if (!isRecord(raw)) return reject({ code: "notObject" });
  const { title, hash, savedAt, id } = raw;
  if (typeof title !== "string" || title.trim() === "") return reject({ code: "noTitle" });
  const link = checkViewLink(hash);
  if ("problem" in link) return reject(link.problem);
  return {
    index,
    raw,
    view: {
      id: typeof id === "string" && id !== "" ? id : `v${index}`,
      title: cleanTitle(title),
      hash: link.hash,
      savedAt: typeof savedAt === "string" ? savedAt : "",
    },
  };
}

/**
 * Read an exported views file (or the stored value, same shape): the file-level problem, or every
 * entry sorted into usable views (ids made unique within the file) and rejected entries (kept with
 * their raw value). Count and size limits are not applied here: see admitViews.
 */
export function readViewsFile(
  json: unknown,
): { problem: ViewsFileProblem } | { views: ReadView[]; rejected: RejectedView[] } {
  if (!isRecord(json)) return { problem: { code: "notObject" } };
  if (json.format !== VIEWS_FILE_FORMAT)
    return { problem: { code: "wrongFormat", format: String(json.format ?? "") } };
  if (json.version !== VIEWS_FILE_VERSION) {
    const version = String(json.version);
    const newer = typeof json.version === "number" && json.version > VIEWS_FILE_VERSION;
    return { problem: { code: newer ? "newerVersion" : "unknownVersion", version } };
  }
  if (!Array.isArray(json.views)) return { problem: { code: "noList" } };
  const views: ReadView[] = [];
  const rejected: RejectedView[] = [];
  const ids = new Set<string>();
  json.views.forEach((raw: unknown, i) => {
    const entry = readEntry(raw, i + 1);
    if ("problem" in entry) {
      rejected.push(entry);
      return;
    }
    let id = entry.view.id;
    while (ids.has(id)) id = `${id}-${entry.index}`;
    ids.add(id);
    views.push({ ...entry, view: { ...entry.view, id } });
  });
  return { views, rejected };
}

/**
 * The value written to localStorage / the export file: views, then kept-aside entries unchanged.
 * `revision` (stored value only; the export file has none) is written before the list.
 */
export function viewsFileOf(
  views: readonly SavedView[],
  now: Date,
  keptAside: readonly unknown[] = [],
  revision?: number,
): ViewsFile {
  return {
    format: VIEWS_FILE_FORMAT,
    version: VIEWS_FILE_VERSION,
    exportedAt: now.toISOString(),
    ...(revision === undefined ? {} : { revision }),
    views: [...views.map((v) => ({ ...v })), ...keptAside],
  };
}

/**
 * The revision of a stored value: its `revision` when a whole number ≥ 0, else 0 (no value, an
 * older version's value, or one that is not JSON).
 */
export function storedRevision(text: string | null): number {
  if (text === null) return 0;
  try {
    const json: unknown = JSON.parse(text);
    const r = isRecord(json) ? json.revision : undefined;
    return typeof r === "number" && Number.isSafeInteger(r) && r >= 0 ? r : 0;
  } catch {
    return 0;
  }
}

/**
 * Whether the stored list changed since this tab read it: its revision is higher than the one the
 * tab holds (`held`). A tab must then re-read before writing, or it would overwrite the newer list
 * with its stale copy (two tabs open on the same views).
 */
export function isStaleRevision(held: number, stored: number): boolean {
  return stored > held;
}

/** Characters of the stored value for these views and kept-aside entries. */
export function storedSize(views: readonly SavedView[], keptAside: readonly unknown[]): number {
  return JSON.stringify(viewsFileOf(views, new Date(0), keptAside)).length;
}

/**
 * Count and size part of the rule: append `incoming` to `current` in order while there are fewer
 * than maxViews views and (when `maxChars` is given) the stored value stays within it. Incoming ids
 * taken by `current` are replaced by fresh ones. Returns the new list and what did not fit, each
 * with its problem (tooMany or storageFull). Nothing is dropped without being returned.
 */
export function admitViews<T extends { view: SavedView }>(
  current: readonly SavedView[],
  incoming: readonly T[],
  opts: { keptAside?: readonly unknown[]; maxChars?: number } = {},
): { views: SavedView[]; refused: (T & { problem: ViewProblem })[] } {
  const views = [...current];
  const refused: (T & { problem: ViewProblem })[] = [];
  let chars = opts.maxChars === undefined ? 0 : storedSize(current, opts.keptAside ?? []);
  for (const item of incoming) {
    if (views.length >= VIEW_LIMITS.maxViews) {
      refused.push({ ...item, problem: { code: "tooMany", max: VIEW_LIMITS.maxViews } });
      continue;
    }
    const id = views.some((v) => v.id === item.view.id) ? nextViewId(views) : item.view.id;
    const view = { ...item.view, id };
    if (opts.maxChars !== undefined) {
      const added = JSON.stringify(view).length + 1; // entry and its comma
      if (chars + added > opts.maxChars) {
        refused.push({
          ...item,
          problem: { code: "storageFull", chars: chars + added, max: opts.maxChars },
        });
        continue;
      }
      chars += added;
    }
    views.push(view);
  }
  return { views, refused };
}

/** What the stored value holds, read by the storage rule. */
export type StoredViews =
  | { mode: "writable"; views: SavedView[]; keptAside: RejectedView[] }
  /** The value as a whole is not a views list this version may write: shown, never overwritten. */
  | {
      mode: "readOnly";
      problem: ViewsFileProblem;
      views: SavedView[];
      keptAside: RejectedView[];
      raw: string;
    };

/**
 * Read the localStorage text. Nothing is dropped: usable views up to maxViews are returned; every
 * other entry is kept aside with its problem (written back unchanged by viewsFileOf). A value that
 * is not JSON, not a views file or of another version gives read-only mode (a newer version's views
 * are still shown when they read as this version's).
 */
export function readStoredViews(text: string | null): StoredViews {
  if (text === null) return { mode: "writable", views: [], keptAside: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      mode: "readOnly",
      problem: { code: "notJson", detail },
      views: [],
      keptAside: [],
      raw: text,
    };
  }
  const file = readViewsFile(json);
  if ("problem" in file) {
    if (file.problem.code === "newerVersion" && isRecord(json)) {
      // Show what this version can read of it; write nothing.
      const best = readViewsFile({ ...json, version: VIEWS_FILE_VERSION });
      if (!("problem" in best)) {
        const { views, refused } = admitViews([], best.views);
        return {
          mode: "readOnly",
          problem: file.problem,
          views,
          keptAside: [...best.rejected, ...refused.map(toRejected)],
          raw: text,
        };
      }
    }
    return { mode: "readOnly", problem: file.problem, views: [], keptAside: [], raw: text };
  }
  const { views, refused } = admitViews([], file.views);
  return {
    mode: "writable",
    views,
    keptAside: [...file.rejected, ...refused.map(toRejected)].sort((a, b) => a.index - b.index),
  };
}

const toRejected = (r: ReadView & { problem: ViewProblem }): RejectedView => ({
  index: r.index,
  title: r.view.title,
  raw: r.raw,
  problem: r.problem,
});

/**
 * What an import (or save) reports, as codes with values (the UI words them: `viewsIssue`).
 * `source` is the file name.
 */
export type ViewsIssue =
  /** The file as a whole cannot be read: nothing imported. */
  | { code: "file"; source: string; problem: ViewsFileProblem }
  /** Entry `index` of the file was not imported. */
  | { code: "view"; source: string; index: number; title: string | null; problem: ViewProblem }
  /** `count` entries (positions first…last) did not fit (tooMany / storageFull); first titles. */
  | {
      code: "notImported";
      source: string;
      problem: ViewProblem;
      count: number;
      first: number;
      last: number;
      titles: string[];
    }
  /** Entry `index` was imported; its link has a problem (it applies its valid parts when played). */
  | { code: "viewLink"; source: string; index: number; title: string; issue: LinkIssue }
  /** The list is read-only: nothing imported. */
  | { code: "readOnly" };

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
  let n = taken.length + 1;
  const ids = new Set(taken.map((v) => v.id));
  while (ids.has(`v${n}`)) n += 1;
  return `v${n}`;
}
