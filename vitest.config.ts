import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The tests that spawn the CLI run lib/: it is compiled first when src/ is newer.
    globalSetup: ["test/helpers/compiled.ts"],
    setupFiles: ["test/helpers/check-printed-pdfs.ts", "test/helpers/fresh-language.ts"],
    // The suite reads masterplan's English messages; test/i18n runs the CLI in Indonesian.
    env: { MASTERPLAN_LANG: "en" },
    // PDF tests drive a real browser; give them room on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
