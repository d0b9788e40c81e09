import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeServiceWorker } from "./offline-sw";

/** A made-up build folder (fixture): three tiny files and a manifest. */
function fixtureBuild(indexBody: string): string {
  const dir = mkdtempSync(join(tmpdir(), "offline-sw-"));
  mkdirSync(join(dir, "data"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), indexBody);
  writeFileSync(join(dir, "assets/app.js"), "x");
  writeFileSync(join(dir, "data/manifest.json"), '{"builtAt":"2026-01-02T03:04:05.000Z"}');
  return dir;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("writeServiceWorker", () => {
  it("lists each file with the first 20 hex digits of its SHA-256 and the manifest's builtAt", () => {
    const dir = fixtureBuild("abc");
    dirs.push(dir);
    const sw = writeServiceWorker(dir);
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2).
    expect(sw.hashes["index.html"]).toBe("ba7816bf8f01cfea4141");
    expect(sw.builtAt).toBe("2026-01-02T03:04:05.000Z");
    expect(Object.keys(sw.hashes).sort()).toEqual([
      "assets/app.js",
      "data/manifest.json",
      "index.html",
    ]);
    const text = readFileSync(join(dir, "sw.js"), "utf8");
    expect(text.startsWith(`const BUILD = {"id":"${sw.id}"`)).toBe(true);
    expect(text).toContain('self.addEventListener("fetch"');
    // Written again, the worker does not list itself.
    expect(Object.keys(writeServiceWorker(dir).hashes)).not.toContain("sw.js");
  });

  it("gives a build with one changed file another id (a new worker and a new cache)", () => {
    const a = fixtureBuild("abc");
    const b = fixtureBuild("abd");
    dirs.push(a, b);
    expect(writeServiceWorker(a).id).not.toBe(writeServiceWorker(b).id);
    const c = fixtureBuild("abc");
    dirs.push(c);
    expect(writeServiceWorker(c).id).toBe(writeServiceWorker(a).id);
  });
});
