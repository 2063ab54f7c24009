/**
 * The cases a property test tries: all `n` in `npm test` and CI, a fifth of them in
 * `npm run test:fast` (vitest's quick mode, see vitest.config.ts), so the loop while editing
 * stays short and the full suite keeps every case.
 */
export function propertyRuns(n: number): number {
  return process.env.MASTERPLAN_TEST_QUICK === "1" ? Math.ceil(n / 5) : n;
}
