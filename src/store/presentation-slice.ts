import type { StateCreator } from "zustand";
import {
  MAX_TITLE_LENGTH,
  moveItem,
  nextViewId,
  parseViewsFile,
  viewsFileOf,
  type SavedView,
} from "../core/saved-views";
import type { AppState } from "./index";
import {
  applyHash,
  decodeUrlState,
  encodeStore,
  urlContextOf,
  type ReportTarget,
} from "./url-sync";

/** localStorage key of the saved views (same shape as the exported file). */
export const VIEWS_STORAGE_KEY = "mapa-riesgo.vistas.v1";

export interface PresentationSlice {
  presenting: boolean;
  /** Saved view being shown while presenting; null = the current map. */
  slideIndex: number | null;
  slides: SavedView[];
  /** Printable report open (#report=…); null = the map. */
  report: ReportTarget | null;
  /** Problems found in the last link or imported file (Spanish), shown in a dismissable notice. */
  linkIssues: string[];
  startPresentation: (slideIndex?: number | null) => void;
  stopPresentation: () => void;
  /** Show saved view `index` (applies its state); out of range is ignored. */
  gotoSlide: (index: number) => void;
  nextSlide: () => void;
  prevSlide: () => void;
  /** Save the current map as a view; returns its id. */
  saveView: (title: string) => string;
  renameView: (id: string, title: string) => void;
  deleteView: (id: string) => void;
  moveView: (id: string, delta: number) => void;
  /** Add the views of an imported file (appended); returns the issues. */
  importViews: (json: unknown, fileName: string) => string[];
  exportViews: () => string;
  setReport: (report: ReportTarget | null) => void;
  setLinkIssues: (issues: string[]) => void;
}

function loadStoredViews(): SavedView[] {
  try {
    if (typeof localStorage === "undefined") return [];
    const raw = localStorage.getItem(VIEWS_STORAGE_KEY);
    if (raw === null) return [];
    const parsed: unknown = JSON.parse(raw);
    return parseViewsFile(parsed, "localStorage").views;
  } catch {
    return []; // corrupted storage must not break the app
  }
}

function storeViews(views: readonly SavedView[]): void {
  try {
    if (typeof localStorage === "undefined") return;
    localStorage.setItem(VIEWS_STORAGE_KEY, JSON.stringify(viewsFileOf(views, new Date())));
  } catch {
    // Quota exceeded or storage disabled (private mode): the views live for this session only.
  }
}

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (
  set,
  get,
  api,
) => {
  const setSlides = (slides: SavedView[]) => {
    set({ slides });
    storeViews(slides);
  };
  return {
    presenting: false,
    slideIndex: null,
    slides: loadStoredViews(),
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
      set({ linkIssues: issues.map((m) => `«${view.title}»: ${m}`) });
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
      const slides = get().slides;
      const id = nextViewId(slides);
      const view: SavedView = {
        id,
        title: title.trim().slice(0, MAX_TITLE_LENGTH) || `Vista ${slides.length + 1}`,
        hash: encodeStore(get(), { view: true }),
        savedAt: new Date().toISOString(),
      };
      setSlides([...slides, view]);
      return id;
    },
    renameView: (id, title) => {
      const t = title.trim().slice(0, MAX_TITLE_LENGTH);
      if (t === "") return;
      setSlides(get().slides.map((v) => (v.id === id ? { ...v, title: t } : v)));
    },
    deleteView: (id) => {
      const slides = get().slides.filter((v) => v.id !== id);
      setSlides(slides);
      const i = get().slideIndex;
      if (i !== null && i >= slides.length)
        set({ slideIndex: slides.length > 0 ? slides.length - 1 : null });
    },
    moveView: (id, delta) => {
      const slides = get().slides;
      const i = slides.findIndex((v) => v.id === id);
      if (i < 0) return;
      setSlides(moveItem(slides, i, i + delta));
    },
    importViews: (json, fileName) => {
      const ctx = urlContextOf(get());
      const { views, issues } = parseViewsFile(
        json,
        fileName,
        (h) => decodeUrlState(h, ctx).issues,
      );
      const taken = [...get().slides];
      for (const v of views) {
        const id = taken.some((t) => t.id === v.id) ? nextViewId(taken) : v.id;
        taken.push({ ...v, id });
      }
      setSlides(taken);
      return issues;
    },
    exportViews: () => JSON.stringify(viewsFileOf(get().slides, new Date()), null, 2),
    setReport: (report) => set({ report, presenting: false, slideIndex: null }),
    setLinkIssues: (linkIssues) => set({ linkIssues }),
  };
};
