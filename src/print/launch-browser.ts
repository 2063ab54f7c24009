import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Browser, ConnectionTransport } from "puppeteer-core";
import { processAlive } from "../write/process-alive.js";
import { interrupted, MasterplanError } from "../diagnostics/masterplan-error.js";
import { installHint } from "./find-browser.js";
import { LAUNCH_FLAGS } from "./launch-flags.js";
import { t } from "../i18n/language.js";

/** A running browser that masterplan started, and the one way to end it. */
export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser, kills whatever of it is left, and removes its profile folder. */
  close(): Promise<void>;
  /** Kills it at once (the deadline of a step passed). */
  kill(): void;
  /** The last lines the browser wrote on stderr, for messages about its failure. */
  stderr(): string;
}

export interface LaunchOptions {
  /** How long the browser may take to answer its first message. */
  launchTimeoutMs?: number;
  /** How long any one message to the browser may take. */
  protocolTimeoutMs: number;
  signal?: AbortSignal | undefined;
}

/** Browser profiles live here, named by the owning process, so that stale ones can be swept. */
const PROFILE_PREFIX = "masterplan-browser-";

/** Network prediction off ("never"), as the NetworkPredictionOptions policy would set it. */
const PREFERENCES = JSON.stringify({ net: { network_prediction_options: 2 } });

/** Browsers still running, killed synchronously when the process exits on any path. */
const running = new Set<{ child: ChildProcess; profile: string }>();
let exitHookInstalled = false;

/**
 * Starts a headless browser for printing, in its own process group and with its own profile
 * folder, talking over a pipe. Whatever happens (a browser that never answers, exits at once,
 * or is not a browser at all; Ctrl-C at any moment), it ends within the launch timeout and
 * leaves no process and no folder behind.
 */
export async function launchBrowser(
  executablePath: string,
  options: LaunchOptions,
): Promise<LaunchedBrowser> {
  if (options.signal?.aborted) throw interrupted();
  checkExecutable(executablePath);
  sweepStaleProfiles();
  // Imported here so that commands which never print do not load the browser library.
  const puppeteer = (await import("puppeteer-core")).default;
  const proc = spawnBrowser(executablePath, puppeteer.defaultArgs.bind(puppeteer));
  const transport = pipeTransport(
    proc.child.stdio[3] as Writable | null,
    proc.child.stdio[4] as Readable | null,
  );
  let onAbort = () => undefined as void;
  try {
    const connected = puppeteer.connect({
      transport,
      protocolTimeout: options.protocolTimeoutMs,
      defaultViewport: { width: 800, height: 600 },
    });
    connected.catch(() => undefined);
    const failure = new Promise<never>((_, reject) => {
      onAbort = startFailing(proc, executablePath, options.launchTimeoutMs ?? 45_000, reject);
      options.signal?.addEventListener("abort", onAbort, { once: true });
    });
    failure.catch(() => undefined);
    const browser = await Promise.race([connected, failure]);
    options.signal?.removeEventListener("abort", onAbort);
    if (options.signal?.aborted) {
      await proc.close(browser);
      throw interrupted();
    }
    return { browser, close: () => proc.close(browser), kill: proc.kill, stderr: proc.stderr };
  } catch (e) {
    options.signal?.removeEventListener("abort", onAbort);
    transport.close();
    await proc.close();
    throw e;
  }
}

/** A browser process of ours: its own group, profile and stderr, and the one way to end it. */
interface BrowserProcess {
  child: ChildProcess;
  exited: Promise<void>;
  spawnError: () => Error | null;
  stderr: () => string;
  kill: () => void;
  close: (browser?: Browser) => Promise<void>;
}

