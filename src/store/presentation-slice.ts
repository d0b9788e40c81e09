import type { StateCreator } from "zustand";
import type { LinkIssue } from "../core/link-issues";
import {
  admitViews,
  checkViewLink,
  cleanTitle,
  moveItem,
  nextViewId,
  isStaleRevision,
  readStoredViews,
  readViewsFile,
  storedRevision,
  viewsFileOf,
  VIEW_LIMITS,
  type RejectedView,
  type SavedView,
  type ViewProblem,
  type ViewsFileProblem,
  type ViewsIssue,
} from "../core/saved-views";
import type { AppState } from "./index";
import { applyHash, checkStoreLink, encodeStore, type ReportTarget } from "./url-sync";

/** localStorage key of the saved views (same shape as the exported file). */
export const VIEWS_STORAGE_KEY = "mapa-riesgo.vistas.v1";

/** Where the saved views stand with localStorage (core/saved-views.ts, storage rule). */
export interface ViewsStorage {
  /** The stored value cannot be written by this version: why, and its text (for export). */
  readOnly: { problem: ViewsFileProblem; raw: string } | null;
  /** Stored entries that cannot be used: kept in storage unchanged, listed with their problem. */
  keptAside: RejectedView[];
  /** The last write failed (storage full or disabled): the list lives in this session only. */
  writeFailed: boolean;
  /** Revision of the stored list this tab holds (core/saved-views.ts storedRevision). */
  revision: number;
}

export type SaveViewResult =
  { ok: true; id: string } | { ok: false; title: string; problem: ViewProblem };

export interface PresentationSlice {
  presenting: boolean;
  /** Saved view being shown while presenting; null = the current map. */
  slideIndex: number | null;
  slides: SavedView[];
  viewsStorage: ViewsStorage;
  /** Printable report open (#report=…); null = the map. */
  report: ReportTarget | null;
  /** Problems found in the last link or played view (codes), shown in a dismissable notice. */
  linkIssues: LinkIssue[];
  startPresentation: (slideIndex?: number | null) => void;
  stopPresentation: () => void;
  /** Show saved view `index` (applies its state); out of range is ignored. */
  gotoSlide: (index: number) => void;
  nextSlide: () => void;
  prevSlide: () => void;
  /** Save the current map as a view, or refuse it saying why (storage rule). */
  saveView: (title: string) => SaveViewResult;
  renameView: (id: string, title: string) => void;
  deleteView: (id: string) => void;
  moveView: (id: string, delta: number) => void;
  /** Add the views of an imported file (appended) as far as the storage rule allows. */
  importViews: (json: unknown, fileName: string) => { imported: number; issues: ViewsIssue[] };
  exportViews: () => string;
  /** The stored entries that cannot be used (or the whole read-only value), as a file's text. */
  exportKeptAside: () => string;
  /** Remove what is kept aside (the user's explicit choice, after the export is offered). */
  discardKeptAside: () => void;
  /** Re-read localStorage (at start, and when another tab changed it: store/views-sync.ts). */
  reloadSavedViews: () => void;
  /**
   * Whether the state with `patch` applied still fits in a view's link (the storage rule, e.g.
   * before saving a FESC scenario, which travels in the link): null, or the problem naming the size.
   */
  checkLinkFits: (patch: Partial<AppState>) => ViewProblem | null;
  setReport: (report: ReportTarget | null) => void;
  setLinkIssues: (issues: LinkIssue[]) => void;
}

function readStorage(): { text: string | null; failed: boolean } {
  try {
    if (typeof localStorage === "undefined") return { text: null, failed: false };
    return { text: localStorage.getItem(VIEWS_STORAGE_KEY), failed: false };
  } catch {
    return { text: null, failed: true }; // storage disabled: nothing to read, writes will fail too
  }
}

