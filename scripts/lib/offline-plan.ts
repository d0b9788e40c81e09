/**
 * What the service worker keeps for offline use, decided at build time from the files of dist/.
 *
 * - precached on install (the app cannot open without them, or it fetches them at every visit):
 *   the app shell (index.html, assets/**), the start-up data (manifest, districts table, vector
 *   tiles) and the detailed boundaries (loaded right after the first draw, every visit);
 * - the on-demand files (crime trends, registers, glyphs, the 25 monthly files by department) are
 *   grouped by folder (a top-level file is a group of its own) and whole groups are precached,
 *   smallest first, while their total stays within LAZY_PRECACHE_BUDGET_BYTES;
 * - the rest is cached at runtime, the first time the app asks for it (a department's monthly file
 *   once that department is opened): a council session looks at one or a few departments, and the
 *   25 monthly files (≈ 3.3 MB) weigh more than the whole start-up set.
 *
 * Every listed file carries its content hash: the worker checks each body it stores against it, so
 * the cache of one build never holds (or serves) a file of another build.
 */
export const LAZY_PRECACHE_BUDGET_BYTES = 1_048_576;

/** Paths (relative to dist/) that are not part of the app: never listed, never cached. */
export const OFFLINE_EXCLUDED = /(^|\/)(sw\.js|_headers|nginx\.conf)$|\.(map|md|txt)$/;

const ALWAYS_PRECACHED = [
  /^index\.html$/,
  /^assets\//,
  /^data\/manifest\.json$/,
  /^data\/districts\.json$/,
  /^data\/tiles\//,
  /^data\/boundaries\.topo\.json$/,
];

export interface DistFile {
  /** Relative to dist/, with forward slashes. */
  path: string;
  bytes: number;
}

export interface OfflinePlan {
  precache: string[];
  runtime: string[];
  precacheBytes: number;
  runtimeBytes: number;
}

/** The group of an on-demand file: its folder, or the file itself at the top of dist/. */
function groupOf(path: string): string {
  const slash = path.lastIndexOf("/");
  const folder = slash < 0 ? "" : path.slice(0, slash);
  return folder === "" || folder === "data" ? path : folder;
}

/**
 * Split the build's files into precached and runtime-cached, as described above. Groups of equal
 * size are taken in path order, so the plan is the same for the same files.
 */
export function planOfflineCache(
  files: DistFile[],
  lazyBudgetBytes = LAZY_PRECACHE_BUDGET_BYTES,
): OfflinePlan {
  const listed = files.filter((f) => !OFFLINE_EXCLUDED.test(f.path));
  const precache: DistFile[] = [];
  const groups = new Map<string, DistFile[]>();
  for (const f of listed) {
    if (ALWAYS_PRECACHED.some((re) => re.test(f.path))) precache.push(f);
    else {
      const g = groupOf(f.path);
      groups.set(g, [...(groups.get(g) ?? []), f]);
    }
  }
  const sized = [...groups.entries()]
    .map(([name, members]) => ({ name, members, bytes: members.reduce((s, f) => s + f.bytes, 0) }))
    .sort((a, b) => a.bytes - b.bytes || a.name.localeCompare(b.name));
  const runtime: DistFile[] = [];
  let lazyBytes = 0;
  for (const g of sized) {
    if (lazyBytes + g.bytes <= lazyBudgetBytes) {
      lazyBytes += g.bytes;
      precache.push(...g.members);
    } else runtime.push(...g.members);
  }
  const byPath = (a: DistFile, b: DistFile) => a.path.localeCompare(b.path);
  precache.sort(byPath);
  runtime.sort(byPath);
  return {
    precache: precache.map((f) => f.path),
    runtime: runtime.map((f) => f.path),
    precacheBytes: precache.reduce((s, f) => s + f.bytes, 0),
    runtimeBytes: runtime.reduce((s, f) => s + f.bytes, 0),
  };
}
