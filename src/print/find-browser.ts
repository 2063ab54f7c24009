import { accessSync, constants } from "node:fs";
import { MasterplanError } from "../diagnostics/masterplan-error.js";

/** Usual places of Chromium or Chrome. Debian's /usr/bin/chromium is a wrapper script, so the binary comes first. */
export const SYSTEM_BROWSERS: Record<string, readonly string[]> = {
  linux: [
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
    "/snap/bin/chromium",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  ],
};

export const INSTALL_HINT =
  "Install Chromium (on Debian or Ubuntu: `sudo apt-get install -y chromium`, or run `bash scripts/setup.sh`), " +
  "or point masterplan at a Chrome or Chromium binary with `--browser <path>` or the PUPPETEER_EXECUTABLE_PATH variable.";

export interface BrowserQuery {
  /** `--browser`. */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Whether a path is an executable file; injected for tests. */
  isExecutable?: (path: string) => boolean;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds the browser: `--browser`, then PUPPETEER_EXECUTABLE_PATH, then the usual system paths. */
export function findBrowser(query: BrowserQuery = {}): string {
  return locateBrowser(query).path;
}

/** The browser and how it was found: the flag, the variable, or the system's usual places. */
export function locateBrowser(query: BrowserQuery = {}): { path: string; via: string } {
  const isExecutable = query.isExecutable ?? executable;
  const env = query.env ?? process.env;
  const named: Array<[string, string | undefined]> = [
    ["--browser", query.flag],
    ["PUPPETEER_EXECUTABLE_PATH", env.PUPPETEER_EXECUTABLE_PATH || undefined],
  ];
  for (const [source, path] of named) {
    if (path === undefined) continue;
    if (isExecutable(path)) return { path, via: source };
    throw new MasterplanError(
      `The browser given by ${source} (${path}) does not exist or cannot be run.`,
      INSTALL_HINT,
    );
  }
  for (const path of SYSTEM_BROWSERS[query.platform ?? process.platform] ?? [])
    if (isExecutable(path)) return { path, via: "the system's usual places" };
  throw new MasterplanError(
    "No Chromium or Chrome browser was found to print the PDF.",
    INSTALL_HINT,
  );
}
