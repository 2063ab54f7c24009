import { spawn } from "node:child_process";
import { cp, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const BIN = path.resolve("bin/masterplan.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (compiled by `npm test`) with NO_COLOR=1. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh copy of the bundled plan to break on purpose. */
export async function copyPlan(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-plan-"));
  await cp("masterplan", dir, { recursive: true });
  return dir;
}

/**
 * Runs the CLI in this process, as `run()` is called by the bin: quicker than a process when a
 * test runs many commands, and the exit code tells a bug (70) from the plan's problems alike.
 */
export async function runInProcess(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  const { run } = await import("../../src/cli/run.js");
  let stdout = "";
  let stderr = "";
  const code = await run(["node", "masterplan", ...args], {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    stdoutTty: false,
    stderrTty: false,
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  return { code, stdout, stderr };
}

/**
 * The YAML key written on a diagnostic's line: messages name a field in words, so tests that
 * ask which field a problem is about read the key from the source.
 */
export function keyOnLine(text: string, line: number): string | undefined {
  return /^\s*(?:- )?([\w-]+):/.exec(text.split("\n")[line - 1] ?? "")?.[1];
}
