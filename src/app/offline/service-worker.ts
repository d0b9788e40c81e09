/**
 * The page's side of offline use: registers dist/sw.js (written by scripts/lib/offline-sw.ts) once
 * the app is ready, and keeps what the offline notice shows — whether the page runs offline, the
 * date its data were saved, and whether a newer version is waiting to take over.
 */
export interface OfflineState {
  /** navigator.onLine is false, or the last request through the network failed. */
  offline: boolean;
  /** When the service worker stored this build's files (ISO); null before the first save. */
  savedAt: string | null;
  /** A newer build's worker is installed and waits for the page's go-ahead. */
  updateReady: boolean;
}

/** Where the worker keeps { build, builtAt, savedAt } of its cache (see scripts/lib/sw-template.js). */
const META_PATH = "__offline-meta.json";
/** How often an open page asks the server for a newer build. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let state: OfflineState = { offline: false, savedAt: null, updateReady: false };
let fetchFailed = false;
const listeners = new Set<() => void>();

function set(patch: Partial<OfflineState>): void {
  const next = { ...state, ...patch };
  if (
    next.offline === state.offline &&
    next.savedAt === state.savedAt &&
    next.updateReady === state.updateReady
  )
    return;
  state = next;
  for (const l of listeners) l();
}

export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getOfflineState = (): OfflineState => state;

function refreshOnline(): void {
  set({ offline: !navigator.onLine || fetchFailed });
}

async function readSavedAt(): Promise<void> {
  if (!("caches" in window)) return;
  const res = await caches.match(new URL(META_PATH, document.baseURI).href);
  if (!res) return;
  const meta: unknown = await res.json();
  if (typeof meta === "object" && meta !== null && "savedAt" in meta) {
    const savedAt = meta.savedAt;
    if (typeof savedAt === "string") set({ savedAt });
  }
}

let waiting: ServiceWorker | null = null;
let reloading = false;

function watchWaiting(reg: ServiceWorkerRegistration): void {
  const offer = (w: ServiceWorker | null) => {
    // With no controller this is the first install, not an update: nothing to offer.
    if (!w || !navigator.serviceWorker.controller) return;
    waiting = w;
    set({ updateReady: true });
  };
  offer(reg.waiting);
  reg.addEventListener("updatefound", () => {
    const installing = reg.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed") offer(installing);
    });
  });
}

async function checkForUpdate(reg: ServiceWorkerRegistration): Promise<void> {
  try {
    await reg.update();
    fetchFailed = false;
  } catch {
    // The server could not be reached: the page runs from its cache.
    fetchFailed = true;
  }
  refreshOnline();
}

/** Let the waiting build take over, then reload into it (the "Reload" button). */
export function applyUpdate(): void {
  if (!waiting) return;
  reloading = true;
  waiting.postMessage({ type: "SKIP_WAITING" });
}

function whenAppReady(): Promise<void> {
  return new Promise((resolve) => {
    const root = document.documentElement;
    if (root.dataset.state === "ready") return resolve();
    const observer = new MutationObserver(() => {
      if (root.dataset.state !== "ready") return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: ["data-state"] });
  });
}

/**
 * Production builds only (main.tsx): registers the worker after the first ready, so caching does
 * not compete with the start-up downloads. A page opened from a file share (file://) or over plain
 * http on another host has no service worker: it simply works online, as before.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  window.addEventListener("online", refreshOnline);
  window.addEventListener("offline", refreshOnline);
  refreshOnline();
  const sw = navigator.serviceWorker;
  sw.addEventListener("message", (e: MessageEvent<unknown>) => {
    const type = typeof e.data === "object" && e.data !== null && "type" in e.data && e.data.type;
    // The worker went to the network for a file it did not hold yet: did it get through?
    if (type === "network-failed" || type === "network-ok") {
      fetchFailed = type === "network-failed";
      refreshOnline();
    }
  });
  sw.addEventListener("controllerchange", () => {
    if (reloading) window.location.reload();
    else void readSavedAt();
  });
  void readSavedAt();
  void whenAppReady().then(async () => {
    try {
      const reg = await sw.register("./sw.js", { scope: "./" });
      watchWaiting(reg);
      // A page the worker already serves asks for a newer build (and learns whether it is offline);
      // on the first visit the worker is still installing and there is nothing newer to ask for.
      if (sw.controller) await checkForUpdate(reg);
      await sw.ready;
      await readSavedAt();
      window.setInterval(() => void checkForUpdate(reg), UPDATE_CHECK_MS);
      window.addEventListener("online", () => void checkForUpdate(reg));
    } catch (e) {
      console.warn("service worker:", e);
    }
  });
}
