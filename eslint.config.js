import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/**
 * Layer boundaries: the one-way flow `data → core (pure) → store → map | panels`, composed by app.
 * Each entry: the folder, and the sibling folders under src/ it may NOT import (README, Layout).
 *   core     pure maths: no UI, store, map, text, loaders, workers, config (config reaches it as arguments)
 *   config   indicators, presets, palettes: may use core types and functions only
 *   data     fetch and validate public/data: core and config only
 *   lib      formatting and citation helpers: core types and the data contract only
 *   workers  heavy work off the main thread: core, data, config, lib
 *   store    state and derivations: never UI (map, panels, app) nor words (i18n)
 *   i18n     every UI text (es, en): may read types of the store, never the UI
 *   map      the MapLibre view: store, core, config, lib, i18n; never panels or app
 *   panels   the side panels: store, core, config, lib, i18n; never map, app, loaders or workers
 */
const LAYERS = {
  core: ["store", "map", "panels", "app", "i18n", "workers", "config", "lib", "data"],
  config: ["store", "map", "panels", "app", "i18n", "workers", "data", "lib"],
  data: ["store", "map", "panels", "app", "i18n", "workers"],
  lib: ["store", "map", "panels", "app", "workers"],
  workers: ["store", "map", "panels", "app", "i18n"],
  store: ["map", "panels", "app", "i18n"],
  i18n: ["map", "panels", "app"],
  map: ["panels", "app", "workers"],
  panels: ["map", "app", "workers"],
};

/** A relative import that climbs into one of `folders` (e.g. "../store", "../../store/index"). */
const into = (folders) => `^(\\.\\./)+(${folders.join("|")})(/|$)`;

const boundary = (layer, banned) => {
  const patterns = [
    {
      regex: into(banned),
      message: `${layer}/ may not import ${banned.join(", ")} (eslint.config.js, README Layout).`,
    },
  ];
  if (layer === "core") {
    // The data contract is types only: allowed in core (everything else under data/ is not).
    patterns[0] = {
      regex: into(banned.filter((f) => f !== "data")),
      message: patterns[0].message,
    };
    patterns.push({
      regex: "^\\.\\./data/(?!contract$)",
      message: "core/ may import only the data contract (types) from data/.",
    });
    // No work at import time: the repository's data/*.json files are parsed once in src/config/ and
    // reach core as arguments (core keeps the pure parsers).
    patterns.push({
      regex: "^(\\.\\./)+data/.*\\.json$",
      message: "core/ may not import data/*.json: JSON data enters through src/config/.",
    });
  }
  if (layer === "config") {
    // config/ is where data/*.json (the repository's data folder) is parsed; src/data/ (loading
    // and schema) stays out of reach.
    patterns[0] = {
      regex: into(banned.filter((f) => f !== "data")),
      message: patterns[0].message,
    };
    patterns.push({
      regex: "^(\\.\\./)+data(/(?!.*\\.json$)|$)",
      message: "config/ may import only JSON files from data/ (src/data/ loads at run time).",
    });
  }
  if (layer === "panels") {
    // Panels display; loading and parsing go through the store.
    patterns.push({
      regex: "^(\\.\\./)+data/(load|schema)$",
      message: "panels/ do not fetch or parse: load through the store.",
    });
  }
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths:
            layer === "core"
              ? ["react", "react-dom", "maplibre-gl", "zustand", "papaparse"]
              : layer === "store" || layer === "data" || layer === "config" || layer === "workers"
                ? ["react", "react-dom", "maplibre-gl"]
                : [],
          patterns,
        },
      ],
      ...(layer === "core"
        ? { "no-restricted-globals": ["error", "fetch", "window", "document"] }
        : {}),
    },
  };
};

export default tseslint.config(
  { ignores: ["dist", "public/data", "node_modules", ".bench", "screenshots"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  ...Object.entries(LAYERS).map(([layer, banned]) => boundary(layer, banned)),
);
