import { defineConfig } from "vitest/config";

// End-to-end tests drive the built app (dist/) in Debian's headless Chromium.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