/** Starts the browser in its own process group, with its own profile and temporary folder. */
function spawnBrowser(
  executablePath: string,
  defaultArgs: (o: { headless: boolean; userDataDir: string; args: string[] }) => string[],
): BrowserProcess {
  const profile = mkdtempSync(path.join(os.tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  // The profile's own preference turns off network prediction, which would otherwise open
  // connections for a document's <link rel="preconnect"> before any policy is consulted.
  mkdirSync(path.join(profile, "Default"));
  writeFileSync(path.join(profile, "Default", "Preferences"), PREFERENCES);
  const args = [
    ...defaultArgs({ headless: true, userDataDir: profile, args: LAUNCH_FLAGS }),
    "--remote-debugging-pipe",
  ];
  let child: ChildProcess;
  try {
    child = spawn(executablePath, args, {
      detached: process.platform !== "win32",
      stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
      env: { ...process.env, TMPDIR: profile },
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw notStarted(executablePath, (e as Error).message);
  }
  const entry = { child, profile };
  running.add(entry);
  installExitHook();
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-8192);
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once("exit", () => resolve());
    child.once("error", () => resolve());
  });
  let spawnError: Error | null = null;
  child.once("error", (e) => {
    spawnError = e;
  });
  const kill = () => killGroup(child);
  let closing: Promise<void> | null = null;
  const close = (browser?: Browser) =>
    (closing ??= (async () => {
      if (browser) await withTimeout(browser.close(), 5_000).catch(() => undefined);
      if (child.exitCode === null && child.signalCode === null) {
        const gone = await withTimeout(exited, browser ? 2_000 : 0).then(
          () => true,
          () => false,
        );
        if (!gone) kill();
      }
      // The group may hold helpers that outlive the main process.
      kill();
      await withTimeout(exited, 5_000).catch(() => undefined);
      running.delete(entry);
      removeProfile(profile);
    })());
  return { child, exited, spawnError: () => spawnError, stderr: () => stderr, kill, close };
}

/**
 * Fails the launch when the browser takes too long to answer or exits first; returns what an
 * abort (Ctrl-C) does: fail at once, as interrupted.
 */
function startFailing(
  proc: BrowserProcess,
  executablePath: string,
  timeoutMs: number,
  reject: (e: unknown) => void,
): () => void {
  const timer = setTimeout(
    () =>
      reject(
        notStarted(
          executablePath,
          t("browser.no-answer", { seconds: Math.round(timeoutMs / 1000) }),
          proc.stderr(),
        ),
      ),
    timeoutMs,
  );
  timer.unref();
  void proc.exited.then(() => {
    clearTimeout(timer);
    const { child } = proc;
    const why =
      proc.spawnError()?.message ??
      t("browser.exited", { how: child.signalCode ?? `exit code ${child.exitCode}` });
    reject(notStarted(executablePath, why, proc.stderr()));
  });
  return () => {
    clearTimeout(timer);
    reject(interrupted());
  };
}

/** A folder, or a file that cannot be run, is not a browser: say so before starting anything. */
function checkExecutable(executablePath: string): void {
  let isFile = false;
  try {
    isFile = statSync(executablePath).isFile();
  } catch {
    throw new MasterplanError(t("browser.missing", { path: executablePath }), installHint());
  }
  if (!isFile)
    throw new MasterplanError(t("browser.folder", { path: executablePath }), installHint());
}

function notStarted(executablePath: string, why: string, stderr = ""): MasterplanError {
  const said = stderrSummary(stderr);
  return new MasterplanError(
    `${t("browser.not-started", { path: executablePath, why })}${said ? `\n${t("browser.it-said")}\n${said}` : ""}`,
    installHint(),
  );
}

/** The browser's own last words, without the noise every headless start prints. */
export function stderrSummary(stderr: string): string {
  return stderr
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() && !/dbus|DevTools listening|^\s*$/i.test(line))
    .slice(-6)
    .map((line) => `  ${line.length > 300 ? `${line.slice(0, 299)}…` : line}`)
    .join("\n");
}

/** Kills the browser's whole process group: its renderers and helpers as well as itself. */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === "win32") child.kill("SIGKILL");
    else process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

function removeProfile(profile: string): void {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  } catch {
    // Swept by the next start.
  }
}

/** On any exit, however sudden, no browser of ours keeps running and no profile stays. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const { child, profile } of running) {
      killGroup(child);
      removeProfile(profile);
    }
  });
}

/** Profiles left by a masterplan process that is gone (killed with SIGKILL, or a power cut). */
export function sweepStaleProfiles(dir = os.tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = new RegExp(`^${PROFILE_PREFIX}(\\d+)-`).exec(name)?.[1];
    if (pid === undefined || processAlive(Number(pid))) continue;
    removeProfile(path.join(dir, name));
  }
}

/** The DevTools protocol over the browser's pipe: JSON messages ended by a NUL byte. */
function pipeTransport(write: Writable | null, read: Readable | null): ConnectionTransport {
  let pending: Buffer[] = [];
  let closed = false;
  const transport: ConnectionTransport = {
    send(message) {
      if (closed || !write || write.destroyed) return;
      write.write(message);
      write.write("\0");
    },
    close() {
      closed = true;
      write?.destroy();
      read?.destroy();
    },
  };
  write?.on("error", () => undefined);
  read?.on("error", () => undefined);
  read?.on("data", (chunk: Buffer) => {
    let start = 0;
    let end = chunk.indexOf(0);
    while (end !== -1) {
      pending.push(chunk.subarray(start, end));
      const message = Buffer.concat(pending).toString("utf8");
      pending = [];
      // Delivered one by one, after the current event, as puppeteer expects.
      setImmediate(() => transport.onmessage?.(message));
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  });
  read?.on("close", () => setImmediate(() => transport.onclose?.()));
  return transport;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    timer.unref();
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
