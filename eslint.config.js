import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

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
  {
    // The core is pure: no UI, map, store or network. Keeps the index maths testable in node.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "maplibre-gl", "zustand", "papaparse"],
          // Types of the data contract are allowed (no runtime code); loaders and schemas are not.
          patterns: [
            {
              group: [
                "../store/*",
                "../map/*",
                "../panels/*",
                "../app/*",
                "../data/*",
                "!../data/contract",
              ],
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "fetch", "window", "document"],
    },
  },
);
