import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer boundaries are written once, in eslint.config.js. This proves they bite: each case
// lints a one-line file placed (virtually) in a layer and expects the boundary rule to fire or not.
const root = fileURLToPath(new URL("..", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === "no-restricted-imports");
}

describe("layer boundaries (eslint.config.js)", () => {
  it.each([
    ["src/store/x.ts", 'import { Legend } from "../panels/Legend";'],
    ["src/store/x.ts", 'import { COPY } from "../i18n/copy";'],
    ["src/map/x.ts", 'import { Legend } from "../panels/Legend";'],
    ["src/panels/x.tsx", 'import { MapView } from "../map/MapView";'],
    ["src/panels/crime/x.tsx", 'import { fetchJson } from "../../data/load";'],
    ["src/core/x.ts", 'import { useAppStore } from "../store";'],
    ["src/core/x.ts", 'import { INDICATORS } from "../config/indicators";'],
    ["src/core/x.ts", 'import { parseManifest } from "../data/schema";'],
    ["src/core/x.ts", 'import maplibregl from "maplibre-gl";'],
    ["src/data/x.ts", 'import { useAppStore } from "../store";'],
    // JSON data enters through config: core keeps the parsers, config holds the parsed values.
    ["src/core/x.ts", 'import presetsJson from "../../data/presets.json";'],
    ["src/core/x.ts", 'import familiesJson from "../../data/sidpol-families.json";'],
    ["src/config/x.ts", 'import { fetchJson } from "../data/load";'],
  ])("%s may not: %s", async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ["src/panels/x.tsx", 'import { useAppStore } from "../store";'],
    ["src/panels/x.tsx", 'import { COPY } from "../i18n/copy";'],
    ["src/map/x.ts", 'import { useAppStore } from "../store";'],
    ["src/store/x.ts", 'import { computeComposite } from "../core/composite";'],
    ["src/core/x.ts", 'import type { Series } from "../data/contract";'],
    ["src/config/x.ts", 'import { defaultMethodology } from "../core/composite";'],
    ["src/config/x.ts", 'import presetsJson from "../../data/presets.json";'],
  ])("%s may: %s", async (file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });
});
