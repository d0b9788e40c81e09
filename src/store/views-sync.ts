import type { StoreApi } from "zustand";
import type { AppState } from "./index";
import { VIEWS_STORAGE_KEY } from "./presentation-slice";

/**
 * Keep the saved views in step across tabs: the browser fires `storage` in every other tab of the
 * origin when one writes localStorage, so a view saved in tab A appears in tab B. A tab never gets
 * its own writes here, so every event is another tab's newer list: it is re-read whatever its
 * revision (a list emptied in tab A is removed, and starts again at revision 1). Writes guard the
 * other way round: a tab re-reads a stored list of higher revision before changing it
 * (presentation-slice.ts refreshIfStale). Returns the function that stops listening.
 */
export function startViewsSync(store: StoreApi<AppState>): () => void {
  const onStorage = (e: StorageEvent) => {
    // key null: localStorage.clear() in another tab.
    if (e.key !== null && e.key !== VIEWS_STORAGE_KEY) return;
    store.getState().reloadSavedViews();
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}
