import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { preview, type PreviewServer } from "vite";

let server: PreviewServer | undefined;

/** Serve the built app (dist/) on localhost for the browser tests. `npm test` builds it first. */
export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, "..");
  // E2E_DIST lets parallel work serve its own build (`vite build --outDir …`) without clobbering dist/.
  const outDir = resolve(root, process.env.E2E_DIST ?? "dist");
  if (!existsSync(resolve(outDir, "index.html"))) {
    throw new Error(`${outDir} is missing: run \`npm run build\` before the end-to-end tests`);
  }
  server = await preview({
    root,
    build: { outDir },
    logLevel: "error",
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("preview server has no URL");
  project.provide("baseUrl", url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
