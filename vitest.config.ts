import { configDefaults, defineConfig } from "vitest/config";

// `vitest run --mode quick` (npm run test:fast) is the loop while editing: every test that needs
// no browser, a worker's files in one process, and property tests trying a fifth of their cases
// (test/helpers/property-runs.ts). `npm test` runs everything, each file apart, every case.
export default defineConfig(({ mode }) => {
  const quick = mode === "quick";
  return {
    test: {
      include: ["test/**/*.test.ts"],
      exclude: quick ? [...configDefaults.exclude, "test/pdf/**"] : configDefaults.exclude,
      ...(quick ? { maxWorkers: 2, isolate: false } : {}),
      // The tests that spawn the CLI run lib/: it is compiled first when src/ is newer.
      globalSetup: ["test/helpers/compiled.ts"],
      setupFiles: ["test/helpers/check-printed-pdfs.ts", "test/helpers/fresh-language.ts"],
      // The suite reads masterplan's English messages; test/i18n runs the CLI in Indonesian.
      env: { MASTERPLAN_LANG: "en", ...(quick ? { MASTERPLAN_TEST_QUICK: "1" } : {}) },
      // PDF tests drive a real browser; give them room on a shared 2-core machine.
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  };
});
