import type { Browser } from "puppeteer-core";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { INSTALL_HINT } from "./find-browser.js";
import { LAUNCH_FLAGS } from "./launch-flags.js";

/** Starts a headless browser for printing; a browser that will not start is an environment problem. */
export async function launchBrowser(executablePath: string, timeout: number): Promise<Browser> {
  // Imported here so that commands which never print do not load the browser library.
  const puppeteer = await import("puppeteer-core");
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: LAUNCH_FLAGS,
      pipe: true,
      timeout,
      protocolTimeout: timeout,
      // The CLI closes the browser itself on Ctrl-C; puppeteer's handlers would exit the process.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      dumpio: false,
    });
  } catch (e) {
    const detail = String((e as Error).message ?? e)
      .split("\n")
      .find((line) => line.trim() && !/dbus|\[:|unexpected operator/i.test(line));
    throw new MasterplanError(
      `The browser at ${executablePath} could not be started${detail ? `: ${detail.trim()}` : ""}.`,
      INSTALL_HINT,
    );
  }
}

/** Starts the browser once and reports its version: whether a build could print. */
export async function browserVersion(executablePath: string, timeout = 60_000): Promise<string> {
  const browser = await launchBrowser(executablePath, timeout);
  try {
    return await browser.version();
  } finally {
    await browser.close().catch(() => undefined);
  }
}
