import type { Io } from "./io.js";

export interface Progress {
  /** A step began: a terminal shows it with a running count of seconds. */
  start(step: string): void;
  /** A step ended after `ms`. */
  done(step: string, ms: number): void;
}

const WIDTH = 26;
const TICK_MS = 250;

/**
 * How a build reports its steps. On a terminal: each step with a running count of seconds
 * while it works (printing a long document takes a while) and its time when done. Elsewhere
 * (CI logs): a plain line per step, without times, so logs compare cleanly. Quiet: nothing.
 */
export function progressReporter(io: Io, { quiet = false }: { quiet?: boolean } = {}): Progress {
  if (quiet) return { start: () => undefined, done: () => undefined };
  if (!io.stderrTty)
    return { start: () => undefined, done: (step) => io.err(`masterplan: ${step} done\n`) };
  let ticking: { step: string; started: number; timer: NodeJS.Timeout } | null = null;
  const line = (step: string, seconds: string) => `\r  ${step.padEnd(WIDTH)} ${seconds}`;
  return {
    start(step) {
      const started = Date.now();
      io.err(line(step, "…"));
      const timer = setInterval(() => {
        const seconds = Math.floor((Date.now() - started) / 1000);
        if (seconds > 0) io.err(line(step, `${seconds} s …`));
      }, TICK_MS);
      timer.unref();
      ticking = { step, started, timer };
    },
    done(step, ms) {
      if (ticking?.step === step) clearInterval(ticking.timer);
      ticking = null;
      io.err(`${line(step, `${(ms / 1000).toFixed(2)} s`)}      \n`);
    },
  };
}
