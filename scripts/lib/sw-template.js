/* Service worker of the map (offline use). Written into dist/sw.js by scripts/lib/offline-sw.ts,
 * which puts `const BUILD = {...}` above this text: the build's id, the manifest's builtAt, the
 * content hash of every file of the build and the list to precache (scripts/lib/offline-plan.ts).
 *
 * Rules: one cache per build ("mapa-riesgo-<id>"), older ones deleted on activate; every body is
 * checked against its hash before it is stored, so the cache never serves a file of another build;
 * an install that meets a file of another build (a deploy under way) fails whole and is retried
 * by the browser later; only GET requests for files of this build, on this origin, are answered
 * (nothing else is touched and no request leaves the origin); a new build waits until the page
 * asks it to take over. */
/* global BUILD */
const PREFIX = "mapa-riesgo-";
const CACHE = PREFIX + BUILD.id;
const SCOPE = self.registration.scope;
const INDEX_URL = new URL("index.html", SCOPE).href;
/** Read by the page for its offline notice ("datos guardados del …"). */
const META_URL = new URL("__offline-meta.json", SCOPE).href;
const HASH_HEADER = "x-content-sha256";

/** Absolute URL → expected hash prefix (hex). */
const HASHES = new Map(
  Object.entries(BUILD.hashes).map(([path, hash]) => [new URL(path, SCOPE).href, hash]),
);

async function hashOf(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A stored response: the checked body, its type and its hash (for reuse by the next build). */
function storedResponse(body, type, hash) {
  const headers = { [HASH_HEADER]: hash };
  if (type) headers["content-type"] = type;
  return new Response(body, { status: 200, headers });
}

class MismatchError extends Error {}

/** Fetch a file of this build and check its body; throws on network failure or another build. */
async function fetchChecked(url) {
  const expected = HASHES.get(url);
  // "no-cache": revalidate with the server, never a stale copy of the browser's HTTP cache.
  const res = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const body = await res.arrayBuffer();
  const hash = await hashOf(body);
  if (!hash.startsWith(expected)) throw new MismatchError(`${url}: not of build ${BUILD.id}`);
  return storedResponse(body, res.headers.get("content-type"), expected);
}

/** The same file from an older build's cache, when its hash has not changed (no new download). */
async function reuseFromOlderCache(url) {
  const expected = HASHES.get(url);
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const hit = await (await caches.open(name)).match(url);
    if (hit && hit.headers.get(HASH_HEADER) === expected) return hit;
  }
  return null;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const urls = BUILD.precache.map((p) => new URL(p, SCOPE).href);
      // A few at a time: the page may still be loading its own files.
      let next = 0;
      const worker = async () => {
        while (next < urls.length) {
          const url = urls[next++];
          if (await cache.match(url)) continue;
          const res = (await reuseFromOlderCache(url)) ?? (await fetchChecked(url));
          await cache.put(url, res);
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      const meta = { build: BUILD.id, builtAt: BUILD.builtAt, savedAt: new Date().toISOString() };
      await cache.put(
        META_URL,
        new Response(JSON.stringify(meta), { headers: { "content-type": "application/json" } }),
      );
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // The first visit is served by this worker from now on, without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

async function tellPages(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) {
    client.postMessage(message);
  }
}

/** Cache first; on a miss, the network (checked, then stored). */
async function respond(url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(url);
  if (hit) return hit;
  try {
    const res = await fetchChecked(url);
    await cache.put(url, res.clone());
    void tellPages({ type: "network-ok" });
    return res;
  } catch (e) {
    if (e instanceof MismatchError) {
      // The server holds another build: never mix files of two builds; look for its worker.
      self.registration.update().catch(() => {});
      void tellPages({ type: "build-mismatch" });
      return new Response("", { status: 409, statusText: "Build mismatch" });
    }
    void tellPages({ type: "network-failed" });
    return Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  url.hash = "";
  let key = url.origin + url.pathname;
  // Any page of the app (with a query, the folder itself) is index.html of this build.
  if (req.mode === "navigate" && (key === SCOPE || key === INDEX_URL)) key = INDEX_URL;
  else if (url.search !== "") return;
  if (!HASHES.has(key)) return;
  event.respondWith(respond(key));
});
