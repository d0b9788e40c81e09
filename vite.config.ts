import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// Relative base so the built app works from any static path (file share, USB stick, sub-folder).
export default defineConfig({
  base: "./",
  plugins: [react()],
  worker: { format: "es" },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
  },
});
