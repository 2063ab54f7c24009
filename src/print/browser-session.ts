import { launchBrowser, type LaunchedBrowser } from "./launch-browser.js";

/** A browser being started, and the one way to stop it: on every path, exactly once. */
export interface BrowserSession {
  browser: Promise<LaunchedBrowser>;
  close(): Promise<void>;
}

/** How long a browser may take to start before it is given up. */
export const LAUNCH_TIMEOUT_MS = 45_000;

/** The longest a single call to the browser may take: an hour, past any document's steps. */
const PROTOCOL_TIMEOUT_MS = 3_600_000;

/**
 * Starts the browser now, so that it comes up while the plan is still being checked and
 * rendered. An abort (Ctrl-C) closes it at once, which makes any work on it fail fast.
 */
export function startBrowser(
  executablePath: string,
  { timeoutMs, signal }: { timeoutMs: number; signal?: AbortSignal | undefined },
): BrowserSession {
  const browser = launchBrowser(executablePath, {
    launchTimeoutMs: Math.min(LAUNCH_TIMEOUT_MS, timeoutMs),
    // Each step of a print has a deadline in proportion to the document (print-document.ts);
    // the protocol's own limit only stops a call nothing else bounds, so it is never the
    // shorter of the two.
    protocolTimeoutMs: Math.max(timeoutMs, PROTOCOL_TIMEOUT_MS),
    signal,
  });
  // Whoever awaits it sees a failure; until then, it must not count as unhandled.
  browser.catch(() => undefined);
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      signal?.removeEventListener("abort", onAbort);
      const launched = await browser.catch(() => null);
      await launched?.close();
    })());
  const onAbort = () => {
    // Kill at once: a page in the middle of a print fails fast instead of finishing.
    void browser.then(
      (b) => b.kill(),
      () => undefined,
    );
    void close();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) void close();
  return { browser, close };
}
