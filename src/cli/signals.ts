import { constants } from "node:os";

/**
 * Ctrl-C, SIGTERM and SIGHUP, trapped from the first moment the CLI runs. A command that can
 * stop cleanly (a build closing its browser, a preview closing its server) holds the signal
 * and ends on its own; with no such command running, or at a second signal, the process exits
 * at once, and its exit hooks still kill any browser it started.
 */
export interface Interruption {
  signal: AbortSignal;
  /** The signal that arrived, if any. */
  received(): NodeJS.Signals | null;
  /** While held, a signal aborts `signal` instead of exiting. Returns the release. */
  hold(): () => void;
}

const TRAPPED: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** The shell's exit code for a process ended by a signal: 128 + its number. */
export function signalExitCode(signal: NodeJS.Signals | null): number {
  return 128 + (signal ? (constants.signals[signal] ?? 2) : 2);
}

export function trapSignals({
  write = (t: string) => void process.stderr.write(t),
}: { write?: (text: string) => void } = {}): Interruption {
  const controller = new AbortController();
  let holders = 0;
  let got: NodeJS.Signals | null = null;
  const on = (sig: NodeJS.Signals) => {
    const first = got === null;
    got ??= sig;
    if (first && holders > 0) {
      controller.abort();
      return;
    }
    controller.abort();
    write(first ? "masterplan: interrupted.\n" : "");
    process.exit(signalExitCode(got));
  };
  for (const sig of TRAPPED) process.on(sig, on);
  return {
    signal: controller.signal,
    received: () => got,
    hold() {
      holders++;
      let released = false;
      return () => {
        if (!released) holders--;
        released = true;
      };
    },
  };
}

/** For code run without the CLI's trap (tests, the library): a signal that never fires. */
export function noInterruption(): Interruption {
  return {
    signal: new AbortController().signal,
    received: () => null,
    hold: () => () => undefined,
  };
}
