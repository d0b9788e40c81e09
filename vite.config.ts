import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { offlineServiceWorker } from "./scripts/lib/offline-sw";

// Relative base so the built app works from any static path (file share, USB stick, sub-folder).
export default defineConfig({
  base: "./",
  // sw.js (offline use) is written after the build from the files of dist/: production only.
  plugins: [react(), offlineServiceWorker()],
  worker: { format: "es" },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
  },
});
