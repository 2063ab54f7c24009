import type { Browser } from "puppeteer-core";
import { launchBrowser } from "./launch-browser.js";

/** A browser being started, and the one way to stop it: on every path, exactly once. */
export interface BrowserSession {
  browser: Promise<Browser>;
  close(): Promise<void>;
}

/**
 * Starts the browser now, so that it comes up while the plan is still being checked and
 * rendered. An abort (Ctrl-C) closes it at once, which makes any work on it fail fast.
 */
export function startBrowser(
  executablePath: string,
  { timeoutMs, signal }: { timeoutMs: number; signal?: AbortSignal | undefined },
): BrowserSession {
  const browser = launchBrowser(executablePath, timeoutMs);
  // Whoever awaits it sees a failure; until then, it must not count as unhandled.
  browser.catch(() => undefined);
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      signal?.removeEventListener("abort", onAbort);
      const b = await browser.catch(() => null);
      await b?.close().catch(() => undefined);
    })());
  const onAbort = () => void close();
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) void close();
  return { browser, close };
}
