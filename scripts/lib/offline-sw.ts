import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import {
  OFFLINE_EXCLUDED,
  planOfflineCache,
  type DistFile,
  type OfflinePlan,
} from "./offline-plan";

/** Hex characters of SHA-256 kept per file: enough to tell two versions of a file apart. */
const HASH_CHARS = 20;
const TEMPLATE = resolve(import.meta.dirname, "sw-template.js");

export interface WrittenServiceWorker {
  id: string;
  builtAt: string;
  plan: OfflinePlan;
  hashes: Record<string, string>;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join("/"))
    .sort();
}

function builtAtOf(outDir: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(outDir, "data/manifest.json"), "utf8"));
  const builtAt =
    typeof manifest === "object" && manifest !== null && "builtAt" in manifest
      ? manifest.builtAt
      : null;
  if (typeof builtAt !== "string") throw new Error("data/manifest.json has no builtAt");
  return builtAt;
}

/**
 * Write <outDir>/sw.js for the files now in outDir: their hashes, the precache list and the
 * manifest's builtAt above the worker's code. The build id is a hash of all of them, so a change
 * to any file (code or data) makes a new worker, a new cache and the "new version" notice.
 */
export function writeServiceWorker(outDir: string): WrittenServiceWorker {
  const paths = listFiles(outDir).filter((p) => !OFFLINE_EXCLUDED.test(p));
  const files: DistFile[] = [];
  const hashes: Record<string, string> = {};
  for (const path of paths) {
    const body = readFileSync(join(outDir, path));
    files.push({ path, bytes: statSync(join(outDir, path)).size });
    hashes[path] = createHash("sha256").update(body).digest("hex").slice(0, HASH_CHARS);
  }
  const builtAt = builtAtOf(outDir);
  const plan = planOfflineCache(files);
  const id = createHash("sha256")
    .update(builtAt)
    .update(JSON.stringify(hashes))
    .digest("hex")
    .slice(0, 12);
  const build = { id, builtAt, hashes, precache: plan.precache };
  const source = `const BUILD = ${JSON.stringify(build)};\n${readFileSync(TEMPLATE, "utf8")}`;
  writeFileSync(join(outDir, "sw.js"), source);
  return { id, builtAt, plan, hashes };
}

/** Vite plugin: after a production build has written every file, add sw.js beside index.html. */
export function offlineServiceWorker(): Plugin {
  let config: ResolvedConfig | undefined;
  // closeBundle also runs after a failed build: only a build that wrote its files gets a worker.
  let written = false;
  return {
    name: "offline-service-worker",
    apply: "build",
    configResolved(c) {
      config = c;
    },
    writeBundle() {
      written = true;
    },
    closeBundle() {
      if (!written || !config || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const { id, plan } = writeServiceWorker(outDir);
      const kb = (n: number) => `${Math.round(n / 1024)} kB`;
      config.logger.info(
        `sw.js ${id}: ${plan.precache.length} files precached (${kb(plan.precacheBytes)}), ` +
          `${plan.runtime.length} cached when first used (${kb(plan.runtimeBytes)})`,
      );
    },
  };
}
