import { defineConfig } from "vitest/config";

// Two projects: `unit` (pure functions, no browser, no build; `npm run test:unit`, a few seconds) and
// `e2e` (real builds, real Chromium, real PDF tools; named *.e2e.test.ts). Only e2e pays for the
// fixture build in tests/global-setup.ts.
export default defineConfig({
  test: {
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ["default", ["json", { outputFile: ".cache/vitest-report.json" }]],
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/**/*.e2e.test.ts"],
          setupFiles: ["tests/setup.ts"],
          testTimeout: 20_000,
          // Pure modules: one module graph per worker instead of per file (imports dominate otherwise).
          isolate: false,
          // The fast tests run first, then the end-to-end ones (which share the machine with Chromium).
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/**/*.e2e.test.ts"],
          globalSetup: ["tests/global-setup.ts"],
          setupFiles: ["tests/setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Browser and PDF tests share one machine of 2 cores: keep the number of parallel files small.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