/** The views and their storage state from localStorage, by the storage rule (nothing dropped). */
function loadViews(): { slides: SavedView[]; viewsStorage: ViewsStorage } {
  const { text, failed } = readStorage();
  const r = readStoredViews(text);
  return {
    slides: r.views,
    viewsStorage: {
      readOnly: r.mode === "readOnly" ? { problem: r.problem, raw: r.raw } : null,
      keptAside: r.keptAside,
      writeFailed: failed,
      revision: storedRevision(text),
    },
  };
}

/** Write views + kept-aside entries under `revision`; false when the browser refused. */
function writeViews(
  views: readonly SavedView[],
  keptAside: readonly RejectedView[],
  revision: number,
): boolean {
  try {
    if (typeof localStorage === "undefined") return true; // node tests: no persistence
    const value = viewsFileOf(
      views,
      new Date(),
      keptAside.map((k) => k.raw),
      revision,
    );
    if (views.length === 0 && keptAside.length === 0) localStorage.removeItem(VIEWS_STORAGE_KEY);
    else localStorage.setItem(VIEWS_STORAGE_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Import issues in file order (entries by position), the "did not fit" summaries last. */
const byPosition = (a: ViewsIssue, b: ViewsIssue) => positionOf(a) - positionOf(b);
const positionOf = (i: ViewsIssue) =>
  i.code === "view" || i.code === "viewLink" ? i.index : Number.MAX_SAFE_INTEGER;

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (
  set,
  get,
  api,
) => {
  /** Persist a new list (never when read-only); a failed write is flagged, not hidden. */
  const commit = (slides: SavedView[]) => {
    const st = get().viewsStorage;
    if (st.readOnly) return;
    const revision = st.revision + 1;
    const ok = writeViews(slides, st.keptAside, revision);
    set({
      slides,
      viewsStorage: { ...st, writeFailed: !ok, revision: ok ? revision : st.revision },
    });
  };
  /**
   * Before any change: when another tab wrote a newer list since this tab read it, re-read it, so
   * the change applies to the newer list and never overwrites it with a stale copy.
   */
  const refreshIfStale = () => {
    if (isStaleRevision(get().viewsStorage.revision, storedRevision(readStorage().text)))
      get().reloadSavedViews();
  };
  const readOnly = () => get().viewsStorage.readOnly !== null;
  const keptRaw = () => get().viewsStorage.keptAside.map((k) => k.raw);
  return {
    presenting: false,
    slideIndex: null,
    ...loadViews(),
    report: null,
    linkIssues: [],
    startPresentation: (slideIndex = null) => {
      set({ presenting: true, slideIndex: null, report: null });
      if (slideIndex !== null) get().gotoSlide(slideIndex);
    },
    stopPresentation: () => set({ presenting: false, slideIndex: null }),
    gotoSlide: (index) => {
      const view = get().slides[index];
      if (!view) return;
      set({ slideIndex: index });
      const issues = applyHash(api, view.hash, { resetMissing: true, includeSession: false });
      set({ linkIssues: issues.map((issue) => ({ code: "inView", title: view.title, issue })) });
    },
    nextSlide: () => {
      const { slideIndex, slides } = get();
      if (slides.length === 0) return;
      get().gotoSlide(slideIndex === null ? 0 : Math.min(slides.length - 1, slideIndex + 1));
    },
    prevSlide: () => {
      const { slideIndex, slides } = get();
      if (slides.length === 0 || slideIndex === null) return;
      get().gotoSlide(Math.max(0, slideIndex - 1));
    },
    saveView: (title) => {
      refreshIfStale();
      const slides = get().slides;
      const clean = cleanTitle(title) || `Vista ${slides.length + 1}`;
      if (readOnly()) return { ok: false, title: clean, problem: { code: "readOnly" } };
      const link = checkViewLink(encodeStore(get(), { view: true }));
      if ("problem" in link) return { ok: false, title: clean, problem: link.problem };
      const view: SavedView = {
        id: nextViewId(slides),
        title: clean,
        hash: link.hash,
        savedAt: new Date().toISOString(),
      };
      const { views, refused } = admitViews(slides, [{ view }], {
        keptAside: keptRaw(),
        maxChars: VIEW_LIMITS.maxStoredChars,
      });
      const no = refused[0];
      if (no) return { ok: false, title: clean, problem: no.problem };
      commit(views);
      return { ok: true, id: view.id };
    },
    renameView: (id, title) => {
      refreshIfStale();
      const t = cleanTitle(title);
      if (t === "" || readOnly()) return;
      commit(get().slides.map((v) => (v.id === id ? { ...v, title: t } : v)));
    },
    deleteView: (id) => {
      refreshIfStale();
      if (readOnly()) return;
      const slides = get().slides.filter((v) => v.id !== id);
      commit(slides);
      const i = get().slideIndex;
      if (i !== null && i >= slides.length)
        set({ slideIndex: slides.length > 0 ? slides.length - 1 : null });
    },
    moveView: (id, delta) => {
      refreshIfStale();
      if (readOnly()) return;
      const slides = get().slides;
      const i = slides.findIndex((v) => v.id === id);
      if (i < 0) return;
      commit(moveItem(slides, i, i + delta));
    },
    importViews: (json, fileName) => {
      refreshIfStale();
      if (readOnly()) return { imported: 0, issues: [{ code: "readOnly" }] };
      const source = fileName;
      const file = readViewsFile(json);
      if ("problem" in file)
        return { imported: 0, issues: [{ code: "file", source, problem: file.problem }] };
      const issues: ViewsIssue[] = file.rejected.map((r) => ({
        code: "view",
        source,
        index: r.index,
        title: r.title,
        problem: r.problem,
      }));
      const before = get().slides;
      const { views, refused } = admitViews(before, file.views, {
        keptAside: keptRaw(),
        maxChars: VIEW_LIMITS.maxStoredChars,
      });
      for (const code of ["tooMany", "storageFull"] as const) {
        const group = refused.filter((r) => r.problem.code === code);
        const [first] = group;
        const last = group[group.length - 1];
        if (first && last)
          issues.push({
            code: "notImported",
            source,
            problem: first.problem,
            count: group.length,
            first: first.index,
            last: last.index,
            titles: group.slice(0, 5).map((r) => r.view.title),
          });
      }
      const refusedAt = new Set(refused.map((r) => r.index));
      for (const r of file.views) {
        if (refusedAt.has(r.index)) continue;
        for (const issue of checkStoreLink(get(), r.view.hash))
          issues.push({ code: "viewLink", source, index: r.index, title: r.view.title, issue });
      }
      commit(views);
      return { imported: views.length - before.length, issues: issues.sort(byPosition) };
    },
    exportViews: () => JSON.stringify(viewsFileOf(get().slides, new Date()), null, 2),
    exportKeptAside: () => {
      const st = get().viewsStorage;
      if (st.readOnly) return st.readOnly.raw;
      return JSON.stringify(viewsFileOf([], new Date(), keptRaw()), null, 2);
    },
    discardKeptAside: () => {
      const st = get().viewsStorage;
      const next: ViewsStorage = {
        readOnly: null,
        keptAside: [],
        writeFailed: st.writeFailed,
        revision: st.revision,
      };
      set({ viewsStorage: next });
      if (st.readOnly) {
        // The user chose to replace what this version could not write: start from what is shown.
        try {
          if (typeof localStorage !== "undefined") localStorage.removeItem(VIEWS_STORAGE_KEY);
        } catch {
          // nothing stored to remove
        }
      }
      commit(get().slides);
    },
    reloadSavedViews: () => set({ ...loadViews(), slideIndex: null }),
    checkLinkFits: (patch) => {
      const link = checkViewLink(encodeStore({ ...get(), ...patch }, { view: true }));
      return "problem" in link ? link.problem : null;
    },
    setReport: (report) => set({ report, presenting: false, slideIndex: null }),
    setLinkIssues: (linkIssues) => set({ linkIssues }),
  };
};
