import type { Io } from "./io.js";
import { t, type MessageKey } from "../i18n/language.js";

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
    return {
      start: () => undefined,
      done: (step) => io.err(`masterplan: ${t("progress.done", { step: stepWords(step) })}\n`),
    };
  let ticking: { step: string; started: number; timer: NodeJS.Timeout } | null = null;
  const line = (step: string, seconds: string) => `\r  ${stepWords(step).padEnd(WIDTH)} ${seconds}`;
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

const STEPS: Record<string, MessageKey> = {
  validate: "progress.validate",
  write: "progress.write",
  figures: "progress.figures",
  render: "progress.render",
  docx: "progress.docx",
  "launch browser": "progress.launch-browser",
  "load page": "progress.load-page",
  join: "progress.join",
};

/** A build step's name in the user's language: "print pass 2" → "cetak tahap 2". */
export function stepWords(step: string): string {
  const part = /^part (\d+)\/(\d+): (.*)$/.exec(step);
  if (part) return t("progress.part", { i: part[1]!, n: part[2]!, step: stepWords(part[3]!) });
  const pass = /^print pass (\d+)$/.exec(step);
  if (pass) return t("progress.print-pass", { n: pass[1]! });
  const key = STEPS[step];
  return key ? t(key) : step;
}
