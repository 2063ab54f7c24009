import type { Io } from "./io.js";

/** Step names with timings on a terminal; plain lines without timings elsewhere (CI logs). */
export function progressReporter(io: Io): (step: string, ms: number) => void {
  if (io.stderrTty)
    return (step, ms) => io.err(`  ${step.padEnd(16)} ${(ms / 1000).toFixed(2)} s\n`);
  return (step) => io.err(`masterplan: ${step} done\n`);
}
